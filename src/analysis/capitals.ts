/** Runs of words in capitals, as the capitals rules read them: style.all-caps (shouting: three words or more,
 * or a whole line) and style.caps-emphasis (one or two words for emphasis). Acronyms (BPBD, RSUD, WIB), the
 * style pack's glossary terms and Roman numerals (III) are not shouting; the sentence-case fix keeps them, and
 * any word no dictionary knows (a name, an app: SIKOCO), as written. One reading per line and context: both
 * rules share it. */
import type { Paragraph } from './doc';
import type { LineContext, Localized } from './rule';
import { isAllCaps, lowerCaseSameLength, type Token } from './text/tokens';
import { ACRONYMS, isAcronymLike, isDictionaryWord, isOrdinaryWord, isRomanNumeral, SLANG_WITHOUT_SPELLING } from './lexicon';
import { datelineEnd, isPlaceTrigger, mayNamePlace, placesIn } from './facts';
import { isCalendarWord } from './time';
import type { StylePack } from './types';
import { findPlaceholders, inPlaceholder } from './text/placeholders';

/** The style pack's glossary terms, by their upper case, as the pack writes them. */
type Glossary = ReadonlyMap<string, string>;
const NO_GLOSSARY: Glossary = new Map();
function glossaryOf(pack: StylePack): Glossary {
  return new Map(Object.keys(pack.glossary ?? {}).map((term) => [term.toUpperCase(), term]));
}

/** Capitals that are never shouting: a Roman numeral or a term of the organisation's glossary. */
const isNumeralOrTerm = (word: string, glossary: Glossary) => isRomanNumeral(word) || glossary.has(word.toUpperCase());

/** Times of day in English ("10 AM"), written in capitals by convention. */
const MERIDIEM = new Set(['AM', 'PM']);

function isShouted(word: string, dictionary: ReadonlySet<string>, glossary: Glossary): boolean {
  if (!isAllCaps(word) || isAcronymLike(word, dictionary) || isNumeralOrTerm(word, glossary) || MERIDIEM.has(word)) return false;
  const lower = word.toLowerCase();
  return isOrdinaryWord(lower) || word.length >= 5;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// The bracket of an acronym explained before its place's name: "(rsud) soedarso".
const CLOSING_PARENTHESIS = /\)(?=[ \t])/g;

/** The places in a run of capitals, read as if written in lower case ("JALAN GAJAH MADA"):
 * whether a token lies in one. */
function placesOf(text: string, run: readonly Token[], lead: Token | undefined): (t: Token) => boolean {
  const words = run.map((t) => t.lower);
  if (lead) words.push(lead.lower);
  if (run.length === 0 || !mayNamePlace(words)) return () => false;
  const offset = (lead ?? run[0]!).start;
  let lowered = lowerCaseSameLength(text.slice(offset, run[run.length - 1]!.end));
  // "Jalan GAJAH MADA", "(RSUD) SOEDARSO": the venue word reads as if right before the name.
  if (lead) lowered = lowered.slice(0, lead.end - offset) + ' '.repeat(run[0]!.start - lead.end) + lowered.slice(run[0]!.start - offset);
  lowered = lowered.replace(CLOSING_PARENTHESIS, ' ');
  // Some place holds the token when, of the places starting at or before it, the one reaching
  // furthest reaches its end: by start, with the furthest end so far (a binary search, not a
  // scan of every place for every token: a line of capitals names hundreds of streets).
  const places = placesIn(lowered).sort((a, b) => a.start - b.start);
  const starts = places.map((p) => p.start);
  let furthest = -1;
  const reach = places.map((p) => (furthest = Math.max(furthest, p.end)));
  return (t) => {
    const start = t.start - offset;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= t.end - offset;
  };
}

/** Capitals that are an acronym here: a Roman numeral, a glossary term, or a short or unpronounceable
 * word, unless it is the name of a place the run names ("MADA" of "JALAN GAJAH MADA"; not "RSUD",
 * which starts a place). */
