/** Indonesian morphology: is a word a form of a dictionary word? Undoes, outside in, the
 * clitics (ku-, kau-; -lah, -kah, -tah, -pun; -nya, -ku, -mu), one derivational suffix (-kan,
 * -i, -an), up to three prefixes in an order Indonesian allows, with the nasal sound changes of
 * meN- and peN- (tulis → menulis, sapu → menyapu, ambil → mengambil, pukul → memukul, kirim →
 * mengirim, cat → mengecat), di-, ber-, ter-, ke-, se-, per- (so memper- and diper-), the bound
 * forms written joined (antar-, pasca-, non-, tidak- in ke-…-an …), the suffixes of borrowed words
 * (-isme, -isasi, -itas, -is, -ik, -al, -or, -wan, -wati), partial reduplication
 * (wewenang, pepohonan), a compound inside a confix (pertanggungjawaban), and reduplication
 * (rumah-rumah, berlari-lari, kemerah-merahan, tembak-menembak, sayur-mayur, bolak-balik).
 * `stems` decides what a base word is; nothing here knows any word list. */

/** What the analyser asks about a candidate base. */
export interface StemSet {
  has(word: string): boolean;
  /** Words known as they are, without affixes (English words, acronyms): they make a half of a
   * hyphenated word (e-mail, KTP-nya) but take no affix. */
  known?(word: string): boolean;
  /** Whether the stem takes affixes and clitics (rare or very short dictionary entries do not:
   * "gun" makes no "menggunkan"). Without it every stem does. */
  productive?(word: string): boolean;
}

/** How a word was read: its stem and the affixes around it, outermost first. */
export interface Parse {
  stem: string;
  prefixes: string[];
  suffix: string;
  clitics: string[];
}

const VOWEL = /^[aeiou]/;
const HAS_VOWEL = /[aeiou]/;
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];
/** Suffixes of borrowed words on a borrowed stem (ekstremisme, kanonisasi, finalis, vulkanik,
 * doktoral, suksesor, ilmuwan): no prefix goes with them here, only clitics. */
const LOAN_SUFFIXES = ['isme', 'isasi', 'itas', 'wati', 'wan', 'is', 'ik', 'al', 'or'];
/** Bound forms that EYD writes joined to the next word (antarwarga, pascabencana, nonaktif,
 * ketidakadilan); the word after them must itself be a word of four letters or more. */
export const BOUND_FORMS: readonly string[] = [
  'antar',
  'pasca',
  'non',
  'pra',
  'swa',
  'multi',
  'anti',
  'sub',
  'super',
  'ultra',
  'eks',
  'tuna',
  'maha',
  'serba',
  'dwi',
  'tri',
  'panca',
  'ekstra',
  'semi',
  'inter',
  'intra',
  'mikro',
  'makro',
  'purna',
  'tidak',
  'tak',
];
/** Numerals take ke- alone (kedua, ketiga); other words take it only with -an (kesehatan). */
const NUMERALS = new Set([
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
  'seratus',
  'seribu',
  'sekian',
  'berapa',
]);
/** Outermost prefix and suffix that do not go together (Nazief and Adriani's list, plus peN- with -kan/-i). */
const CLASH: Record<string, readonly string[]> = {
  ber: ['i'],
  di: ['an'],
  me: ['an'],
  pe: ['kan', 'i'],
  se: ['i', 'kan'],
  ter: ['an'],
};
/** Which prefix may sit inside which (memperbaiki, diberdayakan, keberhasilan, berpengalaman,
 * pemberdayaan, pengetahuan, keterbukaan, ketidakadilan); "bound" is any bound form. The outermost may be any. */
const INNER: Record<string, readonly string[]> = {
  me: ['per', 'ber', 'ke', 'pe'],
  di: ['per', 'ber', 'ke', 'pe'],
  ber: ['ke', 'pe', 'se', 'per'],
  ter: ['per', 'ber', 'ke'],
  ke: ['ber', 'ter', 'se', 'pe', 'per', 'bound'],
  pe: ['ber', 'per', 'ke'],
  per: [],
  se: ['per', 'pe'],
  redup: [],
  bound: [],
};
const MAX_PREFIXES = 3;
const MAX_LENGTH = 40;

