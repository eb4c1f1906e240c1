import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { forcedUiLocale, t, uiLocale } from '../../src/ui/i18n';

describe('interface strings', () => {
  it('has every key in both Indonesian and English', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  });
  it('has no empty or untranslated placeholder strings', () => {
    for (const catalogue of [en, id]) {
      for (const [key, value] of Object.entries(catalogue)) expect(value.message.trim(), key).not.toBe('');
    }
  });
  it('fills $1-style substitutions', () => {
    expect(t('en', 'findingsCount', 3)).toBe('3 tips');
    expect(t('id', 'findingsCount', 3)).toBe('3 saran');
  });
  it('reads ?lang=id|en from the address, and nothing else', () => {
    expect(forcedUiLocale('?lang=id')).toBe('id');
    expect(forcedUiLocale('?tab=3&lang=en')).toBe('en');
    expect(forcedUiLocale('?lang=de')).toBeUndefined();
    expect(forcedUiLocale('')).toBeUndefined();
  });
  it('decides the interface language: ?lang= first, then the setting, then the browser languages', () => {
    expect(uiLocale('en', { forced: 'id', languages: ['en-US'] })).toBe('id');
    expect(uiLocale('id', { forced: undefined, languages: ['en-US'] })).toBe('id');
    expect(uiLocale('en', { languages: ['id-ID'] })).toBe('en');
    expect(uiLocale('browser', { languages: ['id-ID', 'en'] })).toBe('id');
    expect(uiLocale(undefined, { languages: ['ms-MY'] })).toBe('id');
    expect(uiLocale('browser', { languages: ['de-DE', 'en-GB'] })).toBe('en');
    expect(uiLocale('browser', { languages: ['fr'] })).toBe('en');
  });
});
