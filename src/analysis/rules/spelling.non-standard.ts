/** spelling.non-standard: kata tidak baku → baku. Misspellings (praktek →
 * praktik) are flagged for everyone; colloquial forms (nggak → tidak) only
 * where the audience expects formal writing. */
import { finding, defineRule } from '../rule';
import { matchCase } from '../text/phrases';
import { isAllCaps } from '../text/tokens';
import { formalAddress, isPlaceWord, NON_STANDARD } from '../lexicon';
import { ABBREVIATIONS, indonesianWords } from '../text/sentences';
import type { Finding } from '../types';

const STANDARD = NON_STANDARD.misspelt;
const INFORMAL = NON_STANDARD.colloquial;

const rule = defineRule({
  id: 'spelling.non-standard',
  offersDictionary: true,
  category: 'correctness',
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const [t, , s] of indonesianWords(p.sentences, ctx.dictionary)) {
      // Acronyms (TP PKK, SK) and place names (Senen, Bareng) are not misspellings.
      if (isAllCaps(t.text)) continue;
      if (t.start > s.start && t.text !== t.lower && isPlaceWord(t.lower)) continue;
      // "telp.", "tgl.": an abbreviation with its full stop is standard writing.
      if (p.text.charCodeAt(t.end) === 0x2e && ABBREVIATIONS.has(t.lower)) continue;
      const misspelt = STANDARD.get(t.lower);
      const informal = misspelt === undefined && ctx.audience !== 'youth' ? INFORMAL.get(t.lower) : undefined;
      // For government readers "lo" becomes "Anda", not "kamu" (which tone.formality would flag next).
      const baku = misspelt ?? (ctx.audience === 'government' && informal !== undefined ? (formalAddress(informal) ?? informal) : informal);
      if (baku === undefined) continue;
      const replacement = matchCase(t.text, baku);
      out.push(
        finding(rule, ctx, p.text, {
          severity: misspelt !== undefined || ctx.audience === 'government' ? 'warning' : 'suggestion',
          span: { start: t.start, end: t.end },
          message:
            misspelt !== undefined
              ? { id: `Ejaan baku: “${replacement}”, bukan “${t.text}”`, en: `Standard spelling: “${replacement}”, not “${t.text}”` }
              : {
                  id: `“${t.text}” tidak baku; dalam tulisan resmi: “${replacement}”`,
                  en: `“${t.text}” is informal; in an official post: “${replacement}”`,
                },
          why:
            misspelt !== undefined
              ? {
                  id: 'Salah eja pada akun resmi mengurangi kepercayaan. Ejaan baku mengikuti KBBI, misalnya “praktik”, “imbauan”, “risiko”.',
                  en: 'Misspellings on an official account cost trust. Standard Indonesian spelling follows the KBBI dictionary, e.g. “praktik”, “imbauan”, “risiko”.',
                }
              : {
                  id: 'Kata tidak baku wajar di obrolan, tetapi unggahan resmi untuk masyarakat umum dan instansi memakai bentuk baku. Untuk anak muda, pilih audiens “Milenial & Gen Z”.',
                  en: 'Informal words are fine in chat, but official posts for the general public and other agencies use the standard form. For young readers, pick the “Young people” audience.',
                },
          fix: {
            start: t.start,
            end: t.end,
            replacement,
            label: { id: `Ganti dengan “${replacement}”`, en: `Replace with “${replacement}”` },
          },
        }),
      );
    }
    return out;
  },
});

export default rule;
