/** style.caps-emphasis: one or two ordinary words in capitals for emphasis ("Jalan DITUTUP", "GRATIS") — softer
 * than shouting (style.all-caps), but still read letter by letter by some screen readers and a habit of chain
 * messages. Acronyms, glossary terms, Roman numerals and names are not emphasis (capitals.ts). */
import { finding, defineRule } from '../rule';
import { capitalsRuns, isShouting, sentenceCaseFix } from '../capitals';
import type { Finding } from '../types';

const rule = defineRule({
  id: 'style.caps-emphasis',
  offersDictionary: true,
  category: 'clarity',
  title: { id: 'Kata kapital untuk penekanan: tulis dengan huruf biasa', en: 'Words in capitals for emphasis: write them normally' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const run of capitalsRuns(p, ctx)) {
      if (isShouting(run)) continue;
      const { start, end, original } = run;
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'suggestion',
          span: { start, end },
          message: {
            id: `Tulis “${original}” dengan huruf biasa; kapital untuk penekanan terkesan berteriak`,
            en: `Write “${original}” normally; capitals for emphasis read as raising your voice`,
          },
          why: {
            id: 'Satu atau dua kata kapital untuk penekanan tidak separah kalimat kapital, tetapi tetap terkesan berteriak dan mirip pesan berantai. Tekankan dengan susunan kalimat: “Jalan Gajah Mada ditutup”, bukan “Jalan Gajah Mada DITUTUP”. Singkatan seperti BPBD tetap kapital.',
            en: 'One or two words in capitals are milder than a shouted sentence, but still read as raising your voice and look like chain messages. Put the emphasis in the sentence: “Jalan Gajah Mada is closed”, not “Jalan Gajah Mada CLOSED”. Acronyms such as BPBD stay in capitals.',
          },
          fix: sentenceCaseFix(run),
        }),
      );
    }
    return out;
  },
});

export default rule;
