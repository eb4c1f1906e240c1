/** What the evaluation scripts (eval.ts, eval-typos.ts, eval-mechanics.ts) share: a row of the table
 * `npm run eval` prints, and the reader of IndoNLU's CoNLL files (one "word\ttag" a line, a blank line
 * between sentences). */
import { readFileSync } from 'node:fs';

export interface EvalRow {
  task: string;
  data: string;
  n: number;
  metric: string;
  value: number;
  target?: string;
}

/** The sentences of a CoNLL file, each a list of [word, tag]. */
export function conll(path: string): [string, string][][] {
  const sentences: [string, string][][] = [];
  let current: [string, string][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const [word, tag] = line.split('\t');
    if (word !== undefined && tag !== undefined) current.push([word, tag]);
  }
  if (current.length) sentences.push(current);
  return sentences;
}
