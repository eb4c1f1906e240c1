/** An organisation deploys a style pack by Firefox enterprise policy: policies.json, "3rdparty" → "Extensions" →
 * Tutur's gecko id, in the system-wide policies folder (written here as root, removed afterwards; Firefox reads it
 * at startup only). Tutur reads it through storage.managed and follows it with no action from the user, as in
 * Chromium (tests/e2e/managed.test.ts). Firefox needs no managed schema, and gives managed storage to a temporary
 * add-on too, as long as its id is a fixed one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LAST_POLICY_KEY } from '../../src/settings/managed-source';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import {
  attribute,
  FIREFOX_E2E_BUILD,
  geckoIdOf,
  inBrowserWindow,
  launchWithExtension,
  openExtensionPage,
  openPanel,
  tabIdOf,
  type FirefoxApi,
  type Session,
} from './support/firefox';
import { FIREFOX_POLICY_FILE, removeFirefoxPolicy, writeFirefoxPolicy } from './support/policy.mjs';

const pack = JSON.parse(readFileSync('examples/style-pack.kota-contoh.json', 'utf8'));
const POLICY = { stylePack: pack, defaultAudience: 'government' };
const EXPECTED = { defaultAudience: 'government', stylePack: { name: 'Pemerintah Kota Contoh' } };
const APPLY = (rule: string) => `[data-rule="${rule}"] [data-action="apply"]`;

let session: Session;
let server: StaticServer;

beforeAll(async () => {
  // Writing browser policy needs root: say so plainly rather than skip.
  try {
    writeFirefoxPolicy({ '3rdparty': { Extensions: { [geckoIdOf(FIREFOX_E2E_BUILD)]: POLICY } } });
  } catch (error) {
    throw new Error(
      `cannot write the Firefox policy file ${FIREFOX_POLICY_FILE} (run the e2e suite as root, or set TUTUR_FIREFOX_POLICY_FILE): ${String(error)}`,
    );
  }
  server = await serveStatic('tests/fixtures');
  session = await launchWithExtension(FIREFOX_E2E_BUILD, { withTestPolicy: true });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  removeFirefoxPolicy();
});

describe('style pack deployed by Firefox policy', () => {
  it('is addressed to the e2e build’s fixed gecko id, the one admins use', () => {
    expect(session.geckoId).toBe('tutur@tutur.id');
  });

  it('is in force in Firefox, read from the policy file at startup', async () => {
    const firefox = await inBrowserWindow<{ active: boolean; extension: unknown }>(
      session.helper,
      `({
        active: Services.policies.status === Ci.nsIEnterprisePolicies.ACTIVE,
        extension: Services.policies.getExtensionPolicy(${JSON.stringify(session.geckoId)}),
      })`,
    );
    expect(firefox).toMatchObject({ active: true, extension: EXPECTED });
  });

  it('reaches the extension through storage.managed', async () => {
    const managed = await session.helper.evaluate(() => (globalThis as unknown as { browser: FirefoxApi }).browser.storage.managed.get());
    expect(managed).toMatchObject(EXPECTED);
  });

  it('is read by the background at start and remembered, so a panel need not wait for the browser’s first read', async () => {
    const remembered = () =>
      session.helper.evaluate(
        async (key) => (await (globalThis as unknown as { browser: FirefoxApi }).browser.storage.local.get(key))[key] ?? null,
        LAST_POLICY_KEY,
      );
    await expect.poll(remembered, { timeout: 10_000 }).toMatchObject(EXPECTED);
  });

  it('changes the panel’s tips without the user doing anything', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.url}/textarea.html`);
    await page.click('#composer');
    await page.keyboard.type('Posyandu buka Kamis pukul 08.00 di Balai RW 05.');
    const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
    expect(await attribute(panel, APPLY('hashtag.official-missing'), 'data-replacement')).toBe('\n\n#KotaContohMelayani');
    // The pack's zone (WITA), and the organisation's audience.
    expect(await attribute(panel, APPLY('time.missing-zone'), 'data-replacement')).toBe(' WITA');
    expect(await attribute(panel, '[data-audience="government"]', 'aria-pressed')).toBe('true');
    await panel.close();
    await page.close();
  });

  it('shows the managed settings as managed and locked in the options page', async () => {
    const options = await openExtensionPage(session, '/options.html?lang=en');
    await options.waitForSelector('[data-pack-source="managed"]', { timeout: 10_000 });
    expect(await options.$$eval('[data-pack="Pemerintah Kota Contoh"]', (els) => els.length)).toBe(1);
    expect(await options.$eval('[data-managed]', (el) => el.textContent)).toContain('Managed by your organisation');
    expect(await options.$$eval('[data-managed="defaultAudience"]', (els) => els.length)).toBe(1);
    const audience = (value: string) =>
      options.$eval(`[data-option="default-audience"][value="${value}"]`, (el) => ({
        checked: (el as HTMLInputElement).checked,
        disabled: (el as HTMLInputElement).disabled,
      }));
    expect((await audience('government')).checked).toBe(true);
    expect((await audience('public')).disabled).toBe(true);
    // A managed pack cannot be replaced, edited or removed from the page.
    expect(
      await options.$$eval('[data-action="import-pack"], [data-action="edit-pack"], [data-action="remove-pack"]', (els) => els.length),
    ).toBe(0);
    await options.close();
  });
});
