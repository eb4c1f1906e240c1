/** Where the extension keeps settings (issue 14, item 4): the preferences in one sync item, which holds at
 * most 8 KB; the style pack in this device's local storage; a pack an earlier version kept in the sync item
 * is taken over on the first read. WXT's fake browser stands in for the browser's storage. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSettingsStore } from '../../src/settings/extension-store';
import { enginePack } from '../../src/settings/managed';
import { DEFAULT_SETTINGS, type UserSettings } from '../../src/settings/schema';
import { parseStylePack, type StylePackFile } from '../../src/settings/style-pack';
import { jsonBytes } from '../../src/settings/validate';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM: what one sync item may hold (key and JSON value). */
const SYNC_ITEM_QUOTA = 8192;

/** A valid pack of about `bytes` bytes (banned terms with reasons). */
function packOf(bytes: number, name = 'Pemerintah Kota Contoh'): StylePackFile {
  const entries = Math.ceil(bytes / 65);
  const result = parseStylePack({
    formatVersion: 1,
    name,
    bannedTerms: Array.from({ length: entries }, (_, i) => ({ term: `istilah lama ${i}`, reason: `Alasan nomor ${i} dari panduan.` })),
  });
  if (!result.ok) throw new Error('invalid test pack');
  return result.pack;
}

const syncRaw = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
const localRaw = async () => (await fakeBrowser.storage.local.get('stylePack')).stylePack as { pack: unknown } | undefined;
/** Settings as Tutur 0.1.0 stored them: the pack inside the sync item (version 2). */
async function storeAsBefore(settings: UserSettings) {
  await fakeBrowser.storage.sync.set({ settings, settings$: { v: 2 } });
}
const nextChange = (store: ReturnType<typeof extensionSettingsStore>) =>
  new Promise<UserSettings>((resolve) => {
    const stop = store.subscribe((s) => {
      stop();
      resolve(s);
    });
  });

describe('the style pack is kept in local storage, the preferences in sync', () => {
  it('a 32 KB pack is saved outside the sync item, which stays small; it reads back', async () => {
    const pack = packOf(32 * 1024);
    expect(jsonBytes(pack)).toBeGreaterThan(32 * 1024);
    const store = extensionSettingsStore();
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    const mine: UserSettings = { ...DEFAULT_SETTINGS, dictionary: ['Kapuas'], defaultAudience: 'youth', stylePack: pack };
    await store.save(mine);

    const sync = await syncRaw();
    expect(sync).not.toHaveProperty('stylePack');
    expect(sync).toMatchObject({ dictionary: ['Kapuas'], defaultAudience: 'youth' });
    expect(jsonBytes(sync) + 'settings'.length).toBeLessThan(SYNC_ITEM_QUOTA);
    expect((await localRaw())!.pack).toEqual(pack);

    expect(await extensionSettingsStore().load()).toEqual(mine);
  });

  it('removing the pack removes it from local storage only', async () => {
    const store = extensionSettingsStore();
    await store.load();
    await store.save({ ...DEFAULT_SETTINGS, stylePack: packOf(1000) });
    await store.save({ ...DEFAULT_SETTINGS, stylePack: null, uiLanguage: 'en' });
    expect(await localRaw()).toEqual({ pack: null });
    expect(await extensionSettingsStore().load()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
  });

  it('an invalid pack in local storage reads as none, and the preferences are kept', async () => {
    await fakeBrowser.storage.local.set({ stylePack: { pack: { formatVersion: 1, name: '' } } });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, stylePack: undefined, uiLanguage: 'id' }, settings$: { v: 2 } });
    expect(await extensionSettingsStore().load()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'id' });
  });
});

describe('a pack stored by an earlier version is taken over', () => {
  const before: UserSettings = { ...DEFAULT_SETTINGS, dictionary: ['Sipandu'], stylePack: packOf(4000, 'Pack lama') };

  it('the first read moves it to local storage: the user keeps the pack', async () => {
    await storeAsBefore(before);
    expect(await extensionSettingsStore().load()).toEqual(before);
    expect((await localRaw())!.pack).toEqual(before.stylePack);
    // Read again, by another page: the same settings, from local storage now.
    expect(await extensionSettingsStore().load()).toEqual(before);
  });

  it('the copy in sync stays while only preferences change (other devices still find it), and goes when the pack changes', async () => {
    await storeAsBefore(before);
    const store = extensionSettingsStore();
    const loaded = await store.load();
    await store.save({ ...loaded, uiLanguage: 'en' });
    expect(await syncRaw()).toMatchObject({ uiLanguage: 'en', stylePack: before.stylePack });

    const newer = packOf(20_000, 'Pack baru');
    await store.save({ ...loaded, uiLanguage: 'en', stylePack: newer });
    expect(await syncRaw()).not.toHaveProperty('stylePack');
    expect((await localRaw())!.pack).toEqual(newer);
    expect((await extensionSettingsStore().load()).stylePack).toEqual(newer);
  });

  it('once this device has its own pack (or none), a pack in the sync item is ignored', async () => {
    const store = extensionSettingsStore();
    await store.load();
    await store.save({ ...DEFAULT_SETTINGS, stylePack: null });
    // An earlier version on another device writes its settings, pack included.
    await storeAsBefore(before);
    expect((await extensionSettingsStore().load()).stylePack).toBeNull();
  });

  it('settings of the first release (version 1, no pack) still read', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        version: 1,
        defaultAudience: 'government',
        uiLanguage: 'id',
        audienceBySite: {},
        disabledSites: [],
        dictionary: [],
        ignoredRules: [],
      },
      settings$: { v: 1 },
    });
    expect(await extensionSettingsStore().load()).toEqual({ ...DEFAULT_SETTINGS, defaultAudience: 'government', uiLanguage: 'id' });
  });
});

describe('changes made elsewhere', () => {
  it('a preference changed in another page keeps the same pack object (the engine does not index it again)', async () => {
    const store = extensionSettingsStore();
    await store.load();
    await store.save({ ...DEFAULT_SETTINGS, stylePack: packOf(2000) });
    const loaded = await store.load();
    const changed = nextChange(store);
    await extensionSettingsStore().save({ ...loaded, defaultAudience: 'youth' });
    const seen = await changed;
    expect(seen.defaultAudience).toBe('youth');
    expect(seen.stylePack).toBe(loaded.stylePack);
  });

  it('a pack imported in another page reaches the listener', async () => {
    const store = extensionSettingsStore();
    await store.load();
    const changed = nextChange(store);
    const other = extensionSettingsStore();
    await other.save({ ...(await other.load()), stylePack: packOf(10_000, 'Dari halaman lain') });
    expect((await changed).stylePack?.name).toBe('Dari halaman lain');
  });

  it('the engine gets the same pack object for a pack read again with the same content', () => {
    const first = packOf(3000);
    const again = structuredClone(first);
    expect(enginePack(again)).toBe(enginePack(first));
    expect(enginePack(packOf(3000, 'Lain'))).not.toBe(enginePack(first));
  });
});