/** One vowel group: the stems that take menge-/penge- (cat → mengecat, bom → pengebom). */
const oneSyllable = (s: string) => /^[^aeiou]*[aeiou]+[^aeiou]*$/.test(s);

/** The bases a prefixed word may come from, each with the prefix's family: "menulis" →
 * ["tulis", "me"], "memperbaiki" → ["perbaiki", "me"], "bekerja" → ["kerja", "ber"]. A base
 * whose p was dropped by meN-/peN- is marked "p" (memukul → pukul): it is a stem, never per- again. */
function unprefix(w: string): [string, string][] {
  const out: [string, string][] = [];
  const add = (base: string, family: string) => {
    if (base.length >= 2) out.push([base, family]);
  };
  for (const family of ['me', 'pe'] as const) {
    if (!w.startsWith(family)) continue;
    const r = w.slice(2);
    if (r.startsWith('nge') && oneSyllable(r.slice(3))) add(r.slice(3), family);
    if (r.startsWith('ng')) {
      const x = r.slice(2);
      if (VOWEL.test(x)) {
        add(x, family);
        add(`k${x}`, family);
      } else if (/^[ghk]/.test(x)) add(x, family);
    } else if (r.startsWith('ny')) {
      const x = r.slice(2);
      if (VOWEL.test(x)) add(`s${x}`, family);
    } else if (r.startsWith('m')) {
      const x = r.slice(1);
      if (VOWEL.test(x)) add(`p${x}`, `${family}:p`);
      else if (/^[bfvp]/.test(x)) add(x, family);
    } else if (r.startsWith('n')) {
      const x = r.slice(1);
      if (VOWEL.test(x)) add(`t${x}`, family);
      else if (/^[cdjzts]/.test(x)) add(x, family);
    }
    // me-/pe- before l, m, n, r, w, y, ng, ny (melihat, memasak, menanti, merasa, menyanyi).
    if (/^[lmnrwy]/.test(r)) add(r, family);
    if (family === 'pe') {
      // per- and pe- with its agent and place nouns: perbaikan, petani, pekerjaan, pedesaan, pelajar.
      if (r.startsWith('r')) add(r.slice(1), 'per');
      if (r.startsWith('lajar')) add(r.slice(1), 'per');
      if (/^[^aeiou]/.test(r)) add(r, 'pe');
    }
  }
  if (w.startsWith('ber')) add(w.slice(3), 'ber');
  // be- before r and before a first syllable in -er (berantai, bekerja, beternak), bel- in belajar.
  if (w.startsWith('be') && (w[2] === 'r' || /^[^aeiou]er/.test(w.slice(2)))) add(w.slice(2), 'ber');
  if (w.startsWith('belajar')) add(w.slice(3), 'ber');
  if (w.startsWith('ter')) add(w.slice(3), 'ter');
  if (w.startsWith('te') && (w[2] === 'r' || /^[^aeiou]er/.test(w.slice(2)))) add(w.slice(2), 'ter');
  for (const p of ['di', 'ke', 'se'] as const) if (w.startsWith(p)) add(w.slice(2), p);
  // Partial reduplication: the first consonant again with e (wewenang, pepohonan, leluhur, dedaunan).
  if (w[1] === 'e' && w[0] === w[2] && !VOWEL.test(w)) add(w.slice(2), 'redup');
  for (const bound of BOUND_FORMS) if (w.startsWith(bound) && w.length - bound.length >= 4) add(w.slice(bound.length), 'bound');
  return out;
}

const productive = (stems: StemSet, stem: string) => HAS_VOWEL.test(stem) && (stems.productive?.(stem) ?? true);

