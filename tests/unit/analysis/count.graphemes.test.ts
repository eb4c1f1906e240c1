/** countGraphemes segments long runs window by window (Intl.Segmenter's time grows faster than the
 * length of one long string); it must count exactly what one pass of Intl.Segmenter counts. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countGraphemes } from '../../../src/analysis/count';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const plainCount = (text: string) => [...segmenter.segment(text)].length;

// Pieces whose clusters reach across a window's edge: ZWJ families, flags (regional indicators pair
// from the left), tag sequences, keycaps, stacked combining marks, Hangul jamo, Indic conjuncts, CRLF.
const PIECES = [
  '🙂',
  '👍🏽',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '🇮',
  '🇮🇩',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '1️⃣',
  '\u200d',
  '\ufe0f',
  'e\u0301',
  '\u0301\u0302\u0303',
  '한국어',
  '\u1100\u1161\u11a8',
  'क्षत्रिय',
  'ส้ม',
  '東京',
  'العربية',
  'é',
  '\r\n',
  'a',
  ' ',
];

describe('countGraphemes', () => {
  it('counts what one pass of Intl.Segmenter counts, on runs longer than its window', () => {
    const long = fc.array(fc.constantFrom(...PIECES), { minLength: 100, maxLength: 700 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(long, (text) => countGraphemes(text) === plainCount(text)),
      { numRuns: 300 },
    );
  });

  it('counts long uniform runs exactly (a flag run of odd length, one cluster wider than the window)', () => {
    for (const text of ['🇮'.repeat(1001), '🙂'.repeat(5000), 'a' + '\u0301'.repeat(3000) + 'b', '👨‍👩‍👧'.repeat(700), '日本'.repeat(2000)])
      expect(countGraphemes(text)).toBe(plainCount(text));
  });
});
