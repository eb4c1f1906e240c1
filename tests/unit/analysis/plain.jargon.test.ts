import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'plain.jargon';

describe('plain.jargon (Indonesian)', () => {
  it('replaces bureaucratic phrases with plain ones', () => {
    const text = 'Dalam rangka HUT kota, kami melakukan koordinasi dengan kecamatan.';
    const found = findings(text, RULE);
    expect(found.map((f) => f.fix!.replacement)).toEqual(['Untuk', 'berkoordinasi']);
    expect(applyFix(text, found[1]!)).toBe('Dalam rangka HUT kota, kami berkoordinasi dengan kecamatan.');
  });
  it('advises without a fix where a drop-in would break the sentence', () => {
    const [f] = findings('Petugas memberikan bantuan kepada korban.', RULE);
    expect(f!.message).toContain('“membantu”');
    expect(f!.fix).toBeUndefined();
  });
  it('is quiet on plain Indonesian', () => {
    expect(findings('Kami bekerja sama dengan kecamatan untuk HUT kota.', RULE)).toEqual([]);
  });
});

describe('plain.jargon (English)', () => {
  it('replaces "in order to" and "utilize"', () => {
    const text = 'In order to register, utilize the form.';
    const found = findings(text, RULE);
    expect(found.map((f) => f.fix?.replacement)).toEqual(['To', 'use']);
  });
  it('does not apply English phrases inside Indonesian sentences', () => {
    expect(findings('Warga diminta memakai masker di angkot.', RULE)).toEqual([]);
  });
});

describe('plain.jargon with a style pack', () => {
  it('uses the organisation’s preferred terms, with its reason', () => {
    const pack = {
      preferredTerms: [{ avoid: 'Kota Khatulistiwa', use: 'Kota Pontianak', reason: 'Nama resmi dipakai di semua unggahan.' }],
    };
    const text = 'Selamat datang di Kota Khatulistiwa.';
    const [f] = findings(text, RULE, { stylePack: pack });
    expect(f!.severity).toBe('warning');
    expect(f!.why).toBe('Nama resmi dipakai di semua unggahan.');
    expect(applyFix(text, f!)).toBe('Selamat datang di Kota Pontianak.');
  });
});
