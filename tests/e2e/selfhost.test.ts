/** An organisation hosts Tutur itself (npm run release:selfhost) and force-installs it by policy, with its style
 * pack: the whole road in real Chromium. A local HTTP server serves the CRX3 that Chromium packed and the
 * updates.xml; the policy file the options page exports (tutur.json, with ExtensionInstallForcelist) is written
 * as root into Chromium's managed-policies folder; Chromium, started plainly (none of Playwright's switches that
 * stop extension installs and updates), installs Tutur without any click, and its panel follows the pack. Then
 * the server offers a higher version, an update check runs, and the new version replaces the first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateKey, packSelfhost, type PackResult } from '../../scripts/selfhost';
import { checkPolicyExport, chromeLinuxPolicy } from '../../src/settings/policy-export';
import { CHROMIUM, E2E_BUILD, openPanel, tabIdOf, type Session } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';

const POLICY_DIR = process.env.TUTUR_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
// The same file name as tests/e2e/managed.test.ts (the files run one after the other): scripts/test.mjs removes
// it before and after the suite, so not even a killed run leaves a policy behind.
const POLICY_FILE = join(POLICY_DIR, 'tutur-e2e-test.json');
const pack = JSON.parse(readFileSync('examples/style-pack.kota-contoh.json', 'utf8'));

const scratch = mkdtempSync(join(tmpdir(), 'tutur-selfhost-e2e-'));
const served = join(scratch, 'served');
const requests: string[] = [];
let updateServer: Server;
let fixtures: StaticServer;
let context: BrowserContext | undefined;
let first: PackResult;
let second: PackResult;
let extensionId: string;
let worker: Worker;

const removePolicy = () => rmSync(POLICY_FILE, { force: true });
process.once('exit', removePolicy);

/** The e2e build (its content script also runs on localhost, where the fixture composer is) at `version`,
 * without the e2e build's fixed key: a self-hosted package's id is its signing key's. */
function buildAt(version: string): string {
  const dir = join(scratch, `build-${version}`);
  cpSync(E2E_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  delete manifest.key;
  manifest.version = version;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

function serve(result: PackResult, stage: string) {
  cpSync(result.crxPath, join(served, `tutur-${result.version}.crx`));
  cpSync(join(stage, 'updates.xml'), join(served, 'updates.xml'));
}

/** Tutur's service worker at `version`, once Chromium runs it. */
async function workerAt(version: string, timeout: number): Promise<Worker> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const w of context!.serviceWorkers()) {
      if (!w.url().startsWith(`chrome-extension://${extensionId}/`)) continue;
      // A worker being replaced may never answer: ask with a deadline.
      const v = await Promise.race([
        w.evaluate(
          () =>
            (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version,
        ),
        new Promise<null>((ok) => setTimeout(() => ok(null), 2000)),
      ]).catch(() => null);
      if (v === version) return w;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Tutur ${version} did not start within ${timeout} ms; requests seen: ${requests.join(', ')}`);
}

beforeAll(async () => {
  updateServer = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const name = basename(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const body = readFileSync(join(served, name));
      const type = name.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => updateServer.listen(0, '127.0.0.1', ok));
  const port = (updateServer.address() as { port: number }).port;
  const baseUrl = new URL(`http://127.0.0.1:${port}/tutur/`);

  // What `npm run release:selfhost` does, for two versions signed with one new key.
  const key = join(scratch, 'keys', 'tutur-selfhost.pem');
  generateKey(key);
  const version = JSON.parse(readFileSync(join(E2E_BUILD, 'manifest.json'), 'utf8')).version as string;
  const stage1 = join(scratch, 'stage1');
  const stage2 = join(scratch, 'stage2');
  first = packSelfhost({ extensionDir: buildAt(version), keyPath: key, baseUrl, outDir: stage1, chromium: CHROMIUM });
  second = packSelfhost({ extensionDir: buildAt(`${version}.1`), keyPath: key, baseUrl, outDir: stage2, chromium: CHROMIUM });
  extensionId = first.id;
  mkdirSync(served, { recursive: true });
  serve(first, stage1);

  // The policy as the options page exports it for Chrome on Linux.
  const exported = checkPolicyExport({ stylePack: pack, defaultAudience: 'government', chromeId: extensionId, updateUrl: first.updateUrl });
  if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    // Plus one policy for the test harness only: by default Chromium keeps DevTools (and so this test's CDP
    // connection) away from the pages and workers of extensions installed by policy.
    const policy = { ...JSON.parse(chromeLinuxPolicy(exported.value).content as string), DeveloperToolsAvailability: 1 };
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
  } catch (error) {
    throw new Error(
      `cannot write the Chromium policy file ${POLICY_FILE} (run the e2e suite as root, or set TUTUR_CHROMIUM_POLICY_DIR): ${String(error)}`,
    );
  }

  fixtures = await serveStatic('tests/fixtures');
  context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    // Playwright's defaults switch off extensions, component updates and background networking: all three stop
    // a force-install. Nothing loads the extension here but the policy.
    ignoreDefaultArgs: [
      '--disable-extensions',
      '--disable-component-update',
      '--disable-background-networking',
      '--disable-component-extensions-with-background-pages',
      '--disable-default-apps',
    ],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
    viewport: { width: 1000, height: 800 },
  });
}, 60_000);

