/** What differs in Firefox, checked in Firefox ESR rather than assumed: the manifest declares a sidebar_action
 * (no side panel, no Chrome key or managed schema); the toolbar button toggles the REAL sidebar (clicked through
 * the browser window's own code), which grants activeTab and shows the panel for the active tab; a fix applies
 * from the sidebar while the sidebar has the focus (a real-editor page: Draft.js); and the on-page badge, whose
 * click Firefox does not count as a user action for sidebarAction.open(), opens the panel in a popup window. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import { buildEditorFixtures } from '../e2e/support/fixtures-build';
import { E2E_EXTRA_MATCHES, SUPPORTED_SITE_MATCHES } from '../../src/sites/matches';
import type {} from '../fixtures/editors/fixture-api'; // window.__fixture
import {
  chord,
  clickToolbarButton,
  EXTENSION_ORIGIN,
  FIREFOX_BUILD,
  FIREFOX_E2E_BUILD,
  inBrowserWindow,
  launchWithExtension,
  sidebarIdOf,
  sidebarState,
  tabIdOf,
  type FirefoxApi,
  type Session,
} from './support/firefox';

let session: Session;
let fixtures: StaticServer;
let editors: StaticServer;

beforeAll(async () => {
  fixtures = await serveStatic('tests/fixtures');
  editors = await serveStatic(await buildEditorFixtures());
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await fixtures?.close();
  await editors?.close();
});

const DRAFT = 'Besok kami buka layanan KTP keliling. AWAS BANJIR di Jalan Merdeka!';
const APPLY = '[data-rule="time.relative-date"] [data-action="apply"]';

/** A panel document the extension has open (the sidebar, or the panel in a tab or popup window), seen from the
 * helper page: every extension page lives in the extension's process, so the helper can read them. */
interface PanelView {
  url: string;
  state: string | null;
  rules: string[];
}
async function views(type: 'sidebar' | 'tab' | 'popup'): Promise<PanelView[]> {
  return session.helper.evaluate(
    (t) =>
      (globalThis as unknown as { browser: FirefoxApi }).browser.extension
        .getViews({ type: t })
        .filter((v) => v.location.pathname === '/sidepanel.html')
        .map((v) => ({
          url: v.location.href,
          state: v.document.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
          rules: [...v.document.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule') ?? ''),
        })),
    type,
  );
}

/** Click a finding's apply button inside an extension view (`.click()`: the view cannot take puppeteer's input). */
async function clickInView(type: 'sidebar' | 'tab', selector: string): Promise<boolean> {
  return session.helper.evaluate(
    (t, s) => {
      const view = (globalThis as unknown as { browser: FirefoxApi }).browser.extension
        .getViews({ type: t })
        .find((v) => v.location.pathname === '/sidepanel.html');
      const button = view?.document.querySelector<HTMLButtonElement>(s);
      button?.click();
      return Boolean(button);
    },
    type,
    selector,
  );
}

const tabUrl = (tabId: number) =>
  session.helper.evaluate(async (id) => (await (globalThis as unknown as { browser: FirefoxApi }).browser.tabs.get(id)).url ?? null, tabId);

async function typeDraft(url: string, composer: string, text = DRAFT): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(url);
  await page.click(composer);
  await page.keyboard.type(text);
  return { page, tabId: await tabIdOf(session, page) };
}

describe('the Firefox manifest', () => {
  const manifest = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));

  it('declares the panel as a sidebar_action, and nothing Chrome-only (side panel, key, managed schema)', () => {
    for (const dir of [FIREFOX_BUILD, FIREFOX_E2E_BUILD]) {
      const m = manifest(dir);
      expect(m.manifest_version, dir).toBe(2);
      expect(m.sidebar_action, dir).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
      expect(m.browser_action, dir).toBeDefined();
      expect(m.side_panel, dir).toBeUndefined();
      expect(m.key, dir).toBeUndefined();
      expect(m.storage, dir).toBeUndefined();
      expect(m.permissions, dir).not.toContain('sidePanel');
      expect(m.browser_specific_settings.gecko.id, dir).toBe('tutur@tutur.id');
      expect(existsSync(`${dir}/managed_schema.json`), dir).toBe(false);
    }
  });

  it('the e2e build adds exactly the localhost matches to the production ones', () => {
    expect(manifest(FIREFOX_E2E_BUILD).content_scripts[0].matches).toEqual([...SUPPORTED_SITE_MATCHES, ...E2E_EXTRA_MATCHES]);
    expect(manifest(FIREFOX_BUILD).content_scripts[0].matches).toEqual(SUPPORTED_SITE_MATCHES);
  });

  it('the extension gets sidebarAction, and no sidePanel (so the background takes the sidebar path)', async () => {
    const apis = await session.helper.evaluate(() => {
      const b = (globalThis as unknown as { browser: FirefoxApi }).browser;
      return { sidebar: typeof b.sidebarAction?.toggle, open: typeof b.sidebarAction?.open, sidePanel: typeof b.sidePanel };
    });
    expect(apis).toEqual({ sidebar: 'function', open: 'function', sidePanel: 'undefined' });
    expect(await sidebarState(session)).toEqual({ open: false, id: '' });
  });
});

