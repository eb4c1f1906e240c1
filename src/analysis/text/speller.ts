/** The Indonesian speller: whether a word is a word (text/morphology.ts over the dictionary)
 * and, when it is not, the words it was probably meant to be, ranked.
 *
 * This module, its dictionary (hunspell-id's 31k stems, data/dictionary-id-stems.json) and its
 * ranking list (data/frequency-id.json) load on demand, as compromise's English lexicon does
 * (english.ts): text/speller-loader.ts's `loadSpeller()` once, then its `speller()` answers; until
 * then it is null and the typo rule is quiet. The panel loads it after its first tips, the CLI and
 * the evaluation up front. The search structure is built once, on load.
 *
 * What counts as a word besides the dictionary: the vocabularies the engine already has (words.json,
 * stopwords, function words, the formal sides of the informal → formal lists), acronyms, the
 * gazetteer, and the non-standard and informal words other rules handle (a word spelt the
 * informal way is not a typo). The frequency list only ranks: it never makes a word a word. */
import wordData from '../data/words.json' with { type: 'json' };
import stopwordData from '../data/stopwords.json' with { type: 'json' };
import functionWords from '../data/function-words.json' with { type: 'json' };
import register from '../data/register.json' with { type: 'json' };
import spelling from '../data/non-standard.json' with { type: 'json' };
import shouted from '../data/shouted-words.json' with { type: 'json' };
import diPlaces from '../data/di-places.json' with { type: 'json' };
import world from '../data/world-places.json' with { type: 'json' };
import places from '../data/places.json' with { type: 'json' };
import own from '../data/speller-id.json' with { type: 'json' };
import { ACRONYMS, isPlaceWord } from '../lexicon';
import { analyse, BOUND_FORMS, type Parse, type StemSet } from './morphology';

export interface Suggestion {
  word: string;
  /** Optimal-string-alignment distance (a swap of two neighbours is one edit). */
  distance: number;
  /** What the slip costs (slipCost): under 1 for the likely slips (a neighbouring key, a swap, a
   * letter left out or typed twice), 1 or more for the others. */
  slip: number;
  /** The ranking cost: the slip plus the word's rarity (lower is better). */
  cost: number;
}

export interface Speller {
  /** A word, in any of its forms (lower case): never a typo. */
  isWord(lower: string): boolean;
  /** How it is a word: its stem and affixes (lower case), or null. */
  parse(lower: string): Parse | null;
  /** Up to `max` (at most 5) words within two edits of `lower`, best first. */
  suggest(lower: string, max?: number): Suggestion[];
  /** Builds the search structure now rather than on the first suggestion. */
  prepare(): unknown;
  /** 1 for the most frequent word of the ranking list (the engine's vocabulary ranks at worst as a
   * common word); undefined for a word in neither. */
  rank(lower: string): number | undefined;
  /** A word of a place name (Indonesia's regions and districts, the world's countries and cities)
   * that is no dictionary word: a name when capitalised, maybe a slip when not ("kora"). */
  isPlace(lower: string): boolean;
}

// ── what is a word ─────────────────────────────────────────────────────────

const words = (list: readonly string[]) => list.map((w) => w.toLowerCase());
/** Lower-case single words of a phrase list ("Kepulauan Bangka Belitung" → three words). */
const wordsOf = (names: readonly string[]) => names.flatMap((n) => n.toLowerCase().split(/[\s/]+/)).filter((w) => /^\p{L}/u.test(w));
const formalSide = (values: readonly string[]) => wordsOf(values.filter((v) => v !== ''));

/** Words the engine's vocabularies know, which take affixes like any dictionary word (words.json
 * also holds the words of place names: see createSpeller). */
function ownStems(): string[] {
  return [
    ...own.words,
    ...formalSide(Object.values(spelling.standard as Record<string, string>)),
    ...formalSide(Object.values(spelling.informal as Record<string, string>)),
    ...formalSide(Object.values(register.slang as Record<string, string>)),
    ...diPlaces.places,
  ];
}

/** Words known as they are: stopwords and function words (with their clitics when the dictionary
 * has them), and what is no business of an Indonesian speller: English words, acronyms, and the
 * spellings the non-standard and register rules handle. */
