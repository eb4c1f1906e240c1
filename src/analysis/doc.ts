/** The shared text model: paragraphs (one per line), sentences, tokens and
 * sentence languages, computed once per analysis and cached per paragraph so
 * that a one-character edit re-reads one paragraph only. */
import { tokenize, type Token } from './text/tokens';
import { splitSentences } from './text/sentences';
import { combineLanguages, detectSentenceLanguage, smoothLanguages, type LanguageGuess, type SentenceLanguage } from './language';
import type { Language } from './types';
import { LruCache } from './cache';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Word tokens only (kind === 'word'). */
  words: Token[];
  language: SentenceLanguage;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  tokens: Token[];
  sentences: Sentence[];
  language: Language;
}

/** A paragraph with offsets relative to its own start; safe to cache by text. */
export interface ParagraphCore {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** For each sentence, its first token index and its end (exclusive) in `tokens`. */
  ranges: [number, number][];
  /** What other modules worked out from this line, by name (see lineMemo). */
  derived: Map<string, unknown>;
}

const paragraphCache = new LruCache<string, ParagraphCore>(4000);
/** The paragraph read last: rules and facts ask for the line they are on again and again. */
let lastRead: ParagraphCore | undefined;

export function readParagraph(text: string): ParagraphCore {
  if (lastRead !== undefined && lastRead.text === text) return lastRead;
  const hit = paragraphCache.get(text);
  if (hit) return (lastRead = hit);
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  const ranges: [number, number][] = [];
  const guesses: LanguageGuess[] = [];
  let t = 0;
  for (const range of splitSentences(text)) {
    while (t < tokens.length && tokens[t]!.start < range.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= range.end) t++;
    const sTokens = tokens.slice(first, t);
    const words = sTokens.filter((tok) => tok.kind === 'word');
    const sText = text.slice(range.start, range.end);
    ranges.push([first, t]);
    const guess = detectSentenceLanguage(sText, words.map((w) => w.lower));
    guesses.push(guess);
    sentences.push({ start: range.start, end: range.end, text: sText, tokens: sTokens, words, language: guess.language });
  }
  smoothLanguages(guesses).forEach((language, i) => (sentences[i]!.language = language));
  const core: ParagraphCore = { text, tokens, sentences, ranges, derived: new Map() };
  paragraphCache.set(text, core);
  return (lastRead = core);
}

/** `compute(core)` for a line, once while the line is cached: one cache for all of a
 * line's derived results instead of one large cache per kind of result. Names are
 * shared by every module ('facts', 'post-kinds', spansByLine's names …). */
export function lineMemo<T>(text: string, name: string, compute: (core: ParagraphCore) => T): T {
  const core = readParagraph(text);
  let value = core.derived.get(name) as T | undefined;
  if (value === undefined) core.derived.set(name, (value = compute(core)));
  return value;
}

/** The paragraph at `start` in draft offsets: tokens shifted once, sentences sharing them. */
function placeParagraph(core: ParagraphCore, start: number, index: number): Paragraph {
  const end = start + core.text.length;
  if (start === 0) return { index, start, end, text: core.text, tokens: core.tokens, sentences: core.sentences };
  const tokens = core.tokens.map((t): Token => ({ kind: t.kind, start: t.start + start, end: t.end + start, text: t.text, lower: t.lower }));
  const sentences = core.sentences.map((s, i): Sentence => {
    const [a, b] = core.ranges[i]!;
    const sTokens = tokens.slice(a, b);
    return { start: s.start + start, end: s.end + start, text: s.text, tokens: sTokens, words: sTokens.filter((t) => t.kind === 'word'), language: s.language };
  });
  return { index, start, end, text: core.text, tokens, sentences };
}

export function buildDoc(text: string): Doc {
  const paragraphs: Paragraph[] = [];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const p = placeParagraph(readParagraph(text.slice(start, end)), start, index);
    paragraphs.push(p);
    for (const t of p.tokens) tokens.push(t);
    for (const s of p.sentences) sentences.push(s);
    start = end + 1;
  }
  const language = combineLanguages(sentences.map((s) => ({ language: s.language, length: s.end - s.start })));
  return { text, paragraphs, tokens, sentences, language };
}
