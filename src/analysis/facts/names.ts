/** Capitalised runs of words after a trigger ("Wali Kota" → "Edi Kamtono"). */
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { ABBREVIATIONS } from '../text/sentences';
import { MONTH_WORDS } from '../time';

// Lower-case words that may sit inside a name ("Balai Kota", "Dinas Kesehatan dan Keluarga Berencana" is not one).
const NAME_CONNECTORS = new Set(['bin', 'binti', 'van', 'de', 'der', 'al', 'el', 'of', 'the', 'and']);

const YEAR = /^(?:19|20)\d\d$/;
// Month names that end or refuse a name; "May", "March" and "August" are names and words too.
const MONTHS = new Set([...MONTH_WORDS].filter((m) => !['may', 'march', 'august'].includes(m)));

export function isCapitalised(t: Token): boolean {
  if (t.kind === 'number') return false;
  if (t.kind !== 'word') return false;
  const code = t.text.charCodeAt(0);
  // ASCII by its code (no case-mapped copy): only A–Z changes in lower case.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = t.text.charAt(0);
  return first !== first.toLowerCase();
}

/** Only spaces between two tokens, or the full stop of an abbreviation ("Jl. Ahmad Yani", "H. Edi"):
 * a name never runs across the end of a sentence. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  // Read in place (asked for most pairs of neighbouring tokens): one or two of " " and "\t", or "." and at most one.
  const gap = b.start - a.end;
  const first = text.charCodeAt(a.end);
  if (gap === 1 && isBlank(first)) return true;
  if (gap === 2 && isBlank(first) && isBlank(text.charCodeAt(a.end + 1))) return true;
  const period = first === 0x2e && (gap === 1 || (gap === 2 && isBlank(text.charCodeAt(a.end + 1))));
  // An initial ("H. Edi") or an abbreviation; a number before a full stop ends a sentence ("Jembatan Kapuas 2. Jembatan …").
  return period && ((a.kind === 'word' && a.text.length === 1) || ABBREVIATIONS.has(a.lower));
}

const isBlank = (code: number) => code === 0x20 || code === 0x09;

/** Index of the last token of the capitalised run starting at `from`, or -1 when `from` does not start one. */
export function capitalisedRunEnd(text: string, tokens: readonly Token[], from: number, allowNumbers = true): number {
  const first = tokens[from];
  if (!first || !isCapitalised(first) || MONTHS.has(first.lower)) return -1;
  // Most runs are a few words long: follow them. A long one (a run of titles or initials, "H. H. H. …")
  // is looked up in the run ends of the whole line, worked out once: following it from every title was quadratic.
  // Once the line's run ends are known (a long run was met), they answer every later question.
  const known = runEndsByLine.get(tokens)?.[allowNumbers ? 0 : 1];
  if (known) return known[from]!;
  let end = from;
  for (let i = from; i - from < LONG_RUN;) {
    const next = runStep(text, tokens, i, allowNumbers);
    if (next === -1) return end;
    end = i = next;
  }
  return runEnds(text, tokens, allowNumbers)[end]!;
}

/** Runs longer than this are looked up in runEnds(). */
const LONG_RUN = 16;

/** From token `at`, which is in a capitalised run, the next token the run takes in, or -1 where it ends.
 * A lower-case connector is passed over when a capitalised word follows it ("Kabupaten Kubu Raya",
 * "Ministry of Health"; "Universitas of X" is no name). */
function runStep(text: string, tokens: readonly Token[], at: number, allowNumbers: boolean): number {
  const prev = tokens[at]!;
  const t = tokens[at + 1];
  if (!t || !adjacent(text, prev, t)) return -1;
  // A month after a name word is a date ("Posyandu Desember"); after a number it may be a name ("Jalan 28 Oktober").
  if (MONTHS.has(t.lower) && prev.kind !== 'number') return -1;
  // A number goes on a name ("Jembatan Kapuas 2", "SMPN 1"); a year does not ("Pemkot Pontianak 2026").
  if (isCapitalised(t) || (allowNumbers && t.kind === 'number' && !YEAR.test(t.text))) return at + 1;
  const after = tokens[at + 2];
  if (!NAME_CONNECTORS.has(t.lower) || !after || !isCapitalised(after) || !adjacent(text, t, after)) return -1;
  // The word after the connector is taken in unless it is a month ("… of December").
  return MONTHS.has(after.lower) ? -1 : at + 2;
}

/** For each token, where the capitalised run that has taken it in ends: one pass from the line's end. */
const runEndsByLine = new WeakMap<readonly Token[], [Int32Array | undefined, Int32Array | undefined]>();

function runEnds(text: string, tokens: readonly Token[], allowNumbers: boolean): Int32Array {
  let both = runEndsByLine.get(tokens);
  if (!both) runEndsByLine.set(tokens, (both = [undefined, undefined]));
  const slot = allowNumbers ? 0 : 1;
  let ends = both[slot];
  if (ends) return ends;
  ends = new Int32Array(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const next = runStep(text, tokens, i, allowNumbers);
    ends[i] = next === -1 ? i : ends[next]!;
  }
  return (both[slot] = ends);
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted, with overlapping spans merged. */
export function mergeSpans(spans: Span[], text: string): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) {
        last.end = s.end;
        last.text = text.slice(last.start, last.end);
      }
    } else out.push({ ...s });
  }
  return out;
}

// "The", "A" before a name are no part of it ("The Pontianak City Health Office").
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

/** Capitalised names that end in one of `heads` ("Supadio Airport", "Pontianak City Health Office"):
 * English puts the kind of place or body last. Two words at least; a leading "The" is left out. */
export function namesEndingIn(text: string, tokens: readonly Token[], heads: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  // Most lines hold no head word at all: then there is no run to read.
  if (!tokens.some((t) => heads.has(t.lower))) return out;
  for (let i = 0; i < tokens.length; i++) {
    const end = capitalisedRunEnd(text, tokens, i, false);
    if (end === -1) continue;
    // The name ends at the last head in the run ("Kapuas River Festival" still names "Kapuas River").
    let last = end;
    while (last > i && !heads.has(tokens[last]!.lower)) last--;
    // The name starts after the last article: "Visit the Kalbar Museum" names "Kalbar Museum".
    let first = i;
    for (let k = i; k < last; k++) if (LEADING_ARTICLES.has(tokens[k]!.lower)) first = k + 1;
    if (last > first)
      out.push({ start: tokens[first]!.start, end: tokens[last]!.end, text: text.slice(tokens[first]!.start, tokens[last]!.end) });
    i = end;
  }
  return out;
}