function knownAsIs(): string[] {
  return [
    ...own.acronymWords,
    ...stopwordData.id,
    ...functionWords.id,
    ...words(wordData.en),
    ...words(stopwordData.en),
    ...words(functionWords.en),
    ...Object.keys(spelling.standard),
    ...Object.keys(spelling.informal),
    ...Object.keys(register.slang),
    ...words(shouted.words),
    ...wordsOf([...ACRONYMS.keys()]),
  ];
}

/** The words of place names (the gazetteer and the world's countries and cities). */
const placeWords = () =>
  wordsOf([
    ...world.places,
    ...places.provinces,
    ...places.regencies.map((r) => r.name),
    ...places.districts,
    ...Object.keys(places.aliases),
  ]);

/** Informal affixes (ng-/nge-/ny-, -in): "ngurusin", "nyapu", "dirusakin" are chat, not typos. */
function informalBase(lower: string, stems: StemSet): boolean {
  const bases: string[] = [];
  const noIn = /^.{3,}k?in$/.test(lower) ? [lower, lower.replace(/k?in$/, ''), lower.slice(0, -2)] : [lower];
  for (const w of noIn) {
    if (w !== lower) bases.push(w);
    if (w.startsWith('nge') && w.length > 5) bases.push(w.slice(3));
    if (w.startsWith('ng') && /^[aeiou]/.test(w.slice(2))) bases.push(w.slice(2), `k${w.slice(2)}`);
    if (w.startsWith('ny') && /^[aeiou]/.test(w.slice(2))) bases.push(`s${w.slice(2)}`, `c${w.slice(2)}`);
  }
  return bases.some((b) => b.length >= 3 && analyse(b, stems) !== null);
}

// ── how far is a word ──────────────────────────────────────────────────────

/** Keys next to each other on a QWERTY keyboard (what a slipped finger types instead). */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
  const row = KEYBOARD_ROWS[r]!;
  for (let c = 0; c < row.length; c++) {
    let near = (row[c - 1] ?? '') + (row[c + 1] ?? '');
    // Rows are staggered: a key touches two keys of the row above and two of the row below.
    const above = KEYBOARD_ROWS[r - 1];
    const below = KEYBOARD_ROWS[r + 1];
    if (above) near += above.slice(c, c + 2);
    if (below) near += below.slice(Math.max(0, c - 1), c + 1);
    NEIGHBOURS.set(row[c]!, near);
  }
}
const adjacent = (a: string, b: string | undefined) => b !== undefined && b !== '' && NEIGHBOURS.get(a)?.includes(b) === true;

/** Letters Indonesian writers confuse: loanword f/v/p, é for e, and the vowels of borrowed words. */
const CONFUSED = new Set(['fv', 'vf', 'fp', 'pf', 'vp', 'pv', 'eé', 'ée', 'ie', 'ei', 'uo', 'ou', 'kq', 'qk', 'sz', 'zs', 'cs', 'sc']);
const isVowel = (c: string | undefined) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/** What each kind of slip costs (a plain edit costs 1): the likely slips cost less, so of two
 * words at the same distance the one a slip explains better ranks first. */
const COST = {
  substitute: 1,
  substituteAdjacent: 0.55,
  substituteConfused: 0.5,
  /** A letter typed twice ("pemerinntah") or a double letter typed once. */
  doubled: 0.35,
  /** A letter the writer left out: a vowel (kesehtan), n or g of ng (mengunakan), h. */
  dropVowel: 0.6,
  dropSoft: 0.6,
  drop: 0.85,
  /** A letter too many: a key next to its neighbour (pemerintagh). */
  insertAdjacent: 0.6,
  insert: 0.9,
  transpose: 0.55,
};

