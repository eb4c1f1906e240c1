import { describe, expect, it } from 'vitest';
import twitter from 'twitter-text';
import { analyze } from '../../../src/analysis';
import { countGraphemes, countMastodon, countXWeighted } from '../../../src/analysis/count';
import { findings } from './helpers';

const RULE = 'length.over-limit';

const SAMPLES = [
  'Halo warga Pontianak!',
  'Info lengkap: https://pontianak.go.id/berita/2026/11/banjir-rob-pesisir?utm=x',
  'Keluarga 👨‍👩‍👧 dan bendera 🇮🇩, jempol 👍🏽, angka 1️⃣.',
  'Campuran 日本語 dan العربية serta “kutipan” — tanda pisah… ok',
  'Kunjungi www.pontianak.go.id atau pontianakkota.go.id.',
  'e\u0301 combining and \u00e9 precomposed',
  'Dua tautan https://a.example.com/x dan https://b.example.org/y.',
  '#PontianakBersih @pemkotpontianak 08.00–10.00 WIB',
  'Tekan 1\u20e3 lalu 2\u20e3 (tanpa U+FE0F) atau 3️⃣',
  'Arah: \u2067https://pontianak.go.id/peta\u2069 dan \u202aLihat www.kemkes.go.id\u202c.',
  'Tautan rusak http://localhost/x dan http://bücher.example.com/buku',
  'Lihat https://id.wikipedia.org/wiki/Pontianak_(kota) (atau https://pontianak.go.id/a).',
  'Info https://pontianak.go.id/berita…🙂 dan https://pontianak.go.id/a?q=1。次 lalu www.kemkes.go.id/x),é',
];

describe('X weighted count matches twitter-text (the library X publishes)', () => {
  for (const text of SAMPLES) {
    it(JSON.stringify(text).slice(0, 50), () => {
      expect(countXWeighted(text)).toBe(twitter.parseTweet(text).weightedLength);
    });
  }
});

describe('other counting rules', () => {
  it('counts graphemes for Bluesky', () => {
    expect(countGraphemes('👨‍👩‍👧 e\u0301 ok\r\n')).toBe(7);
    expect(countGraphemes('a'.repeat(300))).toBe(300);
  });
  it('counts Mastodon URLs as 23 and remote mentions as the user name', () => {
    expect(countMastodon('@warga@mastodon.social lihat https://pontianak.go.id/a/very/long/path/indeed')).toBe('@warga lihat '.length + 23);
  });
});

describe('length.over-limit', () => {
  const long = 'Pemerintah Kota Pontianak membuka layanan perekaman KTP elektronik di kantor kecamatan. '.repeat(4);

  it('flags an X post over 280 and highlights the overflow', () => {
    const report = analyze(long, { platform: 'x' });
    const [f] = report.findings.filter((x) => x.rule === RULE);
    expect(report.length).toEqual({ count: long.length, limit: 280, unit: 'weighted' });
    expect(f!.severity).toBe('error');
    expect(f!.span!.start).toBe(280);
    expect(f!.span!.end).toBe(long.length);
    expect(f!.message).toBe(`Unggahan ini kelebihan ${long.length - 280} karakter dari batas X (280)`);
    expect(f!.why).toContain(`lebih dari 280 karakter menurut hitungan X. Unggahan ini berisi ${long.length} karakter`);
  });

  it('is silent under the limit and where there is no limit', () => {
    expect(findings('Posyandu buka hari Kamis.', RULE, { platform: 'x' })).toEqual([]);
    expect(findings(long, RULE, { platform: 'facebook' })).toEqual([]);
    expect(findings(long, RULE, { platform: 'web' })).toEqual([]);
  });

  it('counts emoji as 2 on X, so 140 emoji are the limit', () => {
    expect(findings('🙂'.repeat(140), RULE, { platform: 'x' })).toEqual([]);
    expect(findings('🙂'.repeat(141), RULE, { platform: 'x' })).toHaveLength(1);
  });

  it('speaks English for English text', () => {
    const [f] = findings('The city opens new health clinics in every district this year. '.repeat(5), RULE, { platform: 'x' });
    expect(f!.message).toMatch(/^This post is \d+ characters over the X limit \(280\)$/);
  });
});
