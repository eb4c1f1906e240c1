/** length.thread: over the limit on X, Bluesky, Threads or Mastodon, propose
 * a thread: numbered posts split at sentence boundaries, each within the limit. */
import { finding, fill, type DocumentRule } from '../rule';
import { PLATFORM_NAMES } from '../profiles';
import { splitThread } from '../thread';

const rule: DocumentRule = {
  id: 'length.thread',
  category: 'reach',
  scope: 'document',
  check(doc, ctx) {
    if (!ctx.platformProfile.thread) return [];
    const { count, limit } = ctx.length;
    if (limit === 0 || count <= limit) return [];
    const posts = splitThread(doc, ctx.platform);
    return [
      finding(rule, ctx, doc.text, {
        severity: 'suggestion',
        message: fill({ id: 'Jadikan utas {n} unggahan', en: 'Make it a thread of {n} posts' }, { n: posts.length }),
        why: fill(
          {
            id: 'Di {platform}, tulisan panjang lebih baik dipecah menjadi utas bernomor, dipotong di akhir kalimat. Setiap bagian di bawah ini sudah muat dalam batas {limit}; salin satu per satu.',
            en: 'On {platform}, a long text works better as a numbered thread, cut at the ends of sentences. Each part below fits the {limit} limit; copy them one by one.',
          },
          { platform: PLATFORM_NAMES[ctx.platform], limit },
        ),
        data: { posts },
      }),
    ];
  },
};

export default rule;
