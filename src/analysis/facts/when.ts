/** When: day names, dates ("Kamis (26/11)", "26 November 2026", "26/11/2026"),
 * clock times ("pukul 08.00 WIB", "9 a.m."), and relative expressions. */
import type { Span } from '../types';
import { scanWordStarts, wordStartPattern } from '../text/word-starts';

const DAY = "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const MONTH_NAME =
  '(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|january|february|march|may|june|july|august|october|december)';
const MONTH_ABBREVIATION = '(?:jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec)';
// A full stop belongs to an abbreviated month ("Des."), not to a full one ("Desember." ends a sentence).
const MONTH = `(?:${MONTH_NAME}|${MONTH_ABBREVIATION}\\.?)`;
const ZONE = '(?:wib|wita|wit|utc|gmt)';
// "9 am", "9 a.m."; the full stop of "am." at a sentence end is not part of the time.
const AMPM = '(?:[ap]\\.m\\.|[ap]m)(?!\\p{L})';
const TIME = `\\d{1,2}(?:[.:]\\d{2})?(?:\\s*${AMPM})?`;
const CLOCK_WORD = '(?:pukul|jam|pkl\\.?|at)';
// "pukul 7 malam": the part of the day belongs to the time, and the zone comes after it.
const DAY_PART = '(?:\\s+(?:pagi|siang|sore|malam|dini\\s+hari))?';
// "08.00-15.00", "08.00 s.d. 15.00", "08.00 sampai 15.00", "9 am to 5 pm": one time span.
const UNTIL = '(?:\\s*[-–]\\s*|\\s+(?:s\\.\\s?d\\.?|s/d|sampai(?:\\s+dengan)?|hingga|to|until)\\s+)';
const CLOCK = `(?:${CLOCK_WORD}\\s+${TIME}${DAY_PART}(?:${UNTIL}(?:${TIME}${DAY_PART}|selesai))?(?:\\s*${ZONE})?|\\b\\d{1,2}[.:]\\d{2}(?:\\s*[-–]\\s*\\d{1,2}[.:]\\d{2})?(?:\\s*${ZONE})?(?!\\d)|\\b\\d{1,2}(?::\\d{2})?\\s*${AMPM})`;
const DATE = `(?:\\b\\d{1,2}${UNTIL}\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\(\\s*\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{2,4})?\\s*\\)|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b)`;
const RELATIVE =
  '(?:besok|lusa|hari ini|kemarin|malam ini|nanti malam|pagi ini|sore ini|minggu depan|pekan depan|bulan depan|tomorrow|today|tonight|yesterday|next week|this week|next month)';
const WHEN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:hari\\s+)?${DAY}(?:\\s*,?\\s*\\(?\\s*(?:${DATE}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\s*\\)?)?|${DATE}|${CLOCK}|${RELATIVE})(?![\\p{L}\\p{N}])`,
  'giu',
);
const CLOCK_RE = new RegExp(CLOCK, 'iu');
/** The first words each alternative of a "(?:a|b c|d'?e)" group can start with: a, b, d and de. */
const firstWordsOf = (group: string) =>
  group
    .slice(3, group.lastIndexOf(')'))
    .split('|')
    .flatMap((alt) => [/^[a-z]+/.exec(alt)![0], /^[a-z]+/.exec(alt.replace("'?", ''))![0]]);
// Every match starts with a digit, "(", "hari" or one of these words: WHEN_RE is tried only there.
export const WHEN = wordStartPattern(
  WHEN_RE,
  [
    'hari',
    ...firstWordsOf(DAY),
    ...firstWordsOf(MONTH_NAME),
    ...firstWordsOf(MONTH_ABBREVIATION),
    ...firstWordsOf(CLOCK_WORD),
    ...firstWordsOf(RELATIVE),
  ],
  true,
);

export function findWhen(text: string): Span[] {
  return scanWordStarts(text, WHEN).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export function isClockTime(span: Span): boolean {
  return CLOCK_RE.test(span.text);
}
