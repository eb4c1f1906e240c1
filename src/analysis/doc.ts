/** The shared text model: paragraphs (one per line), sentences, tokens and
 * sentence languages, computed once per analysis and cached per paragraph so
 * that a one-character edit re-reads one paragraph only. */
import { tokenize, type Token } from './text/tokens';
import { splitSentences } from './text/sentences';
import { combineLanguages, detectSentenceLanguage, type SentenceLanguage } from './language';
import type { Language } from './types';

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
export type ParagraphCore = Omit<Paragraph, 'index' | 'start' | 'end'>;

const CACHE_LIMIT = 4000;
const paragraphCache = new Map<string, ParagraphCore>();

export function readParagraph(text: string): ParagraphCore {
  const hit = paragraphCache.get(text);
  if (hit) return hit;
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let t = 0;
  for (const range of splitSentences(text)) {
    while (t < tokens.length && tokens[t]!.start < range.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= range.end) t++;
    const sTokens = tokens.slice(first, t);
    const words = sTokens.filter((tok) => tok.kind === 'word');
    const sText = text.slice(range.start, range.end);
    sentences.push({
      start: range.start,
      end: range.end,
      text: sText,
      tokens: sTokens,
      words,
      language: detectSentenceLanguage(sText, words.map((w) => w.lower)),
    });
  }
  const core: ParagraphCore = { text, tokens, sentences };
  if (paragraphCache.size >= CACHE_LIMIT) paragraphCache.delete(paragraphCache.keys().next().value!);
  paragraphCache.set(text, core);
  return core;
}

function shiftToken(t: Token, by: number): Token {
  return { ...t, start: t.start + by, end: t.end + by };
}

export function buildDoc(text: string): Doc {
  const paragraphs: Paragraph[] = [];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const core = readParagraph(text.slice(start, end));
    const pTokens = start === 0 ? core.tokens : core.tokens.map((t) => shiftToken(t, start));
    const pSentences = core.sentences.map((s) =>
      start === 0
        ? s
        : {
            ...s,
            start: s.start + start,
            end: s.end + start,
            tokens: s.tokens.map((t) => shiftToken(t, start)),
            words: s.words.map((t) => shiftToken(t, start)),
          },
    );
    paragraphs.push({ index: index++, start, end, text: core.text, tokens: pTokens, sentences: pSentences });
    for (const t of pTokens) tokens.push(t);
    for (const s of pSentences) sentences.push(s);
    start = end + 1;
  }
  const language = combineLanguages(sentences.map((s) => ({ language: s.language, length: s.end - s.start })));
  return { text, paragraphs, tokens, sentences, language };
}
