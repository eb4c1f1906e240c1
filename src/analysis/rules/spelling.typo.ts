/** spelling.typo: an Indonesian word that is no word, in none of its forms (text/speller.ts reads
 * its affixes and reduplication), with up to five ranked suggestions: the first is the fix, the
 * others are alternatives. Names and terms it cannot know are left alone: a capitalised word or
 * one in capitals is flagged only when it is clearly a slip on a common word; acronyms, the
 * gazetteer, the user's dictionary and the style pack's terms never. Quiet until the speller's
 * dictionary is loaded (ctx.spellerLoaded). */
import { finding, defineRule, type Localized } from '../rule';
import { isAcronymLike, isRomanNumeral } from '../lexicon';
import { isPlaceTrigger } from '../facts';
import { matchCase } from '../text/phrases';
import { isAllCaps, type Token } from '../text/tokens';
import { ABBREVIATIONS } from '../text/sentences';
import { speller } from '../text/speller-loader';
import type { Speller, Suggestion } from '../text/speller';
import { englishModel } from '../english';
import type { Sentence } from '../doc';
import type { Finding, StylePack } from '../types';

/** Words before a person's name (Bapak Santoso, dr. Rahmi): the capitalised word after them is a name. */
const NAME_TITLES = new Set([
  'bapak',
  'pak',
  'ibu',
  'bu',
  'saudara',
  'saudari',
  'sdr',
  'sdri',
  'kak',
  'mas',
  'mbak',
  'bang',
  'dik',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'h',
  'hj',
  'kh',
  'st',
  'tuan',
  'nyonya',
  'nona',
  'almarhum',
  'almarhumah',
]);
/** A capitalised word is taken for a slip only when its best suggestion is this frequent (rank in the ranking list). */
const NAME_SLIP_MAX_RANK = 8_000;
/** …and the word this long: short names are one letter from many words (Andi, anti). */
const NAME_SLIP_MIN_LENGTH = 6;
/** …and the slip a likely one: a neighbouring key, a swap, a letter left out or typed twice (speller's slip cost). */
const NAME_SLIP_MAX_COST = 0.6;
/** Units, time zones and abbreviations written without their full stop (alm for almarhum). */
const UNITS = new Set(['wib', 'wita', 'wit', 'mdpl', 'pcs', 'rpm', 'alm', 'almh', 'dkk', 'dsb', 'dll', 'dst', 'tsb', 'sda', 'ybs', 'yth']);
const HAS_VOWEL = /[aeiou]/;
const LATIN_WORD = /^[a-zé]+(?:-[a-zé]+)*$/;
/** Letters Indonesian spelling does not put together: a foreign word or name written in lower case
 * ("shogun", "speaker", "promotion", "villa", "tasty"), or a slip on a common word ("kqrena",
 * "sepetti"): flagged only when it is clearly the slip. */
const FOREIGN_SHAPE = /sh|th|ph|gh|bh|dh|ch|ck|ct|oo|ee|ou|ea|ue|q|x|w[^aeiouy]|tion|([bcdfhjlmprstvz])\1|[^aeiou]y$/;
/** …unless the slip explains the foreign letters away: a likely slip or two from a frequent word without them. */
const FOREIGN_SLIP_MAX_COST = 1.2;
/** Short words are one slip from many words, and many short foreign words or abbreviations are
 * one slip from a word ("von", "alm"): flagged only when one slip from one of the commonest words. */
const SHORT_WORD = 4;
const SHORT_MAX_RANK = 3_000;
/** …one slip of any kind but a far key or a stray letter (a letter left out costs 0.85). */
const SHORT_SLIP_MAX_COST = 0.85;
/** A word two edits from the nearest word is flagged only from this length, and only for a word this frequent. */
const TWO_EDITS_MIN_LENGTH = 6;
const TWO_EDITS_MAX_RANK = 5_000;
/** Two letters too many are a double slip only in a word this long. */
const TWO_LETTERS_MORE_MIN_LENGTH = 8;
/** A word without a vowel is an abbreviation ("dpl", "kwh") unless one key away from one of the commonest words ("yzng"). */
const VOWELLESS_MAX_RANK = 1_000;

