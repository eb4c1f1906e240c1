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
            { id: 'Kalimat panjang: {words} kata (sebaiknya ≤ {max})', en: 'Long sentence: {words} words (aim for ≤ {max})' },
            { words, max },
          ),
          why: fill(
            {
              id: 'Kalimat yang lebih dari {max} kata sulit diikuti di layar kecil. Pecah jadi dua atau tiga kalimat; satu kalimat, satu gagasan.',
              en: 'Sentences over {max} words are hard to follow on a small screen. Split it into two or three; one sentence, one idea.',
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
