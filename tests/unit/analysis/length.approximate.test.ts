/** Past EXACT_COUNT_CHARS the platform count is an estimate (`approximate: true`): every limit that
 * counts emoji, graphemes or links is ≤ 500, so on such texts only the order of magnitude matters, and
 * counting them exactly is the slow part. The estimate must still be close. */
import { describe, expect, it } from 'vitest';
import { EXACT_COUNT_CHARS, measureLength } from '../../../src/analysis/length';
import { countLength, estimateLength, type CountingRule } from '../../../src/analysis/count';
import { PLATFORM_PROFILES } from '../../../src/analysis/profiles';
import type { Platform } from '../../../src/analysis/types';

/** The stated tolerance: the estimate is within 1 % of the exact count. */
const TOLERANCE = 0.01;

const PLATFORMS: Platform[] = ['x', 'bluesky', 'threads', 'mastodon'];
const rule = (p: Platform): CountingRule => PLATFORM_PROFILES[p].counting;

/** Deterministic pseudo-random choices (mulberry32). */
function chooser(seed: number) {
  let s = seed >>> 0;
  return <T>(items: readonly T[]): T => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return items[Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * items.length)]!;
  };
}

const EMOJI = ['🙂', '😂', '👍🏽', '👨‍👩‍👧', '🧑🏾‍💻', '🇮🇩', '🇯🇵', '❤️', '✅', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', '🙏🏻'];

/** 50,000 emoji of many kinds (single, skin tones, ZWJ families, flags, tag flags, keycaps). */
function fiftyThousandEmoji(): string {
  const pick = chooser(7);
  return Array.from({ length: 50_000 }, () => pick(EMOJI)).join('');
}

/** About 1 MB of varied posts: Indonesian and English words, accents (precomposed and combining),
 * links, mentions, hashtags, emoji, CJK and Arabic, line breaks (some "\r\n"). */
function oneMegabyteOfPosts(): string {
  const pick = chooser(11);
  const WORDS = [
    'Pemerintah',
    'Kota',
    'Pontianak',
    'membuka',
    'layanan',
    'KTP',
    'elektronik',
    'di',
    'kantor',
    'kecamatan',
    'hari',
    'Sabtu',
    'pukul',
    '08.00',
    'WIB',
    'the',
    'city',
    'opens',
    'café',
    'cafe\u0301',
    'naïve',
    '“kutipan”',
    '—',
    '…',
    '日本語',
    'العربية',
    '@pemkotpontianak',
    '#PontianakBersih',
  ];
  const LINKS = ['https://pontianak.go.id/layanan/ktp', 'https://example.com/a/b?c=d', 'www.kemkes.go.id/info', 'http://t.co/abc123'];
  const parts: string[] = [];
  let length = 0;
  while (length < 1_000_000) {
    const r = pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const part =
      r < 14 ? pick(WORDS) : r < 16 ? pick(EMOJI) : r < 17 ? pick(LINKS) : r < 18 ? 'tel. 0812-3456-7890' : r < 19 ? '.\n' : '.\r\n';
    const sep = part.endsWith('\n') ? '' : ' ';
    parts.push(part + sep);
    length += part.length + sep.length;
  }
  return parts.join('');
}

const TEXTS: [string, string][] = [
  ['50,000 emoji', fiftyThousandEmoji()],
  ['1 MB of posts', oneMegabyteOfPosts()],
];

describe('platform counts past EXACT_COUNT_CHARS are approximate, and close', () => {
  for (const [name, text] of TEXTS) {
    for (const platform of PLATFORMS) {
      it(`${name} on ${platform}: flagged approximate, within ${TOLERANCE * 100} % of the exact count`, () => {
        expect(text.length).toBeGreaterThan(EXACT_COUNT_CHARS);
        const exact = countLength(text, rule(platform));
        const info = measureLength(text, platform);
        expect(info.approximate).toBe(true);
        expect(Math.abs(info.count - exact)).toBeLessThanOrEqual(TOLERANCE * exact);
      });
    }
  }

  it('counts exactly, without the flag, up to EXACT_COUNT_CHARS', () => {
    const text = '👨‍👩‍👧 https://pontianak.go.id/x '.repeat(1000).slice(0, EXACT_COUNT_CHARS);
    for (const platform of PLATFORMS) {
      expect(measureLength(text, platform)).toEqual({
        count: countLength(text, rule(platform)),
        limit: PLATFORM_PROFILES[platform].limit,
        unit: PLATFORM_PROFILES[platform].unit,
      });
    }
  });

  it('stays exact where the platform counts code points', () => {
    const text = '👨‍👩‍👧'.repeat(20_000);
    expect(measureLength(text, 'linkedin')).toEqual({ count: countLength(text, 'code-points'), limit: 3000, unit: 'characters' });
  });
});

describe('estimateLength', () => {
  // What the estimate gets exactly right: emoji sequences, combining marks, links, line breaks.
  const EXACT_PIECES = [
    ...EMOJI,
    'Halo warga Pontianak!',
    'e\u0301 dan é',
    'Info: https://pontianak.go.id/berita/2026?utm=x selesai',
    'baris satu\r\nbaris dua\nbaris tiga',
    '日本語 dan العربية',
  ];
  for (const platform of PLATFORMS) {
    it(`matches the exact count on common pieces (${platform})`, () => {
      for (const piece of EXACT_PIECES) {
        expect([piece, estimateLength(piece, rule(platform))]).toEqual([piece, countLength(piece, rule(platform))]);
      }
    });
  }
});
