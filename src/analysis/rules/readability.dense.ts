/** readability.dense: bureaucratic prose stacks nominalisations
 * ("pelaksanaan pengawasan pembangunan", "optimalisasi") and long words. */
import { finding, fill, defineRule } from '../rule';
import type { Token } from '../text/tokens';
import type { Finding } from '../types';

// pe(N)-…-an, per-…-an, ke-…-an, -isasi: Indonesian nouns made from verbs and adjectives.
const NOMINAL_ID = /^(?:pe[nmr]?|per|ke)\p{L}{4,}an$|\p{L}{3,}isasi$/u;
const VOWEL_GROUPS = /[aeiouy]+/g;

function isDense(word: Token, language: 'id' | 'en' | 'unknown'): boolean {
  if (word.kind !== 'word' || word.text.length < 9) return false;
  if (language === 'en') return word.text.length >= 13 || (word.lower.match(VOWEL_GROUPS) ?? []).length >= 5;
  return NOMINAL_ID.test(word.lower) && word.lower.length >= 10;
}

/** The first run of two or more dense words separated only by spaces ("peningkatan pelayanan pemeriksaan"). */
function firstChain(words: readonly Token[], language: 'id' | 'en' | 'unknown', text: string): Token[] {
  let run: Token[] = [];
  for (const w of words) {
    const joined = run.length > 0 && /^\s+$/.test(text.slice(run[run.length - 1]!.end, w.start));
    const dense = isDense(w, language);
    if (dense && (joined || run.length === 0)) {
      run.push(w);
      continue;
    }
    if (run.length >= 2) return run;
    run = dense ? [w] : [];
  }
  return run.length >= 2 ? run : [];
}

const rule = defineRule({
  id: 'readability.dense',
  category: 'clarity',
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const s of p.sentences) {
      if (s.words.length < 4) continue;
      const dense = s.words.filter((w) => isDense(w, s.language));
      const chain = firstChain(s.words, s.language, p.text);
      const share = dense.length / s.words.length;
      if (chain.length < 2 && (dense.length < 3 || share <= ctx.audienceProfile.denseShare)) continue;
      const shown = (chain.length >= 2 ? chain : dense).map((w) => w.text).join(', ');
      const span = chain.length >= 2 ? { start: chain[0]!.start, end: chain[chain.length - 1]!.end } : { start: s.start, end: s.end };
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'suggestion',
          span,
          message: fill(
            {
              id: 'Kalimat ini memakai terlalu banyak kata benda bentukan: {words}',
              en: 'This sentence leans on abstract nouns: {words}',
            },
            { words: shown },
          ),
          why: {
            id: 'Kata seperti “pelaksanaan”, “peningkatan”, atau “optimalisasi” menyembunyikan siapa melakukan apa. Pakai kata kerja: “kami memperbaiki jalan” alih-alih “pelaksanaan perbaikan jalan”.',
            en: 'Words like “implementation” or “optimization” hide who does what. Use verbs: “we are repairing the road” instead of “the implementation of road repair”.',
          },
        }),
      );
    }
    return out;
  },
});

export default rule;
