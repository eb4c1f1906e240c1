/** Whole-word, case-insensitive matching of a phrase list. Phrases are indexed
 * by their first word and matched against the line's tokens (already cached),
 * then checked literally at that spot: one hash lookup per word instead of a
 * regex with hundreds of alternatives run over every character. */
import { readParagraph, type Doc, type ParagraphCore } from '../doc';
import { spansByLine } from '../lines';
import { tokenize, type Token } from './tokens';

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** The list entry that matched (lower case, single spaces). */
  phrase: string;
}

interface Entry {
  phrase: string;
  /** Lower-case words of the phrase, in order. */
  words: string[];
  /** Characters before the first word ("[" in "[foto"). */
  leading: number;
  /** The literal phrase, anchored where its first character must be: made when the phrase's words first
   * match (a case-insensitive Unicode pattern takes tens of µs to build, and a style pack has 10,000 phrases). */
  literal?: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function literalOf(phrase: string): RegExp {
  // Word edges: not inside a word; a phrase ending in "!" or "." needs no edge after it.
  const edge = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${escape(phrase).replace(/ /g, '\\s+').replace(/'/g, "['’]")}${edge}`, 'iuy');
}

/** Every list's first words, numbered: a line's tokens are looked up here once,
 * and each list then checks only the tokens that start a phrase of some list. */
const firstWordIds = new Map<string, number>();

interface PhraseStarts {
  /** firstWordIds.size when this was worked out (a list made later adds words). */
  known: number;
  /** Indices of the line's word and number tokens that are a first word … */
  tokens: number[];
  /** … and that word's number. */
  ids: number[];
}

function phraseStarts(core: ParagraphCore): PhraseStarts {
  let starts = core.derived.get(findPhraseStarts) as PhraseStarts | undefined;
  if (starts === undefined || starts.known !== firstWordIds.size)
    core.derived.set(findPhraseStarts, (starts = findPhraseStarts(core.tokens)));
  return starts;
}

function findPhraseStarts(tokens: readonly Token[]): PhraseStarts {
  const starts: PhraseStarts = { known: firstWordIds.size, tokens: [], ids: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const id = firstWordIds.get(t.lower);
    if (id === undefined) continue;
    starts.tokens.push(i);
    starts.ids.push(id);
  }
  return starts;
}

/** The shared first-word index stops growing here (the built-in lists use a few thousand words):
 * a list made after that, with new first words (style packs, one after another, all day long),
 * keeps an index of its own and reads the line's tokens itself. */
const MAX_SHARED_FIRST_WORDS = 50_000;

export class PhraseList {
  /** Entries by the number of their first word (firstWordIds), longest first. */
  private readonly byFirstWord: Entry[][] = [];
  /** Entries by their first word, for a list that found the shared index full. */
  private ownIndex: Map<string, Entry[]> | undefined;
  private size = 0;
  readonly phrases: ReadonlySet<string>;
  /** find(), bound once: the key of this list's per-line memo. */
  private readonly findInLine = (line: string): PhraseMatch[] => this.find(line);

  /** `sharedIndexLimit`: the size past which this list indexes itself (tests make it small). */
  constructor(phrases: Iterable<string>, sharedIndexLimit = MAX_SHARED_FIRST_WORDS) {
    const list = [...new Set([...phrases].map((p) => p.toLowerCase().trim().replace(/\s+/g, ' ')).filter(Boolean))];
    this.phrases = new Set(list);
    const firstWords = new Set(list.map((p) => p.split(' ')[0]!));
    let newWords = 0;
    for (const w of firstWords) if (!firstWordIds.has(w)) newWords++;
    if (firstWordIds.size + newWords > sharedIndexLimit) this.ownIndex = new Map();
    for (const phrase of list) {
      const tokens = tokenize(phrase).filter((t) => t.kind === 'word' || t.kind === 'number');
      if (tokens.length === 0) continue;
      const words = tokens.map((t) => t.lower);
      const entry: Entry = { phrase, words, leading: tokens[0]!.start };
      this.size++;
      if (this.ownIndex) {
        const bucket = this.ownIndex.get(words[0]!);
        if (bucket) bucket.push(entry);
        else this.ownIndex.set(words[0]!, [entry]);
        continue;
      }
      let id = firstWordIds.get(words[0]!);
      if (id === undefined) firstWordIds.set(words[0]!, (id = firstWordIds.size));
      (this.byFirstWord[id] ??= []).push(entry);
    }
    // Longest first, so "sebarkan ke grup" wins over "sebarkan".
    for (const bucket of this.ownIndex?.values() ?? this.byFirstWord) bucket?.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  find(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (this.size === 0) return out;
    const core = readParagraph(text);
    const tokens = core.tokens;
    const own = this.ownIndex;
    const starts = own ? undefined : phraseStarts(core);
    let after = 0;
    for (let k = 0; k < (starts ? starts.tokens.length : tokens.length); k++) {
      const i = starts ? starts.tokens[k]! : k;
      const bucket = starts ? this.byFirstWord[starts.ids[k]!] : own!.get(tokens[k]!.lower);
      if (!bucket) continue;
      const t = tokens[i]!;
      if (t.start < after) continue;
      for (const e of bucket) {
        if (!this.wordsMatch(tokens, i, e.words)) continue;
        const start = t.start - e.leading;
        // Not inside a word on the left ("kata" in "berkata" is not a separate token anyway).
        if (start < 0 || (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!))) continue;
        const literal = (e.literal ??= literalOf(e.phrase));
        literal.lastIndex = start;
        const m = literal.exec(text);
        if (!m) continue;
        out.push({ start, end: start + m[0].length, text: m[0], phrase: e.phrase });
        after = start + m[0].length;
        break;
      }
    }
    return out;
  }

  private wordsMatch(tokens: readonly { lower: string }[], i: number, words: string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      if (tokens[i + k]?.lower !== words[k]) return false;
    }
    return true;
  }

  /** Matches in a whole draft, found line by line with a per-line cache. */
  findInDoc(doc: Doc): PhraseMatch[] {
    return spansByLine(doc, this.findInLine, this);
  }

  test(text: string): boolean {
    return this.find(text).length > 0;
  }
}

/** Keep the case of the original's first letter (and all-caps) in a replacement;
 * a replacement that is itself capitalised (Allah, Februari) stays so. */
export function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  if (replacement.charAt(0) !== replacement.charAt(0).toLowerCase() && original !== original.toUpperCase()) return replacement;
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
