/** hashtag.count: more hashtags than the platform and audience suit. */
import { defineRule } from '../rule';
import { tooMany } from '../norms';

export default defineRule({
  id: 'hashtag.count',
  category: 'reach',
  scope: 'draft',
  check: tooMany({
    severity: 'suggestion',
    items: (doc) => doc.tokens.filter((t) => t.kind === 'hashtag'),
    max: (ctx) => Math.round(ctx.platformProfile.hashtags * ctx.audienceProfile.hashtagFactor),
    message: { id: '{count} tagar; untuk {platform} cukup {max}', en: '{count} hashtags; {max} is enough on {platform}' },
    why: {
      id: 'Tagar berlebihan terlihat seperti spam dan menyulitkan pembaca layar. Pakai {max} tagar yang paling relevan, di akhir unggahan, dengan HurufKapital di tiap kata (#PontianakBersih).',
      en: 'Too many hashtags look like spam and trip up screen readers. Use the {max} most relevant, at the end, in CamelCase (#PontianakBersih).',
    },
  }),
});
