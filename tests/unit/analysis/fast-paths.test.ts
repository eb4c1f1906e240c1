/** Fast paths that must give exactly what the plain version gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findUrls, tokenize, type Token } from '../../../src/analysis/text/tokens';
import { adjacent, capitalisedRunEnd, isCapitalised } from '../../../src/analysis/facts/names';
import { MONTH_WORDS } from '../../../src/analysis/time';
import { findEmoji } from '../../../src/analysis/text/emoji';
import { WHEN } from '../../../src/analysis/facts/when';
import { globalScan, scan, whenText } from './word-start-text';

const TLD = '(?:go\\.id|co\\.id|ac\\.id|or\\.id|sch\\.id|desa\\.id|web\\.id|com|org|net|id|io|app|info|social|gov|edu|me|ly|link)';
const URL = `\\bhttps?:\\/\\/[^\\s<>"'\`]+|\\bwww\\.[^\\s<>"'\`]+|\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,6}${TLD}\\b(?:\\/[^\\s<>"'\`]*)?`;
const TRAILING_PUNCT = /[.,;:!?)\]}'"”’]+$/u;
const PIECES = [
  'https://',
  'http://',
  'www.',
  'x.com',
  '.go.id',
  'a@b.co',
  '.',
  '@',
  '-',
  '+',
  '_',
  ' ',
  '/',
  ':',
  ',',
  "'",
  '’',
  '#',
  '&',
  'link',
  'ſ',
  'K',
  'İ',
  'ı',
  '😀',
  '\ud800',
  'é',
  'e\u0301',
  'SOCIAL',
  'HTTPS://',
  'k',
  's',
  '"',
  '`',
  '\u00a0',
  '1',
  '13.00',
  '12,5',
  'Jl.',
  'don’t',
  "it's",
  'co-op',
  '@warga',
  '#Info2025',
  'BPBD',
  'ab1',
  'www',
  'WwW.',
  'WIB.',
  'x.',
  '5.',
  '.com',
  'go.id',
];
const text = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('tokenize', () => {
  // The reference: one global scan of the token pattern.
  const TOKEN_RE = new RegExp(
    [
      `(?<url>${URL})`,
      `(?<email>(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)`,
      `(?<mention>(?<![\\p{L}\\p{N}_@])@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)`,
      `(?<hashtag>(?<![\\p{L}\\p{N}_#&])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*)`,
      `(?<number>\\d+(?:[.,:/]\\d+)*)`,
      `(?<word>\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*)`,
    ].join('|'),
    'giu',
  );
  const reference = (input: string) => {
    const tokens = [];
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(input); m !== null; m = TOKEN_RE.exec(input)) {
      const kind = (['url', 'email', 'mention', 'hashtag', 'number', 'word'] as const).find((k) => m!.groups![k] !== undefined)!;
      const value = kind === 'url' ? m[0].replace(TRAILING_PUNCT, '') : m[0];
      const lower = value.toLowerCase().replace(/’/g, "'");
      tokens.push({ kind, start: m.index, end: m.index + value.length, text: value, lower });
      TOKEN_RE.lastIndex = m.index + value.length;
    }
    return tokens;
  };

  it('gives what one scan of the token pattern gives', () => {
    const post =
      'Info: https://cendanakota.go.id/siaga, Jl. Merdeka No. 5, pukul 13.00–18.00 WIB; don’t cross! @pemkotcendana #CendanaSiaga a@b.co';
    expect(tokenize(post)).toEqual(reference(post));
    fc.assert(
      fc.property(text, (t) => JSON.stringify(tokenize(t)) === JSON.stringify(reference(t))),
      { numRuns: 5000 },
    );
  });
});

describe('findUrls', () => {
  // The reference: the link pattern with the u flag on every text.
  const URL_RE = new RegExp(`(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(${URL})`, 'giu');
  const reference = (text: string) =>
    [...text.matchAll(URL_RE)]
      .filter((m) => m[1] !== undefined)
      .map((m) => ({ start: m.index, end: m.index + m[1]!.replace(TRAILING_PUNCT, '').length }));

  it('finds what the u-flag pattern finds', () => {
    expect(findUrls('See https://cendanakota.go.id/siaga, or ſite.com and Kota.link.')).toEqual(
      reference('See https://cendanakota.go.id/siaga, or ſite.com and Kota.link.'),
    );
    fc.assert(
      fc.property(text, (t) => JSON.stringify(findUrls(t)) === JSON.stringify(reference(t))),
      { numRuns: 3000 },
    );
  });
});

describe('scanWordStarts', () => {
  it('finds the dates and times one scan of the pattern finds', () => {
    const post = 'Besok, Senin (1/12) pukul 08.00–12.00 WIB dan Jum’at 5 Desember 2025 at 9 a.m.; hari ini 13.00.';
    expect(scan(post, WHEN)).toEqual(globalScan(post, WHEN));
    fc.assert(
      fc.property(whenText, (t) => JSON.stringify(scan(t, WHEN)) === JSON.stringify(globalScan(t, WHEN))),
      { numRuns: 3000 },
    );
  });
});

describe('capitalisedRunEnd', () => {
  // The plain version: follow the run from `from`, token by token.
  const NAME_CONNECTORS = new Set(['bin', 'binti', 'van', 'de', 'der', 'al', 'el', 'of', 'the', 'and']);
  const MONTHS = new Set([...MONTH_WORDS].filter((m) => !['may', 'march', 'august'].includes(m)));
  function plainRunEnd(text: string, tokens: readonly Token[], from: number, allowNumbers: boolean): number {
    const first = tokens[from];
    if (!first || !isCapitalised(first) || MONTHS.has(first.lower)) return -1;
    let end = from;
    for (let i = from + 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!adjacent(text, tokens[i - 1]!, t)) break;
      if (MONTHS.has(t.lower) && tokens[i - 1]!.kind !== 'number') break;
      if (isCapitalised(t) || (allowNumbers && t.kind === 'number' && i === end + 1 && !/^(?:19|20)\d\d$/.test(t.text))) {
        end = i;
        continue;
      }
      if (NAME_CONNECTORS.has(t.lower) && tokens[i + 1] && isCapitalised(tokens[i + 1]!) && adjacent(text, t, tokens[i + 1]!)) continue;
      break;
    }
    return end;
  }
  const RUN_PIECES = [
    'H.',
    'Ir.',
    'Budi',
    'Kota',
    'Pontianak',
    'of',
    'the',
    'dan',
    'Desember',
    'May',
    '2026',
    '12',
    'x',
    'Jl.',
    'A.',
    'É',
    'warga',
  ];
  const runText = fc
    .array(fc.tuple(fc.constantFrom(...RUN_PIECES), fc.constantFrom(' ', ' ', ' ', '  ', '\t', ', ', '. ', '')), { maxLength: 80 })
    .map((parts) => parts.map(([w, gap]) => w + gap).join(''));

  it('finds the end the plain token-by-token reading finds, on long runs too', () => {
    const long = `${'H. '.repeat(40)}Budi of Kota 12 Desember`;
    fc.assert(
      fc.property(fc.oneof(runText, fc.constant(long)), fc.boolean(), (text, allowNumbers) => {
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.length; i++)
          if (capitalisedRunEnd(text, tokens, i, allowNumbers) !== plainRunEnd(text, tokens, i, allowNumbers)) return false;
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findEmoji', () => {
  // The plain version: one scan of the RGI pattern over the whole text.
  const plainEmoji = (text: string) => [...text.matchAll(/\p{RGI_Emoji}/gv)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const EMOJI_PIECES = [
    '😀',
    '👍🏽',
    '🏻',
    '🇮🇩',
    '🇮',
    '1️⃣',
    '1⃣',
    '#️⃣',
    '👨‍👩‍👧',
    '🏳️‍🌈',
    '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
    '©️',
    '©',
    '™',
    '‼️',
    '\u200d',
    '\u200d😀',
    '\u{e0067}',
    '\ufe0f',
    '\u20e3',
    'e\u0301',
    '東京',
    'Москва',
    'القاهرة',
    'बाढ़',
    '١٢٣',
    '1',
    '#',
    'a',
    ' ',
    '\n',
  ];
  const emojiText = fc.array(fc.constantFrom(...EMOJI_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

  it('finds the emoji one scan of the RGI pattern finds', () => {
    const sample = 'Awas 1️⃣ 🇮🇩🇮 👨‍👩‍👧👍🏽 東京😀e\u0301 ©️™ 🏳️‍🌈';
    expect(findEmoji(sample)).toEqual(plainEmoji(sample));
    fc.assert(
      fc.property(emojiText, (t) => JSON.stringify(findEmoji(t)) === JSON.stringify(plainEmoji(t))),
      { numRuns: 3000 },
    );
  });
});
