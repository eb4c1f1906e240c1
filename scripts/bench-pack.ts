/** A large organisation style pack for the benchmarks: `terms` glossary acronyms, preferred
 * terms and banned terms each (made-up words, a few of them found in the bench posts), as an
 * organisation with a long style guide would have. Deterministic: the same pack every run. */
import type { StylePackFile } from '../src/settings/style-pack';

const SYLLABLES = ['ka', 'ri', 'mu', 'ta', 'se', 'lo', 'nu', 'pa', 'di', 'go', 'be', 'ra', 'ni', 'su', 'we', 'ja'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Words posts use often: phrases starting with them put many entries under one first word. */
const COMMON = ['warga', 'kota', 'jalan', 'bantuan', 'layanan', 'dinas', 'sungai', 'pukul'];

/** A made-up word for `n`: three or more syllables, different for every n. */
function word(n: number): string {
  let out = '';
  let k = n;
  do {
    out += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return out.length < 6 ? `${out}${SYLLABLES[n % 7]}${SYLLABLES[(n >> 3) % 11]}` : out;
}

/** A made-up acronym for `n` (three letters and more, upper case). */
function acronym(n: number): string {
  let out = '';
  let k = n + 26 * 26;
  while (k > 0) {
    out = LETTERS[k % 26] + out;
    k = Math.floor(k / 26);
  }
  return `X${out}`;
}

/** Every tenth entry starts with a common word ("warga kamurita"); the others are one or two made-up words. */
const phrase = (n: number) =>
  n % 10 === 0 ? `${COMMON[(n / 10) % COMMON.length]} ${word(n)}` : n % 3 === 0 ? `${word(n)} ${word(n + 7)}` : word(n);

/** Terms per list in the benchmarks' pack: the format's limit (STYLE_PACK_LIMITS.terms). */
export const PACK_TERMS = 10_000;

export function largePack(terms: number): StylePackFile {
  return {
    formatVersion: 1,
    name: `Organisasi Uji (${terms} istilah)`,
    hashtags: { required: ['#CendanaSiaga'], suggested: ['#CendanaMelayani'] },
    contacts: { hotline: '112', website: 'https://cendanakota.go.id', handles: ['@pemkotcendana'] },
    timeZone: 'WIB',
    glossary: Object.fromEntries(
      Array.from({ length: terms }, (_, i) => [acronym(i), `Badan ${word(i)} ${word(i + 1)} Kota Cendana`] as const),
    ),
    preferredTerms: [
      { avoid: 'arus deras', use: 'arus kuat', reason: 'Istilah panduan gaya.' },
      ...Array.from({ length: terms - 1 }, (_, i) => ({ avoid: phrase(i + terms), use: word(i + 3 * terms) })),
    ],
    bannedTerms: [
      { term: 'menyeberang', reason: 'Contoh istilah terlarang.' },
      ...Array.from({ length: terms - 1 }, (_, i) => ({ term: phrase(i + 2 * terms) })),
    ],
  };
}
