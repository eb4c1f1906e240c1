/** style.all-caps: shouting — a run of three or more words in capitals, or a whole line of them — reads like a
 * chain message and is harder to read. One or two words for emphasis are style.caps-emphasis's; acronyms, glossary
 * terms, Roman numerals and names stay as written in the fix (capitals.ts). */
import { finding, defineRule } from '../rule';
import { capitalsRuns, isShouting, sentenceCaseFix } from '../capitals';
import type { Finding } from '../types';

const rule = defineRule({
  id: 'style.all-caps',
  offersDictionary: true,
  category: 'trust',
  title: { id: 'Huruf kapital semua: tulis dengan huruf biasa', en: 'All capitals: write in sentence case' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const run of capitalsRuns(p, ctx)) {
      if (!isShouting(run)) continue;
      const { start, end, original } = run;
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'warning',
          span: { start, end },
          message: {
            id: `Huruf kapital semua terbaca seperti berteriak: “${original}”`,
            en: `All capitals read as shouting: “${original}”`,
          },
          why: {
            id: 'Tulisan kapital semua mirip pesan berantai dan hoaks, dan lebih sulit dibaca. Tulis dengan huruf biasa, tetapi singkatan seperti BPBD tetap kapital. Contoh: “Awas banjir rob”, bukan “AWAS BANJIR ROB”.',
            en: 'All-caps text looks like chain messages and hoaxes, and is harder to read. Write it normally; acronyms such as BPBD stay in capitals. Example: “Coastal flood warning”, not “COASTAL FLOOD WARNING”.',
          },
          fix: sentenceCaseFix(run),
        }),
      );
    }
    return out;
  },
});

export default rule;