/** Whether `base` splits into two stems of three letters or more (tanggungjawab, tindaklanjut). */
function compound(base: string, stems: StemSet): boolean {
  for (let i = 3; i <= base.length - 3; i++) if (stems.has(base.slice(0, i)) && stems.has(base.slice(i))) return true;
  return false;
}

/** The parse of `w` without clitics: a stem, or a productive stem with a suffix and prefixes. */
function derive(w: string, stems: StemSet): Parse | null {
  if (stems.has(w)) return { stem: w, prefixes: [], suffix: '', clitics: [] };
  for (const suffix of ['', ...SUFFIXES]) {
    if (suffix !== '' && (!w.endsWith(suffix) || w.length - suffix.length < 3)) continue;
    const base = w.slice(0, w.length - suffix.length);
    // No -i after a final i ("prestasii"): the vowel is typed twice.
    if (suffix === 'i' && base.endsWith('i')) continue;
    if (suffix !== '' && stems.has(base) && productive(stems, base)) return { stem: base, prefixes: [], suffix, clitics: [] };
    const found = prefixed(base, suffix, [], stems);
    if (found) return found;
  }
  for (const suffix of LOAN_SUFFIXES) {
    const base = w.slice(0, w.length - suffix.length);
    // On a borrowed stem, which ends in a consonant (vulkan-ik, doktor-al, final-is; not selesa-ik).
    if (w.endsWith(suffix) && base.length >= 5 && !/[aeiou]$/.test(base) && stems.has(base))
      return { stem: base, prefixes: [], suffix, clitics: [] };
  }
  return null;
}

function prefixed(w: string, suffix: string, outer: readonly string[], stems: StemSet): Parse | null {
  if (outer.length === MAX_PREFIXES) return null;
  const last = outer[outer.length - 1];
  for (const [base, marked] of unprefix(w)) {
    const [family, dropped] = marked.split(':') as [string, string | undefined];
    if (last !== undefined && !INNER[last]!.includes(family)) continue;
    if (outer.length === 0 && CLASH[family]?.includes(suffix)) continue;
    const prefixes = [...outer, family];
    // ber- makes a verb of any noun (bernuansa, berlogo, berformat): the stem need not be listed as productive.
    if (stems.has(base) && (productive(stems, base) || (family === 'ber' && base.length >= 4))) {
      if (keFits(prefixes, base, suffix)) return { stem: base, prefixes, suffix, clitics: [] };
      continue;
    }
    // A compound inside a confix: pertanggungjawaban, ditindaklanjuti, kewarganegaraan.
    if (suffix !== '' && base.length >= 6 && compound(base, stems)) {
      if (keFits(prefixes, base, suffix)) return { stem: base, prefixes, suffix, clitics: [] };
      continue;
    }
    // memukul is meN- + pukul, and pukul a stem: a p that meN- dropped never starts per- (memperkuat keeps it).
    if (dropped) continue;
    const inner = prefixed(base, suffix, prefixes, stems);
    if (inner) return inner;
  }
  return null;
}

/** ke- comes with -an (kesehatan, keberhasilan), alone on a numeral (kedua), with -i on tahu
 * and hendak (ketahui), and inside another prefix (terkemuka, mengesampingkan, diketahui). */
function keFits(prefixes: readonly string[], stem: string, suffix: string): boolean {
  const at = prefixes.indexOf('ke');
  if (at === -1 || suffix === 'an' || at > 0) return true;
  if (suffix === '') return prefixes.length === 1 && NUMERALS.has(stem);
  return suffix === 'i' && (stem === 'tahu' || stem === 'hendak');
}

