/** The walking skeleton, end to end in real Chromium: composer → content script →
 * background → side panel → tips → apply → composer, and the browser's undo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';
import { reveal } from './support/reveal';

let session: Session;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('tests/fixtures');
  session = await launchWithExtension();
  mkdirSync('test-results/screenshots', { recursive: true });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const DRAFT = 'Besok kami buka layanan KTP keliling. AWAS BANJIR di Jalan Merdeka!';
const DATE_INSERT = /^ \((Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}\)$/;

async function composerText(page: Page, editor: 'textarea' | 'contenteditable'): Promise<string> {
  return editor === 'textarea'
    ? page.locator('#composer').inputValue()
    : page.locator('#composer').evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));
}

async function applyButton(panel: Page, rule: string): Promise<Locator> {
  const button = panel.locator(`[data-rule="${rule}"] [data-action="apply"]`).first();
  await button.waitFor({ state: 'attached' });
  await reveal(button);
  return button;
}

for (const editor of ['textarea', 'contenteditable'] as const) {
  describe(`${editor} composer`, () => {
    let page: Page;
    let panel: Page;

    it('shows the tips for the typed draft in the panel pinned to the tab', async () => {
      page = await session.context.newPage();
      await page.goto(`${server.url}/${editor}.html`);
      await page.locator('#composer').click();
      await page.keyboard.type(DRAFT);
      const tabId = await tabIdOf(session, page);
      panel = await openPanel(session, tabId);
      await panel.locator('[data-rule="time.relative-date"]').first().waitFor();
      await expect(panel.locator('[data-rule="style.caps-emphasis"]').count()).resolves.toBeGreaterThan(0);
      await expect(panel.locator('[data-state]').getAttribute('data-state')).resolves.toBe('ready');
      await panel.screenshot({ path: `test-results/screenshots/panel-${editor}.png` });
    });

    it('applies a fix in the page composer, keeping every other character', async () => {
      const button = await applyButton(panel, 'time.relative-date');
      const start = Number(await button.getAttribute('data-start'));
      const end = Number(await button.getAttribute('data-end'));
      const replacement = (await button.getAttribute('data-replacement'))!;
      expect(start).toBe(5);
      expect(end).toBe(5);
      expect(replacement).toMatch(DATE_INSERT);
      await button.click();
      const expected = DRAFT.slice(0, start) + replacement + DRAFT.slice(end);
      await expect.poll(() => composerText(page, editor), { timeout: 5000 }).toBe(expected);
      // The panel re-analyses the new draft: no relative-date tip left, fresh offsets for the rest.
      await panel.locator('[data-rule="time.relative-date"]').waitFor({ state: 'detached' });
      const caps = await applyButton(panel, 'style.caps-emphasis');
      const capsStart = Number(await caps.getAttribute('data-start'));
      expect(expected.slice(capsStart, capsStart + 'AWAS BANJIR'.length)).toBe('AWAS BANJIR');
    });

    it('Ctrl+Z in the composer restores the original draft', async () => {
      await page.bringToFront();
      await page.locator('#composer').focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => composerText(page, editor), { timeout: 5000 }).toBe(DRAFT);
      await panel.bringToFront();
      await panel.locator('[data-rule="time.relative-date"]').first().waitFor();
    });

    it('refuses a fix when the draft changed since the analysis, and re-analyses', async () => {
      await panel.locator('[data-rule="time.relative-date"] [data-action="apply"]').waitFor();
      // Change the draft behind the panel's back (no input event, so no update is sent).
      await page.locator('#composer').evaluate((el, kind) => {
        if (kind === 'textarea') (el as HTMLTextAreaElement).value = 'Hari ini posyandu buka.';
        else el.textContent = 'Hari ini posyandu buka.';
      }, editor);
      await panel.locator('[data-rule="time.relative-date"] [data-action="apply"]').first().click();
      await expect(panel.locator('[data-notice]').textContent()).resolves.toBeTruthy();
      await expect.poll(() => panel.locator('[data-rule="time.relative-date"] .message').first().textContent()).toContain('Hari ini');
      expect(await composerText(page, editor)).toBe('Hari ini posyandu buka.');
    });
  });
}

describe('panel states', () => {
  it('says when the page has no composer', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/no-composer.html`);
    const panel = await openPanel(session, await tabIdOf(session, page));
    await expect.poll(() => panel.locator('[data-state]').getAttribute('data-state')).toBe('no-composer');
  });

  it('says when Tutur does not run on the page', async () => {
    const page = await session.context.newPage();
    await page.goto('about:blank');
    const panel = await openPanel(session, await tabIdOf(session, page));
    await expect.poll(() => panel.locator('[data-state]').getAttribute('data-state')).toBe('unsupported');
  });

  it('says when the draft is empty', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/textarea.html`);
    await page.locator('#composer').focus();
    const panel = await openPanel(session, await tabIdOf(session, page));
    await expect.poll(() => panel.locator('[data-state]').getAttribute('data-state')).toBe('empty');
  });
});
