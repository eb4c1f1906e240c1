/** Every site adapter at its REAL address (x.com, www.facebook.com, …): fixture pages that reproduce each
 * site's documented composer DOM (tests/fixtures/sites/, with the real editor libraries where the site uses
 * one) are served through Playwright's routing, so the content script runs with its production matches.
 * For each site: the page state the content script reports (site, platform, composer kind, media, account),
 * the panel pinned to the tab, a fix applied through the panel, and the fields to leave alone. Then the
 * on-page badge (count, underline, opening the side panel) and Tutur on a site enabled at runtime. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { E2E_BUILD, launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { buildEditorFixtures } from './support/fixtures-build';
import { badgeOf, highlightsOf } from './support/page-marks';
import { clickToolbarButton, pageState, relay, routeSite, sidePanels } from './support/sites';
import type { PageState } from '../../src/messaging/messages';
import { SUPPORTED_SITE_MATCHES } from '../../src/sites/matches';
import type {} from '../fixtures/editors/fixture-api'; // window.__fixture
import { reveal } from './support/reveal';

let session: Session;

const ORIGINS: Record<string, string> = {
  'https://x.com': 'x.html',
  'https://www.facebook.com': 'facebook.html',
  'https://www.instagram.com': 'instagram.html',
  'https://www.linkedin.com': 'linkedin.html',
  'https://www.threads.net': 'threads.html',
  'https://mastodon.social': 'mastodon.html',
  'https://bsky.app': 'bluesky.html',
  'https://www.youtube.com': 'youtube.html',
  // Not fixed sites: enabled by the user at runtime.
  'https://cms.kotacontoh.go.id': 'cms.html',
  'https://sosial.kotacontoh.go.id': 'mastodon.html',
};

beforeAll(async () => {
  await buildEditorFixtures();
  session = await launchWithExtension(E2E_BUILD, { browserCdp: true });
  for (const [origin, fixture] of Object.entries(ORIGINS)) await routeSite(session.context, origin, fixture);
});
afterAll(async () => {
  await session?.close();
});

const DRAFT = 'Besok kami buka layanan KTP keliling. AWAS BANJIR di Jalan Merdeka!';
const DATE_INSERT = /^ \((Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}\)$/;

async function stateOf(page: Page): Promise<PageState | null> {
  return pageState<PageState>(session.worker, await tabIdOf(session, page));
}

/** The composer's text as its own editor sees it (the fixture API where a real editor runs). */
async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture?.getText() ?? '');
}

async function open(url: string, editorReady = true): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  if (editorReady) await page.locator('html[data-fixture-ready]').waitFor({ state: 'attached' });
  return page;
}

interface SiteCase {
  url: string;
  /** The composer to type into (the real editor on the page). */
  composer: string;
  site: string;
  platform: string;
  kind: string;
  hasMedia: boolean;
  account?: string;
  /** Editable fields on the same page that must be left alone. */
  leaveAlone?: string[];
}

const SITES: SiteCase[] = [
  {
    url: 'https://x.com/compose/post',
    composer: '[data-testid="tweetTextarea_0"]',
    site: 'x',
    platform: 'x',
    kind: 'post',
    hasMedia: true,
    account: '@kominfo_kota',
    leaveAlone: ['[data-testid="dmComposerTextInput"]', '[data-testid="SearchBox_Search_Input"]'],
  },
  {
    url: 'https://www.facebook.com/',
    composer: '#editor',
    site: 'facebook',
    platform: 'facebook',
    kind: 'post',
    hasMedia: true,
    leaveAlone: ['input[type="search"]'],
  },
  { url: 'https://www.instagram.com/', composer: '#editor', site: 'instagram', platform: 'instagram', kind: 'post', hasMedia: true },
  {
    url: 'https://www.linkedin.com/feed/',
    composer: '#editor .ql-editor',
    site: 'linkedin',
    platform: 'linkedin',
    kind: 'post',
    hasMedia: true,
    leaveAlone: ['.msg-form__contenteditable'],
  },
  { url: 'https://www.threads.net/', composer: '#editor', site: 'threads', platform: 'threads', kind: 'post', hasMedia: true },
  {
    url: 'https://mastodon.social/home',
    composer: 'textarea.autosuggest-textarea__textarea',
    site: 'mastodon',
    platform: 'mastodon',
    kind: 'post',
    hasMedia: true,
    account: '@kominfo',
    leaveAlone: ['.spoiler-input__input', '.search__input'],
  },
  {
    url: 'https://bsky.app/',
    composer: '#editor .ProseMirror',
    site: 'bluesky',
    platform: 'bluesky',
    kind: 'post',
    hasMedia: true,
    account: '@kominfo.bsky.social',
  },
];

