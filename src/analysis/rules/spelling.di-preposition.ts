/** spelling.di-preposition: EYD V writes the prepositions "di" and "ke" apart ("di rumah",
 * "ke sana", "di mana") and the prefixes di- and ke- joined ("dibangun", "ditutup", "ketua",
 * "kedua", "kesehatan"). Prefix or preposition is decided with the dictionary: "di" + a verb
 * root whose passive and active forms are both words is the prefix; "di"/"ke" + a place is
 * the preposition. Where both readings are possible ("di lepas pantai", "dikali") it says nothing. */
import data from './spelling.di-preposition.json' with { type: 'json' };
import { finding, defineRule, type LineContext, type Localized } from '../rule';
import { isDiPlace, isListedIndonesianWord, NON_STANDARD } from '../lexicon';
import { isAllCaps, type Token } from '../text/tokens';
import type { Paragraph } from '../doc';
import type { Finding } from '../types';

const VERBS: ReadonlySet<string> = new Set(data.verbs);
const NOUNS_IN_KAN: ReadonlySet<string> = new Set(data.nounsEndingInKan);
const NOUNS_AFTER_DI: ReadonlySet<string> = new Set(data.nounsAfterDi);
const NOUN_PHRASES: ReadonlySet<string> = new Set(data.nounPhrases);
const JOINED_WORDS: ReadonlySet<string> = new Set(data.joinedWords);
const ORDINAL_CONTEXT: ReadonlySet<string> = new Set(data.ordinalContext);
const NUMBERS: ReadonlySet<string> = new Set(data.numbers);
interface KePrefixWord {
  word: string;
  /** Only before another word ("ketua RT"): at the end of a sentence "ke tua" is "to old". */
  needsNextWord: boolean;
  notFollowedBy: readonly string[];
  notInSentenceWith: readonly string[];
}
const KE_PREFIX_WORDS: ReadonlyMap<string, KePrefixWord> = new Map(Object.entries(data.kePrefixWords));

const isNonStandard = (lower: string) => NON_STANDARD.misspelt.has(lower) || NON_STANDARD.colloquial.has(lower);

/** The active meN- forms of a root ("tulis" → "menulis", "sampaikan" → "menyampaikan",
 * "perbaiki" → "memperbaiki", "cat" → "mengecat"): to tell a verb root from a noun. */
function activeForms(root: string): string[] {
  const out: string[] = [`menge${root}`];
  if (root.startsWith('per')) out.push(`mem${root}`);
  const c = root.charAt(0);
  const rest = root.slice(1);
  if ('aeiou'.includes(c)) out.push(`meng${root}`);
  else if ('bfv'.includes(c)) out.push(`mem${root}`);
  else if (c === 'p') out.push(`mem${rest}`, `mem${root}`);
  else if ('dcjz'.includes(c)) out.push(`men${root}`);
  else if (c === 't') out.push(`men${rest}`, `men${root}`);
  else if (c === 's') out.push(`meny${rest}`, `men${root}`);
  else if (c === 'k') out.push(`meng${rest}`, `meng${root}`);
  else if ('gh'.includes(c)) out.push(`meng${root}`);
  else if ('lmnrwy'.includes(c)) out.push(`me${root}`);
  return out;
}

/** A -kan verb ("sampaikan", "laksanakan") and not a noun in -an ("tumpukan", "peternakan", "pekan"):
 * the part before -kan is a word, the part before -an is not. */
function isKanVerb(word: string): boolean {
  return (
    word.length >= 6 &&
    word.endsWith('kan') &&
    !NOUNS_IN_KAN.has(word) &&
    isListedIndonesianWord(word.slice(0, -3)) &&
    !isListedIndonesianWord(word.slice(0, -2))
  );
}

/** "di" + `word` is the passive prefix written apart ("di tutup", "di sampaikan"); `next` is the word after. */
function takesPassiveDi(word: string, next: Token | undefined, gapToNext: string): boolean {
  if (word.length < 3 || NOUNS_AFTER_DI.has(word) || isDiPlace(word) || isNonStandard(word)) return false;
  // "di undang-undang", "di lepas pantai": a noun after all.
  if (/^\s*[-–]/.test(gapToNext)) return false;
  if (next && /^[ \t]+$/.test(gapToNext) && NOUN_PHRASES.has(`${word} ${next.lower}`)) return false;
  if (VERBS.has(word) || isKanVerb(word)) return true;
  const passive = `di${word}`;
  if (!isListedIndonesianWord(passive)) return false;
  // No word of its own ("di akibatkan"): only the prefix reading is left. Else the root must have an active form too.
  return !isListedIndonesianWord(word) || activeForms(word).some(isListedIndonesianWord);
}