function isAcronymHere(t: Token, inPlace: (t: Token) => boolean, dictionary: ReadonlySet<string>, glossary: Glossary): boolean {
  if (isNumeralOrTerm(t.text, glossary)) return true;
  if (!isAcronymLike(t.text, dictionary)) return false;
  return !inPlace(t) || isPlaceTrigger(t.lower) || ACRONYMS.has(t.text.toUpperCase()) || dictionary.has(t.lower);
}

// "İ" lower-cased is "i" and a combining dot: looked up without the dot.
const COMBINING_DOT = /\u0307/g;
// English words the vocabulary lacks still have English endings ("REGISTRATION", "EVACUATION", "CLOSURE").
const ENGLISH_ENDING = /(?:tion|sion|ment|ness|ity|ing|ed|ly|ous|ive|ful|less|able|ible|ance|ence|ure)s?$/;

/** A word a dictionary knows (or, in English, one with an English ending): not a name. */
function isWord(lower: string, english: boolean): boolean {
  const plain = lower.toLowerCase().replace(COMBINING_DOT, '');
  return isDictionaryWord(plain) || (english && ENGLISH_ENDING.test(plain));
}

/** Sentence case for a run of capitals, keeping acronyms in capitals (or as the glossary writes them:
 * "Disdukcapil"), capitals on place names, days and months ("Kota Pontianak", "Desember"), and words
 * no dictionary knows as written (a name or an app: "SIKOCO" is not "sikoco"). */
function sentenceCase(
  text: string,
  tokens: Token[],
  offset: number,
  capitaliseFirst: boolean,
  inPlace: (t: Token) => boolean,
  dictionary: ReadonlySet<string>,
  glossary: Glossary,
  english: boolean,
): string {
  const lowered = lowerCaseSameLength(text);
  let out = '';
  let cursor = 0;
  tokens.forEach((t, i) => {
    const rel = t.start - offset;
    out += text.slice(cursor, rel);
    let word = t.text;
    const written = glossary.get(word.toUpperCase()) ?? ACRONYMS.get(word.toUpperCase())?.acronym;
    if (t.kind === 'word' && isAllCaps(word) && isAcronymHere(t, inPlace, dictionary, glossary)) {
      if (written !== undefined && written.toUpperCase() === word) word = written;
    } else if (t.kind === 'word' && isAllCaps(word)) {
      // toLowerCase can change the length of a few letters (İ); keep those as written.
      const lower = lowered.slice(rel, rel + word.length);
      if (isCalendarWord(lower) || inPlace(t)) word = capitalise(lower);
      else if (isWord(lower, english)) word = i === 0 && capitaliseFirst ? capitalise(lower) : lower;
    }
    out += word;
    cursor = t.end - offset;
  });
  return out + text.slice(cursor);
}

/** A run of capitals with at least one shouted word in it. */
export interface CapitalsRun {
  start: number;
  end: number;
  /** The run as written. */
  original: string;
  /** The run in sentence case, acronyms, names and places kept. */
  replacement: string;
  /** Words in capitals in the run that are no acronym here ("AWAS BANJIR ROB": 3; "BLT TAHAP III": 1). */
  words: number;
  /** The line has no lower-case letter outside acronyms: the whole line is in capitals. */
  wholeLine: boolean;
}

