/** The playground: the same page as an extension page and as a plain web page
 * (what `npm start` serves), composer and panel side by side, no messaging. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Session } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';
import { reveal } from './support/reveal';

let session: Session;
let web: StaticServer;

beforeAll(async () => {
  session = await launchWithExtension();
  web = await serveStatic('.output/chrome-mv3');
});
afterAll(async () => {
  await session?.close();
  await web?.close();
});

async function tryDraft(page: Page) {
  await page.locator('#composer').click();
  await page.keyboard.type('Besok AWAS BANJIR di Jalan Merdeka.');
  // Wait for the report of the whole draft: a fix from the report of a draft still being typed is
  // refused as stale. X is the playground's default platform: its weighted count of the draft.
  await expect.poll(() => page.locator('[data-count]').textContent()).toBe('35');
  const apply = page.locator('[data-rule="style.caps-emphasis"] [data-action="apply"]');
  await apply.waitFor({ state: 'attached' });
  await reveal(apply);
  await apply.click();
  await expect.poll(() => page.locator('#composer').inputValue()).toBe('Besok awas banjir di Jalan Merdeka.');
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator('#composer').inputValue()).toBe('Besok AWAS BANJIR di Jalan Merdeka.');
}

describe('playground', () => {
  it('works as an extension page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/playground.html?lang=en`);
    await tryDraft(page);
  });

  it('works as a plain web page served from the production build', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${web.url.replace('localhost', '127.0.0.1')}/playground.html?lang=id`);
    expect(await page.locator('h1').first().textContent()).toBe('Halaman uji coba Tutur');
    await tryDraft(page);
    expect(errors).toEqual([]);
  });
});