/** The place after a "di"/"ke" written together ("dirumah" → "rumah", "kekantor" → "kantor"), if it is one. */
function joinedPlace(lower: string): string | undefined {
  if (lower.length <= 4 || isNonStandard(lower)) return undefined;
  // "dikali", "keluar", "keluarnya": words of their own.
  for (const w of JOINED_WORDS) if (lower.startsWith(w)) return undefined;
  const prefix = lower.slice(0, 2);
  if (prefix !== 'di' && prefix !== 'ke') return undefined;
  const place = lower.slice(2);
  if (!isDiPlace(place)) return undefined;
  if (prefix === 'ke') {
    // "keluar", "ketengah" are words; "kelapangan" is ke-lapang-an, not "ke lapangan".
    if (isListedIndonesianWord(lower) || (place.endsWith('an') && isListedIndonesianWord(place.slice(0, -2)))) return undefined;
  }
  return place;
}

const sameCase = (a: Token, b: Token) =>
  (b.text === b.lower && a.text.slice(1) === a.lower.slice(1)) || (isAllCaps(a.text) && isAllCaps(b.text));

const WHY_APART: Localized = {
  id: '“Di” dan “ke” sebagai kata depan (menunjukkan tempat atau arah) ditulis terpisah: di rumah, di mana, ke sana, ke kantor. Yang menempel hanya awalan: dibangun, ditutup, ketua, kedua.',
  en: 'Indonesian writes “di” (at/in) and “ke” (to) apart when they are prepositions: di rumah, di mana, ke sana, ke kantor. Only the prefixes are joined: dibangun, ditutup, ketua, kedua.',
};
const WHY_PASSIVE: Localized = {
  id: 'Awalan “di-” pada kata kerja pasif ditulis serangkai: dibangun, dilaksanakan, disampaikan. Yang terpisah hanya kata depan tempat: di rumah.',
  en: 'The passive prefix “di-” is joined to its verb: dibangun, dilaksanakan, disampaikan. Only the place preposition stands apart: di rumah.',
};
const WHY_KE: Localized = {
  id: 'Awalan “ke-” ditulis serangkai: ketua, kepada, kesehatan, kedua; angka ditulis dengan tanda hubung: ke-2, ke-80. Yang terpisah hanya kata depan arah: ke kantor.',
  en: 'The prefix “ke-” is joined to its word: ketua, kepada, kesehatan, kedua; with a figure it takes a hyphen: ke-2, ke-80. Only the preposition “ke” (to) stands apart: ke kantor.',
};

