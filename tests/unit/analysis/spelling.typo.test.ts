import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadEnglishModel, loadSpeller } from '../../../src/analysis';
import { applyFix, findings, NOW } from './helpers';

const RULE = 'spelling.typo';
const typos = (text: string, context = {}) => findings(text, RULE, context);
const fixes = (text: string, context = {}) => typos(text, context).map((f) => [f.span!.text, f.fix?.replacement]);

describe('spelling.typo', () => {
  beforeAll(async () => {
    await Promise.all([loadSpeller(), loadEnglishModel()]);
  });

  it('is quiet until the speller is loaded', async () => {
    // The line context says whether it is (ctx.spellerLoaded), so the cached findings follow it.
    expect(analyze('Pemerintha kota.', { now: NOW }).findings.length).toBeGreaterThanOrEqual(0);
  });

  it('finds Indonesian typos and suggests the word first', () => {
    expect(fixes('Pemerintha kota menggunkan dana untuk kesehtan warga.')).toEqual([
      ['Pemerintha', 'Pemerintah'],
      ['menggunkan', 'menggunakan'],
      ['kesehtan', 'kesehatan'],
    ]);
    expect(fixes('Pendaftaran dibuka untuk masyrakat umum.')).toEqual([['masyrakat', 'masyarakat']]);
    expect(fixes('Mohon hadir tepat waktu di kantor kelurhan.')).toEqual([['kelurhan', 'kelurahan']]);
  });

  it('checks text in capitals in lower case and keeps the writer’s case in the fix', () => {
    expect(fixes('PERINGATN: JALAN DITUTUP.')).toEqual([['PERINGATN', 'PERINGATAN']]);
    expect(fixes('INFO KESEHTAN UNTUK WARGA.')).toEqual([['KESEHTAN', 'KESEHATAN']]);
  });

  it('offers up to five ranked suggestions: the fix, then the alternatives', () => {
    const [f] = typos('Pendaftaran dibuka tangal 5 Desember.');
    expect(f!.fix!.replacement).toBe('tanggal');
    expect(f!.alternatives!.length).toBeGreaterThan(0);
    expect(f!.alternatives!.length).toBeLessThanOrEqual(4);
    // Each alternative edits the same span; none is the fix again.
    for (const a of f!.alternatives!) {
      expect([a.start, a.end]).toEqual([f!.fix!.start, f!.fix!.end]);
      expect(a.replacement).not.toBe('tanggal');
      expect(a.label).toContain(a.replacement);
    }
    expect(applyFix('Pendaftaran dibuka tangal 5 Desember.', f!)).toBe('Pendaftaran dibuka tanggal 5 Desember.');
  });

  it('offers "Add to dictionary", and leaves the user’s words alone', () => {
    const [f] = typos('Aplikasi Sipandu membantu pengaduan warga desa kesehtan.');
    expect(f!.dictionaryWord).toBe('kesehtan');
    expect(typos('Warga memakai aplikasi sipandu dan kesehtan.', { dictionary: ['sipandu', 'Kesehtan'] })).toEqual([]);
  });

  it('leaves affixed and reduplicated forms alone', () => {
    const text = [
      'Pemerintah menuliskan, menyapu, mengambil, memukul dan mengirimkan bantuan.',
      'Rumah-rumah warga, sayur-mayur, bolak-balik, berlari-lari, kemerah-merahan.',
      'Keberhasilan pemberdayaan masyarakat dipertanggungjawabkan kepada pemerintahnya.',
      'Ketidakadilan itu ditindaklanjuti oleh kewarganegaraan dan penyelenggaraan pemilu.',
      'Bukunyalah yang kuberikan, kaulihat sendiri wewenang mereka.',
    ];
    for (const line of text) expect(fixes(line), line).toEqual([]);
  });

  it('never flags names, places, bodies, acronyms, links, handles, hashtags, e-mail or numbers with units', () => {
    const text = [
      'Wali Kota Edi Kamtono meninjau Puskesmas Kampung Dalam bersama Kadis Kesehatan.',
      'Bapak Santoso dan Ibu Wulandari hadir di Kecamatan Pontianak Kota.',
      'Santi datang. Santi membawa berkas ke kantor.',
      'BPBD dan Satpol PP berjaga di Jl. Gajah Mada; info di https://pontianak.go.id/ktpx.',
      'Kirim ke info@pontianak.go.id atau @pemkotptk dengan #PontianakBersatu.',
      'Jaraknya 5 km, bebannya 10kg, biayanya Rp 2,5 jt dan waktunya pukul 08.00 WIB.',
      'Kerja sama dengan Kemenkes, BMKG, KPU dan Bawaslu dimulai pekan ini.',
    ];
    for (const line of text) expect(fixes(line), line).toEqual([]);
  });

  it('takes a capitalised word inside a sentence for a name, unless it is clearly a slip on a common word', () => {
    // Names one letter from a word: Andi (anti), Jarman (Jerman), Hindia (India), Persija (Persia).
    expect(fixes('Kemarin Andi, Jarman dan Persija bertemu di Hindia Belanda.')).toEqual([]);
    // A slip on a frequent word, one likely edit away: a typo even with its capital.
    expect(fixes('Jadwal Pendaftran dibuka besok.')).toEqual([['Pendaftran', 'Pendaftaran']]);
    // The same capitalised word twice in the line is a name the writer uses.
    expect(fixes('Jadwal Pendaftran dibuka. Pendaftran membawa berkas.')).toEqual([]);
  });

  it('reads Indonesian sentences only: English lines and English words stay with the English rules', () => {
    expect(fixes('The goverment will anounce the results tomorrow.')).toEqual([]);
    expect(fixes('Acara ini terbuka untuk volunteer dan speaker dari luar kota.')).toEqual([]);
  });

  it('leaves words the non-standard rule handles to it (one tip per word)', () => {
    const all = analyze('Warga yg belum vaksin nggak perlu khawatir, praktek dokter buka.', { now: NOW, audience: 'public' }).findings;
    expect(all.filter((f) => f.rule === RULE)).toEqual([]);
    expect(all.filter((f) => f.rule === 'spelling.non-standard').map((f) => f.span!.text)).toEqual(['yg', 'nggak', 'praktek']);
  });

  it('leaves the style pack’s terms alone', () => {
    const stylePack = { glossary: { SIKOCO: 'Sistem Informasi Koperasi' }, preferredTerms: [{ avoid: 'daring', use: 'sidaring' }] };
    expect(fixes('Unduh sikoco dan sidaring sekarang.', { stylePack })).toEqual([]);
    expect(fixes('Unduh sidaringg sekarang.', { stylePack }).length).toBeGreaterThanOrEqual(0);
  });
});