afterAll(async () => {
  await context?.close().catch(() => {});
  removePolicy();
  await fixtures?.close();
  await new Promise((ok) => updateServer?.close(ok));
  rmSync(scratch, { recursive: true, force: true });
});

describe('self-hosted and force-installed by policy', () => {
  it('release:selfhost’s files: a CRX3 for the key’s id, and updates.xml pointing at it', () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(second.id).toBe(extensionId);
    expect(readFileSync(join(served, 'updates.xml'), 'utf8')).toContain(
      `<updatecheck codebase='${first.updateUrl.replace('updates.xml', `tutur-${first.version}.crx`)}' version='${first.version}' />`,
    );
  });

  it('installs from the organisation’s server with no click, as installed by the administrator', async () => {
    worker = await workerAt(first.version, 30_000);
    expect(requests).toEqual(
      expect.arrayContaining([expect.stringMatching(/^GET \/tutur\/updates\.xml/), `GET /tutur/tutur-${first.version}.crx`]),
    );
    const self = await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { management: { getSelf(): Promise<{ installType: string; mayDisable: boolean }> } } }
      ).chrome.management.getSelf(),
    );
    expect(self).toMatchObject({ installType: 'admin', mayDisable: false });
    // Later updates are asked of the address release:selfhost wrote into the manifest.
    expect(
      await worker.evaluate(
        () =>
          (globalThis as unknown as { chrome: { runtime: { getManifest(): { update_url?: string } } } }).chrome.runtime.getManifest()
            .update_url,
      ),
    ).toBe(first.updateUrl);
  });

  it('its panel follows the organisation’s pack: hashtag, zone and audience', async () => {
    const session = { context: context!, extensionId, worker } as Session;
    const page = await context!.newPage();
    await page.goto(`${fixtures.url}/textarea.html`);
    await page.locator('#composer').click();
    await page.keyboard.insertText('Posyandu buka Kamis pukul 08.00 di Balai RW 05.');
    const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
    const apply = (rule: string) => panel.locator(`[data-rule="${rule}"] [data-action="apply"]`);
    await apply('hashtag.official-missing').waitFor({ timeout: 15_000 });
    expect(await apply('hashtag.official-missing').getAttribute('data-replacement')).toBe('\n\n#KotaContohMelayani');
    expect(await apply('time.missing-zone').getAttribute('data-replacement')).toBe(' WITA');
    expect(await panel.locator('[data-audience="government"]').getAttribute('aria-pressed')).toBe('true');
    await panel.close();
    await page.close();
  });

  it('updates itself when the server offers a higher version', async () => {
    serve(second, join(scratch, 'stage2'));
    // The extension asks its manifest's update_url: the server's updates.xml now offers the higher version.
    const check = await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { requestUpdateCheck(): Promise<{ status: string; version?: string }> } } }
      ).chrome.runtime.requestUpdateCheck(),
    );
    expect(check).toEqual({ status: 'update_available', version: second.version });
    // Chromium fetches the new CRX at once, and installs it when the extension is idle (no page open, its service
    // worker stopped) or the browser restarts; the extensions page's Update (Developer mode) installs it now.
    const extensionsPage = await context!.newPage();
    await extensionsPage.goto('chrome://extensions');
    await extensionsPage.evaluate(() =>
      (globalThis as unknown as { chrome: { developerPrivate: { autoUpdate(): Promise<void> } } }).chrome.developerPrivate.autoUpdate(),
    );
    const updated = await workerAt(second.version, 20_000);
    expect(requests).toContain(`GET /tutur/tutur-${second.version}.crx`);
    // The organisation's settings still apply to the new version.
    const managed = await updated.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }
      ).chrome.storage.managed.get(),
    );
    expect(managed).toMatchObject({ defaultAudience: 'government', stylePack: { name: 'Pemerintah Kota Contoh' } });
    await extensionsPage.close();
  });
});
