/** Start Debian's Firefox ESR with a build of Tutur installed, through puppeteer-core over WebDriver BiDi
 * (the recipe "Real Firefox for end-to-end tests" in the toolchain notes of the shared design folder).
 * Set TUTUR_FIREFOX to use another binary. Never downloads a browser: without Firefox, launching fails
 * and says why. */
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { removeFirefoxPolicy } from './policy.mjs';

export const FIREFOX = process.env.TUTUR_FIREFOX ?? '/usr/bin/firefox-esr';
/** The Firefox build whose content script also runs on localhost (`npm run build:e2e`). */
export const FIREFOX_E2E_BUILD = resolve('.output/firefox-mv2-e2e');
/** The production Firefox build (`npm run build`): the fixed sites only. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/** A fixed internal UUID, so the extension's pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '7e5d1c1e-2f1b-4c55-9a77-7475747572e2';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The bits of the WebExtension API (Firefox's `browser`) the tests call inside extension pages. */
export interface FirefoxApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    get(id: number): Promise<{ url?: string }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  windows: {
    getAll(q: object): Promise<{ id?: number; type?: string; tabs?: { id?: number; url?: string }[] }[]>;
    remove(id: number): Promise<void>;
    getLastFocused(): Promise<{ id?: number; type?: string }>;
  };
  extension: { getViews(q: object): Window[] };
  storage: {
    managed: { get(): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void>; isOpen(q: object): Promise<boolean> };
  sidePanel?: unknown;
}

export interface Session {
  browser: Browser;
  geckoId: string;
  /** An extension page kept open for the extension APIs (tabs, windows, views). */
  helper: Page;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Show the extension's and the pages' console output on stdout (debugging). Also: TUTUR_FIREFOX_CONSOLE=1. */
  console?: boolean;
  /** The policy file writeFirefoxPolicy() wrote is meant for this session. Without this, a leftover one (from a
   * crashed run) is removed first, so that no other test runs under it. */
  withTestPolicy?: boolean;
}

