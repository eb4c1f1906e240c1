import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type StemSet } from '../../../src/analysis/text/morphology';
import { loadSpeller } from '../../../src/analysis/text/speller-loader';
import { packSorted, slipCost, unpackSorted, type Speller } from '../../../src/analysis/text/speller';

/** A small dictionary: the analyser knows no word list of its own. */
const STEMS = new Set([
  'tulis',
  'sapu',
  'ambil',
  'pukul',
  'kirim',
  'cat',
  'rumah',
  'sayur-mayur',
  'lari',
  'merah',
  'baik',
  'sehat',
  'perintah',
  'guna',
  'gun',
  'tanggung',
  'jawab',
  'tahu',
  'buku',
  'dua',
  'kuat',
  'daya',
  'hasil',
  'adil',
  'tidak',
  'warga',
  'bencana',
  'wenang',
  'pohon',
  'tembak',
  'balik',
]);
const small: StemSet = { has: (w) => STEMS.has(w), productive: (w) => w !== 'gun' };
const read = (word: string) => {
  const p = analyse(word, small);
  return p && [p.stem, p.prefixes.join('+'), p.suffix, p.clitics.join('+')];
};

describe('Indonesian morphology (text/morphology.ts)', () => {
  it('undoes meN- and peN- with their sound changes', () => {
    expect(read('menulis')).toEqual(['tulis', 'me', '', '']);
    expect(read('menyapu')).toEqual(['sapu', 'me', '', '']);
    expect(read('mengambil')).toEqual(['ambil', 'me', '', '']);
    expect(read('memukul')).toEqual(['pukul', 'me', '', '']);
    expect(read('mengirim')).toEqual(['kirim', 'me', '', '']);
    expect(read('mengecat')).toEqual(['cat', 'me', '', '']);
    expect(read('pemerintah')).toEqual(['perintah', 'pe', '', '']);
    expect(read('penulis')).toEqual(['tulis', 'pe', '', '']);
  });
  it('reads di-, ber-, ter-, ke-, se-, per-, memper- and diper-, with -kan, -i and -an', () => {
    expect(read('ditulis')).toEqual(['tulis', 'di', '', '']);
    expect(read('berlari')).toEqual(['lari', 'ber', '', '']);
    expect(read('terambil')).toEqual(['ambil', 'ter', '', '']);
    expect(read('sebaik')).toEqual(['baik', 'se', '', '']);
    expect(read('kedua')).toEqual(['dua', 'ke', '', '']);
    expect(read('memperkuat')).toEqual(['kuat', 'me+per', '', '']);
    expect(read('diperkuat')).toEqual(['kuat', 'di+per', '', '']);
    expect(read('menuliskan')).toEqual(['tulis', 'me', 'kan', '']);
    expect(read('memperbaiki')).toEqual(['baik', 'me+per', 'i', '']);
    expect(read('menggunakan')).toEqual(['guna', 'me', 'kan', '']);
    expect(read('tulisan')).toEqual(['tulis', '', 'an', '']);
  });
  it('reads the confixes ke-…-an, per-…-an, pe-…-an, and prefixes inside them', () => {
    expect(read('kesehatan')).toEqual(['sehat', 'ke', 'an', '']);
    expect(read('pemerintahan')).toEqual(['perintah', 'pe', 'an', '']);
    expect(read('perbaikan')).toEqual(['baik', 'per', 'an', '']);
    expect(read('keberhasilan')).toEqual(['hasil', 'ke+ber', 'an', '']);
    expect(read('pemberdayaan')).toEqual(['daya', 'pe+ber', 'an', '']);
    expect(read('ketidakadilan')?.slice(1, 3)).toEqual(['ke', 'an']);
    expect(read('pertanggungjawaban')).toEqual(['tanggungjawab', 'per', 'an', '']);
    expect(read('antarwarga')).toEqual(['warga', 'bound', '', '']);
    expect(read('pascabencana')).toEqual(['bencana', 'bound', '', '']);
  });
  it('strips the clitics -nya, -ku, -mu, -lah, -kah, -pun, -tah, ku- and kau-', () => {
    expect(read('bukunya')).toEqual(['buku', '', '', 'nya']);
    expect(read('bukunyalah')).toEqual(['buku', '', '', 'nya+lah']);
    expect(read('rumahmu')).toEqual(['rumah', '', '', 'mu']);
    expect(read('bukukah')).toEqual(['buku', '', '', 'kah']);
    expect(read('rumahpun')).toEqual(['rumah', '', '', 'pun']);
    expect(read('kutulis')).toEqual(['tulis', '', '', 'ku']);
    expect(read('kautulis')).toEqual(['tulis', '', '', 'kau']);
    expect(read('menuliskannya')).toEqual(['tulis', 'me', 'kan', 'nya']);
  });
  it('reads reduplication: full, with affixes, with a sound change, and partial', () => {
    expect(read('rumah-rumah')).not.toBeNull();
    expect(read('berlari-lari')).not.toBeNull();
    expect(read('kemerah-merahan')).toEqual(['kemerah-merahan', 'ke', 'an', '']);
    expect(read('memukul-mukul')).not.toBeNull();
    expect(read('tembak-menembak')).not.toBeNull();
    expect(read('bolak-balik')).not.toBeNull();
    expect(read('sayur-mayur')).not.toBeNull();
    expect(read('rumah-rumahnya')).not.toBeNull();
    expect(read('wewenang')).toEqual(['wenang', 'redup', '', '']);
    expect(read('pepohonan')?.[0]).toBe('pohon');
  });
  it('keeps to what Indonesian allows: no word from a slip, a clash or a rare stem', () => {
    // ke- alone is for numerals; meN- never goes inside di-; -i never doubles a final i.
    expect(read('kerumah')).toBeNull();
    expect(read('dimenulis')).toBeNull();
    expect(read('larii')).toBeNull();
    // A stem that takes no affixes makes no derived word ("menggunkan" is a slip on "menggunakan").
    expect(read('menggunkan')).toBeNull();
    expect(read('kesehtan')).toBeNull();
    expect(read('rumah-rumha')).toBeNull();
  });
});

