/** Validate JSON (text or value) against a valibot schema; each problem is
 * named by its field ("glossary.BPBD") and, for a text, the line it sits on
 * (the first MAX_PROBLEMS of them; the rest are counted). */
import * as v from 'valibot';
import { jsonErrorOffset } from './json-error';

export interface JsonProblem {
  /** "glossary.BPBD", "hashtags.required[1]", "(file)" for a syntax error. */
  path: string;
  message: string;
  line?: number;
}

export function pathOf(issue: v.BaseIssue<unknown>): string {
  return (
    (issue.path ?? []).map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('') ||
    '(top level)'
  );
}

/** At most this many problems are described; the others are only counted (`more`), so a
 * file with 30,000 bad entries is reported at once and in a few lines. */
export const MAX_PROBLEMS = 50;

export type JsonResult<T> = { ok: true; value: T } | { ok: false; problems: JsonProblem[]; more?: number };

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The line of a field: where its last key is written (good enough to find it in an editor). */
function lineOf(text: string, path: string): number | undefined {
  const key = path
    .split(/[.[\]]/)
    .filter((p) => p && !/^\d+$/.test(p))
    .pop();
  if (!key) return undefined;
  const at = text.indexOf(`"${key}"`);
  return at === -1 ? undefined : lineAt(text, at);
}

export function validateJson<S extends v.GenericSchema>(schema: S, input: unknown): JsonResult<v.InferOutput<S>> {
  let value = input;
  const text = typeof input === 'string' ? input : undefined;
  if (text !== undefined) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      const offset = jsonErrorOffset(text);
      return {
        ok: false,
        problems: [
          {
            path: '(file)',
            message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
            line: offset === null ? undefined : lineAt(text, offset),
          },
        ],
      };
    }
  }
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  // Lines are looked up for the problems described only: each lookup reads the text.
  const problems = result.issues.slice(0, MAX_PROBLEMS).map((i) => {
    const path = pathOf(i);
    return { path, message: messageOf(i), line: text === undefined ? undefined : lineOf(text, path) };
  });
  const more = result.issues.length - problems.length;
  return more > 0 ? { ok: false, problems, more } : { ok: false, problems };
}

/** valibot's wording for an absent key is "Invalid key: Expected "name" but received undefined". */
function messageOf(issue: v.BaseIssue<unknown>): string {
  return issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"')
    ? 'required, but missing'
    : issue.message;
}

/** "glossary.BPBD (line 7): expected text" */
export function describeProblem(p: JsonProblem): string {
  return `${p.path}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`;
}

/** All of a failed result in one line: the problems described, then how many more there are. */
export function describeProblems({ problems, more = 0 }: { problems: JsonProblem[]; more?: number }): string {
  return [...problems.map(describeProblem), ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
}
