/** Privacy, proven: with every request of the browser going through a
 * recording proxy, typing, analysing, applying and undoing fixes, the options
 * page and the playground make no network request at all. A positive control
 * first shows the proxy does see requests from the extension's own contexts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { buildEditorFixtures } from './support/fixtures-build';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { serveStatic, type StaticServer } from './support/server';
import { reveal } from './support/reveal';

let session: Session;
let fixtures: StaticServer;
let editors: StaticServer;
let proxy: RecordingProxy;

beforeAll(async () => {
  fixtures = await serveStatic('tests/fixtures');
  editors = await serveStatic(await buildEditorFixtures());
  proxy = await startRecordingProxy([fixtures.url, editors.url]);
  // "<-loopback>" sends localhost through the proxy too (Chromium bypasses it by default).
  session = await launchWithExtension(undefined, {
    extraArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
  });
});
afterAll(async () => {
  await session?.close();
  await proxy?.close();
  await fixtures?.close();
  await editors?.close();
});

/** Chromium's own background requests, made with or without any extension (measured with a bare profile: its
 * component updater, sign-in, autofill and clock services). No extension code can reach them unseen: the bundles
 * hold no network API at all (tests/e2e/builds.test.ts), and the positive control below shows that an extension
 * request to any other host is seen. */
const CHROMIUM_OWN =
  /^(?:CONNECT (?:accounts\.google\.com|update\.googleapis\.com|content-autofill\.googleapis\.com|redirector\.gvt1\.com):443|POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?|GET http:\/\/clients2\.google\.com\/time\/1\/current\?)/;

/** Requests that are neither the fixture pages the test opened (and their favicons) nor Chromium's own. */
const unexpected = (opened: string[]) =>
  proxy.log.filter(
    (line) => !CHROMIUM_OWN.test(line) && !opened.some((url) => line === `GET ${url}` || line === `GET ${new URL(url).origin}/favicon.ico`),
  );

describe('no network requests', () => {
  it('the recording proxy sees requests from the service worker and from extension pages (positive control)', async () => {
    const probe = 'http://tutur-probe.invalid/from-worker';
    await session.worker.evaluate((url) => fetch(url).catch(() => null), probe);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/options.html`);
    await panel.evaluate(() => fetch('http://tutur-probe.invalid/from-page').catch(() => null));
    await expect.poll(() => proxy.log.join('\n')).toContain('tutur-probe.invalid/from-worker');
    expect(proxy.log.join('\n')).toContain('tutur-probe.invalid/from-page');
    await panel.close();
    proxy.log.length = 0;
  });

  it('typing, analysing, applying and undoing fixes, options and playground send nothing', async () => {
    // Fixture pages and the editor bundles they load go through the proxy too: they are the only expected requests.
    const opened: string[] = [];
    const open = async (page: Page, url: string) => {
      page.on('request', (r) => {
        if (!r.url().startsWith('chrome-extension://') && !r.url().startsWith('data:')) opened.push(r.url());
      });
      await page.goto(url);
    };
    for (const fixture of ['textarea', 'contenteditable']) {
      const page = await session.context.newPage();
      await open(page, `${fixtures.url}/${fixture}.html`);
      await page.locator('#composer').click();
      await page.keyboard.type('Besok AWAS BANJIR di Jalan Merdeka!!!');
      const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
      const apply = panel.locator('[data-rule="style.caps-emphasis"] [data-action="apply"]');
      await apply.waitFor({ state: 'attached' });
      await reveal(apply);
      await apply.click();
      await panel.locator('[data-rule="style.caps-emphasis"]').waitFor({ state: 'detached' });
      await panel.locator('[data-action="undo"]').click();
      await panel.locator('[data-rule="style.caps-emphasis"]').waitFor({ state: 'attached' });
      await panel.locator('[data-audience="youth"]').click();
      // With a draft, the templates are folded away under their summary.
      await panel.locator('.templates summary').click();
      await panel.locator('[data-template="event"]').click();
      await expect
        .poll(() => page.locator('#composer').evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''))))
        .toContain('digelar');
      await panel.close();
      await page.close();
    }
    const lexical = await session.context.newPage();
    await open(lexical, `${editors.url}/lexical.html`);
    await lexical.locator('[contenteditable="true"]').first().click();
    await lexical.keyboard.type('The clinic opens tomorrow. SHOCKING news!!!');
    const panel = await openPanel(session, await tabIdOf(session, lexical), '&lang=en');
    await panel.locator('[data-rule="time.relative-date"] [data-action="apply"]').click();
    await panel.locator('[data-rule="time.relative-date"]').waitFor({ state: 'detached' });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('[data-state="ready"]').waitFor();
    const playground = await session.context.newPage();
    await playground.goto(`chrome-extension://${session.extensionId}/playground.html`);
    await playground.locator('#composer').click();
    await playground.keyboard.type('Hari ini posyandu buka pukul 08.00.');
    await playground.locator('[data-rule="time.relative-date"]').waitFor();
    // Let any deferred work (debounces, the lazily loaded English lexicon) run.
    await playground.waitForTimeout(1000);
    expect(unexpected(opened)).toEqual([]);
    expect(proxy.log.length).toBeGreaterThan(0); // the fixture pages themselves did go through the proxy
  });
});
