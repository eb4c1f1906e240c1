/** Site fixture pages (tests/fixtures/sites/) served at the sites' REAL addresses through Playwright's
 * routing, so the content script runs there with its production matches. Every path of the origin gets the
 * page (a single-page app: pushState and reload both work), except the shared assets under /__editors/
 * (the real-editor bundles from tests/e2e/support/fixtures-build.ts, and their stylesheets) and /__sites/. */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { EDITOR_FIXTURES_OUT } from './fixtures-build';
import type { Session } from './chromium';

export const SITE_FIXTURES = resolve('tests/fixtures/sites');

const STYLESHEETS: Record<string, string> = {
  'draft.css': 'node_modules/draft-js/dist/Draft.css',
  'quill.css': 'node_modules/quill/dist/quill.core.css',
};

/** What the fixture site answers for `url`: the page `fixture` (a file in tests/fixtures/sites/) for every path,
 * except the shared assets. Used by Playwright's routing here and by Firefox's request interception
 * (tests/e2e-firefox/support/sites.ts). */
export function siteResponse(url: string, fixture: string): { status: number; contentType: string; body: Buffer | string } {
  const path = new URL(url).pathname;
  const file = basename(path);
  if (path.startsWith('/__editors/')) {
    const css = STYLESHEETS[file];
    return {
      status: 200,
      contentType: css ? 'text/css' : 'text/javascript',
      body: readFileSync(css ? resolve(css) : join(EDITOR_FIXTURES_OUT, file)),
    };
  }
  if (path.startsWith('/__sites/')) return { status: 200, contentType: 'text/javascript', body: readFileSync(join(SITE_FIXTURES, file)) };
  if (path === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: '' };
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(SITE_FIXTURES, fixture)) };
}

/** Serve `fixture` (a file in tests/fixtures/sites/) for every page of `origin` ("https://x.com"). */
export async function routeSite(context: BrowserContext, origin: string, fixture: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => route.fulfill(siteResponse(route.request().url(), fixture)));
}

type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };

/** Ask a tab's content script directly (as the background does): its PageState, or null when none answers. */
export async function pageState<T = unknown>(worker: Worker, tabId: number): Promise<T | null> {
  return worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    try {
      return ((await api.tabs.sendMessage(id, { type: 'tutur/get-state' })) ?? null) as never;
    } catch {
      return null;
    }
  }, tabId) as Promise<T | null>;
}

/** Send a message to a tab's content script the way the panel does: through the background's relay. */
export async function relay(panel: Page, tabId: number, message: object): Promise<unknown> {
  return panel.evaluate(
    ([id, m]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'tutur/relay',
        tabId: id,
        message: m,
      }),
    [tabId, message] as const,
  );
}

/** Click Tutur's toolbar button for the tab showing `page` (Chrome's Extensions.triggerAction over CDP):
 * it opens the real side panel and grants activeTab for that tab. Needs `launchWithExtension(dir, { browserCdp: true })`. */
export async function clickToolbarButton(session: Session, page: Page): Promise<void> {
  const cdp = session.browserCdp;
  if (!cdp) throw new Error('launch with { browserCdp: true } to click the toolbar button');
  const url = page.url();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tab.targetId });
}

/** The side panels Chrome has open for the extension (chrome.runtime.getContexts). */
export async function sidePanels(worker: Worker): Promise<{ documentUrl?: string }[]> {
  return worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } } }
    ).chrome.runtime.getContexts({
      contextTypes: ['SIDE_PANEL'],
    }),
  );
}
