/** length.over-limit: the platform will refuse (X, Bluesky, Threads, Mastodon)
 * or cut the post. Counted the platform's own way. */
import { finding, fill, defineRule } from '../rule';
import { fittingPrefix } from '../length';
import { PLATFORM_NAMES } from '../profiles';

const UNIT = {
  weighted: { id: 'karakter (hitungan X)', en: 'characters (X count)' },
  graphemes: { id: 'karakter', en: 'characters' },
  characters: { id: 'karakter', en: 'characters' },
} as const;

export default defineRule({
  id: 'length.over-limit',
  category: 'reach',
  scope: 'draft',
  check(doc, ctx, self) {
    const { count, limit, unit } = ctx.length;
    if (limit === 0 || count <= limit) return [];
    const cut = fittingPrefix(doc.text, ctx.platform, limit);
    const values = {
      count,
      limit,
      over: count - limit,
      unitId: UNIT[unit].id,
      unitEn: UNIT[unit].en,
      platform: PLATFORM_NAMES[ctx.platform],
    };
    return [
      finding(self, ctx, doc.text, {
        severity: 'error',
        span: { start: cut, end: doc.text.length },
        message: fill(
          {
            id: 'Terlalu panjang untuk {platform}: {count}/{limit} {unitId} ({over} lebih)',
            en: 'Too long for {platform}: {count}/{limit} {unitEn} ({over} over)',
          },
          values,
        ),
        why: fill(
          {
            id: '{platform} menolak atau memotong unggahan di atas {limit} {unitId}. Bagian yang disorot melewati batas: ringkas, atau pecah jadi utas.',
            en: '{platform} refuses or cuts posts over {limit} {unitEn}. The highlighted part is past the limit: shorten it, or split it into a thread.',
          },
          values,
        ),
      }),
    ];
  },
});
