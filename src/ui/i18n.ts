/** Interface strings, from the same _locales files the browser uses for the
 * manifest, so there is one source per language. Works in extension pages and
 * on the plain web playground (where browser.i18n does not exist). */
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import type { UserSettings } from '../settings/schema';

export type UiLocale = 'id' | 'en';
export type MessageKey = keyof typeof en;
type Catalogue = Record<string, { message: string } | undefined>;

const CATALOGUES: Record<UiLocale, Catalogue> = { en, id };

export function t(locale: UiLocale, key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.en[key];
  return (entry?.message ?? key).replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** `?lang=id|en` in the page's address (pop-out links, screenshots, tests), if any. */
export function forcedUiLocale(search = globalThis.location?.search ?? ''): UiLocale | undefined {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'id' || lang === 'en' ? lang : undefined;
}

/** The interface language, decided here only (the panel, its Options link, the options page, the playground):
 * a forced locale (`?lang=`, unless the caller names one) wins, then the user's setting unless it is 'browser',
 * then the browser's languages (Indonesian for id or ms, else English). */
export function uiLocale(
  setting: UserSettings['uiLanguage'] | undefined,
  {
    forced = forcedUiLocale(),
    languages = globalThis.navigator?.languages ?? [],
  }: { forced?: UiLocale; languages?: readonly string[] } = {},
): UiLocale {
  if (forced) return forced;
  if (setting && setting !== 'browser') return setting;
  for (const lang of languages) {
    const base = lang.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'ms') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}