/** The weighted optimal-string-alignment cost of writing `target` as `typed`. */
export function slipCost(typed: string, target: string): number {
  const n = typed.length;
  const m = target.length;
  const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 0; i <= n; i++) d[i]![0] = i === 0 ? 0 : d[i - 1]![0]! + insertCost(typed, i - 1);
  for (let j = 1; j <= m; j++) d[0]![j] = d[0]![j - 1]! + dropCost(target, j - 1);
  for (let i = 1; i <= n; i++) {
    const a = typed[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const b = target[j - 1]!;
      let best = d[i - 1]![j - 1]! + (a === b ? 0 : substituteCost(a, b));
      best = Math.min(best, d[i - 1]![j]! + insertCost(typed, i - 1), d[i]![j - 1]! + dropCost(target, j - 1));
      if (i > 1 && j > 1 && a === target[j - 2] && typed[i - 2] === b && a !== b) best = Math.min(best, d[i - 2]![j - 2]! + COST.transpose);
      d[i]![j] = best;
    }
  }
  return d[n]![m]!;
}

function substituteCost(a: string, b: string): number {
  if (CONFUSED.has(a + b)) return COST.substituteConfused;
  return adjacent(a, b) ? COST.substituteAdjacent : COST.substitute;
}

/** The typed letter at `i` is one too many. */
function insertCost(typed: string, i: number): number {
  const c = typed[i]!;
  if (typed[i - 1] === c || typed[i + 1] === c) return COST.doubled;
  if (adjacent(c, typed[i - 1]) || adjacent(c, typed[i + 1])) return COST.insertAdjacent;
  return COST.insert;
}

/** The target's letter at `j` was left out. */
function dropCost(target: string, j: number): number {
  const c = target[j]!;
  if (target[j - 1] === c || target[j + 1] === c) return COST.doubled;
  if (isVowel(c)) return COST.dropVowel;
  if (c === 'h' || (c === 'g' && target[j - 1] === 'n') || (c === 'n' && target[j + 1] === 'g')) return COST.dropSoft;
  return COST.drop;
}

// ── the search ─────────────────────────────────────────────────────────────

const MAX_DISTANCE = 2;
const MAX_WORD = 40;

/** The vocabulary sorted, with each word's common prefix with the word before it: a trie laid
 * flat. The search walks it once, keeping one row of the edit-distance table per letter of the
 * path, and skips every word under a prefix already more than MAX_DISTANCE edits away. */
class Vocabulary {
  readonly words: string[];
  private readonly shared: Uint8Array;
  /** Where the words starting with each letter are. */
  private readonly byFirst = new Map<string, [number, number]>();

  /** `sorted` in code-unit order; `more` in any order (sorted here, then merged in). */
  constructor(sorted: readonly string[], more: Iterable<string>) {
    const seen = new Set(sorted);
    const rest = [...new Set(more)].filter((w) => !seen.has(w)).sort();
    this.words = mergeSorted(sorted, rest).filter((w) => w.length > 0 && w.length <= MAX_WORD);
    this.shared = new Uint8Array(this.words.length);
    for (let i = 0; i < this.words.length; i++) {
      const first = this.words[i]!.charAt(0);
      const range = this.byFirst.get(first);
      if (range) range[1] = i + 1;
      else this.byFirst.set(first, [i, i + 1]);
    }
    for (let i = 1; i < this.words.length; i++) {
      const a = this.words[i - 1]!;
      const b = this.words[i]!;
      let k = 0;
      while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
      this.shared[i] = k;
    }
  }

  /** Every word within `max` edits (optimal string alignment) of `query`, with its distance.
   * Only the band of cells within `max` of the diagonal is computed (Ukkonen): the rest are out
   * of reach anyway; an out-of-band cell reads as max + 1. */
  within(query: string, max = MAX_DISTANCE, firsts?: Iterable<string>): [string, number][] {
    if (firsts === undefined) return this.between(query, max, 0, this.words.length);
    const out: [string, number][] = [];
    for (const first of new Set(firsts)) {
      const range = this.byFirst.get(first);
      if (range) for (const found of this.between(query, max, range[0], range[1])) out.push(found);
    }
    return out;
  }

