/** Property tests for everything that reads input Tutur does not control:
 * messages from pages and other contexts, stored settings, imported files and
 * an organisation's policy. None may throw, and the content script's hand
 * written guard must agree with the valibot schema on any value at all. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { isToContent } from '../../src/messaging/content-guard';
import { ToContentSchema } from '../../src/messaging/messages';
import { checkSettings, DEFAULT_SETTINGS, repairSettings } from '../../src/settings/schema';
import { parseStylePack } from '../../src/settings/style-pack';
import { parseManaged, effectiveSettings } from '../../src/settings/managed';
import { importSettings, exportSettings } from '../../src/settings/transfer';
import { AUDIENCES } from '../../src/analysis/types';
import { MAX_COUNT, MAX_MESSAGE_TEXT, MAX_SPANS } from '../../src/messaging/limits';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

// Valid messages of every type, then the same with one field (or one span's field) replaced by any value:
// each field alone must decide, limits included.
const around = (limit: number) => fc.integer({ min: limit - 1, max: limit + 1 });
const offset = fc.oneof(fc.nat({ max: 5000 }), fc.constant(0));
const span = fc.record({ start: offset, end: offset });
const draft = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('a'.repeat(MAX_MESSAGE_TEXT)));
const composerId = fc.string({ maxLength: 64 });
const validMessage = fc.oneof(
  fc.constant({ type: 'tutur/get-state' }),
  fc.record(
    {
      type: fc.constant('tutur/findings'),
      composerId,
      count: fc.nat({ max: MAX_COUNT }),
      spans: fc.option(fc.array(span, { maxLength: 3 }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'composerId', 'count'] },
  ),
  fc.record({ type: fc.constant('tutur/highlight'), composerId, span: fc.option(span) }),
  fc.record({ type: fc.constant('tutur/undo'), composerId, expectedText: draft }),
  fc.record({
    type: fc.constant('tutur/apply'),
    composerId,
    expectedText: draft,
    edit: fc.record({ start: offset, end: offset, replacement: draft }),
  }),
);
const badValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(-1, 1.5, NaN, '3', null, undefined, [], {}, 'tutur/other'),
  around(MAX_COUNT),
  around(64).map((n) => 'c'.repeat(n)),
  fc.constant('a'.repeat(MAX_MESSAGE_TEXT + 1)),
  around(MAX_SPANS).map((n) => Array.from({ length: n }, () => ({ start: 0, end: 1 }))),
);
/** Replace the value at a random path of a message (nested objects and arrays included). */
const withOneFieldBroken = fc.tuple(validMessage, fc.nat(), badValue).map(([message, pick, bad]) => {
  const copy = structuredClone(message) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const collect = (value: unknown, path: (string | number)[]) => {
    if (path.length > 0) paths.push(path);
    if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) collect(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  collect(copy, []);
  const path = paths[pick % paths.length]!;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = bad;
  return copy;
});

describe('the content script guard and the message schema', () => {
  it('agree on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (m) => isToContent(m) === v.is(ToContentSchema, m)),
      { numRuns: RUNS },
    );
  });

  it('accept every valid message', () => {
    fc.assert(
      fc.property(validMessage, (m) => isToContent(m) && v.is(ToContentSchema, m)),
      { numRuns: RUNS },
    );
  });

  it('agree on messages with one field broken', () => {
    fc.assert(
      fc.property(withOneFieldBroken, (m) => isToContent(m) === v.is(ToContentSchema, m)),
      { numRuns: RUNS },
    );
  });
});

// Settings-shaped objects with each field good, bad or missing.
const settingsLike = fc.record(
  {
    version: fc.oneof(fc.constant(2), fc.constant(1), fc.anything()),
    defaultAudience: fc.oneof(fc.constantFrom(...AUDIENCES), fc.anything()),
    uiLanguage: fc.oneof(fc.constantFrom('browser', 'id', 'en'), fc.string()),
    audienceBySite: fc.oneof(fc.dictionary(fc.string({ maxLength: 20 }), fc.constantFrom(...AUDIENCES, 'nobody')), fc.anything()),
    disabledSites: fc.oneof(fc.array(fc.string({ maxLength: 20 })), fc.anything()),
    dictionary: fc.oneof(fc.array(fc.string({ maxLength: 20 })), fc.anything()),
    ignoredRules: fc.oneof(fc.array(fc.constantFrom('style.all-caps', 'Bad Rule', '')), fc.anything()),
    stylePack: fc.oneof(fc.constant(null), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('stored settings', () => {
  it('repair into valid settings whatever storage holds, keeping every valid field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), settingsLike), (raw) => {
        const { settings } = repairSettings(raw);
        expect(checkSettings(settings).ok).toBe(true);
        if (
          typeof raw === 'object' &&
          raw !== null &&
          !Array.isArray(raw) &&
          'defaultAudience' in raw &&
          AUDIENCES.includes(raw.defaultAudience as never)
        ) {
          expect(settings.defaultAudience).toBe(raw.defaultAudience);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('import from any text without throwing, and export → import is the identity', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.json(),
          settingsLike.map((s) => JSON.stringify(s)),
        ),
        (text) => {
          const result = importSettings(text);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(settingsLike, (raw) => {
        const { settings } = repairSettings(raw);
        expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
    expect(importSettings(exportSettings(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});

describe('style packs and policies', () => {
  const packLike = fc.record(
    {
      formatVersion: fc.oneof(fc.constant(1), fc.anything()),
      name: fc.oneof(fc.string({ maxLength: 30 }), fc.anything()),
      glossary: fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 })), fc.anything()),
      preferredTerms: fc.oneof(fc.array(fc.record({ avoid: fc.string(), use: fc.string() })), fc.anything()),
      timeZone: fc.oneof(fc.constantFrom('WIB', 'WITA', 'WIT', 'UTC'), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it('a style pack, from any text or value, parses or names its problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.json(),
          fc.anything(),
          packLike,
          packLike.map((p) => JSON.stringify(p, null, 2)),
        ),
        (input) => {
          const result = parseStylePack(input);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(typeof p.path).toBe('string');
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a policy keeps its valid fields, reports the rest, and always yields valid effective settings', () => {
    const policyLike = fc.record(
      {
        stylePack: fc.oneof(packLike, fc.anything()),
        defaultAudience: fc.oneof(fc.constantFrom(...AUDIENCES), fc.anything()),
        dictionary: fc.oneof(fc.array(fc.string()), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), policyLike), (raw) => {
        const { policy } = parseManaged(raw);
        const { settings } = effectiveSettings(DEFAULT_SETTINGS, policy);
        expect(checkSettings(settings).ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
