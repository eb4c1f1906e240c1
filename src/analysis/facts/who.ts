/** Who: officials with titles, organisations and agencies, and the names of
 * people and bodies (capitalised words that are not ordinary words or places;
 * in a line written all in lower case, words that no dictionary knows). */
import data from './who.json' with { type: 'json' };
import { readParagraph } from '../doc';
import { ABBREVIATIONS } from '../text/sentences';
import {
  ACRONYMS,
  hasDerivedShape,
  isDictionaryWord,
  isInformalWord,
  isMisspelling,
  isOrdinaryWord,
  isPlaceWord,
  isStopword,
  isVerbForm,
} from '../lexicon';
import { PhraseList } from '../text/phrases';
import { isAllCaps, type Token } from '../text/tokens';
import { isCalendarWord } from '../time';
import type { Span } from '../types';
import { adjacent, capitalisedRunEnd, isCapitalised, mergeSpans, namesEndingIn, tokenAt } from './names';
import { isPlaceName } from './where';

const TITLES = new PhraseList(data.titles);
const ORGANISATIONS = new PhraseList(data.organisations);
const BODIES = new PhraseList(data.bodies);
const AGENCIES = new Set(data.agencies.map((a) => a.toUpperCase()));
const ORGANISATION_HEADS = new Set(data.organisationHeads);
// Organisation words that make a body even in lower case ("kementerian luar negeri"); not "kantor" (also a place).
const STRONG_ORGANISATIONS = new Set(data.strongOrganisations);
const TITLE_WORDS = new Set(data.titles);
// Words after which a lower-case name is expected: attribution verbs, occupations ("kata sutarmidji", "petenis maria sharapova").
const BEFORE_NAME = new Set(data.beforeName);
// Speech verbs after a name ("sutarmidji menyatakan").
const AFTER_NAME = new Set(data.afterName);
const EXPRESSIVE = /(.)\1\1|(?:ha|he|hi|hu|wk|kw|xi){2}/;
const PROSE_SHORTHAND = new Set(data.proseShorthand);
// Titles that are only a "who" when a name follows (Ibu, Pak, Dr.).
const NEEDS_NAME = new Set([
  'bapak',
  'ibu',
  'pak',
  'bu',
  'dr',
  'dr.',
  'drg.',
  'prof.',
  'ir.',
  'h.',
  'hj.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'kepala',
  'ketua',
  'asisten',
  'plt',
  'pj',
  'pj.',
]);

function extend(text: string, tokens: readonly Token[], matchEnd: number): number {
  let next = tokenAt(tokens, matchEnd);
  const t = tokens[next];
  if (!t || t.start - matchEnd > 2 || !/^[ \t]*$/.test(text.slice(matchEnd, t.start))) return -1;
  // English: "Ministry of Health", "Minister of Home Affairs".
  if (t.lower === 'of' && tokens[next + 1] && adjacent(text, t, tokens[next + 1]!)) next++;
  const end = capitalisedRunEnd(text, tokens, next);
  return end === -1 ? -1 : tokens[end]!.end;
}

