/** Settings an organisation deploys by policy (Chrome `storage.managed` from
 * the browser's policies; Firefox `policies.json` "3rdparty"). Precedence:
 * managed > the user's own > defaults; managed values are locked in the UI. */
import * as v from 'valibot';
import { AUDIENCES } from '../analysis/types';
import type { StylePack } from '../analysis/types';
import { UserSettingsSchema, type UserSettings } from './schema';
import { StylePackSchema, type StylePackFile } from './style-pack';
import { pathOf, type JsonProblem } from './validate';

/** What a policy may set (every field optional); Chrome's managed schema is generated from it (json-schemas.ts). */
export const MANAGED_FIELDS = {
  stylePack: StylePackSchema,
  defaultAudience: v.picklist(AUDIENCES),
  uiLanguage: UserSettingsSchema.entries.uiLanguage,
  disabledSites: UserSettingsSchema.entries.disabledSites,
  dictionary: UserSettingsSchema.entries.dictionary,
  ignoredRules: UserSettingsSchema.entries.ignoredRules,
};
export type ManagedKey = keyof typeof MANAGED_FIELDS;
export type ManagedPolicy = Partial<{ [K in ManagedKey]: v.InferOutput<(typeof MANAGED_FIELDS)[K]> }>;

/** Keep every valid field of a policy; report the rest (an admin's typo must not disable all of it). */
export function parseManaged(raw: unknown): { policy: ManagedPolicy; problems: JsonProblem[] } {
  const policy: Record<string, unknown> = {};
  const problems: JsonProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { policy, problems: raw == null ? [] : [{ path: '(policy)', message: 'expected an object' }] };
  for (const key of Object.keys(MANAGED_FIELDS) as ManagedKey[]) {
    if (!(key in raw)) continue;
    const result = v.safeParse(MANAGED_FIELDS[key], (raw as Record<string, unknown>)[key]);
    if (result.success) policy[key] = result.output;
    else
      problems.push(
        ...result.issues.map((i) => ({ path: `${key}${pathOf(i) === '(top level)' ? '' : `.${pathOf(i)}`}`, message: i.message })),
      );
  }
  return { policy: policy as ManagedPolicy, problems };
}

export interface EffectiveSettings {
  settings: UserSettings;
  /** The pack in force: the organisation's, else the user's own. */
  stylePack: StylePackFile | null;
  packSource: 'managed' | 'user' | null;
  /** Settings the organisation set: shown as managed and not editable. */
  locked: ReadonlySet<ManagedKey>;
}

export function effectiveSettings(user: UserSettings, policy: ManagedPolicy): EffectiveSettings {
  const locked = new Set(Object.keys(policy) as ManagedKey[]);
  const { stylePack: managedPack, ...rest } = policy;
  const settings: UserSettings = { ...user, ...rest };
  // The pack's own default audience applies when the organisation did not set one directly.
  if (!policy.defaultAudience && managedPack?.defaultAudience) {
    settings.defaultAudience = managedPack.defaultAudience;
    locked.add('defaultAudience');
  }
  const stylePack = managedPack ?? user.stylePack;
  return { settings, stylePack, packSource: managedPack ? 'managed' : user.stylePack ? 'user' : null, locked };
}

/** The pack last handed to the engine, with its file's JSON. */
let lastEnginePack: { file: StylePackFile; json: string; pack: StylePack } | undefined;

/** The engine's view of a pack (it reads a subset of the file's fields). The engine indexes a pack once per
 * object: a pack read again with the same content (a policy or the settings re-read) gets the object it
 * had, so a 10,000-term pack is not indexed again. */
export function enginePack(pack: StylePackFile | null): StylePack | undefined {
  if (!pack) return undefined;
  if (lastEnginePack?.file === pack) return lastEnginePack.pack;
  const json = JSON.stringify(pack);
  if (lastEnginePack?.json === json) {
    lastEnginePack.file = pack;
    return lastEnginePack.pack;
  }
  const engine = toEnginePack(pack);
  lastEnginePack = { file: pack, json, pack: engine };
  return engine;
}

function toEnginePack(pack: StylePackFile): StylePack {
  return {
    name: pack.name,
    glossary: pack.glossary,
    preferredTerms: pack.preferredTerms,
    bannedTerms: pack.bannedTerms,
    hashtags: pack.hashtags,
    timeZone: pack.timeZone,
    contacts: { ...pack.contacts, handles: [...(pack.contacts?.handles ?? []), ...Object.values(pack.accounts ?? {}).flat()] },
    defaultAudience: pack.defaultAudience,
    authorities: pack.authorities,
  };
}