/** `w` less its clitics, each way they can be read: "bukunyalah" → "bukunya" (-lah), "buku" (-nya-lah). */
function declitic(w: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  const withProclitics = (core: string, clitics: string[]) => {
    if (clitics.length > 0) out.push([core, clitics]);
    for (const p of ['kau', 'ku']) if (core.startsWith(p) && core.length - p.length >= 3) out.push([core.slice(p.length), [p, ...clitics]]);
  };
  withProclitics(w, []);
  for (const particle of ['', ...PARTICLES]) {
    if (particle !== '' && (!w.endsWith(particle) || w.length - particle.length < 3)) continue;
    const a = w.slice(0, w.length - particle.length);
    if (particle !== '') withProclitics(a, [particle]);
    for (const possessive of POSSESSIVES) {
      if (!a.endsWith(possessive) || a.length - possessive.length < 3) continue;
      withProclitics(a.slice(0, a.length - possessive.length), particle === '' ? [possessive] : [possessive, particle]);
    }
  }
  return out;
}

/** How `word` (lower case) is a form of a word of `stems`, or null. */
export function analyse(word: string, stems: StemSet): Parse | null {
  if (word.length > MAX_LENGTH || word.length === 0) return null;
  if (stems.has(word)) return { stem: word, prefixes: [], suffix: '', clitics: [] };
  if (word.includes('-')) return hyphenated(word, stems);
  const bare = derive(word, stems);
  if (bare) return bare;
  for (const [core, clitics] of declitic(word)) {
    const parse = derive(core, stems);
    // A clitic sits on any word but a very short entry the dictionary gives no affixes ("tel-lah", "ia-mu").
    if (parse && (parse.prefixes.length > 0 || parse.suffix !== '' || parse.stem.length > 3 || productive(stems, parse.stem)))
      return { ...parse, clitics };
  }
  return null;
}

/** Whether `word` (lower case) is a form of a word of `stems`. */
export function isWordForm(word: string, stems: StemSet): boolean {
  return analyse(word, stems) !== null;
}

/** A hyphenated word: reduplication (rumah-rumah, berlari-lari, memukul-mukul, kemerah-merahan,
 * tembak-menembak, sayur-mayur, bolak-balik, anak-anaknya), a compound of words (tanya-jawab),
 * e- before a word (e-mail) or a clitic after a name or acronym (KTP-nya). */
function hyphenated(word: string, stems: StemSet): Parse | null {
  const parts = word.split('-');
  if (parts.length !== 2 || parts[0]!.length === 0 || parts[1]!.length === 0) return null;
  const [a, b] = parts as [string, string];
  if (POSSESSIVES.includes(b) || PARTICLES.includes(b)) return { stem: a, prefixes: [], suffix: '', clitics: [b] };
  const half = (w: string) => analyse(w, stems) ?? (stems.known?.(w) ? { stem: w, prefixes: [], suffix: '', clitics: [] } : null);
  const left = half(a);
  const right = half(b);
  if (a === 'e' && right) return { ...right, stem: word };
  // Both halves words: rumah-rumah, berlari-lari, tembak-menembak, anak-anaknya, tanya-jawab.
  if (left && right) return { ...right, stem: word };
  // The second half repeats the end of the first: memukul-mukul, mengada-ada.
  if (left && a.endsWith(b)) return { ...left, stem: word };
  // An affix around the repeated base: kemerah-merahan, sebaik-baiknya, bersalam-salaman.
  for (let i = 1; i < a.length - 1; i++) {
    const x = a.slice(i);
    if (!b.startsWith(x) || b === x) continue;
    const parse = analyse(a + b.slice(x.length), stems);
    if (parse && parse.stem === x) return { ...parse, stem: word };
  }
  // Sound-changing reduplication: one half a word, the other the same but for its first
  // consonant (sayur-mayur, lauk-pauk) or its vowels (bolak-balik, mondar-mandir).
  if ((left || right) && a.length === b.length && a.length >= 3) {
    const firstOnly = a.slice(1) === b.slice(1) && !VOWEL.test(a) && !VOWEL.test(b);
    const vowelsOnly = a.replace(/[aeiou]/g, '_') === b.replace(/[aeiou]/g, '_');
    if (firstOnly || vowelsOnly) return { ...(left ?? right)!, stem: word };
  }
  return null;
}
