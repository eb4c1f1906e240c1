/** The options page's "For administrators" section (src/ui/options/AdminExport.tsx): what it exports, the checks
 * before a file is made, the download on the user's click (a Blob and an <a download>), both languages. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseManaged } from '../../../src/settings/managed';
import type { ManagedSource } from '../../../src/settings/managed-source';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { memorySettingsStore } from '../../../src/settings/store';
import { parseStylePack } from '../../../src/settings/style-pack';
import { t } from '../../../src/ui/i18n';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';

const ID = 'jlemkacoojbmcgfoocdkmfgiblffjnpi';
const parsed = parseStylePack(readFileSync('examples/style-pack.kota-contoh.json', 'utf8'));
if (!parsed.ok) throw new Error('the sample pack is invalid');
const PACK = parsed.pack;

/** Every download the page starts: the file's name and its bytes. */
let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function mount(options: { locale?: 'id' | 'en'; managed?: unknown; runtimeId?: string } = {}) {
  if (options.runtimeId) vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(options.runtimeId);
  const store = memorySettingsStore({ ...DEFAULT_SETTINGS, stylePack: PACK, defaultAudience: 'youth' });
  const managedSource: ManagedSource | undefined = options.managed
    ? { load: async () => options.managed, subscribe: () => () => {} }
    : undefined;
  const utils = render(<OptionsApp store={store} managedSource={managedSource} forcedLocale={options.locale ?? 'en'} />);
  await waitFor(() => expect(utils.container.querySelector('[data-section="admin-export"]')).not.toBeNull());
  return utils.container;
}
const type = (root: Element, option: string, value: string) =>
  fireEvent.input(root.querySelector(`[data-option="${option}"]`)!, { target: { value } });
const exportAs = (root: Element, format: string) =>
  fireEvent.click(root.querySelector(`[data-action="export-policy"][data-format="${format}"]`)!);

describe('For administrators', () => {
  it('is in both languages', async () => {
    const en = await mount({ locale: 'en' });
    expect(en.querySelector('#opt-admin')!.textContent).toBe('For administrators');
    cleanup();
    const id = await mount({ locale: 'id' });
    expect(id.querySelector('#opt-admin')!.textContent).toBe('Untuk admin');
    expect(id.querySelector('[data-admin-exports]')!.textContent).toBe(
      t('id', 'adminWhat', 'Pemerintah Kota Contoh', t('id', 'audience_youth')),
    );
  });

  it('takes this installation’s Chrome id, and leaves the field empty where the id is no Chrome id', async () => {
    const root = await mount({ runtimeId: ID });
    expect((root.querySelector('[data-option="admin-chrome-id"]') as HTMLInputElement).value).toBe(ID);
    cleanup();
    const firefox = await mount({ runtimeId: 'tutur@tutur.id' });
    expect((firefox.querySelector('[data-option="admin-chrome-id"]') as HTMLInputElement).value).toBe('');
    // In Firefox the Firefox policy needs no Chrome id.
    exportAs(firefox, 'firefox');
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['policies.json']));
  });

  it('downloads the Chrome policy for Linux on a click, with the pack, the audience and the force-install entry', async () => {
    const root = await mount();
    type(root, 'admin-chrome-id', ID);
    type(root, 'admin-update-url', 'https://intranet.example.go.id/tutur/updates.xml');
    exportAs(root, 'chrome-linux');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('tutur.json');
    const policy = JSON.parse(await downloads[0]!.blob.text());
    expect(policy.ExtensionInstallForcelist).toEqual([`${ID};https://intranet.example.go.id/tutur/updates.xml`]);
    expect(parseManaged(policy['3rdparty'].extensions[ID])).toEqual({
      policy: { stylePack: PACK, defaultAudience: 'youth' },
      problems: [],
    });
    expect(root.querySelector('[data-admin-notice="info"]')!.textContent).toBe(t('en', 'adminExported', 'tutur.json'));
    // With an update address, the console's force-install steps are shown too.
    expect(root.textContent).toContain(t('en', 'adminConsoleForceInstall', ID, 'https://intranet.example.go.id/tutur/updates.xml'));
  });

  it('exports what is in force: the organisation’s pack and audience when a policy sets them', async () => {
    const root = await mount({
      managed: { stylePack: { formatVersion: 1, name: 'Dinas Kominfo', timeZone: 'WIT' }, defaultAudience: 'government' },
    });
    await waitFor(() => expect(root.querySelector('[data-admin-exports]')!.getAttribute('data-admin-exports')).toBe('Dinas Kominfo'));
    type(root, 'admin-chrome-id', ID);
    type(root, 'admin-firefox-url', 'https://intranet.example.go.id/tutur/tutur.xpi');
    exportAs(root, 'firefox');
    await waitFor(() => expect(downloads).toHaveLength(1));
    const { policies } = JSON.parse(await downloads[0]!.blob.text());
    expect(policies.ExtensionSettings['tutur@tutur.id']).toEqual({
      installation_mode: 'force_installed',
      install_url: 'https://intranet.example.go.id/tutur/tutur.xpi',
    });
    expect(policies['3rdparty'].Extensions['tutur@tutur.id']).toEqual({
      stylePack: { formatVersion: 1, name: 'Dinas Kominfo', timeZone: 'WIT' },
      defaultAudience: 'government',
    });
  });

  it('writes the .reg file as UTF-16 LE with a byte-order mark, and the console JSON', async () => {
    const root = await mount();
    type(root, 'admin-chrome-id', ID);
    exportAs(root, 'windows-reg');
    exportAs(root, 'google-admin');
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.name)).toEqual(['tutur-chrome-edge.reg', 'tutur-google-admin.json']);
    const reg = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect([...reg.slice(0, 4)]).toEqual([0xff, 0xfe, 0x57, 0x00]);
    expect(JSON.parse(await downloads[1]!.blob.text()).stylePack.Value).toEqual(PACK);
  });

  it('makes no file while the id or an address is wrong, and says which', async () => {
    const root = await mount({ locale: 'id' });
    type(root, 'admin-chrome-id', 'tutur');
    type(root, 'admin-update-url', 'intranet/updates.xml');
    exportAs(root, 'chrome-linux');
    await waitFor(() => expect(root.querySelector('[data-admin-notice="error"]')).not.toBeNull());
    const text = root.querySelector('[data-admin-notice="error"]')!.textContent!;
    expect(text).toContain(t('id', 'adminBadChromeId', 'tutur'));
    expect(text).toContain(t('id', 'adminBadUpdateUrl', 'intranet/updates.xml'));
    expect(downloads).toEqual([]);
  });
});
