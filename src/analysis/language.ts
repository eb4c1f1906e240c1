/** Language of a sentence and of a whole text: Indonesian, English, mixed or unknown. */
import functionWords from './data/function-words.json' with { type: 'json' };
import vocabulary from './data/words.json' with { type: 'json' };
import type { Language } from './types';
import { trigramLanguage } from './trigram-language';

export type SentenceLanguage = 'id' | 'en' | 'unknown';

const ID_WORDS = new Set(functionWords.id);
const EN_WORDS = new Set(functionWords.en);
const ID_VOCABULARY = new Set(vocabulary.id);
const EN_VOCABULARY = new Set(vocabulary.en);
// franc needs some text to be reliable; shorter sentences rely on word lists only.
const FRANC_MIN_CHARS = 40;
const FRANC_MIN_LENGTH = 24;

export interface LanguageGuess {
  language: SentenceLanguage;
  /** Decided by function words (reliable) rather than vocabulary or trigrams. */
  strong: boolean;
}

/** `words` are the lower-cased word tokens of the sentence. */
export function detectSentenceLanguage(text: string, words: readonly string[]): LanguageGuess {
  let id = 0;
  let en = 0;
  for (const w of words) {
    if (ID_WORDS.has(w)) id++;
    if (EN_WORDS.has(w)) en++;
  }
  // A clear function-word majority decides on its own (trigrams confuse short, code-switched text).
  if (id >= en + 2 || (id > 0 && en === 0)) return { language: 'id', strong: true };
  if (en >= id + 2 || (en > 0 && id === 0)) return { language: 'en', strong: true };
  // Then the vocabulary: "Praktek dokter gratis" has no function word but three Indonesian words.
  let idVocab = 0;
  let enVocab = 0;
  for (const w of words) {
    if (ID_VOCABULARY.has(w)) idVocab++;
    if (EN_VOCABULARY.has(w)) enVocab++;
  }
  if (idVocab >= enVocab + 2 || (idVocab > enVocab && text.length < FRANC_MIN_CHARS)) return { language: 'id', strong: false };
  if (enVocab >= idVocab + 2 || (enVocab > idVocab && text.length < FRANC_MIN_CHARS)) return { language: 'en', strong: false };
  if (text.length >= FRANC_MIN_LENGTH) {
    const guess = trigramLanguage(text, FRANC_MIN_LENGTH);
    if (guess === 'ind') return { language: 'id', strong: false };
    if (guess === 'eng') return { language: 'en', strong: false };
  }
  if (id + idVocab > en + enVocab) return { language: 'id', strong: false };
  if (en + enVocab > id + idVocab) return { language: 'en', strong: false };
  return { language: 'unknown', strong: false };
}

/** Weak guesses in a paragraph follow the paragraph's reliably detected sentences. */
export function smoothLanguages(guesses: readonly LanguageGuess[]): SentenceLanguage[] {
  const strong = guesses.filter((g) => g.strong);
  const ids = strong.filter((g) => g.language === 'id').length;
  const ens = strong.filter((g) => g.language === 'en').length;
  const majority: SentenceLanguage | null = ids > 0 && ens === 0 ? 'id' : ens > 0 && ids === 0 ? 'en' : null;
  return guesses.map((g) => (g.strong || !majority ? g.language : majority));
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
