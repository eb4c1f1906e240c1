/** X's own conformance suite for the weighted count: every case of the two counting sections of
 * twitter-text's conformance/validate.yml (tests/fixtures/twitter-text/SOURCE.md says where from). */
import { describe, expect, it } from 'vitest';
import conformance from '../../fixtures/twitter-text/validate-counting.json';
import { countXWeighted, punycode } from '../../../src/analysis/count';
import { fittingPrefix, measureLength } from '../../../src/analysis/length';

interface Case {
  description: string;
  text: string;
  expected: { weightedLength: number; validRangeEnd: number };
}

const SECTIONS: Record<string, Case[]> = conformance.tests;

describe('X count passes twitter-text conformance (validate.yml)', () => {
  it('has both sections, none empty', () => {
    expect(Object.keys(SECTIONS).sort()).toEqual(['UnicodeDirectionalMarkerCounterTest', 'WeightedTweetsWithDiscountedEmojiCounterTest']);
    for (const cases of Object.values(SECTIONS)) expect(cases.length).toBeGreaterThan(0);
  });

  for (const [section, cases] of Object.entries(SECTIONS)) {
    describe(section, () => {
      for (const c of cases) {
        it(c.description, () => {
          expect(countXWeighted(c.text)).toBe(c.expected.weightedLength);
          // What the panel shows: the same count, and exact at these lengths.
          expect(measureLength(c.text, 'x')).toEqual({ count: c.expected.weightedLength, limit: 280, unit: 'weighted' });
        });
        if (c.expected.weightedLength > 280)
          it(`${c.description}: the part that fits ends where twitter-text's valid range ends`, () => {
            // validRangeEnd is inclusive; fittingPrefix is a length (what length.over-limit highlights after).
            expect(fittingPrefix(c.text, 'x')).toBe(c.expected.validRangeEnd + 1);
          });
      }
    });
  }
});

describe('punycode (how long a host label is for twitter-text)', () => {
  it('encodes the samples of RFC 3492 §7.1', () => {
    expect(punycode('他们为什么不说中文')).toBe('ihqwcrb4cv8a8dqg056pqjye');
    expect(punycode('3年B組金八先生')).toBe('3B-ww4c5e180e575a65lsy2b');
    expect(punycode('bücher')).toBe('bcher-kva');
  });
});