/** `places`: the line's where-spans; a capitalised name inside one is a place, not a who. */
export function findWho(text: string, tokens: readonly Token[], places: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number) => spans.push({ start, end, text: text.slice(start, end) });

  const titles = TITLES.find(text);
  const namesSomeone = nameFinder(tokens);
  for (const m of titles) {
    const nameEnd = extend(text, tokens, m.end);
    // An office is a "who" on its own ("kata presiden"); "Ibu", "Dr." only with a name, not with
    // ordinary words ("Bapak dan Ibu Guru" addresses teachers; "Bapak Wali Kota" is found as "Wali Kota").
    if (NEEDS_NAME.has(m.phrase)) {
      if (nameEnd !== -1 && namesSomeone(m.end, nameEnd)) add(m.start, nameEnd);
    } else add(m.start, nameEnd === -1 ? m.end : nameEnd);
  }
  for (const m of BODIES.find(text)) add(m.start, m.end);
  const organisations = ORGANISATIONS.find(text);
  // Where another body or an office starts, a name before it ends.
  const nameStarts = new Set([...organisations, ...titles].map((m) => m.start));
  for (const m of organisations) {
    const nameEnd = extend(text, tokens, m.end);
    if (nameEnd !== -1) add(m.start, bodyNameEnd(text, tokens, nameEnd, nameStarts));
    else if (STRONG_ORGANISATIONS.has(m.phrase)) {
      // "kementerian luar negeri", "dinas kesehatan": the body's name follows in lower case.
      const end = lowerCaseBodyNameEnd(tokens, m.end);
      if (end !== -1) add(m.start, end);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !AGENCIES.has(t.text.toUpperCase())) continue;
    // In lower case only the unmistakable ones ("kpk", "dpr"), never an ordinary word.
    if (!isCapitalised(t) && (t.text.length < 3 || isOrdinaryWord(t.lower))) continue;
    // "Satpol PP" is two tokens.
    let end = i;
    const next = tokens[i + 1];
    if (t.lower === 'satpol' && next && next.lower === 'pp' && adjacent(text, t, next)) end = i + 1;
    const runEnd = tokens[end + 1] && adjacent(text, tokens[end]!, tokens[end + 1]!) ? capitalisedRunEnd(text, tokens, end + 1) : -1;
    add(t.start, tokens[runEnd === -1 ? end : runEnd]!.end);
    i = runEnd === -1 ? end : runEnd;
  }
  const lowerCase = !/\p{Lu}/u.test(text);
  // English order, the kind of body last: "Pontianak City Health Office", even with a place in its name.
  if (!lowerCase) spans.push(...namesEndingIn(text, tokens, ORGANISATION_HEADS));
  for (const name of lowerCase ? lowerCaseNames(text, tokens) : properNames(text, tokens)) {
    if (!places.some((p) => name.start < p.end && name.end > p.start)) add(name.start, name.end);
  }
  // "Camat Pontianak Barat" inside "Kantor Camat Pontianak Barat" is a place, not a person.
  return mergeSpans(spans, text).filter(
    (w) => !places.some((p) => w.start >= p.start && w.end <= p.end && (w.start > p.start || w.end < p.end)),
  );
}

/** Whether some word between two offsets of a line is a name (not only capitalised ordinary words).
 * Short stretches are read as they are; for a long one (a run of titles, "H. H. H. …", asked once per
 * title, was quadratic) the next name after each token is worked out once for the line. */
function nameFinder(tokens: readonly Token[]): (from: number, to: number) => boolean {
  let nextName: Int32Array | undefined;
  const isNameAt = (i: number) => tokens[i]!.kind === 'word' && isName(tokens[i]!);
  return (from, to) => {
    const first = tokenAt(tokens, from);
    if (nextName) {
      const j = nextName[first]!;
      return j < tokens.length && tokens[j]!.end <= to;
    }
    for (let i = first; i < tokens.length && tokens[i]!.end <= to; i++) {
      if (i - first === LONG_STRETCH) {
        if (!nextName) {
          nextName = new Int32Array(tokens.length + 1).fill(tokens.length);
          for (let k = tokens.length - 1; k >= 0; k--) nextName[k] = isNameAt(k) ? k : nextName[k + 1]!;
        }
        const j = nextName[i]!;
        return j < tokens.length && tokens[j]!.end <= to;
      }
      if (isNameAt(i)) return true;
    }
    return false;
  };
}
const LONG_STRETCH = 16;

/** A body's name goes on over "dan" when what follows is more of the same name ("Dinas Kependudukan
 * dan Pencatatan Sipil", "Kementerian Hukum dan HAM"), not another body or a person ("Dinas Sosial
 * dan Dinas Kesehatan", "Universitas Tanjungpura dan Polnep"). */
