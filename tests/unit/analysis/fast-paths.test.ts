/** Fast paths that must give exactly what the plain version gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findUrls } from '../../../src/analysis/text/tokens';

describe('findUrls', () => {
  // The reference: the link pattern with the u flag on every text.
  const TLD = '(?:go\\.id|co\\.id|ac\\.id|or\\.id|sch\\.id|desa\\.id|web\\.id|com|org|net|id|io|app|info|social|gov|edu|me|ly|link)';
  const URL = `\\bhttps?:\\/\\/[^\\s<>"'\`]+|\\bwww\\.[^\\s<>"'\`]+|\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,6}${TLD}\\b(?:\\/[^\\s<>"'\`]*)?`;
  const URL_RE = new RegExp(`(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(${URL})`, 'giu');
  const reference = (text: string) =>
    [...text.matchAll(URL_RE)].filter((m) => m[1] !== undefined).map((m) => ({ start: m.index, end: m.index + m[1]!.replace(/[.,;:!?)\]}'"”’]+$/u, '').length }));

  const PIECES = ['https://', 'http://', 'www.', 'x.com', '.go.id', 'a@b.co', '.', '@', '-', '+', '_', ' ', '/', 'link', 'ſ', 'K', 'İ', 'ı', '😀', '\ud800', 'é', 'SOCIAL', 'HTTPS://', 'k', 's', '"', '`', '\u00a0', '1'];
  const text = fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('finds what the u-flag pattern finds', () => {
    expect(findUrls('See https://cendanakota.go.id/siaga, or ſite.com and Kota.link.')).toEqual(reference('See https://cendanakota.go.id/siaga, or ſite.com and Kota.link.'));
    fc.assert(fc.property(text, (t) => JSON.stringify(findUrls(t)) === JSON.stringify(reference(t))), { numRuns: 3000 });
  });
});
