import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { audienceFor, checkSettings, DEFAULT_SETTINGS, repairSettings } from '../../src/settings/schema';
import { memorySettingsStore } from '../../src/settings/store';
import { describeProblem, exportSettings, importSettings } from '../../src/settings/transfer';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { t } from '../../src/ui/i18n';

afterEach(cleanup);

describe('settings schema', () => {
  it('accepts the defaults and round-trips through export/import', () => {
    expect(checkSettings(DEFAULT_SETTINGS).ok).toBe(true);
    const mine = { ...DEFAULT_SETTINGS, dictionary: ['Sipandu'], audienceBySite: { x: 'youth' as const }, ignoredRules: ['voice.passive'] };
    expect(importSettings(exportSettings(mine))).toEqual({ ok: true, settings: mine });
  });

  it('repairs damaged storage field by field, keeping what is valid', () => {
    const { settings, problems } = repairSettings({
      version: 1,
      defaultAudience: 'kids',
      dictionary: ['ok', 5],
      uiLanguage: 'id',
      ignoredRules: ['style.all-caps'],
    });
    expect(settings.defaultAudience).toBe('public');
    expect(settings.uiLanguage).toBe('id');
    expect(settings.dictionary).toEqual([]);
    expect(settings.ignoredRules).toEqual(['style.all-caps']);
    expect(problems.map((p) => p.path).sort()).toEqual(['defaultAudience', 'dictionary']);
    expect(repairSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers the audience per site and per account', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      defaultAudience: 'government' as const,
      audienceBySite: { x: 'youth' as const, 'x @dinkes': 'public' as const },
    };
    expect(audienceFor(s, 'x')).toBe('youth');
    expect(audienceFor(s, 'x', '@dinkes')).toBe('public');
    expect(audienceFor(s, 'x', '@other')).toBe('youth');
    expect(audienceFor(s, 'facebook')).toBe('government');
  });
});

describe('settings import errors name the field and the line', () => {
  it('reports bad JSON with its line', () => {
    const result = importSettings('{\n  "version": 1,\n  "dictionary": [\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.path).toBe('(file)');
      expect(result.problems[0]!.line).toBe(4);
    }
  });
  it('reports a wrong field by name and line', () => {
    const text = exportSettings(DEFAULT_SETTINGS).replace('"defaultAudience": "public"', '"defaultAudience": "kids"');
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblem(result.problems[0]!)).toMatch(/^defaultAudience \(line 3\): /);
  });
});

describe('options page', () => {
  const mount = (initial = DEFAULT_SETTINGS) => {
    const store = memorySettingsStore(initial);
    const utils = render(<OptionsApp store={store} forcedLocale="id" />);
    return { ...utils, store };
  };

  it('changes the default audience and the interface language', async () => {
    const { container, store } = mount();
    await waitFor(() => expect(container.querySelector('[data-state="ready"]')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-option="default-audience"][value="youth"]')!);
    fireEvent.change(container.querySelector('[data-option="ui-language"]')!, { target: { value: 'en' } });
    await waitFor(async () => expect(await store.load()).toMatchObject({ defaultAudience: 'youth', uiLanguage: 'en' }));
  });

  it('lists and removes dictionary words and ignored tips', async () => {
    const { container, store } = mount({ ...DEFAULT_SETTINGS, dictionary: ['Sipandu', 'Kapuas'], ignoredRules: ['voice.passive'] });
    await waitFor(() => expect(container.querySelectorAll('[data-word]')).toHaveLength(2));
    expect(container.querySelector('[data-ignored-rule="voice.passive"]')!.textContent).toContain(t('id', 'category_clarity'));
    fireEvent.click(container.querySelector('[data-word="Sipandu"] [data-action="remove-word"]')!);
    fireEvent.click(container.querySelector('[data-ignored-rule="voice.passive"] [data-action="remove-rule"]')!);
    await waitFor(async () => expect(await store.load()).toMatchObject({ dictionary: ['Kapuas'], ignoredRules: [] }));
  });

  it('imports pasted settings; a bad file changes nothing and says why', async () => {
    const { container, store } = mount({ ...DEFAULT_SETTINGS, dictionary: ['Kapuas'] });
    await waitFor(() => expect(container.querySelector('[data-state="ready"]')).not.toBeNull());
    fireEvent.input(container.querySelector('[data-option="import-text"]')!, {
      target: { value: '{"version": 1, "defaultAudience": "kids"}' },
    });
    fireEvent.click(container.querySelector('[data-action="import"]')!);
    await waitFor(() => expect(container.querySelector('[data-notice="error"]')!.textContent).toContain('defaultAudience (line 1)'));
    expect((await store.load()).dictionary).toEqual(['Kapuas']);
    fireEvent.input(container.querySelector('[data-option="import-text"]')!, {
      target: { value: exportSettings({ ...DEFAULT_SETTINGS, dictionary: ['Singkawang'] }) },
    });
    fireEvent.click(container.querySelector('[data-action="import"]')!);
    await waitFor(async () => expect((await store.load()).dictionary).toEqual(['Singkawang']));
    expect(container.querySelector('[data-notice="info"]')!.textContent).toBe(t('id', 'optionsImportDone'));
  });
});

describe('jsonErrorOffset', async () => {
  const { jsonErrorOffset } = await import('../../src/settings/json-error');
  it('is null for valid JSON and points at the first error otherwise', () => {
    for (const ok of ['{}', '[1, 2.5e3, "a\\"b", true, false, null]', ' {"a": {"b": []}} ']) expect(jsonErrorOffset(ok)).toBeNull();
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });
});