/** The style pack's terms and their words: glossary terms and expansions, preferred terms. */
function packWords(pack: StylePack): ReadonlySet<string> {
  const out = new Set<string>();
  const add = (phrase: string) => {
    for (const w of phrase.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)) if (w) out.add(w);
  };
  for (const [term, expansion] of Object.entries(pack.glossary ?? {})) {
    add(term);
    add(expansion);
  }
  for (const p of pack.preferredTerms ?? []) add(p.use);
  for (const b of pack.bannedTerms ?? []) add(b.term);
  return out;
}
const NO_WORDS: ReadonlySet<string> = new Set();

type Shape = 'lower' | 'capitalised' | 'capitals' | 'mixed';
function shapeOf(word: string, lower: string): Shape {
  if (word === lower) return 'lower';
  if (isAllCaps(word)) return 'capitals';
  const rest = word.slice(1);
  return rest === lower.slice(1) ? 'capitalised' : 'mixed';
}

/** Words of the line written capitalised more than once: a name the writer uses (learnt from the draft). */
function namesUsedTwice(sentences: readonly Sentence[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const s of sentences)
    for (const t of s.words) {
      if (t.text === t.lower || isAllCaps(t.text)) continue;
      if (seen.has(t.lower)) twice.add(t.lower);
      else seen.add(t.lower);
    }
  return twice;
}

/** Whether the capitalised word at `i` sits in a name: after a title (Bapak, dr.) or a place word
 * (Kota, Jalan), or next to another capitalised word that does not start the sentence. */
function inName(text: string, s: Sentence, i: number): boolean {
  const t = s.words[i]!;
  const before = s.words[i - 1];
  const after = s.words[i + 1];
  const close = (a: Token, b: Token) => /^[ \t]*\.?[ \t]*$/.test(text.slice(a.end, b.start));
  if (before && close(before, t)) {
    if (NAME_TITLES.has(before.lower) || isPlaceTrigger(before.lower)) return true;
    if (before.text !== before.lower && before.start !== s.start) return true;
  }
  return after !== undefined && close(t, after) && after.text !== after.lower;
}

/** What the word should be, if it is a slip: the suggestions, or none when it may be a word
 * the speller cannot know. A lower-case word that looks Indonesian is a typo when anything is near;
 * a capitalised word, one in capitals, one without a vowel or one that looks foreign only when it
 * is clearly a slip on a common word: one likely edit (a neighbouring key, a swap, a letter left out
 * or typed twice) from a frequent word. */
function slipOf(sp: Speller, t: Token, shape: Shape, name: boolean): Suggestion[] {
  if (name || (shape !== 'lower' && t.lower.length < NAME_SLIP_MIN_LENGTH)) return [];
  const found = sp.suggest(t.lower, 5);
  const best = found[0];
  // A hyphen more or less ("makeup", "make-up") is no typo: EYD's reduplication rules say how to write it.
  if (best === undefined || best.word.replace(/-/g, '') === t.lower) return [];
  const vowelless = !HAS_VOWEL.test(t.lower);
  const short = t.lower.length <= SHORT_WORD;
  // Two edits away only for long words, and only to a word in common use.
  // Two edits away only for long words, and only to a word in common use; two letters too many
  // in a short word is more likely another word ("royang", "kaikan") than a double slip.
  if (
    best.distance > 1 &&
    (t.lower.length < TWO_EDITS_MIN_LENGTH ||
      (sp.rank(best.word.toLowerCase()) ?? Infinity) > TWO_EDITS_MAX_RANK ||
      (t.lower.length - best.word.length >= 2 && t.lower.length < TWO_LETTERS_MORE_MIN_LENGTH))
  )
    return [];
  if (shape === 'lower' && !vowelless && !short) {
    if (!FOREIGN_SHAPE.test(t.lower)) return found;
    // Foreign-looking letters a slip made ("meentuk", "kepalls", "sleatwn"): the frequent word they came from has none.
    const rank = sp.rank(best.word.toLowerCase()) ?? Infinity;
    if (best.slip <= FOREIGN_SLIP_MAX_COST && rank <= TWO_EDITS_MAX_RANK && !FOREIGN_SHAPE.test(best.word)) return found;
  }
  // A capital is typed on purpose: a slip on its letter ("Sipandu", "dipandu") is a name, not a typo.
  if (shape !== 'lower' && best.word.charAt(0).toLowerCase() !== t.lower.charAt(0)) return [];
  if (best.distance > 1 || best.slip > (short && shape === 'lower' ? SHORT_SLIP_MAX_COST : NAME_SLIP_MAX_COST)) return [];
  const rank = sp.rank(best.word.toLowerCase());
  const maxRank = vowelless ? VOWELLESS_MAX_RANK : short ? SHORT_MAX_RANK : NAME_SLIP_MAX_RANK;
  return rank !== undefined && rank <= maxRank ? found.filter((s) => s.distance === 1) : [];
}