function bodyNameEnd(text: string, tokens: readonly Token[], end: number, nameStarts: ReadonlySet<number>): number {
  for (;;) {
    const index = tokenAt(tokens, end);
    const dan = tokens[index];
    const next = tokens[index + 1];
    if (dan?.lower !== 'dan' || dan.start - end !== 1 || !next || !adjacent(text, dan, next) || !isCapitalised(next)) return end;
    const moreOfTheName = isAllCaps(next.text) ? !AGENCIES.has(next.text.toUpperCase()) : isDictionaryWord(next.lower);
    if (!moreOfTheName || nameStarts.has(next.start)) return end;
    const runEnd = capitalisedRunEnd(text, tokens, index + 1);
    if (runEnd === -1) return end;
    end = tokens[runEnd]!.end;
  }
}

/** End of the word after "dinas", "kementerian" … when it names the body ("dinas kesehatan",
 * "kementerian luar negeri"), or -1 when the sentence just goes on ("Pemerintah akan …",
 * "dinas terkait", "dewan sebagai …"). */
function lowerCaseBodyNameEnd(tokens: readonly Token[], from: number): number {
  const index = tokenAt(tokens, from);
  const word = tokens[index];
  if (word?.kind !== 'word' || word.start - from > 1 || isVerbForm(word.lower)) return -1;
  const after = tokens[index + 1];
  if ((word.lower === 'dalam' || word.lower === 'luar') && after?.lower === 'negeri') return after.end;
  return isStopword(word.lower) ? -1 : word.end;
}

/** A capitalised word that is not an ordinary word, a place, a day or a month, or
 * an acronym that is not an agency, is probably a person or a body ("Bhosle",
 * "Edi Kamtono"). At a sentence start a capital means nothing, so a name there
 * needs a second capitalised word. */
// A quote or bracket just before a name opens a sentence too. Read over the last few characters
// only: matched against the whole text before every capitalised run it was quadratic on long lines.
const OPENS_QUOTE = /[“"(]\s*$/;

function properNames(text: string, tokens: readonly Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const starts = new Set(readParagraph(text).sentences.map((s) => s.start));
  for (let i = 0; i < tokens.length; i++) {
    const end = capitalisedRunEnd(text, tokens, i, false);
    if (end === -1) continue;
    const run = tokens.slice(i, end + 1);
    // "S.Sos", "M.T", "Sp.A": a degree after a name is no name of its own.
    const runText = text.slice(run[0]!.start, run[run.length - 1]!.end + 2);
    if ((run.length > 1 && !/\s/.test(runText.slice(0, -2))) || /\.\p{Lu}$/u.test(runText)) {
      i = end;
      continue;
    }
    const words = run.map((t) => t.lower);
    const sentenceStart = starts.has(tokens[i]!.start) || OPENS_QUOTE.test(text.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start));
    const named = run.filter((t, k) => !(k === 0 && sentenceStart) && isName(t));
    // At a sentence start a capital means nothing: a word alone there must pass startsWithName.
    const counted =
      sentenceStart && run.length === 1 ? (isName(run[0]!) && startsWithName(run[0]!, tokens[end + 1]) ? [run[0]] : []) : named;
    // An ordinary word or a verb opening the sentence is no part of the name after it ("Warga Al-Azhar"
    // names "Al-Azhar"), nor is an article after it ("Contact the Regional Revenue Agency"); an initial is ("A.R. Baswedan").
    const opener = run[0]!.lower;
    const opensWithWord =
      sentenceStart && run.length > 1 && opener.length > 1 && (isOrdinaryWord(opener) || isVerbForm(opener)) && !isPlaceWord(opener);
    let firstIndex = opensWithWord ? 1 : 0;
    while (firstIndex < run.length - 1 && !isCapitalised(run[firstIndex]!)) firstIndex++;
    const first = run[firstIndex]!;
    if (counted.length > 0 && !isPlaceName(words.join(' '))) out.push({ start: first.start, end: run[run.length - 1]!.end });
    i = end;
  }
  return out;
}

/** One capitalised word opening a sentence is a name when no dictionary knows it ("Sutarmidji …",
 * not "Suhu 24–33 °C", "Klarifikasi: …", "Puji syukur …"), or when a speech verb follows it
 * ("Burhan mengatakan …"). */
