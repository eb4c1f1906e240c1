/** Settings in the extension: one versioned @wxt-dev/storage item in sync storage
 * (the user's browsers share it where the browser syncs), repaired on read. */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type UserSettings } from './schema';
import type { SettingsStore } from './store';

const item = storage.defineItem<UserSettings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export function extensionSettingsStore(): SettingsStore {
  return {
    async load() {
      const { settings, problems } = repairSettings(await item.getValue());
      if (problems.length) console.warn('[tutur] settings had invalid fields, using defaults for:', problems.map((p) => p.path).join(', '));
      return settings;
    },
    save: (settings) => item.setValue(settings),
    subscribe(listener) {
      return item.watch((value) => listener(repairSettings(value).settings));
    },
  };
}
