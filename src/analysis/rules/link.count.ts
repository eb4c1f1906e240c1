/** link.count: one clear link works better than several; Instagram captions cannot link at all. */
import { defineRule } from '../rule';
import { tooMany } from '../norms';

export default defineRule({
  id: 'link.count',
  category: 'reach',
  scope: 'draft',
  check: tooMany({
    severity: 'suggestion',
    items: (doc) => doc.tokens.filter((t) => t.kind === 'url'),
    max: (ctx) => ctx.platformProfile.links,
    message: {
      id: 'Unggahan ini memuat {count} tautan, padahal di {platform} sebaiknya paling banyak {max}',
      en: 'This post has {count} links; keep it to {max} or fewer on {platform}',
    },
    messageWhenNone: {
      id: 'Tautan di keterangan {platform} tidak bisa diklik: tulis “tautan di bio”',
      en: 'Links in {platform} captions cannot be clicked: say “link in bio”',
    },
    why: {
      id: 'Satu tautan dengan ajakan yang jelas lebih banyak diklik daripada beberapa tautan. Di Instagram, tautan di keterangan tidak bisa diklik: tulis “tautan di bio”.',
      en: 'One link with a clear call to action gets more clicks than several. On Instagram, links in captions cannot be clicked: say “link in bio”.',
    },
  }),
});
