/** length.over-limit: the platform will refuse (X, Bluesky, Threads, Mastodon)
 * or cut the post. Counted the platform's own way. */
import { finding, fill, defineRule } from '../rule';
import { fittingPrefix } from '../length';
import { PLATFORM_NAMES } from '../profiles';

const UNIT = {
  weighted: { id: 'karakter menurut hitungan X', en: 'characters as X counts them' },
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
            id: 'Unggahan ini kelebihan {over} karakter dari batas {platform} ({limit})',
            en: 'This post is {over} characters over the {platform} limit ({limit})',
          },
          values,
        ),
        why: fill(
          {
            id: '{platform} menolak atau memotong unggahan yang lebih dari {limit} {unitId}. Unggahan ini berisi {count} karakter, dan bagian yang disorot melewati batas. Ringkas unggahan ini, atau pecah menjadi utas.',
            en: '{platform} refuses or cuts posts over {limit} {unitEn}. By that count, this post has {count}, and the highlighted part is past the limit. Shorten the post, or split it into a thread.',
          },
          values,
        ),
      }),
    ];
  },
});
