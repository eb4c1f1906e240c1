/** Capitalised runs of words after a trigger ("Wali Kota" → "Edi Kamtono"). */
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { ABBREVIATIONS } from '../text/sentences';

// Lower-case words that may sit inside a name ("Balai Kota", "Dinas Kesehatan dan Keluarga Berencana" is not one).
const NAME_CONNECTORS = new Set(['bin', 'binti', 'van', 'de', 'der', 'al', 'el', 'of', 'the', 'and']);

export function isCapitalised(t: Token): boolean {
  if (t.kind === 'number') return false;
  if (t.kind !== 'word') return false;
  const first = t.text.charAt(0);
  return first !== first.toLowerCase();
}

/** Only spaces between two tokens, or the full stop of an abbreviation ("Jl. Ahmad Yani", "H. Edi"):
 * a name never runs across the end of a sentence. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \t]{1,2}$/.test(gap)) return true;
  return /^\.[ \t]?$/.test(gap) && (a.text.length === 1 || ABBREVIATIONS.has(a.lower));
}

/** Index of the last token of the capitalised run starting at `from`, or -1 when `from` does not start one. */
export function capitalisedRunEnd(text: string, tokens: readonly Token[], from: number, allowNumbers = true): number {
  const first = tokens[from];
  if (!first || !isCapitalised(first)) return -1;
  let end = from;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!adjacent(text, tokens[i - 1]!, t)) break;
    if (isCapitalised(t) || (allowNumbers && t.kind === 'number' && i === end + 1)) {
      end = i;
      continue;
    }
    // "Kabupaten Kubu Raya" yes; "Universitas of X": a connector only counts when a capital follows it.
    if (NAME_CONNECTORS.has(t.lower) && tokens[i + 1] && isCapitalised(tokens[i + 1]!) && adjacent(text, t, tokens[i + 1]!)) continue;
    break;
  }
  return end;
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
