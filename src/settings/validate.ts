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
  /** A list (or the whole file) over its size limit: what the limit is and what was given, for a message in the
   * reader's language (`message` is in English). */
  limit?: SizeLimit;
}

export interface SizeLimit {
  unit: 'entries' | 'bytes';
  max: number;
  actual: number;
}

// ── size limits ─────────────────────────────────────────────────────────────

/** "2 MB", "512 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The UTF-8 length of a string, without encoding it. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The size of a value as compact JSON, in UTF-8 bytes (as it is stored). */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? '');

/** The message of a list over its limit (v.maxLength on an array, v.maxEntries on a record). */
export const tooMany =
  (max: number) =>
  (issue: v.BaseIssue<unknown>): string =>
    `too many entries: ${issue.received}, at most ${max}`;

/** The checks made by fitsJsonBytes, with their limit (to describe a failed one). */
const byteLimits = new WeakMap<object, number>();

/** For v.check: a value whose compact JSON is at most `max` bytes (no JSON Schema keyword says this). */
export function fitsJsonBytes(max: number): (value: unknown) => boolean {
  const fits = (value: unknown) => jsonBytes(value) <= max;
  byteLimits.set(fits, max);
  return fits;
}

export const tooBig =
  (max: number) =>
  (issue: v.BaseIssue<unknown>): string =>
    `too big: ${formatBytes(jsonBytes(issue.input))}, at most ${formatBytes(max)}`;

/** The size limit an issue is about, if it is one of the limits above. */
function limitOf(issue: v.BaseIssue<unknown>): SizeLimit | undefined {
  const input = issue.input;
  if (issue.type === 'max_length' && Array.isArray(input)) return { unit: 'entries', max: Number(issue.requirement), actual: input.length };
  if (issue.type === 'max_entries' && typeof input === 'object' && input !== null)
    return { unit: 'entries', max: Number(issue.requirement), actual: Object.keys(input).length };
  const max = issue.type === 'check' ? byteLimits.get(issue.requirement as object) : undefined;
  if (max !== undefined) return { unit: 'bytes', max, actual: jsonBytes(input) };
  return undefined;
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
  const problems = result.issues.slice(0, MAX_PROBLEMS).map((i): JsonProblem => {
    const path = pathOf(i);
    const problem: JsonProblem = { path, message: messageOf(i), line: text === undefined ? undefined : lineOf(text, path) };
    const limit = limitOf(i);
    if (limit) problem.limit = limit;
    return problem;
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
