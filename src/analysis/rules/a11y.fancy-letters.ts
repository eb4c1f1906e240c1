/** a11y.fancy-letters: "fancy" Unicode letters (𝐏𝐄𝐍𝐆𝐔𝐌𝐔𝐌𝐀𝐍, 𝘪𝘵𝘢𝘭𝘪𝘤, ⓒⓘⓡⓒⓛⓔ, ＦＵＬＬ, ᴘᴇɴɢᴜᴍᴜᴍᴀɴ) are
 * symbols, not letters: screen readers spell them out one by one ("mathematical bold capital
 * P …") or skip them, and search and hashtags do not find them. The fix writes the plain letters.
 *
 * Which characters are fancy is worked out from Unicode normalisation, not a hand table: a
 * character of the blocks fancy-text generators use is fancy when NFKC maps it to one ASCII
 * letter or digit (so "℃" → "°C", "™" → "TM", "№" → "No" stay, and the emoji ℹ and Ⓜ stay).
 * Small capitals, which NFKC leaves alone, come from the JSON beside this file. Circled digits
 * (① ②) are left alone: they number lists, where a screen reader says "circled digit one",
 * which still makes sense, and "1" would change the list's look. Superscript digits (m², ⁴)
 * are left alone too. A run needs two letters or digits, so a lone "ℓ" (litre) is no finding; a run
 * next to Chinese, Japanese or Korean text is that script's own full-width typography ("２０２６年").
 *
 * The table and the pattern are built once, on the first line that holds a candidate
 * character; lines without one cost one plain (non-u) regex test. */
import data from './a11y.fancy-letters.json' with { type: 'json' };
import { finding, defineRule } from '../rule';
import type { Finding } from '../types';

/** Blocks that fancy-text generators draw from; NFKC decides character by character. */
const NFKC_BLOCKS: readonly (readonly [number, number, 'letters' | 'alphanumerics'])[] = [
  [0x1d400, 0x1d7ff, 'alphanumerics'], // Mathematical Alphanumeric Symbols (bold, italic, script, fraktur, double-struck …)
  [0x2100, 0x214f, 'letters'], // Letterlike Symbols: the holes of the block above (ℎ ℬ ℭ ℰ ℱ ℋ ℌ ℐ ℒ ℳ ℕ ℙ ℚ ℛ ℝ ℤ ℨ ℯ ℴ)
  [0x24b6, 0x24e9, 'letters'], // circled letters Ⓐ–Ⓩ ⓐ–ⓩ (not the circled digits)
  [0xff01, 0xff5e, 'alphanumerics'], // full-width ASCII (its punctuation joins a run, it is no run alone)
  [0x1f130, 0x1f149, 'letters'], // squared letters 🄰–🅉
  [0x1d2c, 0x1d6a, 'letters'], // modifier letters ᴬ ᵃ ᵇ …
  [0x1d9b, 0x1dbf, 'letters'], // more modifier letters ᶜ ᶠ ᶻ …
  [0x2070, 0x209c, 'letters'], // superscript and subscript letters ⁱ ⁿ ₐ (not the digits)
  [0x02b0, 0x02e4, 'letters'], // modifier letters ʰ ʲ ʳ ʷ ʸ ˡ ˢ ˣ
];

/** A character that may be fancy, as a plain regex (no u flag, so cheap on every line): the BMP
 * blocks above, the small capitals, and the high surrogates of the astral blocks (U+1D400–1D7FF
 * all start with \uD835, U+1F130–1F149 with \uD83C). */
const CANDIDATE = /[\u0262-\u029f\u02b0-\u02e4\u1d00-\u1dbf\u2070-\u209c\u2100-\u214f\u24b6-\u24e9\ua730\ua731\uff01-\uff5e\ud835\ud83c]/;

const PLAIN_ALPHANUMERIC = /^[A-Za-z0-9]$/;
const PLAIN_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const EMOJI = /\p{Emoji}/u;
/** Chinese, Japanese and Korean text, where full-width letters and digits are ordinary typography ("２０２６年"). */
const CJK_BEFORE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f]$/u;
const CJK_AFTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f]/u;

interface Fancy {
  /** Code point → its plain character. */
  plain: Map<number, string>;
  /** Code points that are letters or digits (a run needs two of them). */
  alphanumeric: Set<number>;
  /** Fancy runs: fancy characters, with spaces and ASCII punctuation between them. */
  runs: RegExp;
}

let fancy: Fancy | undefined;

