/** The walking skeleton in real Firefox ESR: composer → content script → background → panel → tips → apply →
 * composer, and the composer's own undo (Ctrl+Z), on the plain textarea and contenteditable fixtures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import { reveal } from '../e2e/support/reveal';
import { attribute, chord, launchWithExtension, openPanel, tabIdOf, type Session } from './support/firefox';

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

const DRAFT = 'Besok kami buka layanan KTP keliling. AWAS BANJIR di Jalan Merdeka!';
const DATE_INSERT = /^ \((Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}\)$/;
const APPLY = (rule: string) => `[data-rule="${rule}"] [data-action="apply"]`;

async function composerText(page: Page, editor: 'textarea' | 'contenteditable'): Promise<string> {
  return page.$eval(
    '#composer',
    (el, kind) => (kind === 'textarea' ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText.replace(/\n$/, '')),
    editor,
  );
}

const stateOf = (panel: Page) => attribute(panel, '[data-state]', 'data-state');

for (const editor of ['textarea', 'contenteditable'] as const) {
  describe(`${editor} composer`, () => {
    let page: Page;
    let panel: Page;

    it('shows the tips for the typed draft in the panel pinned to the tab', async () => {
      page = await session.browser.newPage();
      await page.goto(`${server.url}/${editor}.html`);
      await page.click('#composer');
      await page.keyboard.type(DRAFT);
      panel = await openPanel(session, await tabIdOf(session, page), '&lang=en');
      await panel.waitForSelector('[data-rule="time.relative-date"]', { timeout: 10_000 });
      expect(await panel.$$eval('[data-rule="style.caps-emphasis"]', (els) => els.length)).toBeGreaterThan(0);
      expect(await stateOf(panel)).toBe('ready');
    });

    it('applies a fix in the page composer, keeping every other character', async () => {
      const start = Number(await attribute(panel, APPLY('time.relative-date'), 'data-start'));
      const end = Number(await attribute(panel, APPLY('time.relative-date'), 'data-end'));
      const replacement = (await attribute(panel, APPLY('time.relative-date'), 'data-replacement'))!;
      expect([start, end]).toEqual([5, 5]);
      expect(replacement).toMatch(DATE_INSERT);
      await panel.click(APPLY('time.relative-date'));
      const expected = DRAFT.slice(0, start) + replacement + DRAFT.slice(end);
      await expect.poll(() => composerText(page, editor), { timeout: 5000 }).toBe(expected);
      // The panel re-analyses the new draft: no relative-date tip left, fresh offsets for the rest.
      await panel.waitForSelector('[data-rule="time.relative-date"]', { hidden: true, timeout: 5000 });
      const capsStart = Number(await attribute(panel, APPLY('style.caps-emphasis'), 'data-start'));
      expect(expected.slice(capsStart, capsStart + 'AWAS BANJIR'.length)).toBe('AWAS BANJIR');
    });

    it('Ctrl+Z in the composer restores the original draft', async () => {
      await page.bringToFront();
      await page.focus('#composer');
      await chord(page, ['Control'], 'z');
      await expect.poll(() => composerText(page, editor), { timeout: 5000 }).toBe(DRAFT);
      await panel.waitForSelector('[data-rule="time.relative-date"]', { timeout: 5000 });
    });

    it('applies the capitals fix too, and Ctrl+Z takes it back', async () => {
      const start = Number(await attribute(panel, APPLY('style.caps-emphasis'), 'data-start'));
      const end = Number(await attribute(panel, APPLY('style.caps-emphasis'), 'data-end'));
      const replacement = (await attribute(panel, APPLY('style.caps-emphasis'), 'data-replacement'))!;
      expect(DRAFT.slice(start, end)).toBe('AWAS BANJIR');
      // A suggestion may sit under "More tips": open the fold as a person would.
      await reveal((await panel.waitForSelector(APPLY('style.caps-emphasis')))!);
      await panel.click(APPLY('style.caps-emphasis'));
      await expect.poll(() => composerText(page, editor), { timeout: 5000 }).toBe(DRAFT.slice(0, start) + replacement + DRAFT.slice(end));
      await page.bringToFront();
      await page.focus('#composer');
      await chord(page, ['Control'], 'z');
      await expect.poll(() => composerText(page, editor), { timeout: 5000 }).toBe(DRAFT);
    });

    it('refuses a fix when the draft changed since the analysis, and re-analyses', async () => {
      const button = (await panel.waitForSelector(APPLY('time.relative-date'), { timeout: 5000 }))!;
      // Change the draft behind the panel's back (no input event; a contenteditable's own observer reports the
      // change 60 ms later), and click at once, before the panel could hear of it.
      await page.$eval(
        '#composer',
        (el, kind) => {
          if (kind === 'textarea') (el as HTMLTextAreaElement).value = 'Hari ini posyandu buka.';
          else el.textContent = 'Hari ini posyandu buka.';
        },
        editor,
      );
      await button.evaluate((b) => (b as HTMLButtonElement).click());
      await expect.poll(() => panel.$eval('[data-notice]', (el) => el.textContent), { timeout: 5000 }).toBeTruthy();
      await expect
        .poll(() => panel.$eval('[data-rule="time.relative-date"] .message', (el) => el.textContent).catch(() => ''), { timeout: 5000 })
        .toContain('Hari ini');
      expect(await composerText(page, editor)).toBe('Hari ini posyandu buka.');
      await panel.close();
      await page.close();
    });
  });
}

describe('panel states', () => {
  it('says when the page has no composer', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.url}/no-composer.html`);
    const panel = await openPanel(session, await tabIdOf(session, page));
    await expect.poll(() => stateOf(panel), { timeout: 5000 }).toBe('no-composer');
    await panel.close();
    await page.close();
  });

  it('says when Tutur does not run on the page', async () => {
    const page = await session.browser.newPage();
    await page.goto('about:blank');
    const panel = await openPanel(session, await tabIdOf(session, page));
    await expect.poll(() => stateOf(panel), { timeout: 5000 }).toBe('unsupported');
    await panel.close();
    await page.close();
  });
});
