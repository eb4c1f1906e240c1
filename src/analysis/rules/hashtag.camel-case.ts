/** hashtag.camel-case: "#pontianakkota" is read letter by letter by screen
 * readers and is hard to read; "#PontianakKota" is not. The fix splits the tag
 * into words found in the gazetteer and the vocabulary. */
import { finding, defineRule } from '../rule';
import { ACRONYMS, isKnownWord } from '../lexicon';
import type { Finding } from '../types';

const MAX_WORD = 20;

/** Fewest known words that spell `body` exactly (digits stand on their own), or null. */
export function splitWords(body: string): string[] | null {
  const n = body.length;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const prev = best[start];
      if (!prev) continue;
      const piece = body.slice(start, end);
      const ok = /^\d+$/.test(piece) ? start === 0 || !/\d/.test(body[start - 1]!) : piece.length >= 2 && isKnownWord(piece);
      if (!ok) continue;
      const candidate = [...prev, piece];
      const current = best[end];
      // Fewer words first; on a tie, avoid very short pieces.
      if (
        !current ||
        candidate.length < current.length ||
        (candidate.length === current.length && Math.min(...candidate.map((c) => c.length)) > Math.min(...current.map((c) => c.length)))
      ) {
        best[end] = candidate;
      }
    }
  }
  return best[n] ?? null;
}

const rule = defineRule({
  id: 'hashtag.camel-case',
  offersDictionary: true,
  category: 'reach',
  title: { id: 'Tagar sulit dibaca: awali tiap kata dengan huruf kapital', en: 'Hard-to-read hashtags: capitalise each word' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const t of p.tokens) {
      if (t.kind !== 'hashtag') continue;
      const body = t.text.slice(1);
      const oneCase = body === body.toLowerCase() || body === body.toUpperCase();
      if (!oneCase || body.length < 6 || body.includes('_') || ctx.dictionary.has(body.toLowerCase())) continue;
      const words = splitWords(body.toLowerCase());
      // "#CPNS2026" is one word and a year: nothing to split.
      if (!words || words.filter((w) => !/^\d+$/.test(w)).length < 2) continue;
      // Acronyms keep their written form: "#hutpontianak" → "#HUTPontianak".
      const replacement = `#${words.map((w) => ACRONYMS.get(w.toUpperCase())?.acronym ?? w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
      if (replacement === t.text) continue;
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'suggestion',
          span: { start: t.start, end: t.end },
          message: {
            id: `Tulis tagar dengan huruf kapital di tiap kata: ${replacement}`,
            en: `Capitalise each word of the hashtag: ${replacement}`,
          },
          why: {
            id: 'Tagar satu warna huruf sulit dibaca dan dibacakan huruf demi huruf oleh pembaca layar. Kapital di awal tiap kata (CamelCase) membuatnya jelas: #PontianakBersih.',
            en: 'A one-case hashtag is hard to read and screen readers spell it out. A capital at the start of each word (CamelCase) makes it clear: #PontianakBersih.',
          },
          fix: { start: t.start, end: t.end, replacement, label: { id: `Ubah jadi ${replacement}`, en: `Change to ${replacement}` } },
        }),
      );
    }
    return out;
  },
});

export default rule;
