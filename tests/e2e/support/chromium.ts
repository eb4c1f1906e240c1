/** Start Debian's Chromium with the e2e build of Tutur loaded (flags from
 * the toolchain notes in the shared design folder). Set TUTUR_CHROMIUM to use another binary. */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = process.env.TUTUR_CHROMIUM ?? '/usr/bin/chromium';
export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** A browser-level CDP session (Extensions.triggerAction, Target.getTargets), with `{ browserCdp: true }`. */
  browserCdp?: CDPSession;
  close(): Promise<void>;
}

export interface LaunchOptions {
  serviceWorkerTimeoutMs?: number;
  /** Also open a browser-level CDP session: a second connection over a debugging port, because a
   * persistent context has no Browser object to open one from. */
  browserCdp?: boolean;
  /** More Chromium switches (e.g. a proxy that records every request). */
  extraArgs?: string[];
}

export async function launchWithExtension(extensionDir = E2E_BUILD, options: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" or set TUTUR_CHROMIUM`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run "npm run build:e2e" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'tutur-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.browserCdp ? ['--remote-debugging-port=0', '--enable-unsafe-extension-debugging'] : []),
      ...(options.extraArgs ?? []),
    ],
    viewport: { width: 1000, height: 800 },
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) {
    try {
      worker = await context.waitForEvent('serviceworker', { timeout: options.serviceWorkerTimeoutMs ?? 10_000 });
    } catch {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      throw new Error(`the extension's service worker did not start: ${extensionDir} did not load`);
    }
  }
  const extensionId = new URL(worker.url()).host;
  let cdpBrowser: Browser | undefined;
  let browserCdp: CDPSession | undefined;
  if (options.browserCdp) {
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    browserCdp = await cdpBrowser.newBrowserCDPSession();
  }
  return {
    context,
    extensionId,
    worker,
    browserCdp,
    async close() {
      await browserCdp?.detach().catch(() => {});
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Id of the tab showing `page` (it must be the active tab when called). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('could not find the fixture tab');
  return id;
}

/** The side panel page, pinned to one tab, opened as a normal page. */
export async function openPanel(session: Session, tabId: number, query = ''): Promise<Page> {
  const panel = await session.context.newPage();
  // About the width of Chrome's side panel.
  await panel.setViewportSize({ width: 420, height: 760 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}${query}`);
  return panel;
}
