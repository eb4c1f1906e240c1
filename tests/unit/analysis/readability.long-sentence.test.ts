import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'readability.long-sentence';
const ID_22 =
  'Pemerintah kota akan memperbaiki jalan di tiga kelurahan pada bulan depan agar warga bisa berangkat kerja dan sekolah dengan lebih aman setiap hari.';

describe('readability.long-sentence', () => {
  it('flags an Indonesian sentence over 20 words for the public', () => {
    const [f] = findings(ID_22, RULE);
    expect(f!.message).toContain('23 kata');
    expect(f!.span!.text).toBe(ID_22);
  });
  it('changes with the audience: 15 for young readers, 25 for officials', () => {
    const s17 = 'Kami membuka pendaftaran lomba desain poster untuk pelajar SMA se-Kota Pontianak sampai tanggal tiga puluh bulan ini.';
    expect(findings(s17, RULE, { audience: 'youth' })).toHaveLength(1);
    expect(findings(s17, RULE, { audience: 'public' })).toEqual([]);
    expect(findings(ID_22, RULE, { audience: 'government' })).toEqual([]);
  });
  it('flags a long English sentence and is quiet on short ones', () => {
    const en =
      'The city will repair the roads in three districts next month so that residents can travel to work and school more safely every single day of the week.';
    expect(findings(en, RULE)[0]!.message).toMatch(/^This sentence has \d+ words; aim for \d+ or fewer$/);
    expect(findings('The clinic opens on Monday. Bring your ID card.', RULE)).toEqual([]);
  });
});