const MESSAGE: Localized = {
  id: '“{word}” tidak ada di kamus: maksudnya “{fix}”?',
  en: '“{word}” is not in the dictionary: did you mean “{fix}”?',
};
const WHY: Localized = {
  id: 'Salah ketik pada unggahan resmi mengurangi kepercayaan. Kata ini tidak dikenal kamus, baik sebagai kata dasar maupun berimbuhan atau berulang. Kalau ini nama atau istilah, tambahkan ke kamus.',
  en: 'A typo on an official account costs trust. The dictionary does not know this word, as a root or with its affixes. If it is a name or a term, add it to the dictionary.',
};
const fill = (template: Localized, word: string, fix: string): Localized => ({
  id: template.id.replace('{word}', word).replace('{fix}', fix),
  en: template.en.replace('{word}', word).replace('{fix}', fix),
});

const rule = defineRule({
  id: 'spelling.typo',
  offersDictionary: true,
  category: 'correctness',
  title: { id: 'Salah ketik: pilih ejaan yang benar', en: 'Typos: choose the right spelling' },
  scope: 'line',
  check(p, ctx) {
    const sp = ctx.spellerLoaded ? speller() : null;
    if (sp === null) return [];
    const out: Finding[] = [];
    const pack = ctx.fromPack(packWords) ?? NO_WORDS;
    const learnt = namesUsedTwice(p.sentences);
    for (const s of p.sentences) {
      if (s.language !== 'id') continue;
      for (let i = 0; i < s.words.length; i++) {
        const t = s.words[i]!;
        const lower = t.lower;
        // Short words, numbers in words (anak2, covid19), abbreviations and units (dll, tsb, kwh, "alm."), terms of the user's.
        // Indonesian is written in Latin letters: other scripts, digits and apostrophes are not its words.
        if (lower.length < 3 || !LATIN_WORD.test(lower) || ABBREVIATIONS.has(lower) || UNITS.has(lower)) continue;
        if (ctx.dictionary.has(lower) || pack.has(lower)) continue;
        if (lower.length === 3 && p.text.charCodeAt(t.end) === 0x2e) continue;
        const shape = shapeOf(t.text, lower);
        if (shape === 'mixed' || sp.isWord(lower) || sp.isPlace(lower)) continue;
        // A preposition written joined to a word ("dialbum", "kekantor") is a matter for the rules on "di" and "ke", not a typo.
        if (/^(?:di|ke)/.test(lower) && lower.length >= 6 && sp.parse(lower.slice(2))?.prefixes.length === 0) continue;
        // An English word in an Indonesian sentence ("venue", "outlet") is no typo (once compromise's lexicon is loaded).
        if (ctx.englishModelLoaded && englishModel()?.tagOf(lower) !== undefined) continue;
        if (shape === 'capitals' && (isAcronymLike(t.text, ctx.dictionary) || isRomanNumeral(t.text))) continue;
        // A piece of a link, a handle or a file name the tokeniser left as a word.
        if (/[@/.#_]$/.test(p.text.slice(Math.max(0, t.start - 1), t.start))) continue;
        // Capitals tell no name in a line written in capitals ("INFO KESEHTAN UNTUK WARGA"): only a title before one does.
        const name =
          shape === 'capitalised'
            ? learnt.has(lower) || inName(p.text, s, i)
            : shape === 'capitals' && i > 0 && NAME_TITLES.has(s.words[i - 1]!.lower);
        const found = slipOf(sp, t, shape, name);
        if (found.length === 0) continue;
        const [first, ...rest] = found.map((f) => matchCase(t.text, f.word));
        const fixOf = (replacement: string) => ({
          start: t.start,
          end: t.end,
          replacement,
          label: { id: `Ganti dengan “${replacement}”`, en: `Replace with “${replacement}”` },
        });
        out.push(
          finding(rule, ctx, p.text, {
            severity: 'warning',
            span: { start: t.start, end: t.end },
            message: fill(MESSAGE, t.text, first!),
            why: WHY,
            fix: fixOf(first!),
            alternatives: rest.map(fixOf),
          }),
        );
      }
    }
    return out;
  },
});

export default rule;