/** The sentence-case fix of a run, or none when there is nothing to lower (an acronym or a name alone). */
export function sentenceCaseFix(run: CapitalsRun): { start: number; end: number; replacement: string; label: Localized } | undefined {
  const { start, end, original, replacement } = run;
  if (replacement === original) return undefined;
  return { start, end, replacement, label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` } };
}

/** Shouting (style.all-caps) rather than emphasis (style.caps-emphasis): three words or more in capitals, or a
 * whole line of them. */
export const isShouting = (run: CapitalsRun): boolean => run.words >= 3 || run.wholeLine;

const runsByLine = new WeakMap<Paragraph, { ctx: LineContext; runs: CapitalsRun[] }>();

/** The runs of capitals on a line (offsets in the line), read once per line and context. */
export function capitalsRuns(p: Paragraph, ctx: LineContext): CapitalsRun[] {
  const known = runsByLine.get(p);
  if (known && known.ctx === ctx) return known.runs;
  const runs = readRuns(p, ctx);
  runsByLine.set(p, { ctx, runs });
  return runs;
}

const LOWER_CASE = /\p{Ll}/u;

/** No lower-case word on the line: links, hashtags, mentions and e-mail addresses are written as they must be
 * ("AWAS BANJIR https://bpbd.go.id" is a whole line of capitals). */
const wholeLine = (p: Paragraph) => !p.tokens.some((t) => t.kind === 'word' && LOWER_CASE.test(t.text));

/** Runs read on one line at most: a line of thousands of them gets this many tips (the next come as these are
 * fixed), like the other rules that can fire on every word. */
const MAX_RUNS = 50;

function readRuns(p: Paragraph, ctx: LineContext): CapitalsRun[] {
  const out: CapitalsRun[] = [];
  const glossary = ctx.fromPack(glossaryOf) ?? NO_GLOSSARY;
  const slots = findPlaceholders(p.text);
  // A news dateline ("PONTIANAK – …", "SINGKAWANG, KOMPAS.com – …") is in capitals by convention.
  const dateline = datelineEnd(p.text);
  for (const sentence of p.sentences) {
    const words = sentence.tokens;
    let i = 0;
    while (i < words.length) {
      if (out.length >= MAX_RUNS) return out;
      if (
        !(words[i]!.kind === 'word' && isAllCaps(words[i]!.text)) ||
        inPlaceholder(slots, words[i]!.start, words[i]!.end) ||
        words[i]!.end <= dateline
      ) {
        i++;
        continue;
      }
      // A run of consecutive capitalised words (numbers may sit inside: "TUTUP 3 HARI").
      let j = i;
      while (
        j + 1 < words.length &&
        !inPlaceholder(slots, words[j + 1]!.start, words[j + 1]!.end) &&
        words[j + 1]!.end > dateline &&
        (words[j + 1]!.kind === 'number' || (words[j + 1]!.kind === 'word' && isAllCaps(words[j + 1]!.text)))
      )
        j++;
      const run = words.slice(i, j + 1);
      // A venue or street word just before the capitals ("Jalan GAJAH MADA", "(RSUD) SOEDARSO") starts their place.
      const before = words[i - 1];
      const lead =
        before?.kind === 'word' && isPlaceTrigger(before.lower) && /^\)?[ \t]+$/.test(p.text.slice(before.end, words[i]!.start))
          ? before
          : undefined;
      const inPlace = placesOf(p.text, run, lead);
      const edge = (t: Token) => t.kind !== 'word' || isAcronymHere(t, inPlace, ctx.dictionary, glossary);
      while (run.length && edge(run[run.length - 1]!)) run.pop();
      while (run.length && edge(run[0]!)) run.shift();
      const shouted = run.filter((t) => t.kind === 'word' && isShouted(t.text, ctx.dictionary, glossary));
      // One slang word in capitals ("OMG"): the register's tip replaces or drops it; two fixes for one
      // word ("Omg" and "") would contradict each other.
      const registerWord = run.length === 1 && ctx.audience !== 'youth' && SLANG_WITHOUT_SPELLING.has(run[0]!.lower);
      if (shouted.length > 0 && !registerWord) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        const original = p.text.slice(start, end);
        // Only an emoji, a bullet or a quote before it: "📢 PENGUMUMAN" opens the sentence.
        const atSentenceStart = !/[\p{L}\p{N}]/u.test(p.text.slice(sentence.start, start));
        const replacement = sentenceCase(
          original,
          run,
          start,
          atSentenceStart,
          inPlace,
          ctx.dictionary,
          glossary,
          sentence.language === 'en',
        );
        const words = run.filter((t) => t.kind === 'word' && !isAcronymHere(t, inPlace, ctx.dictionary, glossary)).length;
        out.push({ start, end, original, replacement, words, wholeLine: wholeLine(p) });
      }
      i = j + 1;
    }
  }
  return out;
}
