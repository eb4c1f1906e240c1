/** Shared vocabularies, loaded once: every list that more than one rule (or the facts)
 * reads lives in data/ and is read through here. Rule-specific lists sit beside their rule. */
import acronymData from './data/acronyms.json' with { type: 'json' };
import stopwordData from './data/stopwords.json' with { type: 'json' };
import wordData from './data/words.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import shouted from './data/shouted-words.json' with { type: 'json' };
import dictionaryId from './data/dictionary-id.json' with { type: 'json' };
import spelling from './data/non-standard.json' with { type: 'json' };
import register from './data/register.json' with { type: 'json' };
import diPlaces from './data/di-places.json' with { type: 'json' };
import hoaxStyle from './data/hoax-style.json' with { type: 'json' };

/** One expansion of an acronym that has several (KIA: Kartu Identitas Anak, Kesehatan Ibu dan Anak). */
export interface AcronymSense {
  id: string;
  en: string;
  /** Words of a post that point to this expansion ("buku", "posyandu" for Kesehatan Ibu dan Anak). */
  context: readonly string[];
}

export interface AcronymEntry {
  acronym: string;
  /** The expansion (the first sense's, when there are several). */
  id: string;
  en: string;
  common: boolean;
  /** Set when the acronym has several expansions: which one is meant depends on the post. */
  senses?: readonly AcronymSense[];
}

type AcronymData = Record<string, { id?: string; en?: string; common: boolean; senses?: AcronymSense[] }>;

/** Keyed by the upper-cased acronym ("BPBD", "SATPOL PP", "PUSKESMAS"). */
export const ACRONYMS = new Map<string, AcronymEntry>(
  Object.entries(acronymData.entries as AcronymData).map(([acronym, e]) => {
    const first = e.senses?.[0];
    const entry: AcronymEntry = { acronym, id: first?.id ?? e.id!, en: first?.en ?? e.en!, common: e.common };
    if (e.senses) entry.senses = e.senses;
    return [acronym.toUpperCase(), entry];
  }),
);

export const STOPWORDS_ID: ReadonlySet<string> = new Set(stopwordData.id);
export const STOPWORDS_EN: ReadonlySet<string> = new Set(stopwordData.en);

export function isStopword(lower: string): boolean {
  return STOPWORDS_ID.has(lower) || STOPWORDS_EN.has(lower);
}

const VOWELS = /[aeiouAEIOU]/g;
const VOCABULARY = new Set<string>([...wordData.id, ...wordData.en, ...shouted.words]);

/** An ordinary word (not a name or an acronym): stopwords, the vocabulary, words often
 * shouted, and Indonesian affixed forms of vocabulary words (diharapkan → harap). */
export function isOrdinaryWord(lower: string): boolean {
  return VOCABULARY.has(lower) || isStopword(lower) || stems(lower).some((s) => VOCABULARY.has(s));
}

// Informal words and slang ("nggak", "gaes"), from the spelling and register rules' lists.
const INFORMAL = new Set<string>([...Object.keys(spelling.informal), ...Object.keys(register.slang)]);

const MISSPELLINGS = new Set(Object.keys(spelling.standard));

/** Non-standard spellings with their standard form: misspellings everyone should fix
 * ("praktek" → "praktik") and colloquial forms ("nggak" → "tidak"). */
export const NON_STANDARD: { readonly misspelt: ReadonlyMap<string, string>; readonly colloquial: ReadonlyMap<string, string> } = {
  misspelt: new Map(Object.entries(spelling.standard as Record<string, string>)),
  colloquial: new Map(Object.entries(spelling.informal as Record<string, string>)),
};

/** Slang with its formal word ('' = drop the word), leaving out the words that have a standard
 * spelling in NON_STANDARD: those are a spelling matter, and one word gets one tip. */
export const SLANG_WITHOUT_SPELLING: ReadonlyMap<string, string> = new Map(
  Object.entries(register.slang as Record<string, string>).filter(([w]) => !(w in spelling.informal) && !(w in spelling.standard)),
);

