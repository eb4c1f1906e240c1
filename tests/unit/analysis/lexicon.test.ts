import { describe, expect, it } from 'vitest';
import { isDictionaryWord, isOrdinaryWord } from '../../../src/analysis/lexicon';

describe('lexicon: ordinary and dictionary words', () => {
  it('knows affixed forms by their stem', () => {
    // One prefix and one suffix, two-part prefixes (memper-, diper-), possessives (-ku, -mu).
    for (const word of ['diharapkan', 'memperingati', 'diperbaiki', 'hatiku', 'rumahmu', 'kebersamaannya'])
      expect(isDictionaryWord(word), word).toBe(true);
  });
  it('counts non-standard spellings as words, and dictionary words beyond the vocabulary', () => {
    expect(isDictionaryWord('silahkan')).toBe(true);
    expect(isDictionaryWord('nggak')).toBe(true);
    // "akuisisi" is in the dictionary list (hunspell-id) but not in the smaller vocabulary.
    expect(isOrdinaryWord('akuisisi')).toBe(false);
    expect(isDictionaryWord('akuisisi')).toBe(true);
  });
  it('knows no names', () => {
    for (const name of ['sutarmidji', 'huawei', 'altidore', 'tokopedia']) expect(isDictionaryWord(name), name).toBe(false);
  });
});
