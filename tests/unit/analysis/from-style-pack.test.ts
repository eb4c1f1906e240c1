/** Findings that exist because of the organisation's style pack say so (Finding.fromStylePack): the panel keeps
 * them out of the page, which could otherwise learn the pack's private terms from the underlines. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index';
import type { StylePack } from '../../../src/analysis/types';

const PACK: StylePack = {
  name: 'Pemkot Contoh',
  bannedTerms: [{ term: 'miskin' }],
  preferredTerms: [{ avoid: 'sosialisasi', use: 'penyuluhan' }],
  glossary: { SIGAP: 'Sistem Informasi Gawat Darurat Pontianak' },
};

const flagged = (text: string, stylePack?: StylePack) =>
  analyze(text, { audience: 'public', platform: 'facebook', stylePack }).findings.map((f) => [
    f.rule,
    f.span?.text,
    f.fromStylePack ?? false,
  ]);

describe('Finding.fromStylePack', () => {
  it('marks the pack’s banned and preferred terms and its own acronyms', () => {
    const found = flagged('Warga miskin ikut sosialisasi SIGAP di Kantor Camat Pontianak Barat.', PACK);
    expect(found).toContainEqual(['style.banned-term', 'miskin', true]);
    expect(found).toContainEqual(['plain.jargon', 'sosialisasi', true]);
    expect(found).toContainEqual(['acronym.unexplained', 'SIGAP', true]);
  });

  it('leaves built-in findings unmarked, with or without a pack', () => {
    for (const pack of [undefined, PACK]) {
      const found = flagged('Dalam rangka HUT kota, BPBD membuka posko besok.', pack);
      expect(found).toContainEqual(['plain.jargon', 'Dalam rangka', false]);
      expect(found).toContainEqual(['acronym.unexplained', 'BPBD', false]);
      expect(found.every(([, , fromPack]) => fromPack === false)).toBe(true);
    }
  });
});
