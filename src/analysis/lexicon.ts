/** Shared word lists, loaded once. Rule-specific lists sit beside their rule. */
import acronymData from './data/acronyms.json' with { type: 'json' };
import stopwordData from './data/stopwords.json' with { type: 'json' };

export interface AcronymEntry {
  acronym: string;
  id: string;
  en: string;
  common: boolean;
}

/** Keyed by the upper-cased acronym ("BPBD", "SATPOL PP", "PUSKESMAS"). */
export const ACRONYMS = new Map<string, AcronymEntry>(
  Object.entries(acronymData.entries).map(([acronym, e]) => [acronym.toUpperCase(), { acronym, ...e }]),
);

export const STOPWORDS_ID: ReadonlySet<string> = new Set(stopwordData.id);
export const STOPWORDS_EN: ReadonlySet<string> = new Set(stopwordData.en);

export function isStopword(lower: string): boolean {
  return STOPWORDS_ID.has(lower) || STOPWORDS_EN.has(lower);
}