  /** `within` over the words from `from` to `to`. */
  private between(query: string, max: number, from: number, to: number): [string, number][] {
    const n = query.length;
    const width = n + 2;
    const far = max + 1;
    const rows = new Int32Array((MAX_WORD + 2) * width).fill(far);
    for (let j = 0; j <= Math.min(n, max); j++) rows[j] = j;
    const out: [string, number][] = [];
    let valid = 0; // rows 0..valid hold the table for the current word's first `valid` letters
    const { words, shared } = this;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (i === from) valid = 0;
      else if (shared[i]! < valid) valid = shared[i]!;
      if (w.length < n - max || w.length > n + max) continue;
      let pruned = -1;
      for (let d = valid + 1; d <= w.length; d++) {
        const c = w.charCodeAt(d - 1);
        const row = d * width;
        const up = row - width;
        const lo = d - max > 1 ? d - max : 1;
        const hi = d + max < n ? d + max : n;
        rows[row] = d <= max ? d : far;
        if (lo > 1) rows[row + lo - 1] = far;
        let least = rows[row]!;
        for (let j = lo; j <= hi; j++) {
          const q = query.charCodeAt(j - 1);
          let v = rows[up + j - 1]! + (q === c ? 0 : 1);
          const del = rows[up + j]! + 1;
          const ins = rows[row + j - 1]! + 1;
          if (del < v) v = del;
          if (ins < v) v = ins;
          if (d > 1 && j > 1 && q === w.charCodeAt(d - 2) && query.charCodeAt(j - 2) === c) {
            const t = rows[up - width + j - 2]! + 1;
            if (t < v) v = t;
          }
          if (v > far) v = far;
          rows[row + j] = v;
          if (v < least) least = v;
        }
        if (hi + 1 <= n) rows[row + hi + 1] = far;
        valid = d;
        if (least > max) {
          pruned = d;
          break;
        }
      }
      if (pruned !== -1) {
        // Every following word that shares these `pruned` letters is out of reach too.
        while (i + 1 < to && shared[i + 1]! >= pruned) i++;
        continue;
      }
      const distance = rows[w.length * width + n]!;
      if (distance <= max) out.push([w, distance]);
    }
    return out;
  }
}

/** Two sorted lists as one. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

// ── the speller ────────────────────────────────────────────────────────────

/** How much a word's frequency counts against its slip cost: one step per tenfold rank. */
const FREQUENCY_WEIGHT = 0.35;
/** Words not in the ranking list rank as if just past its end. */
const UNRANKED_PENALTY = 1.4;
/** The rank the engine's own vocabulary has at worst. */
const VOCABULARY_RANK = 3_000;
/** Stems this long take affixes even when hunspell-id gives them no affix rule; stems of three
 * letters or fewer take them only when it does ("ada", "apa", not "tel" or "lum"). */
const PRODUCTIVE_LENGTH = 7;
const SHORT_STEM = 3;
/** How many of the nearest words get the full slip cost (the rest are further or rarer). */
const SHORTLIST = 40;
/** How many words' readings the speller keeps (a few hundred KB at most). */
const REMEMBERED_WORDS = 10_000;
/** A word this common one edit away ends the search: two edits are looked at only without one. */
const ONE_EDIT_ENOUGH_RANK = 3_000;

/** The speller's data: hunspell-id's entries (sorted), those it gives affix rules, those that are
 * names (suggested with their capital), and the ranking list's words with their rank (1 the most frequent). */
export interface SpellerData {
  stems: readonly string[];
  productive: readonly string[];
  names: readonly string[];
  ranks: ReadonlyMap<string, number>;
}

/** Ranks are kept as classes, each 1.4 times the one before: a frequency prior needs no more. */
const RANK_STEP = 1.4;
/** The class of a rank (one base-36 digit), and the rank a class stands for. */
export const rankClass = (rank: number): string => Math.min(35, Math.floor(Math.log(rank) / Math.log(RANK_STEP))).toString(36);
const classRank = (digit: string) => Math.round(RANK_STEP ** (parseInt(digit, 36) + 0.5));
/** Words past the ranking list's end rank as if here. */
const UNRANKED = 20_000;

