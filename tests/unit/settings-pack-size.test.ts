/** Size limits of a style pack (issue 14, item 4): every list has a maximum length and the whole pack a
 * maximum size; a pack over a limit is refused with a message naming the list and the limit, in the
 * reader's language; a pack at the limits is accepted. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { readFileSync } from 'node:fs';
import { STYLE_PACK_LIMITS as L, parseStylePack, type StylePackFile } from '../../src/settings/style-pack';
import { jsonBytes } from '../../src/settings/validate';
import { memorySettingsStore } from '../../src/settings/store';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { t } from '../../src/ui/i18n';

afterEach(cleanup);

const base = { formatVersion: 1, name: 'Uji' } as const;
const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const tag = (i: number) => `#Tagar${i}`;

/** Each list of the format: its path in a problem, its limit, and a pack with `n` entries in it. */
const LISTS: [path: string, limit: number, pack: (n: number) => Record<string, unknown>][] = [
  ['glossary', L.terms, (n) => ({ glossary: Object.fromEntries(many(n, (i) => [`K${i}`, `Kepanjangan ${i}`])) })],
  ['preferredTerms', L.terms, (n) => ({ preferredTerms: many(n, (i) => ({ avoid: `lama${i}`, use: `baru${i}` })) })],
  ['bannedTerms', L.terms, (n) => ({ bannedTerms: many(n, (i) => ({ term: `dilarang${i}` })) })],
  ['hashtags.required', L.requiredHashtags, (n) => ({ hashtags: { required: many(n, tag) } })],
  ['hashtags.suggested', L.suggestedHashtags, (n) => ({ hashtags: { suggested: many(n, tag) } })],
  ['hashtags.perPlatform.instagram', L.requiredHashtags, (n) => ({ hashtags: { perPlatform: { instagram: many(n, tag) } } })],
  ['accounts.x', L.accounts, (n) => ({ accounts: { x: many(n, (i) => `@akun${i}`) } })],
  ['contacts.handles', L.accounts, (n) => ({ contacts: { handles: many(n, (i) => `@akun${i}`) } })],
  [
    'templates',
    L.templates,
    (n) => ({ templates: many(n, (i) => ({ id: `t${i}`, label: { id: 'Label', en: 'Label' }, text: { id: 'Teks', en: 'Text' } })) }),
  ],
];