const ENGLISH_SLANG: ReadonlySet<string> = new Set(register.englishSlang);

/** Slang written for English text, with an English replacement ("gonna" → "going to"); the rest of
 * the slang is Indonesian register ("guys" → "Bapak/Ibu" only in an Indonesian sentence). */
export function isEnglishSlang(lower: string): boolean {
  return ENGLISH_SLANG.has(lower);
}

const DI_PLACES: ReadonlySet<string> = new Set(diPlaces.places);

/** A word that follows the preposition "di" as a place ("rumah", "sini", "mana"): "dirumah" is
 * the preposition written together, not a di- passive. */
export function isDiPlace(lower: string): boolean {
  return DI_PLACES.has(lower);
}

/** A word spelt the non-standard way ("terimakasih", "praktek"): a word, though no dictionary's. */
export function isMisspelling(lower: string): boolean {
  return MISSPELLINGS.has(lower);
}

const FORMAL_ADDRESS = new Map(Object.entries(register.formalAddress as Record<string, string>));

/** How to address government readers instead of a casual pronoun: "kamu" → "Anda", "kalian" → "Bapak/Ibu". */
export function formalAddress(lower: string): string | undefined {
  return FORMAL_ADDRESS.get(lower);
}

/** An informal or slang word ("gak", "aja", "gaes"): a word, and a sign of chat rather than prose. */
export function isInformalWord(lower: string): boolean {
  return INFORMAL.has(lower);
}

// Non-standard spellings and slang are words too, just not the standard ones.
const DICTIONARY_ID = new Set<string>([...dictionaryId.words, ...Object.keys(spelling.standard), ...INFORMAL]);

/** A word of the Indonesian dictionary, itself or by its stem (wider than the vocabulary:
 * used where a word that no dictionary knows is taken for a name). */
export function isDictionaryWord(lower: string): boolean {
  return isOrdinaryWord(lower) || DICTIONARY_ID.has(lower) || stems(lower).some((s) => DICTIONARY_ID.has(s));
}

// Indonesian derivations that names do not take: ke-…-an, pe-…-an, -isasi, -itas, -isme, -ensi/-ansi,
// di-/ter-/ber-…-kan/-in ("keterlibatan", "kapabilitas", "resistensi", "dirusakin").
const DERIVED_SHAPE = /^(?:ke\p{L}{4,}an|pe\p{L}{5,}an|\p{L}{3,}(?:isasi|itas|isme|ensi|ansi))$|^(?:di|ter|ber)\p{L}{5,}(?:kan|in)$/u;

/** Shaped like a derived Indonesian word, whether or not a dictionary has its stem
 * ("ketidaknyamanan": ke-tidak-nyaman-an): a word, not a name. */
export function hasDerivedShape(lower: string): boolean {
  return DERIVED_SHAPE.test(lower);
}

/** A verb form of a dictionary word ("mengatasi", "terkait", "dibangun"): a word that
 * goes on a sentence, not a name ("Pemerintah akan", not "Pemerintah Mengatasi"). */
export function isVerbForm(lower: string): boolean {
  return stems(lower, VERB_PREFIXES, false).some((s) => DICTIONARY_ID.has(s) || VOCABULARY.has(s));
}

