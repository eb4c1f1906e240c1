import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'trust.missing-source';

describe('trust.missing-source', () => {
  it('flags a figure with no source (Indonesian)', () => {
    const [f] = findings('Sebanyak 1.200 rumah terendam banjir di pesisir.', RULE);
    expect(f!.span!.text).toBe('1.200 rumah');
  });
  it('accepts a named source, an office that reports, or an official link', () => {
    expect(findings('Sebanyak 1.200 rumah terendam, kata Kepala BPBD Kota Pontianak, Budi Santoso.', RULE)).toEqual([]);
    expect(findings('BPBD Kota Pontianak mencatat 1.200 rumah terendam.', RULE)).toEqual([]);
    expect(findings('Sebanyak 1.200 rumah terendam. Data: https://bpbd.pontianak.go.id/data', RULE)).toEqual([]);
    expect(findings('Menurut Dinas Kesehatan, 45% balita sudah diimunisasi.', RULE)).toEqual([]);
  });
  it('flags a claim with no source (English) and accepts "according to"', () => {
    expect(findings('Studies show that boiled water prevents dengue.', RULE)[0]!.span!.text).toBe('Studies show');
    expect(findings('According to the Health Office, 45% of children are vaccinated.', RULE)).toEqual([]);
  });
  it('does not read a year at a sentence end and the next sentence as a figure ("2026. Orang tua")', () => {
    expect(findings('Vaksinasi mulai Senin, 7 Desember 2026. Orang tua dimohon mengisi formulir.', RULE)).toEqual([]);
    expect(findings('Ada 120 rumah. Warga mengungsi.', RULE)[0]!.span!.text).toBe('120 rumah');
  });
  it('does not treat times and dates as figures', () => {
    expect(findings('Posyandu buka Kamis (26/11) pukul 08.00 WIB.', RULE)).toEqual([]);
  });
});
