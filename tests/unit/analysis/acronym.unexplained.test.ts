import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'acronym.unexplained';

describe('acronym.unexplained', () => {
  it('expands a public-sector acronym on first use (Indonesian)', () => {
    const text = 'BPBD mengimbau warga bersiap. BPBD membuka posko di kantor camat.';
    const [f, ...rest] = findings(text, RULE);
    expect(rest).toHaveLength(0);
    expect(applyFix(text, f!)).toBe(
      'Badan Penanggulangan Bencana Daerah (BPBD) mengimbau warga bersiap. BPBD membuka posko di kantor camat.',
    );
  });
  it('uses the English expansion in English text', () => {
    const text = 'The BPBD opened three shelters.';
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('The Regional Disaster Management Agency (BPBD) opened three shelters.');
  });
  it('accepts an acronym already explained, a well-known one, and stays quiet for officials', () => {
    expect(findings('Badan Penanggulangan Bencana Daerah (BPBD) membuka posko.', RULE)).toEqual([]);
    expect(findings('BPBD (Badan Penanggulangan Bencana Daerah) membuka posko.', RULE)).toEqual([]);
    expect(findings('Bawa KTP dan KK asli.', RULE)).toEqual([]);
    expect(findings('BPBD dan OPD terkait rapat hari ini.', RULE, { audience: 'government' })).toEqual([]);
  });
  it('asks about an unknown acronym without inventing an expansion', () => {
    const [f] = findings('Program SIMPEL dimulai Senin.', RULE);
    expect(f).toBeUndefined(); // SIMPEL is a pronounceable word in capitals: shouting, not an acronym
    // A made-up acronym: no glossary has it.
    const [g] = findings('Pendaftaran PKTDX dibuka Senin.', RULE);
    expect(g!.message).toBe('Apa kepanjangan “PKTDX”?');
    expect(g!.fix).toBeUndefined();
  });
  it('expands the public-service acronyms of everyday posts (PPDB, SKCK)', () => {
    expect(findings('Pendaftaran PPDB dibuka Senin.', RULE)[0]!.fix!.replacement).toBe('Penerimaan Peserta Didik Baru (PPDB)');
    // SKCK is known to the public: no finding for the general public.
    expect(findings('Urus SKCK di Polresta.', RULE)).toEqual([]);
  });
  it('takes expansions from the style pack glossary', () => {
    const text = 'Daftarkan usaha Anda di PLUT.';
    const [f] = findings(text, RULE, { stylePack: { glossary: { PLUT: 'Pusat Layanan Usaha Terpadu' } } });
    expect(applyFix(text, f!)).toBe('Daftarkan usaha Anda di Pusat Layanan Usaha Terpadu (PLUT).');
  });
  it('keeps each style pack its own glossary, however often it is used', () => {
    const text = 'Daftarkan usaha Anda di PLUT.';
    const packA = { glossary: { PLUT: 'Pusat Layanan Usaha Terpadu' } };
    const packB = { glossary: { PLUT: 'Pos Layanan UMKM Terpadu' } };
    for (let round = 0; round < 2; round++) {
      expect(applyFix(text, findings(text, RULE, { stylePack: packA })[0]!)).toBe(
        'Daftarkan usaha Anda di Pusat Layanan Usaha Terpadu (PLUT).',
      );
      expect(applyFix(text, findings(text, RULE, { stylePack: packB })[0]!)).toBe(
        'Daftarkan usaha Anda di Pos Layanan UMKM Terpadu (PLUT).',
      );
    }
    // Without a pack, the acronym is unknown again: no fix.
    expect(findings(text, RULE)[0]!.fix).toBeUndefined();
  });
});
