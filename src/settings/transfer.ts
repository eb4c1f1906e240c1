/** Settings to and from a JSON file. A bad file is reported field by field,
 * with the line where the field sits, and changes nothing. */
import { UserSettingsSchema, type UserSettings } from './schema';
import { validateJson, type JsonProblem } from './validate';

export { describeProblem } from './validate';
export type ImportProblem = JsonProblem;
export type ImportResult = { ok: true; settings: UserSettings } | { ok: false; problems: ImportProblem[] };

export function exportSettings(settings: UserSettings): string {
  return `${JSON.stringify({ ...settings, exportedBy: 'Tutur' }, null, 2)}\n`;
}

export function importSettings(text: string): ImportResult {
  const withoutMarker = text.replace(/,?\s*"exportedBy":\s*"Tutur"/, '');
  const result = validateJson(UserSettingsSchema, withoutMarker);
  return result.ok ? { ok: true, settings: result.value } : result;
}
