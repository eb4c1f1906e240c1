/** A global scan of a pattern that starts at a word edge (`(?<![\p{L}\p{N}])`) with one
 * of a known set of first words, tried only where such a word starts: a regex with a
 * long alternation is slow to try at every character, and most words are not in the
 * set. The matches are the global scan's, in order. */

/** Under the i and u flags these two fold to ASCII letters ("ſ" matches "s", the Kelvin sign "k"). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** First words are at most this long: a word is then one exact number (base 27, a = 1), no string. */
const MAX_WORD = 10;
const letterValue = (c: number) => (c | 0x20) - 0x60;

export interface WordStartPattern {
  /** The pattern with the g flag (and i, u). */
  global: RegExp;
  /** The same source with the y flag instead of g. */
  sticky: RegExp;
  /** The lower-case ASCII words a match can start with (its first run of letters), as numbers. */
  firstWords: ReadonlySet<number>;
  /** Whether a match can also start with a digit or "(". */
  digitsAndParens: boolean;
}

export function wordStartPattern(global: RegExp, firstWords: Iterable<string>, digitsAndParens: boolean): WordStartPattern {
  const keys = new Set<number>();
  for (const w of firstWords) {
    if (!/^[a-z]+$/.test(w) || w.length > MAX_WORD)
      throw new Error(`wordStartPattern: not a lower-case ASCII word of at most ${MAX_WORD} letters: ${w}`);
    let key = 0;
    for (let i = 0; i < w.length; i++) key = key * 27 + letterValue(w.charCodeAt(i));
    keys.add(key);
  }
  return { global, sticky: new RegExp(global.source, global.flags.replace('g', 'y')), firstWords: keys, digitsAndParens };
}

export function scanWordStarts(text: string, pattern: WordStartPattern): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (FOLDS_TO_ASCII.test(text)) {
    const { global } = pattern;
    global.lastIndex = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) out.push(m);
    return out;
  }
  const { sticky, firstWords, digitsAndParens } = pattern;
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    // Right after an ASCII letter or digit the pattern cannot start (its look-behind); elsewhere
    // the sticky pattern's own look-behind decides.
    const prev = at > 0 ? text.charCodeAt(at - 1) : 0;
    const atEdge = !(isAsciiLetter(prev) || isAsciiDigit(prev));
    let end = at + 1;
    let candidate = false;
    if (isAsciiLetter(c)) {
      let key = letterValue(c);
      for (; end < text.length && isAsciiLetter(text.charCodeAt(end)); end++)
        if (end - at < MAX_WORD) key = key * 27 + letterValue(text.charCodeAt(end));
      candidate = atEdge && end - at <= MAX_WORD && firstWords.has(key);
    } else {
      candidate = atEdge && digitsAndParens && (isAsciiDigit(c) || c === 0x28);
    }
    if (candidate) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m !== null) {
        out.push(m);
        at = m.index + m[0].length;
        continue;
      }
    }
    at = end;
  }
  return out;
}