function push(out: Finding[], ctx: LineContext, p: Paragraph, start: number, end: number, replacement: string, why: Localized): void {
  const written = p.text.slice(start, end);
  const apart = replacement.includes(' ');
  out.push(
    finding(rule, ctx, p.text, {
      severity: 'warning',
      span: { start, end },
      message: apart
        ? { id: `“${written}” ditulis terpisah: “${replacement}”`, en: `“${written}” is written apart: “${replacement}”` }
        : { id: `“${written}” ditulis serangkai: “${replacement}”`, en: `“${written}” is written as one word: “${replacement}”` },
      why,
      fix: { start, end, replacement, label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` } },
    }),
  );
}

/** The tips for the word at `i` of a sentence's `words`, which starts with "di" or "ke". */
function checkWord(out: Finding[], ctx: LineContext, p: Paragraph, words: readonly Token[], i: number): void {
  const t = words[i]!;
  // "dirumah" → "di rumah", "kekantor" → "ke kantor"
  if (joinedPlace(t.lower) !== undefined) {
    push(out, ctx, p, t.start, t.end, `${t.text.slice(0, 2)} ${t.text.slice(2)}`, WHY_APART);
    return;
  }
  // "ke2" → "ke-2"
  if (/^ke\d+$/.test(t.lower)) {
    push(out, ctx, p, t.start, t.end, `${t.text.slice(0, 2)}-${t.text.slice(2)}`, WHY_KE);
    return;
  }
  if (t.lower !== 'di' && t.lower !== 'ke') return;
  const next = words[i + 1];
  if (!next || !/^[ \t]+$/.test(p.text.slice(t.end, next.start)) || !sameCase(t, next) || ctx.dictionary.has(next.lower)) return;
  const after = words[i + 2];
  const gapAfter = after ? p.text.slice(next.end, after.start) : p.text.slice(next.end);
  if (t.lower === 'di') {
    // "di bangun" → "dibangun"
    if (takesPassiveDi(next.lower, after, gapAfter)) push(out, ctx, p, t.start, next.end, `${t.text}${next.text}`, WHY_PASSIVE);
    return;
  }
  // "ke" + a number after a word that counts ("hari ke 3", "yang ke dua"): an ordinal.
  const before = words[i - 1];
  const ordinal = before !== undefined && ORDINAL_CONTEXT.has(before.lower) && /^[ \t]+$/.test(p.text.slice(before.end, t.start));
  if (ordinal && NUMBERS.has(next.lower)) {
    push(out, ctx, p, t.start, next.end, `${t.text}${next.text}`, WHY_KE);
    return;
  }
  const prefixWord = KE_PREFIX_WORDS.get(next.lower);
  if (prefixWord) {
    // "ke tua RT" → "ketua RT", but "dari (yang) muda ke tua" is the preposition (a word in the six before).
    const nextWord = after !== undefined && /^[ \t]+$/.test(gapAfter) ? after.lower : undefined;
    const preposition =
      (prefixWord.needsNextWord && nextWord === undefined) ||
      (nextWord !== undefined && prefixWord.notFollowedBy.includes(nextWord)) ||
      words.slice(Math.max(0, i - 6), i).some((w) => prefixWord.notInSentenceWith.includes(w.lower));
    if (!preposition) push(out, ctx, p, t.start, next.end, matchFirst(t.text, prefixWord.word), WHY_KE);
    return;
  }
  // "ke sehatan" → "kesehatan": the joined form is a word and the second half is none (nor a place).
  if (
    next.text === next.lower &&
    next.lower.length >= 3 &&
    isListedIndonesianWord(`ke${next.lower}`) &&
    !isListedIndonesianWord(next.lower) &&
    !isDiPlace(next.lower) &&
    !isNonStandard(next.lower)
  )
    push(out, ctx, p, t.start, next.end, `${t.text}${next.text}`, WHY_KE);
}

const rule = defineRule({
  id: 'spelling.di-preposition',
  offersDictionary: true,
  category: 'correctness',
  title: { id: 'Di dan ke: pisahkan kata depan, satukan awalan', en: 'Di and ke: write the preposition apart, the prefix joined' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    // Any sentence: "di"/"ke" + an Indonesian word is Indonesian, and a sentence's language may
    // change while the writer fixes it.
    for (const { words } of p.sentences)
      for (let i = 0; i < words.length; i++) {
        const t = words[i]!;
        // Only words that start with "di" or "ke" ("DI", "Ke") concern this rule.
        const c0 = t.lower.charCodeAt(0);
        const c1 = t.lower.charCodeAt(1);
        if (!((c0 === 0x64 && c1 === 0x69) || (c0 === 0x6b && c1 === 0x65)) || ctx.dictionary.has(t.lower)) continue;
        checkWord(out, ctx, p, words, i);
      }
    // "hari ke 3" → "hari ke-3": the figure is a number token, not a word.
    for (const s of p.sentences) {
      for (let k = 1; k + 1 < s.tokens.length; k++) {
        const ke = s.tokens[k]!;
        if (ke.lower !== 'ke') continue;
        const before = s.tokens[k - 1]!;
        const figure = s.tokens[k + 1]!;
        if (figure.kind !== 'number' || !/^\d{1,4}$/.test(figure.text) || before.kind !== 'word') continue;
        if (!ORDINAL_CONTEXT.has(before.lower) || !/^[ \t]+$/.test(p.text.slice(before.end, ke.start))) continue;
        if (!/^[ \t]+$/.test(p.text.slice(ke.end, figure.start)) || ctx.dictionary.has(ke.lower)) continue;
        push(out, ctx, p, ke.start, figure.end, `${ke.text}-${figure.text}`, WHY_KE);
      }
    }
    return out;
  },
});

/** The joined word in the case the writer used for "ke" ("Ke tua" → "Ketua", "KE TUA" → "KETUA"). */
function matchFirst(written: string, word: string): string {
  if (isAllCaps(written)) return word.toUpperCase();
  return written.charAt(0) === written.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export default rule;
