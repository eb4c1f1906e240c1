import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'style.punctuation-spacing';
const fixes = (text: string) => findings(text, RULE).map((f) => [f.span!.text, f.fix!.replacement]);
/** The text with every fix of the rule applied. */
const fixed = (text: string) =>
  findings(text, RULE)
    .sort((a, b) => b.fix!.start - a.fix!.start)
    .reduce((t, f) => applyFix(t, f), text);

describe('style.punctuation-spacing', () => {
  it('removes the space before a comma or full stop and puts one after it', () => {
    expect(fixed('Kami , warga kota ,mengundang Bapak/Ibu .')).toBe('Kami, warga kota, mengundang Bapak/Ibu.');
    expect(fixed('Terima kasih,kami tunggu.Warga diharap hadir.')).toBe('Terima kasih, kami tunggu. Warga diharap hadir.');
    expect(fixes('warga,kami')).toEqual([[',', ', ']]);
  });
  it('does the same in English', () => {
    expect(fixed('Thank you ,residents .We will be there,on time.')).toBe('Thank you, residents. We will be there, on time.');
  });
  it('leaves numbers, times, links, e-mail, mentions and hashtags alone', () => {
    expect(fixes('Harga Rp1.000,00 naik 3,5 persen pukul 08.00 WIB; 1.250 warga.')).toEqual([]);
    expect(fixes('Lihat pontianak.go.id,info@pontianak.go.id atau @pemkot.ptk dan #info.Warga')).toEqual([]);
    expect(fixes('Unduh di https://pontianak.go.id/a,b.html sekarang.')).toEqual([]);
  });
  it('leaves ellipses, spaced dots, emoticons, abbreviations and initials alone', () => {
    expect(fixes('Tunggu ... ya, jadi . . . begitu ._. atau ,-) :)')).toEqual([]);
    expect(fixes('Bu Siti, S.Pd., M.Pd. dan Ir.H.Joko hadir s.d. sore; A.Yani dan ASP.Net; baca Tempo.Co.')).toEqual([]);
    expect(fixes('Angka 3 ,5 tidak diubah.')).toEqual([]);
  });
  it('puts a space after the full stop of an abbreviation before a name: "Jl.Ahmad" → "Jl. Ahmad"', () => {
    expect(fixes('Kantor di Jl.Ahmad Yani.')).toEqual([['.', '. ']]);
  });
  it('is a warning for government readers and a suggestion for the others', () => {
    expect(findings('Kami , warga.', RULE, { audience: 'government' })[0]!.severity).toBe('warning');
    expect(findings('Kami , warga.', RULE, { audience: 'public' })[0]!.severity).toBe('suggestion');
  });
});