const SUFFIXES = ['kannya', 'kanlah', 'nyalah', 'annya', 'kan', 'nya', 'lah', 'kah', 'ku', 'mu', 'an', 'i'];
const PREFIXES: [string, string[]][] = [
  ['memper', ['']],
  ['diper', ['']],
  ['meny', ['s']],
  ['meng', ['', 'k']],
  ['mem', ['', 'p']],
  ['men', ['', 't']],
  ['me', ['']],
  ['peny', ['s']],
  ['peng', ['', 'k']],
  ['pem', ['', 'p']],
  ['pen', ['', 't']],
  ['per', ['']],
  ['pe', ['']],
  ['ber', ['']],
  ['be', ['']],
  ['ter', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['se', ['']],
];

// The prefixes of verbs: "mengatasi", "terkait", "dibangun", "bersama".
const VERB_PREFIXES = PREFIXES.filter(([prefix]) => /^(?:me|di|ber|be|ter)/.test(prefix));

/** Candidate stems of an Indonesian word by stripping one suffix and one prefix (rough on purpose). */
function stems(word: string, prefixes = PREFIXES, withBareBase = true): string[] {
  if (word.length < 5) return [];
  const out: string[] = [];
  const bases = [word, ...SUFFIXES.filter((s) => word.endsWith(s) && word.length - s.length >= 3).map((s) => word.slice(0, -s.length))];
  for (const base of bases) {
    if (base !== word && withBareBase) out.push(base);
    for (const [prefix, restores] of prefixes) {
      if (!base.startsWith(prefix) || base.length - prefix.length < 3) continue;
      for (const r of restores) out.push(r + base.slice(prefix.length));
    }
  }
  return out;
}

/** An all-caps token that is an acronym rather than a shouted word: a known
 * acronym, a word of the user's, or short/unpronounceable capitals (DPMPTSP, PPKM, KTP). */
export function isAcronymLike(word: string, dictionary: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (ACRONYMS.has(word.toUpperCase()) || dictionary.has(lower)) return true;
  if (isOrdinaryWord(lower)) return false;
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  const vowels = (word.match(VOWELS) ?? []).length;
  return letters <= 4 || vowels / letters < 0.3;
}

// II to XXXIX, in capitals: "BLT tahap III", "Kelas XII". Only I, V and X, so "DI", "MIX" and "CV" are not numerals.
const ROMAN_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A Roman numeral in capitals ("III", "IV", "XII"): a number, neither an acronym nor a shouted word. */
export function isRomanNumeral(word: string): boolean {
  return ROMAN_NUMERAL.test(word);
}

/** Words of Indonesian place names (provinces, regencies, districts, aliases). */
const PLACE_WORDS = new Set<string>();
for (const name of [...places.provinces, ...places.regencies.map((r) => r.name), ...places.districts, ...Object.keys(places.aliases)]) {
  for (const w of name.toLowerCase().split(/[\s-]+/)) PLACE_WORDS.add(w);
}
export function isPlaceWord(lower: string): boolean {
  return PLACE_WORDS.has(lower);
}

/** Words we know: the vocabulary, stopwords, words of place names and acronyms.
 * Used to split one-case hashtags into words. */
const KNOWN = new Set<string>([...wordData.id, ...wordData.en, ...stopwordData.id, ...stopwordData.en, ...PLACE_WORDS]);
for (const a of ACRONYMS.keys()) if (!a.includes(' ')) KNOWN.add(a.toLowerCase());

export function isKnownWord(lower: string): boolean {
  return KNOWN.has(lower);
}

// Built on first use: most posts never need it, and the engine's start stays as it was.
let listedId: ReadonlySet<string> | undefined;

/** Indonesian words exactly as listed, without stemming: the vocabulary's Indonesian side, the
 * dictionary and the stopwords. For rules that must know that a form itself is a word
 * ("ditutup", "kesehatan", "warga"), not only that it has a known stem. */
export function isListedIndonesianWord(lower: string): boolean {
  listedId ??= new Set<string>([...wordData.id, ...dictionaryId.words, ...stopwordData.id]);
  return listedId.has(lower);
}

/** The wording of chain messages and hoaxes (data/hoax-style.json): pressure to share, alarmist openers,
 * unnamed authority, clickbait; trust.hoax-style flags it, and a hoax clarification must not copy it. */
export const HOAX_STYLE = hoaxStyle;

/** Pressure to share, alarm words (they count only where they shout: isShoutedAlarm) and unnamed authority, as
 * people write them ("TOLONG DISEBARLUASKAN", "RT pls", "kata teman yang kerja di RS"): hoax-markers.ts. */
export { ALARM_WORDS, isNegatedShare, isShoutedAlarm, isSourceAdvice, SHARE_PRESSURE, UNNAMED_AUTHORITY } from './hoax-markers';
