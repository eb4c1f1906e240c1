/** The PRODUCTION Firefox build (.output/firefox-mv2/: the fixed sites only, never localhost) at real addresses:
 * the site fixtures (tests/fixtures/sites/) are served at https://x.com and https://mastodon.social through
 * request interception, so the content script runs there by the manifest's own matches. For each: what the
 * content script reports, the panel pinned to the tab, a fix applied in the site's real editor, and Ctrl+Z. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { buildEditorFixtures } from '../e2e/support/fixtures-build';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import type { PageState } from '../../src/messaging/messages';
import { SUPPORTED_SITE_MATCHES } from '../../src/sites/matches';
import type {} from '../fixtures/editors/fixture-api'; // window.__fixture
import { attribute, chord, FIREFOX_BUILD, launchWithExtension, openPanel, tabIdOf, type FirefoxApi, type Session } from './support/firefox';
import { interceptSites } from './support/sites';

let session: Session;
let server: StaticServer;

const SITES = { 'https://x.com': 'x.html', 'https://mastodon.social': 'mastodon.html' };

beforeAll(async () => {
  await buildEditorFixtures();
  server = await serveStatic('tests/fixtures');
  session = await launchWithExtension(FIREFOX_BUILD);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const DRAFT = 'Besok kami buka layanan KTP keliling. AWAS BANJIR di Jalan Merdeka!';
const DATE_INSERT = /^ \((Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}\)$/;
const APPLY = '[data-rule="time.relative-date"] [data-action="apply"]';

/** Ask a tab's content script for its PageState, as the background does (null when none answers). */
async function stateOf(tabId: number): Promise<PageState | null> {
  return session.helper.evaluate(async (id) => {
    try {
      return ((await (globalThis as unknown as { browser: FirefoxApi }).browser.tabs.sendMessage(id, { type: 'tutur/get-state' })) ??
        null) as PageState | null;
    } catch {
      return null;
    }
  }, tabId);
}

const editorText = (page: Page): Promise<string> => page.evaluate(() => window.__fixture?.getText() ?? '');

describe('the production manifest', () => {
  it('runs the content script on exactly the fixed sites, never on localhost', () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8'));
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)).toEqual(SUPPORTED_SITE_MATCHES);
  });

  it('so a localhost page is "unsupported" in the panel', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.url}/textarea.html`);
    const tabId = await tabIdOf(session, page);
    expect(await stateOf(tabId)).toBeNull();
    const panel = await openPanel(session, tabId);
    await expect.poll(() => attribute(panel, '[data-state]', 'data-state'), { timeout: 5000 }).toBe('unsupported');
    await panel.close();
    await page.close();
  });
});

interface SiteCase {
  url: string;
  composer: string;
  site: string;
  editor: string;
  account: string;
}

const CASES: SiteCase[] = [
  // X runs Draft.js: every fix is a synthetic paste, which Firefox delivers only through its own init fields.
  { url: 'https://x.com/compose/post', composer: '[data-testid="tweetTextarea_0"]', site: 'x', editor: 'draft', account: '@kominfo_kota' },
  {
    url: 'https://mastodon.social/home',
    composer: 'textarea.autosuggest-textarea__textarea',
    site: 'mastodon',
    editor: 'textarea',
    account: '@kominfo',
  },
];

for (const c of CASES) {
  describe(`${c.site} at ${new URL(c.url).host}`, () => {
    let page: Page;
    let panel: Page;
    let tabId: number;

    it('runs the content script there and reports the site, the composer and the account', async () => {
      page = await session.browser.newPage();
      await interceptSites(page, SITES);
      await page.goto(c.url);
      await page.waitForSelector('html[data-fixture-ready]');
      await page.click(c.composer);
      await page.keyboard.type(DRAFT);
      tabId = await tabIdOf(session, page);
      await expect.poll(async () => (await stateOf(tabId))?.composer?.text, { timeout: 5000 }).toBe(DRAFT);
      const state = (await stateOf(tabId))!;
      expect(state).toMatchObject({ site: c.site, platform: c.site, composer: { kind: 'post', editor: c.editor, account: c.account } });
    });

    it('the panel pinned to the tab is ready for that platform, and its fix applies in the site’s editor', async () => {
      panel = await openPanel(session, tabId, '&lang=en');
      await expect.poll(() => attribute(panel, '[data-state]', 'data-state'), { timeout: 10_000 }).toBe('ready');
      expect(await attribute(panel, '[data-platform]', 'data-platform')).toBe(c.site);
      const replacement = (await attribute(panel, APPLY, 'data-replacement'))!;
      expect(replacement).toMatch(DATE_INSERT);
      expect(await attribute(panel, APPLY, 'data-start')).toBe('5');
      await panel.click(APPLY);
      const expected = DRAFT.slice(0, 5) + replacement + DRAFT.slice(5);
      await expect.poll(() => editorText(page), { timeout: 5000 }).toBe(expected);
      await expect.poll(async () => (await stateOf(tabId))?.composer?.text, { timeout: 5000 }).toBe(expected);
    });

    it('Ctrl+Z in the site’s editor takes the fix back', async () => {
      await page.bringToFront();
      await page.focus(c.composer);
      await chord(page, ['Control'], 'z');
      await expect.poll(() => editorText(page), { timeout: 5000 }).toBe(DRAFT);
      await panel.waitForSelector(APPLY, { timeout: 5000 });
      await panel.close();
      await page.close();
    });
  });
}
