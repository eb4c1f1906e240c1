/** spelling.non-standard: kata tidak baku → baku. Misspellings (praktek →
 * praktik) are flagged for everyone; colloquial forms (nggak → tidak) only
 * where the audience expects formal writing. */
import { finding, defineRule } from '../rule';
import { matchCase } from '../text/phrases';
import { isAllCaps, type Token } from '../text/tokens';
import { formalAddress, isPlaceWord, NON_STANDARD } from '../lexicon';
import { isPlaceTrigger } from '../facts';
import { ABBREVIATIONS, indonesianWords } from '../text/sentences';
import type { Sentence } from '../doc';
import type { Finding } from '../types';

const STANDARD = NON_STANDARD.misspelt;
const INFORMAL = NON_STANDARD.colloquial;

const isCapitalised = (t: Token) => t.text !== t.lower && t.text.charAt(0) !== t.lower.charAt(0);

/** Only spaces between two words, or an abbreviation's full stop ("Jl. Praktek"): one name can run across. */
function together(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]+$/.test(gap) || (/^\.[ \t]?$/.test(gap) && (a.text.length === 1 || ABBREVIATIONS.has(a.lower)));
}

/** A capitalised word inside a name, which no spelling rule may touch ("Pasar Terong", "di pasar
 * Terong", "Apotek Praktek Sehat"): a place name's word after the sentence's first, a word after a
 * venue or area word, or one of a run of capitalised words (the sentence's first word alone is not
 * a name: "Praktek dokter buka"). */
function inName(text: string, s: Sentence, i: number): boolean {
  const t = s.words[i]!;
  if (!isCapitalised(t) || t.start === s.start) return false;
  if (isPlaceWord(t.lower)) return true;
  const before = s.words[i - 1];
  const after = s.words[i + 1];
  if (before && together(text, before, t) && (isCapitalised(before) || isPlaceTrigger(before.lower))) return true;
  return after !== undefined && together(text, t, after) && isCapitalised(after);
}

// No "Add to dictionary": every word this rule flags is a known non-standard word, not a name or a
// local term (a word the user put in the dictionary anyway is still left alone).
const rule = defineRule({
  id: 'spelling.non-standard',
  category: 'correctness',
  title: { id: 'Kata tidak baku: pakai bentuk bakunya', en: 'Non-standard words: use the standard spelling' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const [t, i, s] of indonesianWords(p.sentences, ctx.dictionary)) {
      // Acronyms (TP PKK, SK) and names (Kelurahan Senen, Pasar Terong) are not misspellings.
      if (isAllCaps(t.text) || inName(p.text, s, i)) continue;
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
              ? {
                  id: `Tulis ejaan baku “${replacement}”, bukan “${t.text}”`,
                  en: `Use the standard spelling “${replacement}”, not “${t.text}”`,
                }
              : {
                  id: `“${t.text}” tidak baku: dalam unggahan resmi, tulis “${replacement}”`,
                  en: `“${t.text}” is informal: in an official post, write “${replacement}”`,
                },
          why:
            misspelt !== undefined
              ? {
                  id: 'Salah eja pada akun resmi mengurangi kepercayaan. Ejaan baku mengikuti KBBI, misalnya “praktik”, “imbauan”, “risiko”.',
                  en: 'Misspellings on an official account cost trust. Standard Indonesian spelling follows the KBBI dictionary, e.g. “praktik”, “imbauan”, “risiko”.',
                }
              : {
                  id: 'Kata tidak baku wajar di obrolan, tetapi unggahan resmi untuk masyarakat umum dan instansi memakai bentuk baku. Untuk anak muda, pilih sasaran pembaca “Milenial & Gen Z”.',
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
