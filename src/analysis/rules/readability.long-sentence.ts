/** readability.long-sentence: sentences over the audience's word limit
 * (plain-language practice: 20 words for the public, shorter for young readers). */
import { finding, fill, defineRule } from '../rule';
import type { Finding } from '../types';

const rule = defineRule({
  id: 'readability.long-sentence',
  category: 'clarity',
  title: { id: 'Kalimat panjang: pecah menjadi dua', en: 'Long sentences: split them' },
  scope: 'line',
  check(p, ctx) {
    const max = ctx.audienceProfile.maxSentenceWords;
    const out: Finding[] = [];
    for (const s of p.sentences) {
      const words = s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
      if (words <= max) continue;
      out.push(
        finding(rule, ctx, p.text, {
          severity: words > max * 1.6 ? 'warning' : 'suggestion',
          span: { start: s.start, end: s.end },
          message: fill(
            {
              id: 'Kalimat ini berisi {words} kata, padahal sebaiknya paling banyak {max} kata',
              en: 'This sentence has {words} words; aim for {max} or fewer',
            },
            { words, max },
          ),
          why: fill(
            {
              id: 'Kalimat yang lebih dari {max} kata sulit diikuti di layar kecil. Pecah menjadi dua atau tiga kalimat, dengan satu gagasan di setiap kalimat.',
              en: 'Sentences over {max} words are hard to follow on a small screen. Split it into two or three, with one idea in each sentence.',
            },
            { max },
          ),
        }),
      );
    }
    return out;
  },
});

export default rule;
