/** Validate JSON (text or value) against a valibot schema; every problem is
 * named by its field ("glossary.BPBD") and, for a text, the line it sits on. */
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

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
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

export function validateJson<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; problems: JsonProblem[] } {
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
  return {
    ok: false,
    problems: result.issues.map((i) => ({
      path: pathOf(i),
      message: messageOf(i),
      line: text === undefined ? undefined : lineOf(text, pathOf(i)),
    })),
  };
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
