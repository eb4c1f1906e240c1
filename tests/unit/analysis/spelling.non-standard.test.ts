import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'spelling.non-standard';

describe('spelling.non-standard', () => {
  it('fixes misspellings for every audience, keeping capitals', () => {
    const text = 'Himbauan: praktek cuci tangan menurunkan resiko diare.';
    for (const audience of ['public', 'youth', 'government'] as const) {
      const found = findings(text, RULE, { audience });
      expect(found.map((f) => f.fix!.replacement)).toEqual(['Imbauan', 'praktik', 'risiko']);
      expect(found.every((f) => f.severity === 'warning')).toBe(true);
    }
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Imbauan: praktek cuci tangan menurunkan resiko diare.');
  });
  it('flags informal words for the public and officials, not for young readers', () => {
    const text = 'Warga yg belum vaksin nggak perlu khawatir.';
    expect(findings(text, RULE, { audience: 'public' }).map((f) => [f.span!.text, f.fix!.replacement, f.severity])).toEqual([
      ['yg', 'yang', 'suggestion'],
      ['nggak', 'tidak', 'suggestion'],
    ]);
    expect(findings(text, RULE, { audience: 'government' }).every((f) => f.severity === 'warning')).toBe(true);
    expect(findings(text, RULE, { audience: 'youth' })).toEqual([]);
  });
  it('addresses government readers as "Anda", not "kamu"', () => {
    const text = 'Gue mau kasih tau lo semua.';
    expect(findings(text, RULE, { audience: 'government' }).map((f) => f.fix!.replacement)).toEqual(['Saya', 'tahu', 'Anda']);
    expect(findings(text, RULE, { audience: 'public' }).map((f) => f.fix!.replacement)).toEqual(['Saya', 'tahu', 'kamu']);
  });
  it('keeps proper replacements capitalised (Februari, Allah)', () => {
    expect(findings('Jadwal bulan pebruari.', RULE)[0]!.fix!.replacement).toBe('Februari');
  });
  it('keeps the verb a verb: -nya and -in forms keep their meN- and -i', () => {
    expect(findings('Nontonnya di mana?', RULE)[0]!.fix!.replacement).toBe('Menontonnya');
    expect(findings('Siapa yang ngurusin izinnya?', RULE).map((f) => f.fix!.replacement)).toEqual(['mengurusi']);
  });
  it('leaves standard abbreviations alone (tsb., tgl., telp.)', () => {
    expect(findings('Acara tsb. digelar tgl. 5 Desember.', RULE)).toEqual([]);
    // "telp" is chat shorthand; "telp." with its full stop is how letters write it.
    expect(findings('Info: Bapenda, telp. (0561) 736 123.', RULE)).toEqual([]);
    expect(findings('Hubungi telp 112 ya.', RULE).map((f) => f.fix!.replacement)).toEqual(['telepon']);
  });
  it('leaves acronyms, place names, English sentences and the user dictionary alone', () => {
    expect(findings('Ketua TP PKK hadir di Kelurahan Senen.', RULE)).toEqual([]);
    expect(findings('The photo survey starts today.', RULE)).toEqual([]);
    expect(findings('Praktek dokter buka.', RULE, { dictionary: ['praktek'] })).toEqual([]);
    expect(findings('Praktik dokter buka sampai sore.', RULE)).toEqual([]);
  });
  it('never corrects a word of a name: a capitalised run, after a venue word, a place name', () => {
    const text = 'Harga terong naik di Pasar Terong dan di pasar Terong Baru.';
    const found = findings(text, RULE);
    expect(found.map((f) => [f.span!.text, f.fix!.replacement])).toEqual([['terong', 'terung']]);
    expect(findings('Pasar Terong ramai sejak pagi.', RULE)).toEqual([]);
    expect(findings('Obat tersedia di Apotek Praktek Sehat.', RULE)).toEqual([]);
    expect(findings('Kantor pindah ke Jl. Praktek No. 5.', RULE)).toEqual([]);
    // The first word of a sentence is capitalised because it comes first: still corrected.
    expect(findings('Terong murah hari ini.', RULE).map((f) => f.fix!.replacement)).toEqual(['Terung']);
    expect(findings('Himbauan Bupati: praktek cuci tangan.', RULE).map((f) => f.fix!.replacement)).toEqual(['Imbauan', 'praktik']);
    // English sentences are not the rule's to correct at all.
    expect(findings('The market at Pasar Terong opens at dawn.', RULE)).toEqual([]);
  });
  it('explains in English when asked', () => {
    expect(findings('Praktek dokter buka.', RULE, { locale: 'en' })[0]!.message).toBe('Use the standard spelling “Praktik”, not “Praktek”');
  });
});
