/** An organisation deploys a style pack by policy: Chromium reads it from its
 * managed-policies folder (written here as root, removed afterwards), and Tutur
 * follows it with no action from the user. Also: an invalid managed_schema
 * stops the extension from loading at all (so the shipped one must be valid). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAST_POLICY_KEY } from '../../src/settings/managed-source';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_BUILD, launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { E2E_EXTENSION_ID } from '../../config/e2e-extension-key';
import { serveStatic, type StaticServer } from './support/server';

const POLICY_DIR = process.env.TUTUR_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'tutur-e2e-test.json');
const pack = JSON.parse(readFileSync('examples/style-pack.kota-contoh.json', 'utf8'));

let session: Session;
let server: StaticServer;

beforeAll(async () => {
  // Writing browser policy needs root: say so plainly rather than skip.
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [E2E_EXTENSION_ID]: { stylePack: pack, defaultAudience: 'government' } } } }),
    );
  } catch (error) {
    throw new Error(
      `cannot write the Chromium policy file ${POLICY_FILE} (run the e2e suite as root, or set TUTUR_CHROMIUM_POLICY_DIR): ${String(error)}`,
    );
  }
  server = await serveStatic('tests/fixtures');
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(POLICY_FILE, { force: true });
});

describe('style pack deployed by policy', () => {
  it('is the e2e build’s fixed id that the policy addresses', () => {
    expect(session.extensionId).toBe(E2E_EXTENSION_ID);
  });

  it('reaches the extension through storage.managed', async () => {
    const managed = await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }
      ).chrome.storage.managed.get(),
    );
    expect(managed).toMatchObject({ defaultAudience: 'government', stylePack: { name: 'Pemerintah Kota Contoh' } });
  });

  it('is read by the background at start and remembered, so a panel need not wait for the browser’s first read', async () => {
    const remembered = () =>
      session.worker.evaluate(async (key) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } })
          .chrome;
        return (await api.storage.local.get(key))[key] ?? null;
      }, LAST_POLICY_KEY);
    await expect
      .poll(remembered, { timeout: 10_000 })
      .toMatchObject({ defaultAudience: 'government', stylePack: { name: 'Pemerintah Kota Contoh' } });
  });

  it('changes the panel’s tips without the user doing anything', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/textarea.html`);
    await page.locator('#composer').click();
    await page.keyboard.insertText('Posyandu buka Kamis pukul 08.00 di Balai RW 05.');
    const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
    await panel.locator('[data-rule="hashtag.official-missing"]').waitFor();
    expect(await panel.locator('[data-rule="hashtag.official-missing"] [data-action="apply"]').getAttribute('data-replacement')).toBe(
      '\n\n#KotaContohMelayani',
    );
    // The pack's zone (WITA), and the organisation's audience.
    expect(await panel.locator('[data-rule="time.missing-zone"] [data-action="apply"]').getAttribute('data-replacement')).toBe(' WITA');
    expect(await panel.locator('[data-audience="government"]').getAttribute('aria-pressed')).toBe('true');
    await panel.screenshot({ path: 'test-results/screenshots/panel-managed-id.png', fullPage: true });
  });

  it('shows the managed settings as managed and locked in the options page', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html?lang=en`);
    await options.locator('[data-pack-source="managed"]').waitFor();
    expect(await options.locator('[data-pack="Pemerintah Kota Contoh"]').count()).toBe(1);
    expect(await options.locator('[data-managed]').first().textContent()).toContain('Managed by your organisation');
    expect(await options.locator('[data-managed="defaultAudience"]').count()).toBe(1);
    expect(await options.locator('[data-option="default-audience"][value="government"]').isChecked()).toBe(true);
    expect(await options.locator('[data-option="default-audience"][value="public"]').isDisabled()).toBe(true);
    // A managed pack cannot be replaced, edited or removed from the page.
    expect(await options.locator('[data-action="import-pack"], [data-action="edit-pack"], [data-action="remove-pack"]').count()).toBe(0);
    await options.screenshot({ path: 'test-results/screenshots/options-managed-en.png', fullPage: true });
  });
});

describe('managed_schema', () => {
  it('an invalid schema stops the extension from loading', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'tutur-broken-'));
    cpSync(E2E_BUILD, broken, { recursive: true });
    writeFileSync(join(broken, 'managed_schema.json'), JSON.stringify({ type: 'array', items: { type: 'string' } }));
    expect(existsSync(join(broken, 'manifest.json'))).toBe(true);
    await expect(launchWithExtension(broken, { serviceWorkerTimeoutMs: 5000 })).rejects.toThrow(/service worker/);
    rmSync(broken, { recursive: true, force: true });
  });
});
