/** Firefox ESR under the policies.json the options page exports (src/settings/policy-export.ts): ExtensionSettings
 * force-installs Tutur from a self-hosted XPI and "3rdparty" carries the style pack. Written as root, removed after.
 * Here the XPI is the unsigned one this project builds (Mozilla signs only on addons.mozilla.org), which sets the
 * limit of this test: with Firefox's signature check on, as every deployment has it, Firefox refuses it for want of
 * a signature, and that is all it refuses it for; with the check off (an ESR-only preference, never for deployment)
 * the same policy installs it with no click, and its panel follows the pack. A signed XPI takes the first path. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPolicyExport, firefoxPolicies, FIREFOX_EXTENSION_ID } from '../../src/settings/policy-export';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import {
  attribute,
  EXTENSION_ORIGIN,
  EXTENSION_UUID,
  FIREFOX,
  FIREFOX_E2E_BUILD,
  geckoIdOf,
  inBrowserWindow,
  navigate,
  openPanel,
  tabIdOf,
  type Session,
} from './support/firefox';
import { FIREFOX_POLICY_FILE, removeFirefoxPolicy, writeFirefoxPolicy } from './support/policy.mjs';

const pack = JSON.parse(readFileSync('examples/style-pack.kota-contoh.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'tutur-firefox-selfhost-'));
const XPI = join(scratch, 'tutur.xpi');
const XPI_URL = pathToFileURL(XPI).href;
const APPLY = (rule: string) => `[data-rule="${rule}"] [data-action="apply"]`;

let browser: Browser | undefined;
let server: StaticServer;

/** Firefox, headless, with no add-on installed by the test: whatever is installed, the policy installed. */
async function launch(signaturesRequired: boolean): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1000, height: 800 },
    timeout: 30_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: EXTENSION_UUID }),
      ...(signaturesRequired ? {} : { 'xpinstall.signatures.required': false }),
    },
  });
}

/** Tutur as the add-on manager sees it, or null. */
const ADDON = `(async () => {
  const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
  const a = await AddonManager.getAddonByID(${JSON.stringify(FIREFOX_EXTENSION_ID)});
  return a && {
    version: a.version,
    isActive: a.isActive,
    temporarilyInstalled: a.temporarilyInstalled,
    source: a.installTelemetryInfo?.source ?? null,
    canUninstall: Boolean(a.permissions & AddonManager.PERM_CAN_UNINSTALL),
  };
})()`;

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: install it with "apt-get install -y firefox-esr" or set TUTUR_FIREFOX`);
  expect(geckoIdOf(FIREFOX_E2E_BUILD)).toBe(FIREFOX_EXTENSION_ID);
  // The unsigned XPI: the e2e build (its content script also runs on localhost), zipped by web-ext.
  const built = spawnSync(
    'npx',
    ['web-ext', 'build', '--source-dir', FIREFOX_E2E_BUILD, '--artifacts-dir', scratch, '--filename', 'tutur.xpi', '--overwrite-dest'],
    { encoding: 'utf8' },
  );
  if (built.status !== 0 || !existsSync(XPI)) throw new Error(`web-ext build failed: ${built.stderr}`);
  const exported = checkPolicyExport({ stylePack: pack, defaultAudience: 'government', firefoxInstallUrl: XPI_URL }, 'firefox');
  if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
  try {
    writeFirefoxPolicy(JSON.parse(firefoxPolicies(exported.value).content as string).policies);
  } catch (error) {
    throw new Error(
      `cannot write the Firefox policy file ${FIREFOX_POLICY_FILE} (run the e2e suite as root, or set TUTUR_FIREFOX_POLICY_FILE): ${String(error)}`,
    );
  }
  server = await serveStatic('tests/fixtures');
}, 60_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  removeFirefoxPolicy();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('Firefox ESR under the exported policies.json', () => {
  it('with the signature check on: the policy is read, and the unsigned XPI is refused for its missing signature only', async () => {
    browser = await launch(true);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const policies = await inBrowserWindow<{ active: boolean; settings: unknown; extension: unknown }>(
      page,
      `({
        active: Services.policies.status === Ci.nsIEnterprisePolicies.ACTIVE,
        settings: Services.policies.getExtensionSettings(${JSON.stringify(FIREFOX_EXTENSION_ID)}),
        extension: Services.policies.getExtensionPolicy(${JSON.stringify(FIREFOX_EXTENSION_ID)}),
      })`,
    );
    expect(policies).toMatchObject({
      active: true,
      settings: { installation_mode: 'force_installed', install_url: XPI_URL },
      extension: { defaultAudience: 'government', stylePack: { name: 'Pemerintah Kota Contoh' } },
    });
    // What the policy's installer does with install_url, done again here to read the outcome.
    const attempt = await inBrowserWindow<{ error: number; signatureRequired: number }>(
      page,
      `(async () => {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const install = await AddonManager.getInstallForURL(${JSON.stringify(XPI_URL)}, { telemetryInfo: { source: 'enterprise-policy' } });
        await install.install().catch(() => {});
        return { error: install.error, signatureRequired: AddonManager.ERROR_SIGNEDSTATE_REQUIRED };
      })()`,
    );
    expect(attempt.error).toBe(attempt.signatureRequired);
    expect(await inBrowserWindow(page, ADDON)).toBeNull();
    await browser.close();
    browser = undefined;
  });

  it('with the signature check off (ESR only): the same policy installs Tutur with no click, and the panel follows the pack', async () => {
    browser = await launch(false);
    const helper = (await browser.pages())[0] ?? (await browser.newPage());
    let addon: unknown = null;
    for (let i = 0; i < 50 && !addon; i++) {
      addon = await inBrowserWindow(helper, ADDON);
      if (!addon) await new Promise((r) => setTimeout(r, 200));
    }
    expect(addon).toMatchObject({ isActive: true, temporarilyInstalled: false, source: 'enterprise-policy', canUninstall: false });
    await navigate(helper, `${EXTENSION_ORIGIN}/options.html`);
    await helper.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 10_000 });
    const session: Session = { browser, geckoId: FIREFOX_EXTENSION_ID, helper, close: async () => {} };
    const page = await browser.newPage();
    await page.goto(`${server.url}/textarea.html`);
    await page.click('#composer');
    await page.keyboard.type('Posyandu buka Kamis pukul 08.00 di Balai RW 05.');
    const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
    expect(await attribute(panel, APPLY('hashtag.official-missing'), 'data-replacement')).toBe('\n\n#KotaContohMelayani');
    expect(await attribute(panel, APPLY('time.missing-zone'), 'data-replacement')).toBe(' WITA');
    expect(await attribute(panel, '[data-audience="government"]', 'aria-pressed')).toBe('true');
  });
});
