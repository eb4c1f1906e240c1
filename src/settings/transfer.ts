/** Settings to and from a JSON file. A bad file is reported field by field,
 * with the line where the field sits, and changes nothing. */
import { jsonErrorOffset } from './json-error';
import { checkSettings, type SettingsProblem, type UserSettings } from './schema';

export function exportSettings(settings: UserSettings): string {
  return `${JSON.stringify({ ...settings, exportedBy: 'Tutur' }, null, 2)}\n`;
}

export interface ImportProblem extends SettingsProblem {
  line?: number;
}

export type ImportResult = { ok: true; settings: UserSettings } | { ok: false; problems: ImportProblem[] };

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The line of a field: where its last key is written (good enough to find it in an editor). */
function lineOf(text: string, path: string): number | undefined {
  const key = path.split(/[.[\]]/).filter((p) => p && !/^\d+$/.test(p)).pop();
  if (!key) return undefined;
  const at = text.indexOf(`"${key}"`);
  return at === -1 ? undefined : lineAt(text, at);
}

/** JSON's own error, with the line instead of a character position. */
function syntaxProblem(text: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text);
  return { path: '(file)', message: `not valid JSON: ${message}`, line: offset === null ? undefined : lineAt(text, offset) };
}

export function importSettings(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) delete (raw as Record<string, unknown>).exportedBy;
  const checked = checkSettings(raw);
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => ({ ...p, line: lineOf(text, p.path) })) };
}

/** "dictionary[2] (line 7): Invalid length…" */
export function describeProblem(p: ImportProblem): string {
  return `${p.path}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`;
}
