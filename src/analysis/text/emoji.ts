/** Emoji sequences (Unicode's RGI set: flags, keycaps, skin tones, ZWJ families …) in a text.
 *
 * The RGI pattern (`\p{RGI_Emoji}`) is slow: tried at every position of a non-ASCII run, it
 * took about 100 ms on 20,000 characters of emoji. Here it is tried only on candidates: from an
 * emoji character, the longest stretch an RGI sequence could take (its marks, skin tones,
 * keycap sign, tags, ZWJ-joined parts, paired flag letters); each distinct candidate is
 * matched once. tests/unit/analysis/fast-paths.test.ts holds this to one scan of the pattern. */
import { LruCache } from '../cache';

const EMOJI_RE = /\p{RGI_Emoji}/gv;
/** A character an RGI sequence can start with (every one starts with an Emoji character). */
const EMOJI_START = /[\p{Emoji}\u{1F1E6}-\u{1F1FF}]/uy;
const NON_ASCII_RUN_RE = /[\u0080-\uffff]+/g;
const HAS_NON_ASCII = /[\u0080-\uffff]/;

/** Code points that can go on an RGI sequence after its first: variation selectors, the keycap
 * sign, skin tones, tags, regional indicators (a flag's second letter). */
function continues(cp: number): boolean {
  return (
    cp === 0xfe0f ||
    cp === 0xfe0e ||
    cp === 0x20e3 ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff)
  );
}

/** The end of the longest stretch from `at` that an RGI sequence starting there could cover. */
function candidateEnd(text: string, at: number, end: number): number {
  let i = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  while (i < end) {
    const cp = text.codePointAt(i)!;
    if (continues(cp)) i += cp > 0xffff ? 2 : 1;
    else if (cp === 0x200d && i + 1 < end) {
      // A ZWJ joins the next character in ("👨‍👩‍👧").
      const next = text.codePointAt(i + 1)!;
      i += 1 + (next > 0xffff ? 2 : 1);
    } else break;
  }
  return i;
}

/** The emoji in one candidate, as [start, end] pairs relative to it. */
const emojiInCandidate = new LruCache<string, readonly number[]>(2000);

function matchCandidate(candidate: string): readonly number[] {
  let found = emojiInCandidate.get(candidate);
  if (found) return found;
  const spans: number[] = [];
  EMOJI_RE.lastIndex = 0;
  for (let m = EMOJI_RE.exec(candidate); m !== null; m = EMOJI_RE.exec(candidate)) spans.push(m.index, m.index + m[0].length);
  emojiInCandidate.set(candidate, (found = spans));
  return found;
}

/** Emoji sequences, looked for only inside non-ASCII runs. A run starts one character early:
 * a keycap's base digit is ASCII ("1️⃣"). */
export function findEmoji(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!HAS_NON_ASCII.test(text)) return out;
  NON_ASCII_RUN_RE.lastIndex = 0;
  for (let run = NON_ASCII_RUN_RE.exec(text); run !== null; run = NON_ASCII_RUN_RE.exec(text)) {
    const end = run.index + run[0].length;
    for (let i = run.index > 0 ? run.index - 1 : 0; i < end;) {
      EMOJI_START.lastIndex = i;
      if (!EMOJI_START.test(text)) {
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
        continue;
      }
      const stop = candidateEnd(text, i, end);
      const spans = matchCandidate(text.slice(i, stop));
      for (let k = 0; k < spans.length; k += 2) out.push({ start: i + spans[k]!, end: i + spans[k + 1]! });
      i = stop;
    }
  }
  return out;
}
