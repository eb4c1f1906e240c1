/** Split a long draft into numbered posts at sentence boundaries, each within
 * the platform's limit counted the platform's way. */
import { countLength } from './count';
import type { Doc } from './doc';
import { PLATFORM_PROFILES } from './profiles';
import type { Platform, ThreadPost } from './types';

/** Room kept for the " (12/34)" numbering. */
const NUMBER_RESERVE = 8;

/** Sentences in order, each with the separator that preceded it in the text. */
function sentencePieces(doc: Doc): { text: string; newParagraph: boolean }[] {
  const pieces: { text: string; newParagraph: boolean }[] = [];
  let lastEnd = 0;
  for (const s of doc.sentences) {
    pieces.push({ text: s.text, newParagraph: pieces.length > 0 && doc.text.slice(lastEnd, s.start).includes('\n') });
    lastEnd = s.end;
  }
  return pieces;
}

/** Cut one too-long sentence at word boundaries. */
function splitWords(sentence: string, fits: (s: string) => boolean): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of sentence.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (fits(next) || !current) current = next;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  return out;
}

export function splitThread(doc: Doc, platform: Platform): ThreadPost[] {
  const { limit, counting } = PLATFORM_PROFILES[platform];
  const count = (s: string) => countLength(s, counting);
  const room = limit - NUMBER_RESERVE;
  const posts: string[] = [];
  // A sentence never splits a link or an emoji, so a post's count is its sentences' counts
  // plus one per separator: each sentence is counted once.
  let current = '';
  let used = 0;
  for (const piece of sentencePieces(doc)) {
    const n = count(piece.text);
    if (current && used + 1 + n <= room) {
      current += (piece.newParagraph ? '\n' : ' ') + piece.text;
      used += 1 + n;
      continue;
    }
    if (current) posts.push(current);
    if (n <= room) {
      current = piece.text;
      used = n;
    } else {
      const parts = splitWords(piece.text, (s) => count(s) <= room);
      current = parts.pop() ?? '';
      used = count(current);
      posts.push(...parts);
    }
  }
  if (current) posts.push(current);
  return posts.map((text, i) => {
    const numbered = `${text} (${i + 1}/${posts.length})`;
    return { text: numbered, count: count(numbered) };
  });
}
