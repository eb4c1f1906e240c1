import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { detectUiLocale, t } from '../../src/ui/i18n';

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
  it('follows ?lang= first, then the browser languages', () => {
    expect(detectUiLocale('?lang=id', ['en-US'])).toBe('id');
    expect(detectUiLocale('', ['id-ID', 'en'])).toBe('id');
    expect(detectUiLocale('', ['de-DE', 'en-GB'])).toBe('en');
    expect(detectUiLocale('', ['fr'])).toBe('en');
  });
});