describe('the toolbar button and the real sidebar', () => {
  let page: Page;
  let tabId: number;

  it('opens the sidebar with the panel for the active tab, and grants activeTab for it', async () => {
    ({ page, tabId } = await typeDraft(`${fixtures.url}/textarea.html`, '#composer'));
    // No "tabs" permission: the page's address is hidden until the toolbar button is clicked.
    expect(await tabUrl(tabId)).toBeNull();
    await clickToolbarButton(session);
    await expect.poll(() => sidebarState(session), { timeout: 5000 }).toEqual({ open: true, id: sidebarIdOf(session.geckoId) });
    // The sidebar is the panel page itself, not pinned to a tab: it follows the window's active tab.
    await expect.poll(async () => (await views('sidebar'))[0]?.state, { timeout: 10_000 }).toBe('ready');
    const [sidebar] = await views('sidebar');
    expect(sidebar!.url).toBe(`${EXTENSION_ORIGIN}/sidepanel.html`);
    await expect
      .poll(async () => (await views('sidebar'))[0]?.rules ?? [], { timeout: 5000 })
      .toEqual(expect.arrayContaining(['time.relative-date', 'style.caps-emphasis']));
    expect(await tabUrl(tabId)).toBe(`${fixtures.url}/textarea.html`);
  });

  it('a second click closes it (sidebarAction.toggle)', async () => {
    await clickToolbarButton(session);
    await expect.poll(() => sidebarState(session), { timeout: 5000 }).toEqual({ open: false, id: '' });
    await expect.poll(() => views('sidebar'), { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('applies a fix from the sidebar while the sidebar has the focus (Draft.js), and Ctrl+Z takes it back', async () => {
    const draft = await typeDraft(`${editors.url}/draftjs.html`, '.public-DraftEditor-content');
    page = draft.page;
    await page.waitForFunction((d) => window.__fixture?.getText() === d, {}, DRAFT);
    await clickToolbarButton(session);
    await expect.poll(async () => (await views('sidebar'))[0]?.rules ?? [], { timeout: 10_000 }).toContain('time.relative-date');
    // As when the user clicks in the sidebar: the focus leaves the page for the sidebar's browser.
    await inBrowserWindow(
      session.helper,
      `(() => { SidebarController.browser.contentDocument.getElementById('webext-panels-browser').focus(); return true; })()`,
    );
    await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(false);
    expect(await clickInView('sidebar', APPLY)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => window.__fixture!.getText()), { timeout: 5000 })
      .toMatch(/^Besok \([A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4}\) kami buka/);
    await page.bringToFront();
    await page.focus('.public-DraftEditor-content');
    await chord(page, ['Control'], 'z');
    await expect.poll(() => page.evaluate(() => window.__fixture!.getText()), { timeout: 5000 }).toBe(DRAFT);
    await clickToolbarButton(session);
    await expect.poll(() => sidebarState(session), { timeout: 5000 }).toEqual({ open: false, id: '' });
    await page.close();
  });
});

describe('the on-page badge', () => {
  it('opens the panel pinned to the tab in a popup window (Firefox refuses sidebarAction.open() there)', async () => {
    const { page, tabId } = await typeDraft(`${fixtures.url}/textarea.html`, '#composer');
    await page.waitForSelector('tutur-badge', { timeout: 5000 });
    // The badge's shadow root is closed: the page (and puppeteer's selectors) cannot reach its button.
    expect(await page.evaluate(() => document.querySelector('tutur-badge')!.shadowRoot)).toBeNull();
    // A real click (trusted input) at the badge, as the user's.
    const clickBadge = async () => {
      const box = await page.evaluate(() => {
        const r = document.querySelector('tutur-badge')!.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await page.mouse.click(box.x, box.y);
    };
    const popup = async () =>
      (
        await session.helper.evaluate(async () =>
          (await (globalThis as unknown as { browser: FirefoxApi }).browser.windows.getAll({ populate: true })).filter(
            (w) => w.type === 'popup',
          ),
        )
      ).flatMap((w) => (w.tabs ?? []).map((t) => ({ window: w.id!, url: t.url })));
    // The page clicking the badge itself, five times without any user action, opens nothing (it opened five windows).
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) {
        const badge = document.querySelector<HTMLElement>('tutur-badge')!;
        badge.click();
        badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await popup()).toEqual([]);
    await clickBadge();
    await expect
      .poll(async () => (await popup()).map((p) => p.url), { timeout: 5000 })
      .toEqual([`${EXTENSION_ORIGIN}/sidepanel.html?tab=${tabId}`]);
    // The sidebar stayed closed: a content script's message is not a user action for sidebarAction.open().
    expect(await sidebarState(session)).toEqual({ open: false, id: '' });
    await expect
      .poll(async () => (await views('tab')).find((v) => v.url.endsWith(`?tab=${tabId}`))?.state, { timeout: 10_000 })
      .toBe('ready');
    // The caret stayed in the composer, and the popup's panel applies a fix there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('composer');
    await expect
      .poll(async () => (await views('tab')).find((v) => v.url.endsWith(`?tab=${tabId}`))?.rules ?? [], { timeout: 5000 })
      .toContain('time.relative-date');
    expect(await clickInView('tab', APPLY)).toBe(true);
    await expect
      .poll(() => page.$eval('#composer', (el) => (el as HTMLTextAreaElement).value), { timeout: 5000 })
      .toMatch(/^Besok \(.+\) kami buka/);
    // Clicked again (after the one-second limit), the badge brings the same window forward: one per tab.
    await new Promise((r) => setTimeout(r, 1100));
    const focusedWindow = () =>
      session.helper.evaluate(async () => (await (globalThis as unknown as { browser: FirefoxApi }).browser.windows.getLastFocused()).type);
    await page.bringToFront();
    await expect.poll(focusedWindow).toBe('normal');
    await clickBadge();
    await expect.poll(focusedWindow).toBe('popup');
    expect((await popup()).map((p) => p.url)).toEqual([`${EXTENSION_ORIGIN}/sidepanel.html?tab=${tabId}`]);
    const windowId = (await popup())[0]!.window;
    await session.helper.evaluate((id) => (globalThis as unknown as { browser: FirefoxApi }).browser.windows.remove(id), windowId);
    await page.close();
  });
});
