import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'structure.wall-of-text';
const ID_BLOCK =
  'Pemerintah Kota Pontianak membuka pendaftaran pelatihan kerja gratis bagi warga. Pelatihan meliputi menjahit, tata boga, dan perbaikan ponsel. Peserta harus berusia 18 sampai 35 tahun dan ber-KTP Pontianak. Pendaftaran dibuka sampai akhir bulan di kantor kecamatan masing-masing. Setiap peserta mendapat sertifikat dan uang transport. Kuota terbatas, jadi segera daftarkan diri Anda dan ajak tetangga yang belum bekerja untuk ikut mendaftar.';

describe('structure.wall-of-text', () => {
  it('flags a long single block and offers a break between sentences (Indonesian)', () => {
    const [f] = findings(ID_BLOCK, RULE);
    expect(f).toBeDefined();
    const fixed = applyFix(ID_BLOCK, f!);
    expect(fixed.split('\n\n')).toHaveLength(2);
    expect(fixed.replace('\n\n', ' ')).toBe(ID_BLOCK);
  });
  it('flags a long English block', () => {
    const text =
      'The city opens free job training for residents. Courses cover sewing, cooking and phone repair. Applicants must be 18 to 35 years old. Registration runs until the end of the month at every district office. Each trainee receives a certificate and a travel allowance. Places are limited, so sign up soon and tell your neighbours about it, especially young people who are still looking for their first job.';
    expect(findings(text, RULE)).toHaveLength(1);
  });
  it('breaks after the middle sentence, the same break whatever fix was applied first', () => {
    const text = `Besok p${ID_BLOCK.slice(1)}`
      .replace('ponsel.', 'ponsel dengan pendamping dari dinas tenaga kerja kota setiap hari kerja.')
      .replace('mendaftar.', 'mendaftar!!!');
    const [f] = findings(text, RULE);
    expect(applyFix(text, f!).split('\n\n')[0]).toMatch(/ber-KTP Pontianak\.$/);
    // The date after "besok" and "!!!" → "!" first, the break next; or the break first: one text.
    let others = text;
    for (const rule of ['time.relative-date', 'style.exclamation']) others = applyFix(others, findings(others, rule)[0]!);
    const breakLast = applyFix(others, findings(others, RULE)[0]!);
    let breakFirst = applyFix(text, f!);
    for (const rule of ['time.relative-date', 'style.exclamation']) breakFirst = applyFix(breakFirst, findings(breakFirst, rule)[0]!);
    expect(breakLast).toBe(breakFirst);
  });
  it('flags a long English block, and breaks it in the middle too', () => {
    const text =
      'The city opens free job training for residents. Courses cover sewing, cooking and phone repair. Applicants must be 18 to 35 years old. Registration runs until the end of the month at every district office. Each trainee receives a certificate and a travel allowance. Places are limited, so sign up soon and tell your neighbours about it, especially young people who are still looking for their first job.';
    expect(applyFix(text, findings(text, RULE)[0]!).split('\n\n')[0]).toMatch(/18 to 35 years old\.$/);
  });
  it('is quiet on short posts and on posts with paragraphs', () => {
    expect(findings('Posyandu buka hari ini. Bawa buku KIA.', RULE)).toEqual([]);
    expect(findings(ID_BLOCK.replace('. Peserta', '.\n\nPeserta'), RULE)).toEqual([]);
  });
  it('allows officials longer blocks', () => {
    const medium = ID_BLOCK.split('. ').slice(0, 5).join('. ') + '.';
    expect(findings(medium, RULE, { audience: 'youth' })).toHaveLength(1);
    expect(findings(medium, RULE, { audience: 'government' })).toEqual([]);
  });
});
