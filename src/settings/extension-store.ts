/** Settings in the extension, in two places:
 * - the preferences (audiences, language, sites, dictionary, ignored tips): one versioned item in sync storage,
 *   which the user's browsers share where the browser syncs;
 * - the user's style pack: an item in this device's local storage. A sync item holds at most 8 KB
 *   (QUOTA_BYTES_PER_ITEM), and an organisation's pack is often bigger (up to STYLE_PACK_LIMITS.bytes).
 * Both are repaired on read.
 *
 * Before this split the pack was a field of the sync item. The first read on a device copies such a pack to
 * local storage. The copy left in sync (it fitted there, so it is small) stays, so that the user's other
 * devices find it too when they update; it goes when the user imports or removes a pack on this device. */
import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, UserSettingsSchema, type UserSettings } from './schema';
import type { SettingsStore } from './store';

type StylePack = UserSettings['stylePack'];
/** The preferences as sync storage holds them: the settings without the pack, except for a pack an earlier
 * version of Tutur stored there. */
type SyncedSettings = Omit<UserSettings, 'stylePack'> & { stylePack?: unknown };
/** The pack as local storage holds it; absent (null) until the first read on this device. */
interface LocalPack {
  pack: unknown;
}

const { stylePack: _pack, ...DEFAULT_PREFERENCES } = DEFAULT_SETTINGS;

export const SYNC_SETTINGS_KEY = 'sync:settings';
export const LOCAL_PACK_KEY = 'local:stylePack';

const preferencesItem = storage.defineItem<SyncedSettings>(SYNC_SETTINGS_KEY, {
  fallback: DEFAULT_PREFERENCES,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
const packItem = storage.defineItem<LocalPack | null>(LOCAL_PACK_KEY, { fallback: null });

/** A stored pack, validated; problems are logged, and an invalid pack reads as none. */
function readPack(raw: unknown): StylePack {
  if (raw === null || raw === undefined) return null;
  const result = v.safeParse(UserSettingsSchema.entries.stylePack, raw);
  if (result.success) return result.output;
  console.warn('[tutur] the stored style pack is invalid and is not used:', result.issues[0]?.message);
  return null;
}

function withoutPack(settings: UserSettings): Omit<UserSettings, 'stylePack'> {
  const { stylePack: _omit, ...preferences } = settings;
  return preferences;
}

export function extensionSettingsStore(): SettingsStore {
  /** The pack last read or written, and what it was read from: a pack object is kept while its stored
   * value is unchanged, so the engine, which indexes a pack once per object, does not index it again
   * when only a preference changed. */
  let known: { raw: unknown; pack: StylePack } | undefined;
  const packOf = (stored: LocalPack | null): StylePack => {
    const raw = stored?.pack ?? null;
    if (known && known.raw === raw) return known.pack;
    known = { raw, pack: readPack(raw) };
    return known.pack;
  };
  const combine = (preferences: unknown, pack: StylePack): UserSettings => {
    const { settings, problems } = repairSettings(preferences);
    if (problems.some((p) => p.path !== 'stylePack'))
      console.warn('[tutur] settings had invalid fields, using defaults for:', problems.map((p) => p.path).join(', '));
    return { ...settings, stylePack: pack };
  };
  return {
    async load() {
      const [preferences, stored] = await Promise.all([preferencesItem.getValue(), packItem.getValue()]);
      if (stored === null) {
        // The first read on this device: take over the pack an earlier version kept in sync storage.
        const legacy = preferences.stylePack ?? null;
        const moved: LocalPack = { pack: legacy };
        await packItem.setValue(moved);
        return combine(preferences, packOf(moved));
      }
      return combine(preferences, packOf(stored));
    },
    async save(settings) {
      const packChanged = !known || settings.stylePack !== known.pack;
      if (packChanged) {
        const stored: LocalPack = { pack: settings.stylePack };
        await packItem.setValue(stored);
        known = { raw: settings.stylePack, pack: settings.stylePack };
      }
      // A pack left in sync storage by an earlier version stays until the user changes the pack here.
      const legacy = packChanged ? undefined : (await preferencesItem.getValue()).stylePack;
      await preferencesItem.setValue(legacy == null ? withoutPack(settings) : { ...withoutPack(settings), stylePack: legacy });
    },
    subscribe(listener) {
      // Each change event carries one of the two parts; the other is the one last known, or read.
      const currentPack = async () => (known ? known.pack : packOf(await packItem.getValue()));
      const stopPreferences = preferencesItem.watch((preferences) => {
        void currentPack().then((pack) => listener(combine(preferences, pack)));
      });
      const stopPack = packItem.watch((stored) => {
        const pack = packOf(stored);
        void preferencesItem.getValue().then((preferences) => listener(combine(preferences, pack)));
      });
      return () => {
        stopPreferences();
        stopPack();
      };
    },
  };
}
