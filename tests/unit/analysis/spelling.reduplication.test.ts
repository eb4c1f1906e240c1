import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'spelling.reduplication';
const fixes = (text: string, context = {}) => findings(text, RULE, context).map((f) => [f.span!.text, f.fix!.replacement]);

describe('spelling.reduplication', () => {
  it('hyphenates a reduplication written with a digit or ²: "warga2" → "warga-warga"', () => {
    const text = 'Para warga2 dan peserta² diminta hadir.';
    expect(fixes(text)).toEqual([
      ['warga2', 'warga-warga'],
      ['peserta²', 'peserta-peserta'],
    ]);
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Para warga-warga dan peserta² diminta hadir.');
  });
  it('repeats the root after a prefix and keeps the suffix: "sebaik2nya", "berlari2", "kemerah2an", "anak2nya"', () => {
    expect(fixes('Kerjakan sebaik2nya, jangan berlari2, warnanya kemerah2an, ajak anak2nya, kerja bakti bersih2.')).toEqual([
      ['sebaik2nya', 'sebaik-baiknya'],
      ['berlari2', 'berlari-lari'],
      ['kemerah2an', 'kemerah-merahan'],
      ['anak2nya', 'anak-anaknya'],
      ['bersih2', 'bersih-bersih'],
    ]);
  });
  it('keeps the writer’s case: "Warga2" → "Warga-warga", "PESERTA2" → "PESERTA-PESERTA"', () => {
    expect(fixes('Warga2 diminta tertib.')).toEqual([['Warga2', 'Warga-warga']]);
    expect(fixes('PESERTA2 HARAP HADIR.')).toEqual([['PESERTA2', 'PESERTA-PESERTA']]);
  });
  it('hyphenates a reduplication written with a space: "pelan pelan", "masing masing", "satu satunya"', () => {
    const text = 'Masing masing warga berjalan pelan pelan, satu satunya jalan ditutup.';
    expect(fixes(text)).toEqual([
      ['Masing masing', 'Masing-masing'],
      ['pelan pelan', 'pelan-pelan'],
      ['satu satunya', 'satu-satunya'],
    ]);
    expect(applyFix(text, findings(text, RULE)[1]!)).toBe('Masing masing warga berjalan pelan-pelan, satu satunya jalan ditutup.');
  });
  it('leaves a doubled word that is a slip, not a reduplication', () => {
    // Function words, numbers, time words said twice, and words whose doubled form is not in use.
    expect(fixes('Ini yang yang kami maksud, dan dan itu itu, salah satu satu.')).toEqual([]);
    expect(fixes('Besok besok jangan lupa bawa KTP.')).toEqual([]);
    expect(fixes('Tenaga kesehatan dikirim ke luar negeri negeri.')).toEqual([]);
    // A third copy, a name, a word across a sentence or a comma.
    expect(fixes('Pelan pelan pelan saja. Budi Budi datang.')).toEqual([]);
    expect(fixes('Jalan ini pelan. Pelan sekali, pelan, pelan.')).toEqual([]);
  });
  it('leaves a number after a noun that numbers follow, and words it is unsure of', () => {
    // "kelas2" may be "kelas 2"; "menteri2" might be menteri-teri; "ke2" is "ke-2".
    expect(fixes('Siswa kelas2 dan lantai2 naik, para menteri2 datang ke2 kalinya.')).toEqual([]);
  });
  it('leaves correct writing and the words another spelling rule fixes', () => {
    expect(fixes('Anak-anak bermain-main dengan hati-hati di rumah masing-masing.')).toEqual([]);
    // "anak2" is in the non-standard list: spelling.non-standard fixes it, one tip per word.
    expect(fixes('Anak2 diminta tertib.')).toEqual([]);
    expect(findings('Anak2 diminta tertib.', 'spelling.non-standard').map((f) => f.fix!.replacement)).toEqual(['Anak-anak']);
  });
  it('is a suggestion for young readers and a warning for the others', () => {
    expect(findings('Warga2 hadir.', RULE, { audience: 'youth' })[0]!.severity).toBe('suggestion');
    expect(findings('Warga2 hadir.', RULE, { audience: 'government' })[0]!.severity).toBe('warning');
  });
  it('leaves English alone', () => {
    expect(fixes('We walked slowly slowly home, bye bye, see you at the office.')).toEqual([]);
    expect(fixes('The team2 results came in quickly, said the coach.')).toEqual([]);
  });
});
