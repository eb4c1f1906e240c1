/** The Chromium test's 32 KB style pack (tests/e2e/style-pack-size.test.ts) in Firefox ESR: refused as one
 * storage.sync item, it is imported through the options page into storage.local, and the panel uses it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNED, BANNED_REASON, BIG_PACK as pack, BIG_PACK_TEXT as packText, DRAFT_WITH_BANNED } from '../e2e/support/big-pack';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import { launchWithExtension, openExtensionPage, openPanel, tabIdOf, type Session } from './support/firefox';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
}
type Storage = { browser: { storage: { local: StorageArea; sync: StorageArea } } };

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

const stored = (area: 'local' | 'sync', key: string) =>
  session.helper.evaluate(
    async (area, key) => (await (globalThis as unknown as Storage).browser.storage[area].get(key))[key] ?? null,
    area,
    key,
  );

describe('a 32 KB style pack in Firefox', () => {
  it('is refused as one storage.sync item (the failure this fixes)', async () => {
    const refused = await session.helper.evaluate(async (value) => {
      try {
        await (globalThis as unknown as Storage).browser.storage.sync.set({ quotaProbe: value });
        return null;
      } catch (error) {
        return String(error);
      }
    }, pack);
    expect(refused).toMatch(/QuotaExceededError|quota/i);
  });

  it('imports through the options page into storage.local, with no error', async () => {
    const options = await openExtensionPage(session, '/options.html?lang=id');
    await options.waitForSelector('[data-state="ready"]', { timeout: 10_000 });
    await options.$eval(
      '[data-option="pack-text"]',
      (el, text) => {
        (el as HTMLTextAreaElement).value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      packText,
    );
    await options.click('[data-action="import-pack"]');
    await options.waitForSelector('[data-notice]', { timeout: 10_000 });
    expect(await options.$$eval('[data-notice="error"]', (els) => els.length)).toBe(0);
    expect(await options.$eval('[data-notice="info"]', (el) => el.textContent)).toBe(`Panduan gaya “${pack.name}” dipakai.`);
    expect(await options.$eval('[data-hint="pack-storage"]', (el) => el.textContent)).toContain('hanya disimpan di perangkat ini');

    expect(((await stored('local', 'stylePack')) as { pack: { name: string } }).pack.name).toBe(pack.name);
    const sync = await stored('sync', 'settings');
    expect(sync).not.toBeNull();
    expect(sync).not.toHaveProperty('stylePack');
    await options.close();
  });

  it('is used by the panel: a banned term from the pack is flagged with its reason', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.url}/textarea.html`);
    await page.click('#composer');
    await page.keyboard.type(DRAFT_WITH_BANNED);
    const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
    const finding = await panel.waitForSelector('[data-rule="style.banned-term"]', { timeout: 10_000 });
    const text = await finding!.evaluate((el) => el.textContent);
    expect(text).toContain(BANNED);
    expect(text).toContain(BANNED_REASON);
    await panel.close();
    await page.close();
  });
});