export function createSpeller(data: SpellerData): Speller {
  const asIs = new Set<string>(knownAsIs());
  for (const w of data.names) asIs.add(w);
  for (const w of BOUND_FORMS) asIs.add(w);
  const stemSet = new Set<string>(data.stems);
  const withRules = new Set<string>(data.productive);
  // The vocabularies' words take affixes too; the words of place names are places, not stems ("una" of
  // Tojo Una-Una makes no "mengunakan").
  const productiveSet = new Set<string>(withRules);
  const placeSet = new Set<string>();
  const addStem = (w: string) => {
    if (stemSet.has(w)) return;
    stemSet.add(w);
    if (w.length > SHORT_STEM) productiveSet.add(w);
  };
  for (const w of ownStems()) addStem(w.toLowerCase());
  for (const w of wordData.id)
    if (isPlaceWord(w) && !stemSet.has(w)) placeSet.add(w);
    else addStem(w);
  for (const w of placeWords()) if (!stemSet.has(w)) placeSet.add(w);
  const stems: StemSet = {
    has: (w) => stemSet.has(w),
    productive: (w) => productiveSet.has(w) || w.length >= PRODUCTIVE_LENGTH,
    known: (w) => asIs.has(w),
  };
  const ranks = new Map<string, number>(data.ranks);
  const parse = (lower: string) => analyse(lower, stems);
  // Words come back again and again (every draft has "yang", "warga", "pemerintah"): what the
  // morphology found is kept for the last few thousand words asked about.
  const known = new Map<string, boolean>();
  const isWord = (lower: string) => {
    if (asIs.has(lower) || stemSet.has(lower)) return true;
    let word = known.get(lower);
    if (word === undefined) {
      if (known.size >= REMEMBERED_WORDS) known.clear();
      known.set(lower, (word = parse(lower) !== null || informalBase(lower, stems)));
    }
    return word;
  };
  // What to suggest, built on first use: the dictionary's stems and the ranking list's words (their
  // frequent derived forms), never a place, an acronym or an English word.
  let vocabulary: Vocabulary | null = null;
  const names = new Set(data.names);
  // Subtitles under-rank the words of public notices (kelurahan, kesehatan, pendaftaran): the engine's
  // own vocabulary (words.json) ranks at least as a common word.
  for (const w of wordData.id) if (!placeSet.has(w) && (ranks.get(w) ?? Infinity) > VOCABULARY_RANK) ranks.set(w, VOCABULARY_RANK);
  const prior = (w: string) => {
    const r = ranks.get(w);
    return r === undefined ? Math.log10(UNRANKED) + UNRANKED_PENALTY : Math.log10(r);
  };
  /** The words within reach of `lower`, with their distance: the vocabulary's, and forms the
   * vocabulary does not list, found by keeping the typo's affixes and correcting what they hold
   * ("pahgkalan" → pangkal + -an, "diimpin" → di- + pimpin, "menulsi" → meN- + tulis). */
  const prepare = () => (vocabulary ??= new Vocabulary(data.stems, [...stemSet, ...data.ranks.keys()]));
  const near = (lower: string): Map<string, number> => {
    const vocabulary = prepare();
    const reach = (w: string) => (w.length >= 5 ? MAX_DISTANCE : 1);
    const close = (found: Map<string, number>) => [...found.values()].some((d) => d <= 1);
    // Slips rarely hit the first letter: words starting as the typo does (or with the key next to
    // it, or its second letter) first, and the whole vocabulary only when none is one edit away.
    // One edit first (cheap); two when no common word is one edit away.
    const firsts = likelyFirstLetters(lower);
    let found = new Map<string, number>(vocabulary.within(lower, 1, firsts));
    if (![...found.keys()].some((w) => (ranks.get(w) ?? Infinity) <= ONE_EDIT_ENOUGH_RANK))
      found = new Map(vocabulary.within(lower, reach(lower), firsts));
    if (!close(found)) found = new Map(vocabulary.within(lower, reach(lower)));
    if (lower.length < 6 || close(found)) return found;
    for (const [prefix, restore, suffix] of affixSplits(lower)) {
      const middle = restore + lower.slice(prefix.length, lower.length - suffix.length);
      for (const [word, distance] of vocabulary.within(middle, reach(middle))) {
        if (!word.startsWith(restore)) continue;
        const whole = prefix + word.slice(restore.length) + suffix;
        if (!found.has(whole) && parse(whole) !== null) found.set(whole, distance);
      }
    }
    return found;
  };
  /** The words `lower` was likely meant to be, best first: the nearest and most frequent get the
   * full (slower) slip cost. */
  const rankNear = (lower: string): Suggestion[] => {
    const shortlist = [...near(lower)].sort((a, b) => a[1] - b[1] || prior(a[0]) - prior(b[0])).slice(0, SHORTLIST);
    const found = shortlist.map(([word, distance]): Suggestion => {
      const slip = slipCost(lower, word);
      return {
        // A name the dictionary writes with a capital is suggested with it (oktobbe → Oktober).
        word: names.has(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word,
        distance,
        slip,
        cost: slip + FREQUENCY_WEIGHT * prior(word),
      };
    });
    found.sort((a, b) => a.cost - b.cost || a.distance - b.distance || (a.word < b.word ? -1 : 1));
    return found.slice(0, SUGGESTIONS);
  };
  // A word typed wrong is typed wrong again, and a line is read again at every key press while it is edited.
  const suggested = new Map<string, Suggestion[]>();
  return {
    isWord,
    parse,
    prepare,
    rank: (lower) => ranks.get(lower),
    isPlace: (lower) => placeSet.has(lower),
    suggest(lower, max = SUGGESTIONS) {
      if (lower.length < 2 || lower.length > MAX_WORD) return [];
      let found = suggested.get(lower);
      if (found === undefined) {
        if (suggested.size >= REMEMBERED_WORDS) suggested.clear();
        suggested.set(lower, (found = rankNear(lower)));
      }
      return found.slice(0, max);
    },
  };
}

/** How many suggestions the speller works out for a word (the most a finding offers). */
const SUGGESTIONS = 5;

/** The letters a word typed as `lower` likely starts with: its own first letter, the keys next to it,
 * the letters confused with it, and its second letter (a letter typed before it, or the two swapped). */
function likelyFirstLetters(lower: string): string[] {
  const first = lower.charAt(0);
  const out = [first, lower.charAt(1), ...(NEIGHBOURS.get(first) ?? '')];
  for (const pair of CONFUSED) if (pair.charAt(0) === first) out.push(pair.charAt(1));
  return out;
}

/** Prefixes kept as typed while the rest is corrected, with the letter meN-/peN- dropped. */
const PREFIX_SPLITS: readonly [string, string][] = [
  ['memper', ''],
  ['diper', ''],
  ['meng', ''],
  ['meng', 'k'],
  ['meny', 's'],
  ['mem', ''],
  ['mem', 'p'],
  ['men', ''],
  ['men', 't'],
  ['peng', ''],
  ['peng', 'k'],
  ['peny', 's'],
  ['pem', ''],
  ['pem', 'p'],
  ['pen', ''],
  ['pen', 't'],
  ['ber', ''],
  ['ter', ''],
  ['per', ''],
  ['di', ''],
  ['ke', ''],
  ['se', ''],
];
const SUFFIX_SPLITS = ['kannya', 'annya', 'kan', 'an', 'i', 'nya', 'lah', 'ku', 'mu'];

/** Ways to read `lower` as affixes around a middle of three letters or more: the longest suffix
 * with each matching prefix (and with none), and the longest prefix alone. */
function affixSplits(lower: string): [string, string, string][] {
  const suffix = SUFFIX_SPLITS.find((x) => lower.endsWith(x) && lower.length - x.length >= 4) ?? '';
  const out: [string, string, string][] = [];
  const prefixes = PREFIX_SPLITS.filter(([p]) => lower.startsWith(p) && lower.length - p.length - suffix.length >= 3);
  if (suffix !== '') out.push(['', '', suffix]);
  const longest = prefixes[0]?.[0];
  for (const [p, restore] of prefixes) if (p === longest) out.push([p, restore, suffix]);
  if (suffix !== '' && longest !== undefined) for (const [p, restore] of prefixes) if (p === longest) out.push([p, restore, '']);
  return out;
}

/** Loads the dictionary and the ranking list (chunks of their own in the extension) and builds the
 * speller, then its search structure after a turn of the event loop (two shorter tasks, not one
 * long one). Called through text/speller-loader.ts, which keeps the one speller. */
export async function buildSpeller(): Promise<Speller> {
  const [{ default: dictionary }, { default: frequency }] = await Promise.all([
    import('../data/dictionary-id-stems.json'),
    import('../data/frequency-id.json'),
  ]);
  const { words, marked } = unpackSorted(dictionary.stems);
  const built = createSpeller({
    stems: words,
    productive: marked.get(PRODUCTIVE_MARK) ?? [],
    names: marked.get(NAME_MARK) ?? [],
    ranks: unpackRanks(frequency, words),
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  built.prepare();
  return built;
}

/** Marks after a packed word: hunspell-id gives it affix rules; it is a name (Allah, Jawa). */
export const PRODUCTIVE_MARK = '+';
export const NAME_MARK = '^';

/** A sorted word list stored front-coded: each word is "<k><rest>", k (one base-36 digit) the number
 * of letters it shares with the word before; words separated by spaces; a word may end in marks. */
export function unpackSorted(packed: string): { words: string[]; marked: Map<string, string[]> } {
  const words: string[] = [];
  const marked = new Map<string, string[]>();
  let previous = '';
  for (const entry of packed.split(' ')) {
    if (entry === '') continue;
    let end = entry.length;
    while (end > 1 && (entry[end - 1] === PRODUCTIVE_MARK || entry[end - 1] === NAME_MARK)) end--;
    const word = previous.slice(0, parseInt(entry[0]!, 36)) + entry.slice(1, end);
    for (let i = end; i < entry.length; i++) {
      const list = marked.get(entry[i]!) ?? [];
      list.push(word);
      marked.set(entry[i]!, list);
    }
    words.push(word);
    previous = word;
  }
  return { words, marked };
}

/** The ranking list as stored (data/frequency-id.json): a rank class for each stem of the dictionary,
 * in its order (a space for none), and the other words front-coded with their class before each. */
export interface PackedRanks {
  stemRanks: string;
  words: string;
}

export function unpackRanks(packed: PackedRanks, stems: readonly string[]): Map<string, number> {
  const ranks = new Map<string, number>();
  // A ranking list built for another dictionary would rank the wrong words: then only its own words count.
  if (packed.stemRanks.length === stems.length)
    for (let i = 0; i < stems.length; i++) if (packed.stemRanks[i] !== ' ') ranks.set(stems[i]!, classRank(packed.stemRanks[i]!));
  let previous = '';
  for (const entry of packed.words.split(' ')) {
    if (entry.length < 2) continue;
    const word = previous.slice(0, parseInt(entry[1]!, 36)) + entry.slice(2);
    ranks.set(word, classRank(entry[0]!));
    previous = word;
  }
  return ranks;
}

/** The inverse of unpackRanks (for the build script): `ranked`, most frequent first. */
export function packRanks(ranked: readonly string[], stems: readonly string[]): PackedRanks {
  const rank = new Map<string, number>();
  ranked.forEach((w, i) => rank.has(w) || rank.set(w, i + 1));
  const stemRanks = stems.map((w) => (rank.has(w) ? rankClass(rank.get(w)!) : ' ')).join('');
  const isStem = new Set(stems);
  const others = [...rank.keys()].filter((w) => !isStem.has(w)).sort();
  const words = packSorted(others)
    .split(' ')
    .map((entry, i) => rankClass(rank.get(others[i]!)!) + entry)
    .join(' ');
  return { stemRanks, words };
}

/** The inverse of unpackSorted (for the build script). */
export function packSorted(sorted: readonly string[], marks: (word: string) => string = () => ''): string {
  const out: string[] = [];
  let previous = '';
  for (const word of sorted) {
    let k = 0;
    while (k < 35 && k < previous.length && k < word.length && previous[k] === word[k]) k++;
    out.push(k.toString(36) + word.slice(k) + marks(word));
    previous = word;
  }
  return out.join(' ');
}
