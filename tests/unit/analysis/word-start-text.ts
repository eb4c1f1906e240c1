/** Text made of the pieces dates, times and relative dates are written with, for the property
 * tests that hold a word-start scan (text/word-starts.ts) to one scan of its pattern. A new first
 * word of a date pattern belongs in WHEN_PIECES too. */
import fc from 'fast-check';
import { scanWordStarts, type WordStartPattern } from '../../../src/analysis/text/word-starts';

/** [index, match] of every match, by one scan of the pattern's global form. */
export const globalScan = (input: string, pattern: WordStartPattern) => [...input.matchAll(pattern.global)].map((m) => [m.index, m[0]]);
/** [index, match] of every match, by the word-start scan. */
export const scan = (input: string, pattern: WordStartPattern) => scanWordStarts(input, pattern).map((m) => [m.index, m[0]]);

const WHEN_PIECES = [
  'Senin',
  'hari',
  'Jum’at',
  "jum'at",
  'Jumat',
  'besok',
  'hari ini',
  'pukul',
  'PKL.',
  'jam',
  'at',
  ' ',
  '  ',
  ',',
  '(',
  ')',
  '/',
  '-',
  '–',
  '.',
  ':',
  '1',
  '12',
  '2025',
  '08.00',
  '9',
  'am',
  'a.m.',
  'WIB',
  'November',
  'nov.',
  'sept',
  'Des',
  'tomorrow',
  'next week',
  'the day after tomorrow',
  'the',
  'day',
  'after',
  'akhir pekan',
  'Esok',
  'this weekend',
  'malam',
  'selesai',
  'x',
  'é',
  'ſenin',
  'K',
  'the',
  'ini',
  '\u00a0',
  '\n',
  '😀',
  'seninan',
  'jamming',
  '_',
  's.d.',
  's/d',
  'sampai',
  'dengan',
  'hingga',
  'to',
  'until',
  'pagi',
  'dini hari',
  'Desember.',
  'depan',
  'next',
  'Friday',
  'weekend',
  'tadi',
  'dini',
];
export const whenText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...WHEN_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