/** The gecko id in a build's manifest: the id Firefox policies address the extension by. */
export function geckoIdOf(extensionDir: string): string {
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No extension build at ${extensionDir}: run "npm run build:all" first`);
  return JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
}

/** Firefox, headless, with the build at `extensionDir` installed as a temporary add-on. */
export async function launchWithExtension(extensionDir = FIREFOX_E2E_BUILD, options: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: install it with "apt-get install -y firefox-esr" or set TUTUR_FIREFOX`);
  }
  const geckoId = geckoIdOf(extensionDir);
  if (!options.withTestPolicy) removeFirefoxPolicy();
  const showConsole = options.console ?? process.env.TUTUR_FIREFOX_CONSOLE === '1';
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Needed to open moz-extension:// pages and to reach the browser window (the real sidebar, the toolbar button).
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1000, height: 800 },
      dumpio: showConsole,
      timeout: 30_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        ...(showConsole ? { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true } : {}),
      },
    });
  } catch (error) {
    throw new Error(`Firefox (${FIREFOX}) could not start through puppeteer-core (WebDriver BiDi): ${(error as Error).message}`);
  }
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== geckoId) throw new Error(`installed ${id}, expected ${geckoId}`);
    const helper = (await browser.pages())[0] ?? (await browser.newPage());
    await navigate(helper, `${EXTENSION_ORIGIN}/options.html`);
    await helper.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 10_000 });
    return {
      browser,
      geckoId,
      helper,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox started, but Tutur (${extensionDir}) could not be installed or opened: ${(error as Error).message}`);
  }
}

// --- WebDriver BiDi below puppeteer's API ----------------------------------------------------
// Firefox sends no load events for extension pages, so page.goto() to one never resolves; and puppeteer has no
// API for the browser's own (chrome) window. Both go through puppeteer's BiDi objects: a page's main frame has
// its `browsingContext`, whose user context leads to the BiDi session.

interface BidiContext {
  id: string;
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: unknown }> } } };
}
const contextOf = (page: Page): BidiContext => {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiContext }).browsingContext;
  if (!context) throw new Error('not a WebDriver BiDi page (puppeteer changed?)');
  return context;
};
async function send<T>(page: Page, method: string, params: object): Promise<T> {
  return (await contextOf(page).userContext.browser.session.send(method, params)).result as T;
}

/** Navigate to any URL, an extension page included, and wait until it has loaded. */
export async function navigate(page: Page, url: string): Promise<void> {
  await contextOf(page).navigate(url, 'complete');
}

/** Open one of the extension's pages ("/sidepanel.html?tab=3") in a new tab, or in a window of its own. */
export async function openExtensionPage(session: Session, path: string, options: { window?: boolean } = {}): Promise<Page> {
  const page = await session.browser.newPage(options.window ? { type: 'window' } : undefined);
  await navigate(page, `${EXTENSION_ORIGIN}${path}`);
  return page;
}

/** The side panel page, pinned to one tab, in a window of its own about the width of the sidebar. Not a tab
 * next to the page's: Firefox would hide the page, and a hidden page's timers run once a second at most (the
 * content script's and the editors' own), where the real sidebar leaves the page visible. */
export async function openPanel(session: Session, tabId: number, query = ''): Promise<Page> {
  const panel = await openExtensionPage(session, `/sidepanel.html?tab=${tabId}${query}`, { window: true });
  await panel.setViewport({ width: 420, height: 760 });
  return panel;
}

/** Id of the tab showing `page`: brought to the front, it is the window's active tab. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.helper.evaluate(async () => {
    const b = (globalThis as unknown as { browser: FirefoxApi }).browser;
    const [tab] = await b.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('could not find the tab');
  return id;
}

/** Evaluate `expression` in the first browser window's own (chrome, privileged) scope, the window the tests' tabs
 * open in; returns its JSON value. */
export async function inBrowserWindow<T>(page: Page, expression: string): Promise<T> {
  const { contexts } = await send<{ contexts: { context: string; url: string }[] }>(page, 'browsingContext.getTree', {
    'moz:scope': 'chrome',
  });
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window in the chrome scope');
  const reply = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>(page, 'script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => ${expression})()))()`,
    target: { context: window.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (reply.type !== 'success') throw new Error(`in the browser window: ${reply.exceptionDetails?.text ?? reply.type}`);
  return JSON.parse(reply.result?.value ?? 'null') as T;
}

/** Click Tutur's toolbar button in the browser window: Firefox's own BrowserAction.triggerAction, "with the same
 * effects as if it were clicked by a user" (activeTab for the selected tab, then browserAction.onClicked run as
 * a user action). */
export async function clickToolbarButton(session: Session): Promise<void> {
  await inBrowserWindow(
    session.helper,
    `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(session.geckoId)});
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      return true;
    })()`,
  );
}

/** The browser window's sidebar: open or not, and which one (Tutur's is "tutur_tutur_id-sidebar-action"). */
export async function sidebarState(session: Session): Promise<{ open: boolean; id: string }> {
  return inBrowserWindow(session.helper, '({ open: SidebarController.isOpen, id: SidebarController.currentID })');
}

/** The sidebar command id Firefox gives an extension's sidebar_action. */
export const sidebarIdOf = (geckoId: string) => `${geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
export { sleep };

/** Press a key with modifiers held ("Control", "Shift"), like a person. */
export async function chord(page: Page, modifiers: KeyInput[], key: KeyInput): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
}

/** An attribute of the first element matching `selector`, waiting for it to appear. */
export async function attribute(page: Page, selector: string, name: string, timeout = 10_000): Promise<string | null> {
  const handle = await page.waitForSelector(selector, { timeout });
  return handle!.evaluate((el, n) => el.getAttribute(n), name);
}
