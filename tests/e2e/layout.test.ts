/** The panel fits a narrow side panel (issue 17): from 320 to 600 px wide, in the side panel and the playground,
 * nothing scrolls sideways and no control is cut off; the first tip shows on the first screen at 320×700 and
 * 420×760; the audience buttons never break inside their label. Real Chromium, real drafts in both languages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';
import { KTP_ANNOUNCEMENT } from '../fixtures/drafts';

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

/** Drafts that fill the panel: a warning missing half its checklist, a sloppy notice full of chat words, a long
 * English post over X's limit. */
const DRAFTS: { name: string; lang: 'id' | 'en'; text: string }[] = [
  {
    name: 'warning',
    lang: 'id',
    text: 'AWAS BANJIR ROB!!! Besok air pasang di Pontianak Utara. Warga yg tinggal di pinggir sungai harap waspada ya gaes, info dr BPBD.',
  },
  {
    name: 'sloppy notice',
    lang: 'id',
    text:
      'Pelayanan KTP-el di kantor camat dibuka hari senin s/d jumat jam 8 sampai jam 12. Warga yg blm rekam silahkan datang bawa fotocopy KK, ' +
      'tdk perlu antri lama krn sdh ada nomor online. Info lbh lanjut hub. petugas. #pelayanankependudukanpontianak',
  },
  { name: 'long post', lang: 'en', text: `${KTP_ANNOUNCEMENT} Tomorrow the FLOOD WARNING stays in place!!! Share this with everyone.` },
];

interface Fit {
  scrollWidth: number;
  clientWidth: number;
  /** Controls whose box reaches past the window's right edge, or is cut by an ancestor that hides overflow. */
  clipped: string[];
  /** Audience buttons (and the platform counter) whose label wraps onto a second line. */
  brokenLabels: string[];
  /** The top of the first tip card, or null without one. */
  firstCardTop: number | null;
  /** The innermost elements reaching past the right edge (what to fix when the page scrolls sideways). */
  overflowing: string[];
}

/** What the page looks like at its current size, read in the page. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}[${el.getAttribute('data-action') ?? el.getAttribute('data-audience') ?? ''}] “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    const clipped: string[] = [];
    for (const el of document.querySelectorAll('button, select, summary, a')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // folded away
      if (box.right > width + 0.5 || box.left < -0.5) clipped.push(label(el));
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') clipped.push(label(el));
    }
    // Text boxes of one line overlap vertically (a smaller font sits a little lower on the same line).
    const lineCount = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
      let lines = 0;
      let bottom = -Infinity;
      for (const r of rects) {
        if (r.top >= bottom - 1) lines++;
        bottom = Math.max(bottom, r.bottom);
      }
      return lines;
    };
    // The platform counter reads as one line too ("355/280 · over"), never wrapped into four.
    const brokenLabels = [...document.querySelectorAll('[data-audience], .counter')].filter((el) => lineCount(el) > 1).map(label);
    const overflowing = [...document.querySelectorAll('body *')]
      .filter(
        (el) =>
          el.getBoundingClientRect().right > width + 0.5 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5),
      )
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
    const first = document.querySelector('.findings .cards > li');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: width,
      clipped,
      brokenLabels,
      firstCardTop: first ? first.getBoundingClientRect().top + window.scrollY : null,
      overflowing,
    };
  });
}

async function typeDraft(text: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#composer').click();
  await page.keyboard.insertText(text);
  return { page, tabId: await tabIdOf(session, page) };
}

describe('the side panel fits', () => {
  for (const draft of DRAFTS) {
    it(`${draft.name} (${draft.lang}): no sideways scroll or cut control from 320 to 600 px; the first tip on the first screen`, async () => {
      const { page, tabId } = await typeDraft(draft.text);
      const panel = await openPanel(session, tabId, `&lang=${draft.lang}`);
      await panel.locator('[data-state="ready"]').waitFor();
      await panel.locator('.findings .cards > li').first().waitFor();
      for (const [width, height] of [
        [320, 700],
        [420, 760],
        [500, 800],
        [600, 800],
      ] as const) {
        await panel.setViewportSize({ width, height });
        await panel.waitForTimeout(50);
        if (width === 320) await panel.screenshot({ path: `test-results/screenshots/panel-320-${draft.name.replace(/ /g, '-')}.png` });
        const fit = await measure(panel);
        expect(fit.scrollWidth, `${width}px: sideways scroll from ${fit.overflowing.join(', ')}`).toBeLessThanOrEqual(fit.clientWidth);
        expect(fit.clipped, `${width}px: cut-off controls`).toEqual([]);
        expect(fit.brokenLabels, `${width}px: audience labels broken`).toEqual([]);
        if (width <= 420)
          expect(fit.firstCardTop!, `${width}×${height}: the first tip starts on the first screen`).toBeLessThan(height - 60);
      }
      await panel.close();
      await page.close();
    });
  }
});

describe('the playground fits', () => {
  it('no sideways scroll or cut control from 320 to 600 px, in both languages', async () => {
    const page = await session.context.newPage();
    for (const lang of ['id', 'en'] as const) {
      await page.setViewportSize({ width: 600, height: 800 });
      await page.goto(`chrome-extension://${session.extensionId}/playground.html?lang=${lang}`);
      await page.locator('#composer').click();
      await page.keyboard.insertText(DRAFTS[1]!.text);
      await page.locator('.findings .cards > li').first().waitFor();
      for (const width of [320, 420, 500, 600]) {
        await page.setViewportSize({ width, height: 800 });
        await page.waitForTimeout(50);
        const fit = await measure(page);
        expect(fit.scrollWidth, `${lang} ${width}px: sideways scroll from ${fit.overflowing.join(', ')}`).toBeLessThanOrEqual(
          fit.clientWidth,
        );
        expect(fit.clipped, `${lang} ${width}px: cut-off controls`).toEqual([]);
        expect(fit.brokenLabels, `${lang} ${width}px: audience labels broken`).toEqual([]);
      }
    }
    await page.close();
  });
});
