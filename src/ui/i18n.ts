/** Interface strings, from the same _locales files the browser uses for the
 * manifest, so there is one source per language. Works in extension pages and
 * on the plain web playground (where browser.i18n does not exist). */
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';

export type UiLocale = 'id' | 'en';
export type MessageKey = keyof typeof en;
type Catalogue = Record<string, { message: string } | undefined>;

const CATALOGUES: Record<UiLocale, Catalogue> = { en, id };

export function t(locale: UiLocale, key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.en[key];
  return (entry?.message ?? key).replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** `?lang=id|en` wins (pop-out links, screenshots), then the browser's language. */
export function detectUiLocale(search = globalThis.location?.search ?? '', languages = globalThis.navigator?.languages ?? []): UiLocale {
  const forced = new URLSearchParams(search).get('lang');
  if (forced === 'id' || forced === 'en') return forced;
  for (const lang of languages) {
    const base = lang.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'ms') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}