function startsWithName(word: Token, next: Token | undefined): boolean {
  return !isDictionaryWord(word.lower) || (next !== undefined && AFTER_NAME.has(next.lower));
}

function isName(t: Token): boolean {
  const upper = t.text.toUpperCase();
  if (AGENCIES.has(upper)) return true;
  // A known acronym that is no agency is no name, in any case ("Perda", "PPDB"), and neither is a word with digits ("S1", "Rp80").
  if (ACRONYMS.has(upper) || /\d/.test(t.text)) return false;
  if (isAllCaps(t.text)) return t.text.length >= 3 && !isOrdinaryWord(t.lower);
  // Slang is a word too, not a name ("Gaes, yuk ikutan …"), and so is an abbreviation ("Yth.", "Jl.").
  if (isOrdinaryWord(t.lower) || isInformalWord(t.lower) || isMisspelling(t.lower) || ABBREVIATIONS.has(t.lower)) return false;
  if (isPlaceName(t.lower) || isCalendarWord(t.lower)) return false;
  // A hyphenated day range or a document built on an acronym: "Senin-Jumat", "KTP-el".
  return (
    !t.text.includes('-') ||
    !t.text
      .split('-')
      .some((part) => isCalendarWord(part.toLowerCase()) || (ACRONYMS.has(part.toUpperCase()) && !AGENCIES.has(part.toUpperCase())))
  );
}

/** A line written all in lower case ("kata sutarmidji", "huawei merilis …") has no
 * capitals to tell a name by. There a word that no dictionary knows is taken for
 * a name where a name is expected (after a title or an attribution verb, before a
 * speech verb), or anywhere when the line reads as prose: in chat ("wkwk", "gak",
 * "yg") unknown words are mostly slang, not names. */
function lowerCaseNames(text: string, tokens: readonly Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let prose: boolean | undefined;
  const readsAsProse = () => (prose ??= tokens.filter((t) => t.kind === 'word' && isChatWord(t.lower)).length < 2);
  for (let i = 0; i < tokens.length; i++) {
    if (!isUnknownWord(tokens[i]!)) continue;
    let end = i;
    while (tokens[end + 1] && isUnknownWord(tokens[end + 1]!) && adjacent(text, tokens[end]!, tokens[end + 1]!)) end++;
    const before = tokens[i - 1]?.lower;
    const after = tokens[end + 1]?.lower;
    const expected =
      (before !== undefined && (BEFORE_NAME.has(before) || TITLE_WORDS.has(before))) || (after !== undefined && AFTER_NAME.has(after));
    if (expected || readsAsProse()) out.push({ start: tokens[i]!.start, end: tokens[end]!.end });
    i = end;
  }
  return out;
}

function isUnknownWord(t: Token): boolean {
  if (t.kind !== 'word' || t.text.length < 3 || !/^\p{L}+$/u.test(t.text) || t.lower === 'nya') return false;
  if (isStopword(t.lower) || isCalendarWord(t.lower) || isPlaceName(t.lower) || isDictionaryWord(t.lower) || hasDerivedShape(t.lower))
    return false;
  // A known acronym is no name ("bbm", "ruu"), unless it is an agency ("kpk").
  const upper = t.text.toUpperCase();
  return !ACRONYMS.has(upper) || AGENCIES.has(upper);
}

/** Chat, not prose: informal words and slang ("gak", "aja", "gaes"), laughter and stretched words
 * ("wkwk", "yaaa"), shorthand with no vowel ("yg", "tsb") that is no known acronym or unit ("rp", "km"). */
function isChatWord(lower: string): boolean {
  if (isInformalWord(lower) || EXPRESSIVE.test(lower)) return true;
  return !/[aeiou]/.test(lower) && !PROSE_SHORTHAND.has(lower) && !ACRONYMS.has(lower.toUpperCase()) && !AGENCIES.has(lower.toUpperCase());
}
