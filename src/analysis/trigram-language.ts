/** franc(text, { only: ['ind', 'eng'] }) without its general-purpose costs: franc
 * counts 19 scripts with a regex each, builds a trigram dictionary object, sorts
 * it and filters its language tables on every call. For Latin text we count
 * trigrams as numbers and compare with the two tables directly; the answer is
 * franc's own (same tables, same distance, same tie order), and any text where
 * Latin may not be the top script goes to franc itself. */
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: it reads at most this much, and an unknown trigram costs this. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** A trigram of three UTF-16 code units as one number (3 × 16 bits fit a double exactly). */
const trigramKey = (s: string, i: number) => s.charCodeAt(i) * 0x100000000 + s.charCodeAt(i + 1) * 0x10000 + s.charCodeAt(i + 2);

/** A language's trigrams by rank (franc's model: rank = position in its table). */
function model(language: string): Map<number, number> {
  const ranks = new Map<number, number>();
  data.Latin![language]!.split('|').forEach((trigram, rank) => {
    const key = trigramKey(trigram, 0);
    if (!ranks.has(key)) ranks.set(key, rank);
  });
  return ranks;
}
const ENGLISH = model('eng');
const INDONESIAN = model('ind');
const LATIN = new RegExp(expressions.Latin!.source, 'g');

/** Latin is franc's top script for sure when its letters outnumber all non-ASCII code
 * units (no other script has an ASCII character, so none can count more). */
function surelyLatin(value: string): boolean {
  let nonAscii = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x80) nonAscii++;
  if (nonAscii === 0) return /[A-Za-z]/.test(value);
  return (value.match(LATIN)?.length ?? 0) > nonAscii;
}

function distance(counts: Map<number, number>, ranks: Map<number, number>): number {
  let total = 0;
  for (const [key, count] of counts) {
    const rank = ranks.get(key);
    total += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return total;
}

/** What franc(text, { only: ['ind', 'eng'], minLength }) returns. */
export function trigramLanguage(text: string, minLength: number): 'ind' | 'eng' | 'und' {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  if (!surelyLatin(value)) return franc(text, { only: ['ind', 'eng'], minLength }) as 'ind' | 'eng' | 'und';
  // trigram-utils' clean(): punctuation and digits to spaces, white space collapsed, trimmed, lower case; padded.
  const clean = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const key = trigramKey(clean, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // franc sorts by distance, stably, from its table order (English before Indonesian).
  return distance(counts, INDONESIAN) < distance(counts, ENGLISH) ? 'ind' : 'eng';
}
