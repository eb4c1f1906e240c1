/** Platform-true length counting. Each network counts differently; see
 * ../shared/design/platforms-and-composers.md §4 and the tests against twitter-text. */
import { tokenize } from './text/tokens';

export type CountingRule = 'x-weighted' | 'graphemes' | 'mastodon' | 'threads' | 'code-points';

const EMOJI_RE = /\p{RGI_Emoji}/gv;
const NON_ASCII_RUN_RE = /[^\x00-\x7f]+/g;
const REMOTE_MENTION_RE = /(@[A-Za-z0-9_]{1,30})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const X_URL_WEIGHT = 23;
const MASTODON_URL_LENGTH = 23;

let segmenter: Intl.Segmenter | undefined;

/** Extended grapheme clusters, exact, without paying Intl.Segmenter on ASCII runs. */
export function countGraphemes(text: string): number {
  let count = text.length;
  NON_ASCII_RUN_RE.lastIndex = 0;
  for (let m = NON_ASCII_RUN_RE.exec(text); m !== null; m = NON_ASCII_RUN_RE.exec(text)) {
    // Include the preceding ASCII character: a combining mark joins it into one cluster.
    const from = m.index > 0 ? m.index - 1 : 0;
    const run = text.slice(from, m.index + m[0].length);
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let clusters = 0;
    for (const _ of segmenter.segment(run)) clusters++;
    count += clusters - run.length;
  }
  // "\r\n" is one grapheme cluster.
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) count--;
  return count;
}

function urlSpans(text: string): { start: number; end: number }[] {
  return tokenize(text).filter((t) => t.kind === 'url');
}

/** X (twitter-text v3): URLs 23, each emoji sequence 2, code points in the
 * Latin/general-punctuation ranges 1, everything else 2. Text is NFC-normalised first. */
export function countXWeighted(input: string): number {
  const text = input.normalize('NFC');
  let weight = 0;
  let cursor = 0;
  for (const url of urlSpans(text)) {
    weight += weighPlain(text.slice(cursor, url.start)) + X_URL_WEIGHT;
    cursor = url.end;
  }
  return weight + weighPlain(text.slice(cursor));
}

function weighPlain(text: string): number {
  let weight = 0;
  let cursor = 0;
  EMOJI_RE.lastIndex = 0;
  for (let m = EMOJI_RE.exec(text); m !== null; m = EMOJI_RE.exec(text)) {
    weight += weighCodePoints(text, cursor, m.index) + 2;
    cursor = m.index + m[0].length;
  }
  return weight + weighCodePoints(text, cursor, text.length);
}

function weighCodePoints(text: string, from: number, to: number): number {
  let weight = 0;
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const light =
      cp <= 0x10ff ||
      (cp >= 0x2000 && cp <= 0x200d) ||
      (cp >= 0x2010 && cp <= 0x201f) ||
      (cp >= 0x2032 && cp <= 0x2037);
    weight += light ? 1 : 2;
  }
  return weight;
}

/** Mastodon: every URL counts 23, `@user@host` counts as `@user`, the rest in graphemes. */
export function countMastodon(text: string): number {
  let count = 0;
  let cursor = 0;
  const plain = (s: string) => countGraphemes(s.replace(REMOTE_MENTION_RE, '$1'));
  for (const url of urlSpans(text)) {
    count += plain(text.slice(cursor, url.start)) + MASTODON_URL_LENGTH;
    cursor = url.end;
  }
  return count + plain(text.slice(cursor));
}

/** Threads (Meta's API documentation): characters, with each emoji counted by its UTF-8 length. */
export function countThreads(text: string): number {
  let count = 0;
  let cursor = 0;
  EMOJI_RE.lastIndex = 0;
  for (let m = EMOJI_RE.exec(text); m !== null; m = EMOJI_RE.exec(text)) {
    count += countCodePoints(text.slice(cursor, m.index)) + new TextEncoder().encode(m[0]).length;
    cursor = m.index + m[0].length;
  }
  return count + countCodePoints(text.slice(cursor));
}

export function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export function countLength(text: string, rule: CountingRule): number {
  switch (rule) {
    case 'x-weighted':
      return countXWeighted(text);
    case 'graphemes':
      return countGraphemes(text);
    case 'mastodon':
      return countMastodon(text);
    case 'threads':
      return countThreads(text);
    case 'code-points':
      return countCodePoints(text);
  }
}
