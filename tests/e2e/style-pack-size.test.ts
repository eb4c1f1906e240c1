/** A realistic style pack (about 32 KB) is imported through the options page in real Chromium and used by the
 * panel (issue 14, item 4). It used to be saved in one storage.sync item, which holds at most 8 KB: the
 * import failed with "kQuotaBytesPerItem quota exceeded". The pack now goes to storage.local. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BANNED, BANNED_REASON, BIG_PACK as pack, BIG_PACK_TEXT as packText, DRAFT_WITH_BANNED } from './support/big-pack';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';

type Area = 'local' | 'sync';
interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  getBytesInUse(key: string): Promise<number>;
}

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

/** What the extension stored under `key` in `area`, and its size as the browser counts it. */
const stored = (area: Area, key: string) =>
  session.worker.evaluate(
    async ([area, key]) => {
      const storage = (globalThis as unknown as { chrome: { storage: Record<Area, StorageArea> } }).chrome.storage[area];
      return { value: (await storage.get(key))[key] ?? null, bytes: await storage.getBytesInUse(key) };
    },
    [area, key] as const,
  );

async function optionsPage(): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html?lang=en`);
  await options.locator('[data-state="ready"]').waitFor();
  return options;
}

describe('a 32 KB style pack', () => {
  it('is bigger than one sync item may hold: Chromium refuses it there (the failure this fixes)', async () => {
    expect(Buffer.byteLength(packText)).toBeGreaterThan(32 * 1024);
    const refused = await session.worker.evaluate(async (value) => {
      const sync = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome.storage.sync;
      try {
        await sync.set({ quotaProbe: value });
        return null;
      } catch (error) {
        return String(error);
      }
    }, pack);
    expect(refused).toMatch(/kQuotaBytesPerItem quota exceeded/);
  });

  it('imports through the options page and is saved, with no quota error', async () => {
    const options = await optionsPage();
    expect(await options.locator('[data-hint="pack-storage"]').textContent()).toContain('stays on this device');
    await options
      .locator('[data-option="pack-file"]')
      .setInputFiles({ name: 'style-pack.json', mimeType: 'application/json', buffer: Buffer.from(packText) });
    await options.locator('[data-notice]').waitFor();
    expect(await options.locator('[data-notice="error"]').count()).toBe(0);
    expect(await options.locator('[data-notice="info"]').textContent()).toBe(`Style pack “${pack.name}” is in use.`);
    expect(await options.locator(`[data-pack-source="user"] [data-pack="${pack.name}"]`).count()).toBe(1);

    // In this device's storage; the synced preferences stay well inside one sync item.
    const local = await stored('local', 'stylePack');
    expect((local.value as { pack: { name: string } }).pack.name).toBe(pack.name);
    expect(local.bytes).toBeGreaterThan(8192);
    const sync = await stored('sync', 'settings');
    expect(sync.value).not.toBeNull();
    expect(sync.value).not.toHaveProperty('stylePack');
    expect(sync.bytes).toBeLessThan(8192);

    // Still there when the page is opened again.
    await options.close();
    const again = await optionsPage();
    await again.locator(`[data-pack="${pack.name}"]`).waitFor();
    await again.close();
  });

  it('is used by the panel: a banned term from the pack is flagged with its reason', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/textarea.html`);
    await page.locator('#composer').click();
    await page.keyboard.insertText(DRAFT_WITH_BANNED);
    const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
    const finding = panel.locator('[data-rule="style.banned-term"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain(BANNED);
    expect(await finding.textContent()).toContain(BANNED_REASON);
    await panel.close();
    await page.close();
  });
});