function build(): Fancy {
  const plain = new Map<number, string>();
  const alphanumeric = new Set<number>();
  for (const [from, to, kind] of NFKC_BLOCKS) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (EMOJI.test(ch)) continue;
      const mapped = ch.normalize('NFKC');
      if (PLAIN_ALPHANUMERIC.test(mapped)) {
        if (kind === 'letters' && !/[A-Za-z]/.test(mapped)) continue;
        plain.set(cp, mapped);
        alphanumeric.add(cp);
      } else if (from === 0xff01 && PLAIN_PUNCTUATION.test(mapped)) plain.set(cp, mapped);
    }
  }
  for (const [ch, letter] of Object.entries(data.smallCapitals)) {
    plain.set(ch.codePointAt(0)!, letter);
    alphanumeric.add(ch.codePointAt(0)!);
  }
  const cls = characterClass([...plain.keys()].sort((a, b) => a - b));
  // Fancy characters and the separators between them; the two sets do not meet, so the scan is linear.
  const runs = new RegExp(`${cls}+(?:[\\s'’".,:;!?&/()\\-–—]+${cls}+)*`, 'gu');
  return { plain, alphanumeric, runs };
}

/** A regex class of sorted code points, as ranges. */
function characterClass(cps: readonly number[]): string {
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
  let out = '[';
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    out += i === j ? hex(cps[i]!) : `${hex(cps[i]!)}-${hex(cps[j]!)}`;
    i = j + 1;
  }
  return `${out}]`;
}

/** The plain text of a fancy run, and how many letters and digits it has. */
function plainOf(run: string, table: Fancy): [string, number] {
  let out = '';
  let count = 0;
  for (let i = 0; i < run.length;) {
    const cp = run.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const mapped = table.plain.get(cp);
    if (mapped === undefined) out += run.slice(i, i + size);
    else {
      out += mapped;
      if (table.alphanumeric.has(cp)) count++;
    }
    i += size;
  }
  return [out, count];
}

/** At most this many runs are reported per line (a line of thousands of fancy words split by plain ones
 * would otherwise cost a finding and a fix each on every keystroke); fixing them brings the next. */
const MAX_RUNS = 50;

/** The longest plain text a message quotes in full. */
const QUOTE_MAX = 40;
const quote = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX).trimEnd()}…` : text);

const rule = defineRule({
  id: 'a11y.fancy-letters',
  category: 'reach',
  title: { id: 'Huruf hias: tulis dengan huruf biasa', en: 'Fancy letters: write plain letters' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    if (!CANDIDATE.test(p.text)) return [];
    const table = (fancy ??= build());
    const out: Finding[] = [];
    table.runs.lastIndex = 0;
    for (let m = table.runs.exec(p.text); m !== null && out.length < MAX_RUNS; m = table.runs.exec(p.text)) {
      const [replacement, letters] = plainOf(m[0], table);
      if (letters < 2) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (CJK_BEFORE.test(p.text.slice(Math.max(0, span.start - 2), span.start)) || CJK_AFTER.test(p.text.slice(span.end, span.end + 2)))
        continue;
      const shown = quote(replacement);
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'warning',
          span,
          message: {
            id: `Huruf hias tidak terbaca oleh pembaca layar dan mesin pencari: tulis “${shown}”`,
            en: `Fancy letters that screen readers and search cannot read: write “${shown}”`,
          },
          why: {
            id: 'Huruf “tebal”, “miring” atau “bulat” dari pembuat huruf hias sebenarnya simbol matematika atau simbol lain, bukan huruf: pembaca layar mengejanya satu per satu (“mathematical bold capital P …”) atau melewatinya, dan pencarian serta tagar tidak menemukannya. Panduan aksesibilitas X/Twitter, “Making your social media posts accessible” dari Government Digital Service (GOV.UK) dan panduan “Accessible social media” universitas meminta huruf biasa; untuk penekanan, pakai kata-kata atau letakkan di awal kalimat.',
            en: 'The “bold”, “italic” or “circled” letters of fancy-text generators are mathematical or other symbols, not letters: screen readers spell them out one by one (“mathematical bold capital P …”) or skip them, and search and hashtags cannot find them. X/Twitter’s accessibility guidance, the Government Digital Service’s “Making your social media posts accessible” (GOV.UK) and universities’ “Accessible social media” guides ask for plain letters; for emphasis, use words or put it first in the sentence.',
          },
          fix: { ...span, replacement, label: { id: `Ganti dengan huruf biasa: “${shown}”`, en: `Use plain letters: “${shown}”` } },
        }),
      );
    }
    return out;
  },
});

export default rule;
