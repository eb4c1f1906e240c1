/** spelling.reduplication: EYD V writes a reduplicated word with a hyphen ("anak-anak",
 * "pelan-pelan", "berlari-lari"), not with a digit or ² ("anak2", "warga²") nor with a space
 * ("pelan pelan", "masing masing"). Only where the hyphenated form is right: a digit after a
 * dictionary word means a reduplication ("warga2"), except after a noun that numbers follow
 * ("kelas2" may be "kelas 2"); two words apart only when the hyphenated form is attested
 * ("pelan-pelan"), as a doubled word may be a slip ("luar negeri negeri", "yang yang"). */
import data from './spelling.reduplication.json' with { type: 'json' };
import { finding, defineRule, type Localized } from '../rule';
import { isDiPlace, isListedIndonesianWord, isStopword, NON_STANDARD } from '../lexicon';
import { isAllCaps, type Token } from '../text/tokens';
import type { Sentence } from '../doc';
import type { Finding } from '../types';

const ATTESTED: ReadonlySet<string> = new Set(data.attested);
/** The first halves of the attested forms: a word that is none starts no reduplication written apart. */
const FIRST_HALVES: ReadonlySet<string> = new Set(data.attested.map((w) => w.slice(0, w.indexOf('-'))));
const NOT_DOUBLED: ReadonlySet<string> = new Set(data.notDoubled);
const NUMBERED_NOUNS: ReadonlySet<string> = new Set(data.numberedNouns);

const DIGIT_FORM = /^(\p{L}{3,})[2²](\p{L}*)$/u;
const SUFFIXES = new Set(['', 'nya', 'an', 'lah', 'kah', 'pun', 'ku', 'mu']);
/** Prefixes after which only the root repeats: "berlari-lari", "dipukul-pukul", "sebaik-baiknya". */
const PREFIXES = ['memper', 'diper', 'meng', 'meny', 'mem', 'men', 'ber', 'ter', 'me', 'di', 'se', 'ke'];
/** Verb prefixes whose root may repeat alone: a word that may carry one is ambiguous unless attested. */
const VERB_PREFIX: readonly [string, readonly string[]][] = [
  ['meng', ['', 'k']],
  ['meny', ['s']],
  ['mem', ['', 'p']],
  ['men', ['', 't']],
  ['me', ['']],
  ['ber', ['']],
  ['ter', ['']],
  ['di', ['']],
];

const isNonStandard = (lower: string) => NON_STANDARD.misspelt.has(lower) || NON_STANDARD.colloquial.has(lower);
/** "dirumah", "kekantor": spelling.di-preposition's word. */
const isJoinedPlace = (lower: string) => (lower.startsWith('di') || lower.startsWith('ke')) && isDiPlace(lower.slice(2));

/** A root that `base` may be a verb of ("berkas" → "kas", "menteri" → "teri"): then "berkas2" might be "berkas-kas". */
function hasVerbRoot(base: string): boolean {
  for (const [prefix, restores] of VERB_PREFIX) {
    if (!base.startsWith(prefix) || base.length - prefix.length < 3) continue;
    if (restores.some((r) => isListedIndonesianWord(r + base.slice(prefix.length)))) return true;
  }
  return false;
}

/** The hyphenated form of `base` + 2 + `suffix` ("anak", "nya" → "anak-anaknya"), or undefined when unsure. */
function reduplicate(base: string, suffix: string): string | undefined {
  const partials: [string, string][] = [];
  for (const prefix of PREFIXES)
    if (base.startsWith(prefix) && base.length - prefix.length >= 3) partials.push([prefix, base.slice(prefix.length)]);
  for (const [, root] of partials) if (ATTESTED.has(`${base}-${root}${suffix}`)) return `${base}-${root}${suffix}`;
  const full = `${base}-${base}${suffix}`;
  if (ATTESTED.has(full)) return full;
  // se-…-nya and ke-…-an repeat the root: "sebesar-besarnya", "kemerah-merahan".
  for (const [prefix, root] of partials)
    if (((prefix === 'se' && suffix === 'nya') || (prefix === 'ke' && suffix === 'an')) && isListedIndonesianWord(root))
      return `${base}-${root}${suffix}`;
  if (!isListedIndonesianWord(base) || hasVerbRoot(base) || isStopword(base)) return undefined;
  return full;
}