describe('every list of a style pack has a limit', () => {
  for (const [path, limit, make] of LISTS) {
    it(`${path}: ${limit} entries pass, ${limit + 1} are refused with the list and the limit named`, () => {
      expect(parseStylePack({ ...base, ...make(limit) }).ok).toBe(true);
      const result = parseStylePack(JSON.stringify({ ...base, ...make(limit + 1) }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toEqual([
        {
          path,
          message: `too many entries: ${limit + 1}, at most ${limit}`,
          line: 1,
          limit: { unit: 'entries', max: limit, actual: limit + 1 },
        },
      ]);
    });
  }

  it('the JSON Schema for pack authors says the same limits (maxItems, maxProperties)', () => {
    const schema = JSON.parse(readFileSync('schemas/style-pack.schema.json', 'utf8'));
    expect(schema.properties.bannedTerms.maxItems).toBe(L.terms);
    expect(schema.properties.preferredTerms.maxItems).toBe(L.terms);
    expect(schema.properties.glossary.maxProperties).toBe(L.terms);
    expect(schema.properties.hashtags.properties.required.maxItems).toBe(L.requiredHashtags);
    expect(schema.properties.templates.maxItems).toBe(L.templates);
    expect(schema.description).toContain('2 MB');
  });
});

/** A pack of exactly `bytes` bytes as compact JSON: banned terms with reasons, the first reasons padded
 * (sizes added up as the entries are made: measuring the whole pack each time would be quadratic). */
function packOfSize(bytes: number): StylePackFile {
  const bannedTerms: { term: string; reason: string }[] = [];
  const pack = { ...base, bannedTerms };
  let size = jsonBytes(pack);
  const entrySize = (i: number) => jsonBytes({ term: `istilah${i}`, reason: 'a'.repeat(270) }) + (i > 0 ? 1 : 0);
  while (size + entrySize(bannedTerms.length) + 500 < bytes) {
    size += entrySize(bannedTerms.length);
    bannedTerms.push({ term: `istilah${bannedTerms.length}`, reason: 'a'.repeat(270) });
  }
  for (let i = 0; size < bytes; i++) {
    const add = Math.min(500 - bannedTerms[i]!.reason.length, bytes - size);
    bannedTerms[i]!.reason += 'b'.repeat(add);
    size += add;
  }
  return pack as StylePackFile;
}

describe('the whole pack has a size limit', () => {
  it(`a pack of exactly ${L.bytes} bytes passes; one byte more is refused, with its size and the limit`, () => {
    const atLimit = packOfSize(L.bytes);
    expect(jsonBytes(atLimit)).toBe(L.bytes);
    expect(atLimit.bannedTerms!.length).toBeLessThanOrEqual(L.terms);
    expect(parseStylePack(atLimit).ok).toBe(true);

    const over = packOfSize(L.bytes + 1);
    const result = parseStylePack(JSON.stringify(over, null, 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      path: '(top level)',
      message: 'too big: 2 MB, at most 2 MB',
      limit: { unit: 'bytes', max: L.bytes, actual: L.bytes + 1 },
    });
  });

  it('counts bytes as stored (UTF-8): a character outside ASCII counts for more than one', () => {
    expect(jsonBytes({ a: 'é' })).toBe(10);
    expect(jsonBytes({ a: '“x”' })).toBe(15);
    expect(jsonBytes({ a: '😀' })).toBe(12);
  });
});

describe('the options page says which limit a pack breaks, in both languages', () => {
  const importPack = async (locale: 'id' | 'en', pack: object) => {
    const store = memorySettingsStore();
    const { container } = render(h(OptionsApp, { store, forcedLocale: locale }));
    await waitFor(() => expect(container.querySelector('[data-state="ready"]')).not.toBeNull());
    fireEvent.input(container.querySelector('[data-option="pack-text"]')!, { target: { value: JSON.stringify(pack) } });
    fireEvent.click(container.querySelector('[data-action="import-pack"]')!);
    return { container, store };
  };

  for (const locale of ['id', 'en'] as const) {
    it(`a list over its limit (${locale})`, async () => {
      const { container, store } = await importPack(locale, { ...base, ...LISTS[2]![2](L.terms + 1) });
      const number = (n: number) => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');
      await waitFor(() =>
        expect(container.querySelector('[data-notice="error"]')!.textContent).toBe(
          t(locale, 'optionsPackInvalid', t(locale, 'optionsPackTooMany', 'bannedTerms', number(L.terms + 1), number(L.terms))),
        ),
      );
      expect(container.querySelector('[data-notice="error"]')!.textContent).toContain(locale === 'id' ? '10.001' : '10,001');
      expect((await store.load()).stylePack).toBeNull();
    });

    it(`a pack over the size limit (${locale})`, async () => {
      const { container } = await importPack(locale, packOfSize(L.bytes + 100 * 1024));
      await waitFor(() =>
        expect(container.querySelector('[data-notice="error"]')!.textContent).toBe(
          t(locale, 'optionsPackInvalid', t(locale, 'optionsPackTooBig', '2.1 MB', '2 MB')),
        ),
      );
    });
  }

  it('a pack at the term limits is imported, and its long lists are summarised', async () => {
    const pack = { ...base, ...LISTS[0]![2](L.terms), ...LISTS[2]![2](L.terms) };
    const { container, store } = await importPack('en', pack);
    await waitFor(async () => expect((await store.load()).stylePack?.bannedTerms).toHaveLength(L.terms));
    const summary = container.querySelector('.pack-summary')!.textContent!;
    expect(summary).toContain(t('en', 'packMore', L.terms - 6));
    expect(summary.length).toBeLessThan(2000);
  });
});
