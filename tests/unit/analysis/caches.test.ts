/** The engine's caches are bounded by entries and by an estimate of the bytes they hold,
 * so a day of typing (long paragraphs edited keystroke by keystroke) cannot fill the panel's heap. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { LruCache } from '../../../src/analysis/cache';
import { estimateLineBytes, LINE_CACHE_BYTES, lineCacheSize } from '../../../src/analysis/doc';
import { PhraseList } from '../../../src/analysis/text/phrases';
import { NOW } from './helpers';

describe('LruCache', () => {
  it('keeps at most its entries and about its weight, and keeps what is in use', () => {
    const cache = new LruCache<string, string>(100, (k) => k.length, 1_000);
    for (let i = 0; i < 1_000; i++) cache.set(`${i}`.padEnd(50, '.'), 'v');
    expect(cache.size.weight).toBeLessThanOrEqual(1_000);
    expect(cache.size.entries).toBeLessThanOrEqual(20);
    const small = new LruCache<number, number>(10);
    small.set(-1, -1);
    for (let i = 0; i < 100; i++) {
      small.set(i, i);
      expect(small.get(-1)).toBe(-1); // in use all along: kept
    }
    expect(small.size.entries).toBeLessThanOrEqual(10);
    expect(small.get(0)).toBeUndefined(); // not used since: gone
  });
});

describe('the line cache', () => {
  it('holds about LINE_CACHE_BYTES however long the lines typed into it', () => {
    const paragraph = 'Pelayanan KTP di Kantor Camat Pontianak Barat dibuka pukul 08.00 WIB. '.repeat(43); // ~3,000 characters
    // Enough distinct lines to pass the bound about twice (each analysis of 3,000 characters takes milliseconds).
    const typed = 2 * Math.ceil(LINE_CACHE_BYTES / estimateLineBytes(paragraph));
    for (let i = 0; i < typed; i++) analyze(`${paragraph.slice(0, 1_500)}${i}${paragraph.slice(1_500)}`, { now: NOW });
    const { entries, weight } = lineCacheSize();
    expect(weight).toBeLessThanOrEqual(LINE_CACHE_BYTES + estimateLineBytes(paragraph));
    // About LINE_CACHE_BYTES of these lines, not all of them.
    expect(entries).toBeLessThan(Math.ceil(LINE_CACHE_BYTES / estimateLineBytes(paragraph)) + 2);
  });
});

describe('PhraseList', () => {
  it('finds the same phrases with an index of its own once the shared first-word index is full', () => {
    const phrases = ['dalam rangka', 'sehubungan dengan', 'in order to', 'sebarkan ke grup', 'sebarkan'];
    const text = 'Dalam rangka HUT, sebarkan ke grup! In order to help, sebarkan. Sehubungan  dengan itu …';
    const shared = new PhraseList(phrases);
    const expected = shared.find(text);
    expect(expected.map((m) => m.phrase)).toEqual(['dalam rangka', 'sebarkan ke grup', 'in order to', 'sebarkan', 'sehubungan dengan']);
    // As if the shared index were full: a list with new first words indexes itself.
    const own = new PhraseList([...phrases, 'katabaru sekali'], 0);
    expect(own.find(text)).toEqual(expected);
    expect(own.find('Ada katabaru sekali di sini.').map((m) => m.phrase)).toEqual(['katabaru sekali']);
  });
});