/** The writer's case on the hyphenated form: "Anak2" → "Anak-anak", "ANAK2" → "ANAK-ANAK". */
function inCase(written: string, lower: string): string {
  if (isAllCaps(written)) return lower.toUpperCase();
  return written.charAt(0) !== written.charAt(0).toLowerCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** Lower case, or capitalised as the sentence's first word, or all capitals. */
const plainCase = (t: Token, s: Sentence) =>
  t.text === t.lower || isAllCaps(t.text) || (t.start === s.start && t.text.slice(1) === t.lower.slice(1));

const WHY: Localized = {
  id: 'Menurut EYD V, kata ulang ditulis dengan tanda hubung: anak-anak, pelan-pelan, berlari-lari, sebaik-baiknya. Angka 2 atau spasi hanya cocok untuk obrolan.',
  en: 'EYD V writes a reduplicated word with a hyphen: anak-anak, pelan-pelan, berlari-lari, sebaik-baiknya. A 2 or a space is chat shorthand.',
};

const rule = defineRule({
  id: 'spelling.reduplication',
  category: 'correctness',
  title: { id: 'Kata ulang: tulis dengan tanda hubung', en: 'Reduplicated words: write them with a hyphen' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    const severity = ctx.audience === 'youth' ? 'suggestion' : 'warning';
    const add = (start: number, end: number, replacement: string) => {
      const written = p.text.slice(start, end);
      out.push(
        finding(rule, ctx, p.text, {
          severity,
          span: { start, end },
          message: {
            id: `Kata ulang ditulis “${replacement}”, bukan “${written}”`,
            en: `Write the reduplication “${replacement}”, not “${written}”`,
          },
          why: WHY,
          fix: { start, end, replacement, label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` } },
        }),
      );
    };
    // Any sentence: the words must be Indonesian ones (an English sentence has no "warga2"), and a
    // sentence's language may change while the writer fixes it.
    for (const s of p.sentences) {
      const { words } = s;
      for (let i = 0; i < words.length; i++) {
        const t = words[i]!;
        const hasDigit = t.lower.includes('2') || t.lower.includes('²');
        // Most words: neither a digit form nor the first half of a reduplication in use.
        if ((!hasDigit && !FIRST_HALVES.has(t.lower)) || ctx.dictionary.has(t.lower) || !plainCase(t, s)) continue;
        // "anak2", "warga²", "anak2nya"
        const digit = hasDigit ? DIGIT_FORM.exec(t.lower) : null;
        if (digit) {
          const [, base, suffix] = digit as unknown as [string, string, string];
          if (!SUFFIXES.has(suffix) || isNonStandard(t.lower) || NUMBERED_NOUNS.has(base) || isJoinedPlace(base)) continue;
          const lower = reduplicate(base, suffix);
          if (lower !== undefined) add(t.start, t.end, inCase(t.text, lower));
          continue;
        }
        // "pelan pelan", "berlari lari", "satu satunya": two words, only spaces between.
        const next = words[i + 1];
        if (!next || !/^[ \t]+$/.test(p.text.slice(t.end, next.start)) || ctx.dictionary.has(next.lower)) continue;
        if (!(next.text === next.lower || (isAllCaps(t.text) && isAllCaps(next.text)))) continue;
        const [a, b] = [t.lower, next.lower];
        if (/\d|-/.test(a + b) || isNonStandard(a) || isNonStandard(b) || isJoinedPlace(a)) continue;
        const joined = `${a}-${b}`;
        // Only reduplications in use: a doubled word may be a slip ("luar negeri negeri", "yang yang").
        if (!ATTESTED.has(joined) || (a === b && NOT_DOUBLED.has(a))) continue;
        // A third copy ("pelan pelan pelan") is no reduplication to hyphenate.
        const before = words[i - 1];
        const after = words[i + 2];
        if (before && (before.lower === a || before.lower === b) && /^[ \t]+$/.test(p.text.slice(before.end, t.start))) continue;
        if (after && (after.lower === a || after.lower === b) && /^[ \t]+$/.test(p.text.slice(next.end, after.start))) continue;
        add(t.start, next.end, `${t.text}-${next.text}`);
        i++;
      }
    }
    return out;
  },
});

export default rule;
