import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analysis';
import { chromeManagedSchema, stylePackJsonSchema } from '../../src/settings/json-schemas';
import { effectiveSettings, enginePack, parseManaged } from '../../src/settings/managed';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../src/settings/schema';
import { parseStylePack } from '../../src/settings/style-pack';
import { describeProblem } from '../../src/settings/validate';

const SAMPLE = readFileSync('examples/style-pack.kota-contoh.json', 'utf8');
/** The sample pack, parsed (a test above checks that it is valid). */
function samplePack() {
  const result = parseStylePack(SAMPLE);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('; '));
  return result.pack;
}
const NOW = new Date('2026-11-26T03:00:00Z');

describe('style pack format', () => {
  it('accepts the sample pack shipped in examples/', () => {
    const result = parseStylePack(SAMPLE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.name).toBe('Pemerintah Kota Contoh');
  });

  const bad: [string, string][] = [
    ['{"formatVersion": 1, "name": "X", "glossary": {"BPBD": 5}}', 'glossary.BPBD (line 1): expected text'],
    ['{\n  "formatVersion": 2,\n  "name": "X"\n}', 'formatVersion (line 2): expected 1'],
    ['{"formatVersion": 1}', 'name: required, but missing'],
    ['{"formatVersion": 1, "name": "X", "timeZone": "EST"}', 'timeZone (line 1): expected WIB, WITA or WIT'],
    [
      '{"formatVersion": 1, "name": "X", "hashtags": {"required": ["#ok", "not a tag"]}}',
      'hashtags.required[1] (line 1): expected a hashtag such as #KotaContoh',
    ],
    ['{"formatVersion": 1, "name": "X",}', '(file) (line 1)'],
  ];
  for (const [text, message] of bad) {
    it(`rejects ${text.slice(0, 60)}`, () => {
      const result = parseStylePack(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(describeProblem(result.problems[0]!)).toContain(message);
    });
  }

  it('keeps the committed JSON Schemas in step with the validator (run npm run schemas)', () => {
    expect(JSON.parse(readFileSync('schemas/style-pack.schema.json', 'utf8'))).toEqual(stylePackJsonSchema());
    expect(JSON.parse(readFileSync('public/managed_schema.json', 'utf8'))).toEqual(chromeManagedSchema());
  });

  it("writes Chrome's managed schema in the dialect Chrome accepts (or the extension would not load)", () => {
    const schema = chromeManagedSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const walk = (node: Record<string, unknown>, path: string) => {
      expect('type' in node !== '$ref' in node, path).toBe(true);
      for (const key of Object.keys(node))
        expect(['type', 'properties', 'additionalProperties', 'items', 'enum'], `${path}.${key}`).toContain(key);
      for (const [k, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {}))
        walk(child, `${path}.${k}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
      if (typeof node.additionalProperties === 'object') walk(node.additionalProperties as Record<string, unknown>, `${path}.*`);
    };
    walk(schema, 'root');
  });
});

describe('every rule uses the pack', () => {
  const pack = enginePack(samplePack())!;
  const rules = (text: string, platform: 'x' | 'instagram' = 'x') => analyze(text, { now: NOW, stylePack: pack, platform }).findings;

  it('hashtag.official-missing asks for the required and per-platform tags', () => {
    const f = rules('Posyandu buka Kamis pukul 08.00.', 'instagram').find((x) => x.rule === 'hashtag.official-missing')!;
    expect(f.fix!.replacement).toBe('\n\n#KotaContohMelayani #InfoKotaContoh');
  });
  it('acronym.unexplained expands from the pack glossary, over the built-in one', () => {
    const f = rules('Daftar lewat SIKOCO. BPBD siaga.').filter((x) => x.rule === 'acronym.unexplained');
    expect(f.map((x) => x.fix!.replacement)).toEqual([
      'Sistem Informasi Kota Contoh (SIKOCO)',
      'Badan Penanggulangan Bencana Daerah Kota Contoh (BPBD)',
    ]);
  });
  it('plain.jargon applies the preferred terms with the reason', () => {
    const f = rules('Bantuan untuk penyandang cacat di Kota Seribu Taman.').filter((x) => x.rule === 'plain.jargon');
    expect(f.map((x) => x.fix!.replacement)).toEqual(['penyandang disabilitas', 'Kota Contoh']);
    expect(f[0]!.why).toBe('Sesuai UU No. 8 Tahun 2016.');
  });
  it('style.banned-term flags the banned terms', () => {
    expect(rules('Jangan jadikan kota mati.').find((x) => x.rule === 'style.banned-term')!.span!.text).toBe('kota mati');
  });
  it('time.missing-zone uses the pack time zone (WITA)', () => {
    expect(rules('Posyandu buka pukul 08.00.').find((x) => x.rule === 'time.missing-zone')!.fix!.replacement).toBe(' WITA');
  });
  it('the facts card checks the official contacts; the pack default audience applies', () => {
    const report = analyze('Peringatan dini banjir. Hubungi 0411-112.', { now: NOW, stylePack: pack });
    expect(report.checklist.official!.present).toEqual(['0411-112']);
    expect(report.audience).toBe('public');
  });
});

describe('precedence: managed > user > defaults', () => {
  const managedPack = samplePack();
  it('a managed field wins and is locked; others stay the user’s', () => {
    const user = { ...DEFAULT_SETTINGS, defaultAudience: 'youth' as const, dictionary: ['Kapuas'], uiLanguage: 'en' as const };
    const e = effectiveSettings(user, { defaultAudience: 'government', dictionary: ['SIKOCO'] });
    expect(e.settings).toMatchObject({ defaultAudience: 'government', dictionary: ['SIKOCO'], uiLanguage: 'en' });
    expect([...e.locked].sort()).toEqual(['defaultAudience', 'dictionary']);
  });
  it('the managed pack replaces the user’s own, and its default audience locks the default', () => {
    const user = { ...DEFAULT_SETTINGS, stylePack: { formatVersion: 1 as const, name: 'Mine' } };
    expect(effectiveSettings(user, {}).packSource).toBe('user');
    const e = effectiveSettings(user, { stylePack: managedPack });
    expect(e.packSource).toBe('managed');
    expect(e.stylePack!.name).toBe('Pemerintah Kota Contoh');
    expect(e.locked.has('defaultAudience')).toBe(true);
    expect(effectiveSettings(DEFAULT_SETTINGS, {}).packSource).toBeNull();
  });
  it('keeps the valid fields of a policy with a typo, and says what it dropped', () => {
    const { policy, problems } = parseManaged({
      defaultAudience: 'kids',
      uiLanguage: 'id',
      stylePack: { formatVersion: 1, name: 'K', timeZone: 'EST' },
    });
    expect(policy).toEqual({ uiLanguage: 'id' });
    expect(problems.map((p) => p.path).sort()).toEqual(['defaultAudience', 'stylePack.timeZone']);
    expect(parseManaged(undefined)).toEqual({ policy: {}, problems: [] });
  });
});

describe('settings migration', () => {
  it('migrates version 1 settings to version 2 (adds the user style pack)', () => {
    const v1 = {
      version: 1,
      defaultAudience: 'youth',
      uiLanguage: 'id',
      audienceBySite: { x: 'public' },
      disabledSites: [],
      dictionary: ['Kapuas'],
      ignoredRules: [],
    };
    let value: Record<string, unknown> = v1;
    for (let v = 2; v <= SETTINGS_VERSION; v++) value = SETTINGS_MIGRATIONS[v]!(value);
    const { settings, problems } = repairSettings(value);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...v1, version: SETTINGS_VERSION, stylePack: null });
  });
});

describe('policy changes are picked up while running', () => {
  it('browserManagedSource reads storage.managed and follows storage.onChanged for "managed"', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { browserManagedSource } = await import('../../src/settings/managed-source');
    await fakeBrowser.storage.managed.set({ defaultAudience: 'youth' });
    const source = browserManagedSource();
    expect(await source.load()).toEqual({ defaultAudience: 'youth' });
    const seen: unknown[] = [];
    const stop = source.subscribe((raw) => seen.push(raw));
    await fakeBrowser.storage.managed.set({ defaultAudience: 'government' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toEqual({ defaultAudience: 'government' });
    stop();
    // Other areas are not a policy change.
    await fakeBrowser.storage.local.set({ x: 1 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
  });

  it('browserManagedSource remembers the policy it read, for the next page to start from', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { browserManagedSource } = await import('../../src/settings/managed-source');
    const source = browserManagedSource();
    expect(await source.lastKnown!()).toBeUndefined();
    await fakeBrowser.storage.managed.set({ defaultAudience: 'youth' });
    await source.load();
    expect(await browserManagedSource().lastKnown!()).toEqual({ defaultAudience: 'youth' });
  });

  /** A panel on one draft, with a managed source the test controls. */
  async function panelWith(managed: {
    load(): Promise<unknown>;
    lastKnown?(): Promise<unknown>;
    subscribe(l: (raw: unknown) => void): () => void;
  }) {
    const { render } = await import('@testing-library/preact');
    const { h } = await import('preact');
    const { PanelApp } = await import('../../src/ui/PanelApp');
    const { memorySettingsStore } = await import('../../src/settings/store');
    const source = {
      subscribe: (l: (s: unknown) => void) => (
        l({
          status: 'page',
          page: {
            site: 'x',
            platform: 'x',
            composerCount: 1,
            composer: { composerId: 'c1', text: 'Posyandu buka.', selection: null, editor: 'textarea', kind: 'post', hasMedia: false },
          },
        }),
        () => {}
      ),
      apply: async () => ({ ok: true }),
      undo: async () => ({ ok: true }),
    };
    return render(
      h(PanelApp, { source: source as never, settingsStore: memorySettingsStore(), managedSource: managed, forcedLocale: 'en' }),
    ).container;
  }

  it('a slow policy read does not hold the panel: it starts from the last policy seen, then follows the current one', async () => {
    const { waitFor, cleanup } = await import('@testing-library/preact');
    let answer: (raw: unknown) => void = () => {};
    const container = await panelWith({
      load: () => new Promise((r) => (answer = r)),
      lastKnown: async () => ({ stylePack: JSON.parse(SAMPLE) }),
      subscribe: () => () => {},
    });
    await waitFor(() => expect(container.querySelector('[data-rule="hashtag.official-missing"]')).not.toBeNull());
    answer({}); // the organisation removed its pack since
    await waitFor(() => expect(container.querySelector('[data-rule="hashtag.official-missing"]')).toBeNull());
    expect(container.querySelector('[data-state="ready"]')).not.toBeNull();
    cleanup();
  });

  it('with no policy seen before, the panel starts without one after a moment and applies it when it comes', async () => {
    const { waitFor, cleanup } = await import('@testing-library/preact');
    const { MANAGED_WAIT_MS } = await import('../../src/ui/useSettings');
    let answer: (raw: unknown) => void = () => {};
    const container = await panelWith({
      load: () => new Promise((r) => (answer = r)),
      lastKnown: async () => undefined,
      subscribe: () => () => {},
    });
    await waitFor(() => expect(container.querySelector('[data-state="ready"]')).not.toBeNull(), { timeout: MANAGED_WAIT_MS * 5 });
    expect(container.querySelector('[data-rule="hashtag.official-missing"]')).toBeNull();
    answer({ stylePack: JSON.parse(SAMPLE) });
    await waitFor(() => expect(container.querySelector('[data-rule="hashtag.official-missing"]')).not.toBeNull());
    cleanup();
  });

  it('the panel follows a policy that changes while it is open', async () => {
    const { render, waitFor, cleanup } = await import('@testing-library/preact');
    const { h } = await import('preact');
    const { PanelApp } = await import('../../src/ui/PanelApp');
    const { memorySettingsStore } = await import('../../src/settings/store');
    let push: (raw: unknown) => void = () => {};
    const managed = { load: async () => ({}), subscribe: (l: (raw: unknown) => void) => ((push = l), () => {}) };
    const source = {
      subscribe: (l: (s: unknown) => void) => (
        l({
          status: 'page',
          page: {
            site: 'x',
            platform: 'x',
            composerCount: 1,
            composer: { composerId: 'c1', text: 'Posyandu buka.', selection: null, editor: 'textarea', kind: 'post', hasMedia: false },
          },
        }),
        () => {}
      ),
      apply: async () => ({ ok: true }),
      undo: async () => ({ ok: true }),
    };
    const { container } = render(
      h(PanelApp, { source: source as never, settingsStore: memorySettingsStore(), managedSource: managed, forcedLocale: 'en' }),
    );
    await waitFor(() => expect(container.querySelector('[data-state="ready"]')).not.toBeNull());
    expect(container.querySelector('[data-rule="hashtag.official-missing"]')).toBeNull();
    push({ stylePack: JSON.parse(SAMPLE) });
    await waitFor(() => expect(container.querySelector('[data-rule="hashtag.official-missing"]')).not.toBeNull());
    cleanup();
  });
});
