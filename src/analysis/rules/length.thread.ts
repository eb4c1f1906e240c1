/** length.thread: over the limit on X, Bluesky, Threads or Mastodon, propose
 * a thread: numbered posts split at sentence boundaries, each within the limit. */
import { finding, fill, defineRule } from '../rule';
import { PLATFORM_NAMES } from '../profiles';

export default defineRule({
  id: 'length.thread',
  category: 'reach',
  scope: 'draft',
  check(doc, ctx, self) {
    // The engine proposes the thread (Report.thread) when the draft is over a threading platform's limit.
    const posts = doc.thread;
    if (!posts) return [];
    const { limit } = ctx.length;
    return [
      finding(self, ctx, doc.text, {
        severity: 'suggestion',
        message: fill(
          { id: 'Pecah unggahan ini menjadi utas berisi {n} unggahan', en: 'Split this post into a thread of {n} posts' },
          { n: posts.length },
        ),
        why: fill(
          {
            id: 'Di {platform}, tulisan panjang lebih baik dipecah menjadi utas bernomor, dipotong di akhir kalimat. Setiap bagian di bawah ini sudah muat dalam batas {limit} karakter. Salin satu per satu.',
            en: 'On {platform}, a long text works better as a numbered thread, cut at the ends of sentences. Each part below fits the limit of {limit} characters. Copy them one by one.',
          },
          { platform: PLATFORM_NAMES[ctx.platform], limit },
        ),
        data: { posts },
      }),
    ];
  },
});
