/** One pass of tokenisation shared by every rule (see doc.ts). */

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'mention' | 'hashtag';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower case, with the typographic apostrophe folded to "'" (for lookups). */
  lower: string;
}

// Bare domains are links only with a TLD our users meet; "kota.Pontianak" is not a link. At most six
// labels: an unbounded repeat made "a.a.a.a…" rescan to its end from every position (quadratic).
const TLD = '(?:go\\.id|co\\.id|ac\\.id|or\\.id|sch\\.id|desa\\.id|web\\.id|com|org|net|id|io|app|info|social|gov|edu|me|ly|link)';
const URL = `\\bhttps?:\\/\\/[^\\s<>"'\`]+|\\bwww\\.[^\\s<>"'\`]+|\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,6}${TLD}\\b(?:\\/[^\\s<>"'\`]*)?`;
// Capture groups, in order: url, email, mention, hashtag, number, word (numbered, not
// named: named groups cost one `groups` object per token).
const TOKEN_KINDS: readonly TokenKind[] = ['url', 'email', 'mention', 'hashtag', 'number', 'word'];
const TOKEN_RE = new RegExp(
  [
    `(${URL})`,
    // Only from the start of a run of address characters (else quadratic on "a.a.a.a…").
    `((?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)`,
    `((?<![\\p{L}\\p{N}_@])@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)`,
    `((?<![\\p{L}\\p{N}_#&])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*)`,
    `(\\d+(?:[.,:/]\\d+)*)`,
    `(\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*)`,
  ].join('|'),
  'giu',
);
const URL_TRAILING_PUNCT = /[.,;:!?)\]}'"”’]+$/u;
// An e-mail's domain is not a link; the token pass sees the whole address first.
// The e-mail part starts only at a boundary: unanchored, a long run of letters made every position rescan it (quadratic).
const URL_RE = new RegExp(`(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(${URL})`, 'giu');
// The same without the u flag: about 2.5× faster. Case-insensitive u-mode matching differs only in
// letting "ſ" (U+017F) match "s" and the Kelvin sign (U+212A) match "k"; texts with neither use it.
const URL_RE_FAST = new RegExp(URL_RE.source, 'gi');
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** Link spans only (what platforms count as a URL), without a full tokenisation. */
export function findUrls(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = FOLDS_TO_ASCII.test(text) ? URL_RE : URL_RE_FAST;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] === undefined) continue;
    const trail = URL_TRAILING_PUNCT.exec(m[1]);
    out.push({ start: m.index, end: m.index + m[1].length - (trail ? trail[0].length : 0) });
  }
  return out;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let group = 1;
    while (group < TOKEN_KINDS.length && m[group] === undefined) group++;
    const kind = TOKEN_KINDS[group - 1]!;
    let value = m[0];
    if (kind === 'url') {
      const trail = URL_TRAILING_PUNCT.exec(value);
      if (trail) value = value.slice(0, value.length - trail[0].length);
    }
    const lower = value.toLowerCase();
    tokens.push({ kind, start: m.index, end: m.index + value.length, text: value, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower });
    if (value.length !== m[0].length) TOKEN_RE.lastIndex = m.index + value.length;
  }
  return tokens;
}

/** True when every letter is upper case and there are at least two letters. */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  // ASCII by character codes (most words, and called on every word): no one-letter strings.
  let i = 0;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) break;
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  if (i === word.length) return letters >= 2;
  for (const ch of word.slice(i)) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}
