/** acronym.unexplained: an acronym the reader may not know (BPBD, OPD, RSUD),
 * not expanded where it is first used. The fix expands it from the glossary:
 * the built-in public-sector list plus the organisation's style pack. An acronym
 * with several expansions (KIA) gets the one its context supports, or the choices,
 * never a guess. A Roman numeral (IV) or a dictionary word in capitals (banjir ROB)
 * is no acronym. */
import { finding, fill, defineRule } from '../rule';
import { ACRONYMS, isAcronymLike, isDictionaryWord, isRomanNumeral, type AcronymEntry, type AcronymSense } from '../lexicon';
import { isAllCaps, type Token } from '../text/tokens';
import type { Finding, StylePack } from '../types';
import { findPlaceholders, inPlaceholder } from '../text/placeholders';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each sense's context words as one pattern, whole words, any case (built once from the built-in list). */
const CONTEXT = new Map<AcronymSense, RegExp>();
for (const entry of ACRONYMS.values())
  for (const sense of entry.senses ?? [])
    CONTEXT.set(
      sense,
      new RegExp(`(?<![\\p{L}\\p{N}])(?:${sense.context.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    );

/** The sense of an acronym with several that the sentence supports, or else the post; undefined when
 * none or more than one is supported. */
function senseOf(senses: readonly AcronymSense[], sentence: string, post: string): AcronymSense | undefined {
  for (const text of [sentence, post]) {
    const supported = senses.filter((s) => CONTEXT.get(s)?.test(text));
    if (supported.length > 0) return supported.length === 1 ? supported[0] : undefined;
  }
  return undefined;
}

/** The built-in glossary with the style pack's own acronyms (built once per pack by the engine). */
function mergedGlossary(pack: StylePack): Map<string, AcronymEntry> | undefined {
  if (!pack.glossary) return undefined;
  const merged = new Map(ACRONYMS);
  for (const [acronym, expansion] of Object.entries(pack.glossary)) {
    merged.set(acronym.toUpperCase(), { acronym, id: expansion, en: expansion, common: false });
  }
  return merged;
}

/** "Badan … (BPBD)" or "BPBD (Badan …)" or the expansion (any of them) anywhere in the post (`lower`). */
function isExplained(text: string, lower: () => string, t: Token, entry: AcronymEntry | undefined): boolean {
  if (/\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^\s*\)/.test(text.slice(t.end, t.end + 2))) return true;
  if (/^\s*\(/.test(text.slice(t.end, t.end + 3))) return true;
  if (!entry) return false;
  return (entry.senses ?? [entry]).some((e) => lower().includes(e.id.toLowerCase()) || lower().includes(e.en.toLowerCase()));
}

const rule = defineRule({
  id: 'acronym.unexplained',
  offersDictionary: true,
  category: 'clarity',
  title: { id: 'Singkatan tanpa kepanjangan: jelaskan saat pertama muncul', en: 'Unexplained acronyms: spell them out at first use' },
  safeFix: true,
  scope: 'draft',
  check(doc, ctx) {
    const terms = ctx.fromPack(mergedGlossary) ?? ACRONYMS;
    const seen = new Set<string>();
    let lowerText: string | undefined;
    const lower = () => (lowerText ??= doc.text.toLowerCase());
    const out: Finding[] = [];
    const slots = doc.perLine(findPlaceholders);
    for (const s of doc.sentences) {
      for (const t of s.words) {
        // An acronym has a capital ("BPBD", "Pemilu", "e-KTP"): most words have none, and need no look-up.
        if (t.text === t.lower || isRomanNumeral(t.text) || inPlaceholder(slots, t.start, t.end)) continue;
        const key = t.text.toUpperCase();
        if (seen.has(key) || ctx.dictionary.has(t.lower)) continue;
        const entry = terms.get(key);
        // Known acronyms match as the glossary writes them (BPBD, Bappeda) or in capitals.
        const known = entry && (t.text === entry.acronym || isAllCaps(t.text));
        // A dictionary word in capitals is a word, not an acronym ("banjir ROB").
        const unknown =
          !entry && isAllCaps(t.text) && t.text.length <= 6 && isAcronymLike(t.text, ctx.dictionary) && !isDictionaryWord(t.lower);
        if (!known && !unknown) continue;
        seen.add(key);
        // Officials know the public-sector acronyms; everyone knows the common ones.
        if (entry && (ctx.audience === 'government' || entry.common)) continue;
        if (!entry && ctx.audience === 'government') continue;
        if (isExplained(doc.text, lower, t, entry)) continue;
        const english = s.language === 'en';
        // Several expansions: the one the context supports, or the choices in the message.
        const sense = entry?.senses ? senseOf(entry.senses, s.text, doc.text) : entry;
        const expansion = sense ? (english ? sense.en : sense.id) : undefined;
        const choices = entry?.senses && !sense ? entry.senses.map((c) => `“${english ? c.en : c.id}”`) : undefined;
        out.push(
          finding(rule, ctx, doc.text, {
            severity: 'suggestion',
            // An acronym the style pack's glossary added (not the built-in one) is the organisation's own term.
            fromStylePack: !!entry && ACRONYMS.get(key) !== entry,
            span: { start: t.start, end: t.end },
            message: choices
              ? fill(
                  {
                    id: 'Singkatan “{acronym}” belum dijelaskan: {choices}?',
                    en: 'The acronym “{acronym}” is not explained: {choicesEn}?',
                  },
                  { acronym: t.text, choices: choices.join(' atau '), choicesEn: choices.join(' or ') },
                )
              : entry
                ? fill(
                    { id: 'Singkatan “{acronym}” belum dijelaskan', en: 'The acronym “{acronym}” is not explained' },
                    { acronym: t.text },
                  )
                : fill({ id: 'Apa kepanjangan “{acronym}”?', en: 'What does “{acronym}” stand for?' }, { acronym: t.text }),
            why: {
              id: 'Tidak semua warga tahu singkatan instansi. Tulis kepanjangannya pada penyebutan pertama, lalu singkatannya dalam kurung: “Badan Penanggulangan Bencana Daerah (BPBD)”. Sesudahnya cukup singkatan.',
              en: 'Not everyone knows agency acronyms. Spell it out the first time with the acronym in brackets: “Regional Disaster Management Agency (BPBD)”. After that the acronym is enough.',
            },
            fix: expansion
              ? {
                  start: t.start,
                  end: t.end,
                  replacement: `${expansion} (${t.text})`,
                  label: { id: `Tulis “${expansion} (${t.text})”`, en: `Write “${expansion} (${t.text})”` },
                }
              : undefined,
          }),
        );
      }
    }
    return out;
  },
});

export default rule;
