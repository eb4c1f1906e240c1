/** The user's own settings: one typed, versioned shape, validated wherever it
 * comes from (browser storage, an imported file). */
import * as v from 'valibot';
import { AUDIENCES, type Audience } from '../analysis/types';
import { StylePackSchema } from './style-pack';
import { pathOf } from './validate';

/** 1: the first release. 2: adds the user's own style pack. */
export const SETTINGS_VERSION = 2;

const word = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64));

export const UserSettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** The audience a new site starts with. */
  defaultAudience: v.picklist(AUDIENCES),
  /** Interface language: follow the browser, or a fixed one. */
  uiLanguage: v.picklist(['browser', 'id', 'en']),
  /** Audience chosen per site, or per "site account" ("x @pemkotptk"). */
  audienceBySite: v.record(v.pipe(v.string(), v.maxLength(200)), v.picklist(AUDIENCES)),
  /** Sites where the user switched Tutur off (site ids such as "x", or hostnames). */
  disabledSites: v.array(v.pipe(v.string(), v.maxLength(200))),
  /** Words the user added: never flagged by spelling rules. */
  dictionary: v.array(word),
  /** Rules the user chose to always ignore. */
  ignoredRules: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)+$/))),
  /** A style pack the user imported (an organisation's managed pack takes precedence). */
  stylePack: v.nullable(StylePackSchema),
});
export type UserSettings = v.InferOutput<typeof UserSettingsSchema>;

export const DEFAULT_SETTINGS: UserSettings = {
  version: SETTINGS_VERSION,
  defaultAudience: 'public',
  uiLanguage: 'browser',
  audienceBySite: {},
  disabledSites: [],
  dictionary: [],
  ignoredRules: [],
  stylePack: null,
};

/** Migrations of stored settings, by the version they lead to (run by @wxt-dev/storage). */
export const SETTINGS_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  2: (old) => ({ ...old, version: 2, stylePack: null }),
};

export interface SettingsProblem {
  /** "dictionary[2]", "audienceBySite.x" … */
  path: string;
  message: string;
}

/** Validate; every problem is named by its field. */
export function checkSettings(raw: unknown): { ok: true; settings: UserSettings } | { ok: false; problems: SettingsProblem[] } {
  const result = v.safeParse(UserSettingsSchema, raw);
  if (result.success) return { ok: true, settings: result.output };
  return { ok: false, problems: result.issues.map((i) => ({ path: pathOf(i), message: i.message })) };
}

/** What storage holds may be old, partial or damaged: keep every valid field, default the rest. */
export function repairSettings(raw: unknown): { settings: UserSettings; problems: SettingsProblem[] } {
  const base = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof UserSettings)[]) {
    if (!(key in base) || key === 'version') continue;
    const field = v.safeParse(UserSettingsSchema.entries[key], base[key]);
    if (field.success) settings[key] = field.output;
    else problems.push({ path: key, message: field.issues[0]!.message });
  }
  return { settings: settings as UserSettings, problems };
}

/** The key under which a site's audience is remembered: the site, and the account where known. */
export function audienceKey(site: string, account?: string): string {
  return account ? `${site} ${account}` : site;
}

export function audienceFor(settings: UserSettings, site: string, account?: string): Audience {
  return settings.audienceBySite[audienceKey(site, account)] ?? settings.audienceBySite[site] ?? settings.defaultAudience;
}
