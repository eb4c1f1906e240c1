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
/** Punctuation after a link is not part of it ("lihat pontianak.go.id."). */
const URL_TRAILING_PUNCT = new Set('.,;:!?)]}\'"”’');
/** How many characters of trailing punctuation `url` ends with, read from its end (a pattern
 * anchored at the end retried from every position of a long punctuation run was quadratic). */
function trailingPunctuation(url: string): number {
  let n = 0;
  while (n < url.length && URL_TRAILING_PUNCT.has(url[url.length - 1 - n]!)) n++;
  return n;
}
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
    out.push({ start: m.index, end: m.index + m[1].length - trailingPunctuation(m[1]) });
  }
  return out;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, value: string) => {
    const lower = value.toLowerCase();
    tokens.push({ kind, start, end: start + value.length, text: value, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower });
  };
  // TOKEN_RE's own scan, with the common case done by hand: a plain ASCII word or number
  // costs no regex call. Wherever that cannot be shown, TOKEN_RE decides from that position.
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c < 0x80 && !mayStartToken(c)) {
      at++;
      continue;
    }
    const plainEnd = isAsciiAlphanumeric(c) ? plainTokenEnd(text, at) : -1;
    if (plainEnd !== -1) {
      push(isAsciiDigit(c) ? 'number' : 'word', at, text.slice(at, plainEnd));
      at = plainEnd;
      continue;
    }
    TOKEN_RE.lastIndex = at;
    const m = TOKEN_RE.exec(text);
    if (m === null) break;
    let group = 1;
    while (group < TOKEN_KINDS.length && m[group] === undefined) group++;
    const kind = TOKEN_KINDS[group - 1]!;
    let value = m[0];
    if (kind === 'url') {
      const trail = trailingPunctuation(value);
      if (trail > 0) value = value.slice(0, value.length - trail);
    }
    push(kind, m.index, value);
    at = m.index + value.length;
  }
  return tokens;
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiAlphanumeric = (c: number) => isAsciiDigit(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** [A-Za-z0-9_.+-]: what the start of a link or an e-mail address is made of. */
const isAddressChar = (c: number) => isAsciiAlphanumeric(c) || c === 0x5f || c === 0x2e || c === 0x2b || c === 0x2d;
/** An ASCII character a token can start with: address characters, "@" and "#". */
const mayStartToken = (c: number) => isAddressChar(c) || c === 0x40 || c === 0x23;
/** The separators inside a number: [.,:/]. */
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f;

/** Where the token starting at `at` (an ASCII letter or digit) ends when it is a plain
 * ASCII word or number, or -1 when TOKEN_RE must decide. It is plain when no link or
 * e-mail can start here: those need a "." inside the run of address characters (a
 * domain) or "www." as the run, or an "@" (e-mail) or ":" ("http:") right after it; a
 * final "." before anything else ends a sentence ("WIB."), not a domain. A non-ASCII
 * character might be a letter that carries on a word, or "ſ"/Kelvin sign, which
 * u-mode \w includes. */
function plainTokenEnd(text: string, at: number): number {
  let run = at;
  let dots = 0;
  for (let c = text.charCodeAt(run); isAddressChar(c); c = text.charCodeAt(++run)) if (c === 0x2e) dots++;
  if (dots > 1 || (dots === 1 && (text.charCodeAt(run - 1) !== 0x2e || /^www\.$/i.test(text.slice(at, run))))) return -1;
  const after = text.charCodeAt(run);
  if (after === 0x40 || after === 0x3a || after >= 0x80) return -1;
  let end = at;
  if (isAsciiDigit(text.charCodeAt(at))) {
    // \d+(?:[.,:/]\d+)*
    while (isAsciiDigit(text.charCodeAt(end))) end++;
    while (isNumberSeparator(text.charCodeAt(end)) && isAsciiDigit(text.charCodeAt(end + 1))) {
      end++;
      while (isAsciiDigit(text.charCodeAt(end))) end++;
    }
    return end;
  }
  // \p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)* over ASCII
  for (;;) {
    while (isAsciiAlphanumeric(text.charCodeAt(end))) end++;
    const c = text.charCodeAt(end);
    if (c >= 0x80) return -1;
    if (c !== 0x27 && c !== 0x2d) return end;
    const next = text.charCodeAt(end + 1);
    if (next >= 0x80) return -1;
    if (!isAsciiAlphanumeric(next)) return end;
    end += 2;
  }
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

/** Lower case, letter by letter, keeping every offset ("İ" lower-cases to two code units: kept as it is). */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
