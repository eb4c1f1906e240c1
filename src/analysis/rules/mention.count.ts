/** mention.count: a post that tags many accounts reads as spam and notifies people who did not ask. */
import { defineRule } from '../rule';
import { tooMany } from '../norms';

export default defineRule({
  id: 'mention.count',
  category: 'reach',
  scope: 'draft',
  check: tooMany({
    severity: 'suggestion',
    items: (doc) => doc.tokens.filter((t) => t.kind === 'mention'),
    max: (ctx) => ctx.platformProfile.mentions,
    message: {
      id: 'Unggahan ini menandai {count} akun, padahal di {platform} sebaiknya paling banyak {max}',
      en: 'This post tags {count} accounts; keep it to {max} or fewer on {platform}',
    },
    why: {
      id: 'Menandai banyak akun terlihat seperti spam dan bisa dibatasi platform. Sebut akun yang benar-benar terlibat, misalnya instansi pelaksana.',
      en: 'Tagging many accounts looks like spam and platforms may limit it. Tag only the accounts truly involved, such as the office running the service.',
    },
  }),
});