describe('the speller (text/speller.ts) over the real dictionary', () => {
  let sp: Speller;
  beforeAll(async () => {
    sp = await loadSpeller();
  });

  it('knows affixed and reduplicated forms of dictionary words', () => {
    for (const word of [
      'menulis',
      'menyapu',
      'mengambil',
      'memukul',
      'mengirim',
      'pemerintah',
      'kesehatan',
      'menggunakan',
      'pertanggungjawaban',
      'dipertanggungjawabkan',
      'ketidakadilan',
      'memperbaiki',
      'keberhasilan',
      'pemberdayaan',
      'diketahui',
      'mengetahui',
      'rumah-rumah',
      'sayur-mayur',
      'bolak-balik',
      'berlari-lari',
      'kemerah-merahan',
      'ditindaklanjuti',
      'kewarganegaraan',
      'penanggulangan',
      'penyelenggaraan',
      'wewenang',
      'KTP-nya'.toLowerCase(),
      'e-mail',
    ])
      expect(sp.isWord(word), word).toBe(true);
  });
  it('does not take slips for words', () => {
    for (const word of ['pemerintha', 'kesehtan', 'menggunkan', 'peringatn', 'mengunakan', 'masyrakat', 'pendaftran'])
      expect(sp.isWord(word), word).toBe(false);
  });
  it('suggests the right word first for common slips, the nearest and most frequent first', () => {
    const first = (w: string) => sp.suggest(w)[0]?.word;
    expect(first('pemerintha')).toBe('pemerintah');
    expect(first('kesehtan')).toBe('kesehatan');
    expect(first('menggunkan')).toBe('menggunakan');
    expect(first('peringatn')).toBe('peringatan');
    expect(first('pemerinntah')).toBe('pemerintah');
    expect(first('masyrakat')).toBe('masyarakat');
    // A form the ranking list lacks is built from the typo's own affixes: pangkal + -an.
    expect(first('pahgkalan')).toBe('pangkalan');
    // A name the dictionary writes with a capital keeps it.
    expect(first('oktobbe')).toBe('Oktober');
    const found = sp.suggest('kesehtan');
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found.map((s) => s.cost)).toEqual([...found.map((s) => s.cost)].sort((a, b) => a - b));
  });
  it('costs likely slips less: a neighbouring key, a swap, a doubled or dropped letter', () => {
    expect(slipCost('pemerinntah', 'pemerintah')).toBeLessThan(slipCost('pemerinxtah', 'pemerintah'));
    expect(slipCost('pemerintha', 'pemerintah')).toBeLessThan(1);
    expect(slipCost('kesehtan', 'kesehatan')).toBeLessThan(slipCost('kesehxtan', 'kesehatan'));
    // f/v/p and a key next to the right one cost less than any other substitution.
    expect(slipCost('aktifitas', 'aktivitas')).toBeLessThan(slipCost('aktimitas', 'aktivitas'));
    expect(slipCost('rumsh', 'rumah')).toBeLessThan(slipCost('rumoh', 'rumah'));
  });
  it('packs sorted word lists front-coded, with marks, and back', () => {
    const words = ['abad', 'abadi', 'abah', 'bulan'];
    const packed = packSorted(words, (w) => (w === 'abadi' ? '+' : ''));
    expect(packed).toBe('0abad 4i+ 3h 0bulan');
    expect(unpackSorted(packed)).toEqual({ words, marked: new Map([['+', ['abadi']]]) });
  });
});
