/** Sentence boundaries inside one paragraph (a paragraph never spans a line break). */
import type { Sentence } from '../doc';
import type { Token } from './tokens';

// Abbreviations that end with a period but do not end a sentence (lower case, no period).
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jl',
  'jln',
  'gg',
  'no',
  'dr',
  'drs',
  'dra',
  'ir',
  'h',
  'hj',
  'kh',
  'prof',
  'kec',
  'kel',
  'kab',
  'prov',
  'sdr',
  'sdri',
  'bpk',
  'tel',
  'telp',
  'hp',
  'wa',
  'rt',
  'rw',
  'st',
  'mr',
  'mrs',
  'ms',
  'vs',
  'etc',
  'dll',
  'dsb',
  'dst',
  'tsb',
  'a.n',
  'u.p',
  's.d',
  'e.g',
  'i.e',
  'km',
  'tgl',
  'ttd',
  'spd',
  'skm',
  'sked',
  'yth',
  'ybs',
]);
// Starts only where a run of end marks starts: "…….x" would otherwise be rescanned from every dot.
const BOUNDARY_RE = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s|$)/gu;
const WORD_BEFORE_PERIOD_RE = /([\p{L}.]+)\.$/u;

export interface SentenceRange {
  start: number;
  end: number;
}

export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m !== null; m = BOUNDARY_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    pushTrimmed(text, start, end, ranges);
    start = end;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

function isAbbreviation(before: string): boolean {
  const m = WORD_BEFORE_PERIOD_RE.exec(before);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceRange[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The words the Indonesian spelling rules read: those of the sentences not in English, less
 * the words in the user's dictionary; each with its index in its sentence's words, and the sentence. */
export function* indonesianWords(sentences: readonly Sentence[], dictionary: ReadonlySet<string>): Generator<[Token, number, Sentence]> {
  for (const s of sentences) {
    if (s.language === 'en') continue;
    for (let i = 0; i < s.words.length; i++) {
      const t = s.words[i]!;
      if (!dictionary.has(t.lower)) yield [t, i, s];
    }
  }
}
