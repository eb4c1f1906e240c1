/** hashtag.count: more hashtags than the platform and audience suit. */
import { defineRule } from '../rule';
import { hashtagNorm, tooMany } from '../norms';

export default defineRule({
  id: 'hashtag.count',
  category: 'reach',
  scope: 'draft',
  check: tooMany({
    severity: 'suggestion',
    items: (doc) => doc.tokens.filter((t) => t.kind === 'hashtag'),
    max: hashtagNorm,
    message: {
      id: 'Unggahan ini memakai {count} tagar, padahal di {platform} cukup {max}',
      en: 'This post uses {count} hashtags, but {max} is enough on {platform}',
    },
    why: {
      id: 'Tagar berlebihan terlihat seperti spam dan menyulitkan pembaca layar. Pakai {max} tagar yang paling relevan, di akhir unggahan, dengan huruf kapital di awal tiap kata, misalnya #PontianakBersih.',
      en: 'Too many hashtags look like spam and trip up screen readers. Use the {max} most relevant, at the end, with a capital at the start of each word, such as #PontianakBersih.',
    },
  }),
});
