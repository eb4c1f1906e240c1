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
  it('expands an acronym with several meanings as its context says, or lists the choices, never a guess', () => {
    const health = 'Jangan lupa bawa buku KIA ke posyandu.';
    expect(applyFix(health, findings(health, RULE)[0]!)).toBe('Jangan lupa bawa buku Kesehatan Ibu dan Anak (KIA) ke posyandu.');
    expect(findings('Urus KIA di kantor Disdukcapil.', RULE)[0]!.fix!.replacement).toBe('Kartu Identitas Anak (KIA)');
    expect(findings('Bayar PBB sebelum jatuh tempo.', RULE)[0]!.fix!.replacement).toBe('Pajak Bumi dan Bangunan (PBB)');
    expect(findings('Sekjen PBB berkunjung ke Jakarta.', RULE)[0]!.fix!.replacement).toBe('Perserikatan Bangsa-Bangsa (PBB)');
    // The sentence says nothing; another sentence of the post does.
    expect(findings('Program KIA dimulai. Bawa ke posyandu terdekat.', RULE)[0]!.fix!.replacement).toBe('Kesehatan Ibu dan Anak (KIA)');
    const [f] = findings('Program KIA dimulai hari ini.', RULE);
    expect(f!.fix).toBeUndefined();
    expect(f!.message).toBe('Singkatan “KIA” belum dijelaskan: “Kartu Identitas Anak” atau “Kesehatan Ibu dan Anak”?');
    // Either expansion written out explains it.
    expect(findings('Buku Kesehatan Ibu dan Anak (KIA) dibagikan.', RULE)).toEqual([]);
  });
  it('picks the sense in English text too', () => {
    const text = 'Bring the KIA book to the posyandu.';
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Bring the maternal and child health (KIA) book to the posyandu.');
    expect(findings('The KIA programme starts today.', RULE, { locale: 'en' })[0]!.message).toBe(
      'The acronym “KIA” is not explained: “child identity card” or “maternal and child health”?',
    );
  });
  it('takes neither a Roman numeral nor a dictionary word in capitals for an acronym', () => {
    expect(findings('BLT tahap IV dan XII cair minggu ini.', RULE).map((f) => f.span!.text)).toEqual(['BLT']);
    expect(findings('Warga pesisir waspada banjir ROB malam ini.', RULE)).toEqual([]);
    expect(findings('Phase IV starts in the city today.', RULE)).toEqual([]);
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
