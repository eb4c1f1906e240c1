import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'structure.hook';

describe('structure.hook', () => {
  it('flags a salutation that opens the post (Indonesian)', () => {
    const [f] = findings(
      'Assalamualaikum warahmatullahi wabarakatuh.\nLayanan KTP keliling hadir Sabtu di Kelurahan Sungai Bangkong.',
      RULE,
    );
    expect(f!.span!.text).toBe('Assalamualaikum warahmatullahi wabarakatuh');
    expect(f!.severity).toBe('suggestion');
  });
  it('flags a letter-style preamble', () => {
    const [f] = findings('Dengan hormat, bersama ini kami sampaikan jadwal vaksinasi.', RULE);
    expect(f!.span!.text).toBe('Dengan hormat');
  });
  it('flags "Dear all" (English)', () => {
    expect(findings('Dear all,\nThe clinic opens on Monday.', RULE)[0]!.message).toMatch(/^The first line opens with “Dear all”/);
  });
  it('flags a very long first sentence for young readers but not for officials', () => {
    const text =
      'Pemerintah Kota Pontianak melalui Dinas Kesehatan bersama seluruh puskesmas di enam kecamatan akan menggelar pemeriksaan kesehatan gratis untuk pelajar sekolah menengah selama dua pekan penuh mulai bulan depan.';
    expect(findings(text, RULE, { audience: 'youth' })).toHaveLength(1);
    expect(findings(text, RULE, { audience: 'government' })).toEqual([]);
  });
  it('is quiet when the news comes first', () => {
    expect(findings('Layanan KTP keliling hadir Sabtu (28/11) di Kelurahan Sungai Bangkong. Selamat pagi!', RULE)).toEqual([]);
    expect(findings('The clinic opens on Monday. Good morning!', RULE)).toEqual([]);
  });
});
