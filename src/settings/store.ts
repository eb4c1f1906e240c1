/** Where settings live: browser storage in the extension (synced where the
 * browser allows), localStorage on the plain web playground. Both hand out the
 * same validated shape and tell listeners about changes made elsewhere. */
import { DEFAULT_SETTINGS, repairSettings, type UserSettings } from './schema';

export interface SettingsStore {
  load(): Promise<UserSettings>;
  save(settings: UserSettings): Promise<void>;
  /** Changes made in another page or browser window. */
  subscribe(listener: (settings: UserSettings) => void): () => void;
}

const LOCAL_KEY = 'tutur:settings';

/** For pages without extension APIs (the playground on localhost). */
export function localSettingsStore(storage: Storage = globalThis.localStorage): SettingsStore {
  const read = (): UserSettings => {
    try {
      const raw = storage.getItem(LOCAL_KEY);
      return raw ? repairSettings(JSON.parse(raw)).settings : DEFAULT_SETTINGS;
    } catch {
      return DEFAULT_SETTINGS;
    }
  };
  return {
    load: async () => read(),
    save: async (settings) => storage.setItem(LOCAL_KEY, JSON.stringify(settings)),
    subscribe(listener) {
      const onStorage = (e: StorageEvent) => {
        if (e.key === LOCAL_KEY) listener(read());
      };
      globalThis.addEventListener?.('storage', onStorage);
      return () => globalThis.removeEventListener?.('storage', onStorage);
    },
  };
}

/** In memory: tests and the first paint. */
export function memorySettingsStore(initial: UserSettings = DEFAULT_SETTINGS): SettingsStore {
  let current = initial;
  const listeners = new Set<(s: UserSettings) => void>();
  return {
    load: async () => current,
    async save(settings) {
      current = settings;
      for (const l of listeners) l(settings);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