describe('the manifest', () => {
  it('runs the content script on exactly the fixed sites (plus localhost in the e2e build)', () => {
    const manifest = JSON.parse(readFileSync(`${E2E_BUILD}/manifest.json`, 'utf8'));
    expect(manifest.content_scripts[0].matches).toEqual([...SUPPORTED_SITE_MATCHES, 'http://localhost/*', 'http://127.0.0.1/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['scripting', 'activeTab', 'sidePanel']));
  });
});

for (const c of SITES) {
  describe(`${c.site} at ${new URL(c.url).host}`, () => {
    let page: Page;
    let panel: Page;

    it('reports the site, platform, composer kind, media and account', async () => {
      page = await open(c.url);
      await page.locator(c.composer).click();
      await page.keyboard.type(DRAFT);
      await expect.poll(async () => (await stateOf(page))?.composer?.text, { timeout: 5000 }).toBe(DRAFT);
      const state = (await stateOf(page))!;
      expect(state).toMatchObject({ site: c.site, platform: c.platform, composer: { kind: c.kind, hasMedia: c.hasMedia } });
      expect(state.composer!.account).toBe(c.account);
    });

    it('the panel pinned to the tab is ready for that platform, and a fix applies in the site’s editor', async () => {
      panel = await openPanel(session, await tabIdOf(session, page));
      await expect.poll(() => panel.locator('[data-state]').first().getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
      await expect(panel.locator('[data-platform]').first().getAttribute('data-platform')).resolves.toBe(c.platform);
      const button = panel.locator('[data-rule="time.relative-date"] [data-action="apply"]').first();
      await button.waitFor();
      const replacement = (await button.getAttribute('data-replacement'))!;
      expect(replacement).toMatch(DATE_INSERT);
      expect(await button.getAttribute('data-start')).toBe('5');
      await button.click();
      const expected = DRAFT.slice(0, 5) + replacement + DRAFT.slice(5);
      await expect.poll(() => editorText(page), { timeout: 5000 }).toBe(expected);
      await expect.poll(async () => (await stateOf(page))?.composer?.text, { timeout: 5000 }).toBe(expected);
      await panel.close();
    });

    if (c.leaveAlone) {
      it('leaves the other fields alone (search, DMs, content warnings)', async () => {
        const before = (await stateOf(page))!;
        for (const selector of c.leaveAlone!) {
          await page.locator(selector).first().click();
          await page.keyboard.type(' x');
          await page.waitForTimeout(150);
          const now = (await stateOf(page))!;
          expect(now.composer?.composerId, selector).toBe(before.composer?.composerId);
          expect(now.composerCount, selector).toBe(before.composerCount);
        }
        await page.close();
      });
    } else {
      it('closes the page', () => page.close());
    }
  });
}

describe('composers that are not the first one', () => {
  it('X: a thread’s second item is a thread item with its own media state', async () => {
    const page = await open('https://x.com/compose/post');
    await page.locator('[data-testid="tweetTextarea_1"]').click();
    await expect.poll(async () => (await stateOf(page))?.composer?.text).toBe('Kedua: info lengkap di situs resmi.');
    const state = (await stateOf(page))!;
    expect(state.composer).toMatchObject({ kind: 'thread', hasMedia: false, editor: 'draft' });
    // Both items are tracked, each under its own id.
    expect(state.composerCount).toBe(2);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await expect.poll(async () => (await stateOf(page))?.composer?.kind).toBe('post');
    expect((await stateOf(page))!.composer!.composerId).not.toBe(state.composer!.composerId);
    await page.close();
  });

  it('X: a route change in the single-page app (pushState) finds the new reply box', async () => {
    const page = await open('https://x.com/compose/post');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    const first = (await stateOf(page))!.composer!.composerId;
    await page.locator('#go-reply').click();
    expect(new URL(page.url()).pathname).toMatch(/\/status\//);
    // The dialog's composers are gone; the reply box is found without any focus or typing.
    await expect.poll(async () => (await stateOf(page))?.composer?.text, { timeout: 5000 }).toBe('Terima kasih infonya');
    const state = (await stateOf(page))!;
    expect(state.composer).toMatchObject({ kind: 'reply' });
    expect(state.composer!.composerId).not.toBe(first);
    expect(state.composerCount).toBe(1);
    await page.close();
  });

  it('Threads: the second box of the compose dialog is a thread item, without the first one’s photo', async () => {
    const page = await open('https://www.threads.net/');
    await page.locator('[role="textbox"]').nth(1).click();
    await expect.poll(async () => (await stateOf(page))?.composer?.kind).toBe('thread');
    expect((await stateOf(page))!.composer).toMatchObject({ hasMedia: false, text: 'Bagian kedua thread.' });
    await page.close();
  });

  it('Facebook and Instagram: comment boxes are comments, without media', async () => {
    for (const [url, selector] of [
      ['https://www.facebook.com/', '[role="article"] [role="textbox"]'],
      ['https://www.instagram.com/', 'form textarea'],
    ] as const) {
      const page = await open(url);
      await page.locator(selector).click();
      await page.keyboard.type('Terima kasih');
      await expect.poll(async () => (await stateOf(page))?.composer?.text, { timeout: 5000 }).toBe('Terima kasih');
      expect((await stateOf(page))!.composer).toMatchObject({ kind: 'comment', hasMedia: false });
      await page.close();
    }
  });

  it('LinkedIn: a comment box is a comment; messaging is never read', async () => {
    const page = await open('https://www.linkedin.com/feed/');
    await page.locator('.comments-comment-box .ql-editor').click();
    await expect.poll(async () => (await stateOf(page))?.composer?.kind).toBe('comment');
    await page.locator('.msg-form__contenteditable').click();
    await page.waitForTimeout(150);
    const state = (await stateOf(page))!;
    expect(state.composer?.kind).toBe('comment');
    expect(state.composer?.text).not.toContain('Halo');
    await page.close();
  });

  it('YouTube: the comment box that mounts on click is found, and a fix applies in it', async () => {
    const page = await open('https://www.youtube.com/watch?v=Tutur123', false);
    expect((await stateOf(page))!.composer).toBeNull();
    await page.locator('#placeholder-area').click();
    await page.locator('#contenteditable-root').waitFor();
    await page.keyboard.type(DRAFT);
    await expect.poll(async () => (await stateOf(page))?.composer?.text, { timeout: 5000 }).toBe(DRAFT);
    expect(await stateOf(page)).toMatchObject({
      site: 'youtube',
      platform: 'generic',
      composer: { kind: 'comment', editor: 'contenteditable' },
    });
    const panel = await openPanel(session, await tabIdOf(session, page));
    const button = panel.locator('[data-rule="time.relative-date"] [data-action="apply"]').first();
    await button.waitFor({ timeout: 10_000 });
    const replacement = (await button.getAttribute('data-replacement'))!;
    await button.click();
    await expect
      .poll(async () => (await stateOf(page))?.composer?.text, { timeout: 5000 })
      .toBe(DRAFT.slice(0, 5) + replacement + DRAFT.slice(5));
    await panel.close();
    await page.close();
  });
});

describe('the on-page badge', () => {
  let page: Page;
  let panel: Page;
  let tabId: number;
  const badge = () => badgeOf(page);

  it('appears at the composer’s corner, outside the editor, with a neutral mark until a panel counts', async () => {
    page = await open('https://www.facebook.com/');
    await page.locator('#editor').click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => badge().text()).toBe('T');
    expect(await badge().attribute('data-tutur-count')).toBe('');
    // The page itself cannot read the count: the badge's shadow root is closed.
    expect(await page.evaluate(() => document.querySelector('tutur-badge')!.shadowRoot)).toBeNull();
    const composer = (await page.locator('#editor').boundingBox())!;
    const box = (await badge().box())!;
    // Inside the composer's bottom-right corner.
    expect(box.x).toBeGreaterThan(composer.x + composer.width - 40);
    expect(box.x + box.width).toBeLessThanOrEqual(composer.x + composer.width + 2);
    expect(box.y).toBeGreaterThan(composer.y + composer.height - 40);
    // Its own element under <html>, never inside the editor.
    expect(await page.evaluate(() => document.querySelector('tutur-badge')!.parentElement === document.documentElement)).toBe(true);
    expect(await page.locator('#editor tutur-badge').count()).toBe(0);
    expect(await editorText(page)).toBe(DRAFT);
  });

  it('shows the count the panel sends, and draws a finding’s span with the Custom Highlight API', async () => {
    tabId = await tabIdOf(session, page);
    panel = await openPanel(session, tabId);
    await panel.locator('[data-rule="style.caps-emphasis"]').first().waitFor({ state: 'attached', timeout: 10_000 });
    const composerId = (await stateOf(page))!.composer!.composerId;
    const caps = DRAFT.indexOf('AWAS BANJIR');
    // What the panel's source sends after each analysis (extension-source.ts `findings`), through the background.
    expect(await relay(panel, tabId, { type: 'tutur/findings', composerId, count: 3, spans: [{ start: caps, end: caps + 11 }] })).toEqual({
      ok: true,
    });
    await expect.poll(() => badge().text()).toBe('3');
    expect(await badge().attribute('aria-label')).toContain('3');
    expect((await highlightsOf(page)).underlined).toEqual(['AWAS BANJIR']);
    // Hovering a finding (extension-source.ts `highlight`).
    expect(await relay(panel, tabId, { type: 'tutur/highlight', composerId, span: { start: 0, end: 5 } })).toEqual({ ok: true });
    expect((await highlightsOf(page)).focused).toEqual(['Besok']);
    // The registry's names say nothing about Tutur.
    expect((await highlightsOf(page)).names.join(' ')).not.toMatch(/tutur/i);
    await relay(panel, tabId, { type: 'tutur/highlight', composerId, span: null });
    expect((await highlightsOf(page)).focused).toEqual([]);
    // The panel itself: hovering a finding draws its span in the page (PanelApp → extensionSource.highlight).
    await reveal(panel.locator('[data-rule="style.caps-emphasis"]').first());
    await panel.locator('[data-rule="style.caps-emphasis"]').first().hover();
    const focused = async () => (await highlightsOf(page)).focused;
    await expect.poll(focused).toEqual(['AWAS BANJIR']);
    await panel.mouse.move(400, 5);
    await expect.poll(focused).toEqual([]);
    // The editor's DOM was never touched: its own text is unchanged.
    expect(await editorText(page)).toBe(DRAFT);
    // A malformed count is dropped at the background, before any content script sees it.
    expect(await relay(panel, tabId, { type: 'tutur/findings', composerId, count: -1 })).toBeUndefined();
    expect(await badge().text()).toBe('3');
  });

  it('dims the count and drops the underlines once the draft changes, until the panel counts again', async () => {
    // Record what the badge shows on every change: the panel re-counts within moments, so the dim state is brief.
    // Observed from the page's main world on the button itself (which only DevTools can hand to it).
    await badge().run(`function () {
      const button = this;
      const seen = [];
      window.__badgeStates = seen;
      const underlined = () => [...CSS.highlights.values()].some((h) => h.priority === 0);
      new MutationObserver(() =>
        seen.push({ opacity: button.style.opacity, count: button.getAttribute('data-tutur-count'), underlined: underlined() }),
      ).observe(button, { attributes: true, childList: true, characterData: true, subtree: true });
    }`);
    await page.locator('#editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Info');
    await panel.locator('[data-state="ready"]').waitFor();
    const panelCount = async () => String(await panel.locator('[data-rule]').count());
    await expect
      .poll(async () => (await badge().attribute('data-tutur-count')) === (await panelCount()) && (await badge().style('opacity')) === '')
      .toBe(true);
    const seen = await page.evaluate(
      () => (window as unknown as { __badgeStates: { opacity: string; count: string | null; underlined: boolean }[] }).__badgeStates,
    );
    const dimmed = seen.findIndex((s) => s.opacity === '0.6');
    expect(dimmed, JSON.stringify(seen)).toBeGreaterThanOrEqual(0);
    // While dimmed, the old spans are gone; once the panel counted the new draft, they are drawn again.
    expect(seen[dimmed]!.underlined).toBe(false);
    expect(seen.at(-1)).toEqual({ opacity: '', count: await panelCount(), underlined: true });
  });

  it('opens the side panel for the tab when clicked (Chrome: sidePanel.open inside the click’s gesture)', async () => {
    await panel.close();
    expect(await sidePanels(session.worker)).toEqual([]);
    await page.bringToFront();
    await badge().click();
    await expect
      .poll(async () => (await sidePanels(session.worker)).map((c) => c.documentUrl ?? ''), { timeout: 5000 })
      .toEqual([expect.stringContaining('/sidepanel.html')]);
    // The click did not move the caret out of the editor.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.close();
  });
});

describe('Tutur on a site the user enabled', () => {
  const CMS = 'https://cms.kotacontoh.go.id';
  let page: Page;
  let tabId: number;

  it('does not run on a site that is not enabled', async () => {
    page = await open(`${CMS}/berita/tulis`, false);
    tabId = await tabIdOf(session, page);
    expect(await pageState(session.worker, tabId)).toBeNull();
    const panel = await openPanel(session, tabId);
    await expect.poll(() => panel.locator('[data-state]').first().getAttribute('data-state')).toBe('unsupported');
    await panel.close();
  });

  it('the panel can read the tab’s address only once it was opened from the toolbar button (activeTab)', async () => {
    const tabUrl = async () => {
      const panel = await openPanel(session, tabId);
      const url = await panel.evaluate(
        (id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.get(id).then((t) => t.url ?? null),
        tabId,
      );
      await panel.close();
      return url;
    };
    // No "tabs" permission, no host permission: the address is hidden.
    expect(await tabUrl()).toBeNull();
    await page.bringToFront();
    await clickToolbarButton(session, page);
    // The toolbar button opened the real side panel and granted activeTab for this tab.
    await expect.poll(async () => (await sidePanels(session.worker)).length).toBeGreaterThan(0);
    expect(await tabUrl()).toBe(`${CMS}/berita/tulis`);
  });

  it('the unsupported panel offers "Enable Tutur on this site" for that host', async () => {
    const panel = await openPanel(session, tabId, '&lang=en');
    const offer = panel.locator('[data-site-enable="offer"]');
    await offer.waitFor({ timeout: 5000 });
    expect(await offer.getAttribute('data-host')).toBe('cms.kotacontoh.go.id');
    expect(await offer.locator('[data-action="grant-site"]').textContent()).toBe('Enable Tutur on this site');
    await panel.close();
  });

  it('after the user grants the site, the background registers and injects the content script', async () => {
    // Playwright cannot click the browser's permission prompt. The site is first added under the
    // extension's "Site access" in chrome://extensions (as a user can); permissions.request() called in a
    // click in the panel then resolves without a prompt, as after the user allowed it there.
    await allowInExtensionsPage(`${CMS}/*`);
    const panel = await openPanel(session, tabId, '&lang=en');
    await expect.poll(() => panel.locator('[data-state]').first().getAttribute('data-state')).toBe('unsupported');
    // EnableSite's own button: permissions.request() inside the click, then the background registers and injects.
    await panel.locator('[data-site-enable="offer"] [data-action="grant-site"]').click();
    // Injected into the open tab at once: the panel follows the page's state now.
    await expect.poll(() => panel.locator('[data-state]').first().getAttribute('data-state'), { timeout: 10_000 }).toBe('empty');
    const state = await pageState<PageState>(session.worker, tabId);
    expect(state).toMatchObject({ site: 'generic', platform: 'generic', composerCount: 1 });
    expect(await registered()).toEqual([`tutur-site ${CMS}/*`]);
    await panel.close();
  });

  it('runs on every page of that site from then on, and leaves its password field alone', async () => {
    await page.reload();
    await expect.poll(async () => (await pageState<PageState>(session.worker, tabId))?.composerCount, { timeout: 5000 }).toBe(1);
    await page.locator('input[type="password"]').click();
    await page.keyboard.type('rahasia');
    await page.locator('#body').click();
    await page.keyboard.type(DRAFT);
    await expect.poll(async () => (await pageState<PageState>(session.worker, tabId))?.composer?.text, { timeout: 5000 }).toBe(DRAFT);
  });

  it('recognises a Mastodon instance by its page once enabled', async () => {
    await allowInExtensionsPage('https://sosial.kotacontoh.go.id/*');
    const instance = await open('https://sosial.kotacontoh.go.id/home');
    const id = await tabIdOf(session, instance);
    const panel = await openPanel(session, id, '&lang=en');
    await grantInClick(panel, 'https://sosial.kotacontoh.go.id');
    await expect.poll(async () => (await pageState<PageState>(session.worker, id))?.site, { timeout: 10_000 }).toBe('mastodon');
    expect((await pageState<PageState>(session.worker, id))!.platform).toBe('mastodon');
    await panel.close();
    await instance.close();
  });

  it('revoked through the browser, it stops on reload', async () => {
    await revokeInExtensionsPage(`${CMS}/*`);
    await expect.poll(() => registered(), { timeout: 5000 }).toEqual(['tutur-site https://sosial.kotacontoh.go.id/*']);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await pageState(session.worker, tabId)).toBeNull();
  });

  it('turned off from the panel ("Turn off Tutur on this site"), it stops too', async () => {
    const instance = await open('https://sosial.kotacontoh.go.id/home');
    const id = await tabIdOf(session, instance);
    await clickToolbarButton(session, instance);
    const panel = await openPanel(session, id, '&lang=en');
    // The page runs Tutur; the control lives in EnableSite's "granted" state and TurnOffSite.
    await panel.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.permissions.remove({ origins: ['https://sosial.kotacontoh.go.id/*'] }),
    );
    await expect.poll(() => registered(), { timeout: 5000 }).toEqual([]);
    await instance.reload();
    await instance.waitForTimeout(500);
    expect(await pageState(session.worker, id)).toBeNull();
    await panel.close();
    await instance.close();
    await page.close();
  });
});

/** What EnableSite's button does, inside a real click in the panel page (the user gesture the permission
 * request needs): ask for the origin, then ask the background to register and inject. */
async function grantInClick(panel: Page, origin: string, tabId?: number): Promise<void> {
  // (The Mastodon instance's tab was never opened from the toolbar button, so its panel cannot show the offer.)
  await panel.evaluate(
    ([o, t]) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const button = document.createElement('button');
      button.id = 'grant';
      button.textContent = 'grant';
      button.onclick = () => {
        void api.permissions
          .request({ origins: [`${o}/*`] })
          .then((granted) =>
            granted ? api.runtime.sendMessage({ type: 'tutur/enable-site', origin: o, ...(t === null ? {} : { tabId: t }) }) : undefined,
          );
      };
      document.body.prepend(button);
    },
    [origin, tabId ?? null] as const,
  );
  await panel.locator('#grant').click();
}

/** The bits of the extension API these tests call inside the browser. */
interface Chrome {
  tabs: { get(id: number): Promise<{ url?: string }> };
  permissions: { request(p: object): Promise<boolean>; remove(p: object): Promise<boolean> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
}

/** The extension's registered content scripts (ids). */
async function registered(): Promise<string[]> {
  return session.worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
  );
}

/** chrome://extensions → Tutur → Site access: add or remove a site, as the user can in the browser's own settings. */
async function allowInExtensionsPage(pattern: string): Promise<void> {
  await extensionsPage('addHostPermission', pattern);
}
async function revokeInExtensionsPage(pattern: string): Promise<void> {
  await extensionsPage('removeHostPermission', pattern);
}

async function extensionsPage(method: 'addHostPermission' | 'removeHostPermission', pattern: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([m, id, p]) =>
      (globalThis as unknown as { chrome: { developerPrivate: Record<string, (id: string, p: string) => Promise<void>> } }).chrome
        .developerPrivate[m]!(id, p),
    [method, session.extensionId, pattern] as const,
  );
  await page.close();
}
