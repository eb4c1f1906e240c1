/** The shared text model: paragraphs (one per line), sentences, tokens and
 * sentence languages, computed once per analysis and cached per paragraph so
 * that a one-character edit re-reads one paragraph only. */
import { tokenize, type Token } from './text/tokens';
import { splitSentences } from './text/sentences';
import { combineLanguages, detectSentenceLanguage, smoothLanguages, type LanguageGuess, type SentenceLanguage } from './language';
import type { Finding, Language } from './types';
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
  /** What other modules worked out from this line, by the function or object that worked it
   * out (see lineMemo): an identity, so two modules cannot share a name by accident. */
  derived: Map<object, unknown>;
  /** The line rules' findings on this line, by the key of the context they ran in. */
  findings: Map<string, Finding[]>;
}

/** A line's findings are kept for this many contexts (the audience and platform buttons). */
const CONTEXTS_PER_LINE = 8;

/** What the line cache may hold, estimated: a day of typing stays within it. */
export const LINE_CACHE_BYTES = 16 * 1024 * 1024;

/** About what a cached line costs: its text, its tokens and sentences, what rules derived from it
 * and their findings (measured: about 24 bytes a character with them all, plus a fixed part). */
export const estimateLineBytes = (text: string): number => 512 + 24 * text.length;

/** The engine's one cache of lines: each line's text model, what was derived from it and its
 * findings, kept for the lines in use (a whole long draft and the lines typed lately): at most
 * 4,000 lines and about LINE_CACHE_BYTES. */
class LineCache {
  readonly entries = new LruCache<string, ParagraphCore>(4000, (text) => estimateLineBytes(text), LINE_CACHE_BYTES);
  /** The line read last: rules and facts ask for the line they are on again and again. */
  private last: ParagraphCore | undefined;

  read(text: string): ParagraphCore {
    if (this.last !== undefined && this.last.text === text) return this.last;
    let core = this.entries.get(text);
    if (core === undefined) this.entries.set(text, (core = readLine(text)));
    return (this.last = core);
  }
}

const lineCache = new LineCache();

/** How many lines the line cache holds, and their estimated bytes (for tests and benchmarks). */
export function lineCacheSize(): { entries: number; weight: number } {
  return lineCache.entries.size;
}

function readLine(text: string): ParagraphCore {
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
    const guess = detectSentenceLanguage(
      sText,
      words.map((w) => w.lower),
    );
    guesses.push(guess);
    sentences.push({ start: range.start, end: range.end, text: sText, tokens: sTokens, words, language: guess.language });
  }
  smoothLanguages(guesses).forEach((language, i) => (sentences[i]!.language = language));
  return { text, tokens, sentences, ranges, derived: new Map(), findings: new Map() };
}

/** A line's text model, from the engine's line cache. */
export function readParagraph(text: string): ParagraphCore {
  return lineCache.read(text);
}

/** `compute(core)` for a line, once while the line is cached. `key` names the result by
 * identity: pass the module-level function (or object) that works it out. */
export function lineMemo<T>(text: string, key: object, compute: (core: ParagraphCore) => T): T {
  const core = readParagraph(text);
  let value = core.derived.get(key) as T | undefined;
  if (value === undefined) core.derived.set(key, (value = compute(core)));
  return value;
}

/** The line rules' findings on a line in one context, computed once while the line is cached. */
export function lineFindings(text: string, contextKey: string, compute: (core: ParagraphCore) => Finding[]): Finding[] {
  const core = readParagraph(text);
  let found = core.findings.get(contextKey);
  if (found === undefined) {
    if (core.findings.size >= CONTEXTS_PER_LINE) core.findings.clear();
    core.findings.set(contextKey, (found = compute(core)));
  }
  return found;
}

/** The paragraph at `start` in draft offsets: tokens shifted once, sentences sharing them. */
function placeParagraph(core: ParagraphCore, start: number, index: number): Paragraph {
  const end = start + core.text.length;
  // At offset 0, or on a blank line (no tokens, no sentences), nothing moves: the line's own arrays
  // are shared (20,000 newlines would otherwise make 40,000 empty arrays, alive to the end).
  if (start === 0 || (core.tokens.length === 0 && core.sentences.length === 0))
    return { index, start, end, text: core.text, tokens: core.tokens, sentences: core.sentences };
  const tokens = core.tokens.map((t): Token => ({
    kind: t.kind,
    start: t.start + start,
    end: t.end + start,
    text: t.text,
    lower: t.lower,
  }));
  const sentences = core.sentences.map((s, i): Sentence => {
    const [a, b] = core.ranges[i]!;
    const sTokens = tokens.slice(a, b);
    return {
      start: s.start + start,
      end: s.end + start,
      text: s.text,
      tokens: sTokens,
      words: sTokens.filter((t) => t.kind === 'word'),
      language: s.language,
    };
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
