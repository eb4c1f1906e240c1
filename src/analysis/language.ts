/** Language of a sentence and of a whole text: Indonesian, English, mixed or unknown. */
import { franc } from 'franc-min';
import functionWords from './data/function-words.json' with { type: 'json' };
import type { Language } from './types';

export type SentenceLanguage = 'id' | 'en' | 'unknown';

const ID_WORDS = new Set(functionWords.id);
const EN_WORDS = new Set(functionWords.en);
// franc needs some text to be reliable; shorter sentences rely on function words only.
const FRANC_MIN_CHARS = 24;
const FRANC_ONLY = { only: ['ind', 'eng'], minLength: FRANC_MIN_CHARS };

/** `words` are the lower-cased word tokens of the sentence. */
export function detectSentenceLanguage(text: string, words: readonly string[]): SentenceLanguage {
  let id = 0;
  let en = 0;
  for (const w of words) {
    if (ID_WORDS.has(w)) id++;
    if (EN_WORDS.has(w)) en++;
  }
  // A clear function-word majority decides on its own (franc confuses short code-switched text).
  if (id >= en + 2 || (id > 0 && en === 0 && text.length < FRANC_MIN_CHARS)) return 'id';
  if (en >= id + 2 || (en > 0 && id === 0 && text.length < FRANC_MIN_CHARS)) return 'en';
  if (text.length >= FRANC_MIN_CHARS) {
    const guess = franc(text, FRANC_ONLY);
    if (guess === 'ind') return 'id';
    if (guess === 'eng') return 'en';
  }
  if (id > en) return 'id';
  if (en > id) return 'en';
  return 'unknown';
}

/** Overall language from per-sentence languages weighted by length. `mixed` when the
 * minority language holds at least a quarter of the classified text. */
export function combineLanguages(parts: readonly { language: SentenceLanguage; length: number }[]): Language {
  let id = 0;
  let en = 0;
  for (const p of parts) {
    if (p.language === 'id') id += p.length;
    else if (p.language === 'en') en += p.length;
  }
  const total = id + en;
  if (total === 0) return 'unknown';
  const minority = Math.min(id, en);
  if (minority / total >= 0.25 && parts.filter((p) => p.language !== 'unknown').length >= 2) return 'mixed';
  return id >= en ? 'id' : 'en';
}
