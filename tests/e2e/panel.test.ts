/** The side panel in the extension, in real Chromium: audiences, counter,
 * facts card, templates, thread preview, accessibility, and the screenshots
 * the README shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { badgeOf } from './support/page-marks';
import { reveal } from './support/reveal';
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

/** A textarea page with `text` typed in, and the panel pinned to it. */
async function draft(text: string, query = '&lang=en'): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#composer').click();
  if (text) await page.keyboard.insertText(text);
  const panel = await openPanel(session, await tabIdOf(session, page), query);
  await panel.locator('[data-state]').waitFor();
  return { page, panel };
}

const rulesIn = (panel: Page) => panel.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
const ready = (panel: Page) => panel.locator('[data-state="ready"]').waitFor();

describe('side panel', () => {
  it('switching the audience changes the tips and the score', async () => {
    // A post with informal words, "kamu" and a 22-word sentence.
    const { panel } = await draft(
      'Warga yg belum vaksin nggak perlu khawatir, kamu bisa datang ke posyandu terdekat bersama keluarga tercinta pada hari Sabtu.',
    );
    await ready(panel);
    const score = () => panel.locator('[data-score]').getAttribute('data-score');
    // Public: informal spelling is flagged (suggestion), 20-word sentences.
    expect(await rulesIn(panel)).toContain('spelling.non-standard');
    const publicScore = await score();
    // Young people: informal words are fine; sentences over 15 words are long.
    await panel.locator('[data-audience="youth"]').click();
    await expect.poll(() => rulesIn(panel)).not.toContain('spelling.non-standard');
    expect(await rulesIn(panel)).toContain('readability.long-sentence');
    expect(await panel.locator('[data-audience="youth"]').getAttribute('aria-pressed')).toBe('true');
    // Government: informal spelling is a warning, and "kamu" is too familiar.
    await panel.keyboard.press('Alt+3');
    await expect.poll(() => rulesIn(panel)).toContain('tone.formality');
    expect(await panel.locator('[data-rule="spelling.non-standard"]').first().getAttribute('data-severity')).toBe('warning');
    expect(await score()).not.toBe(publicScore);
    await panel.screenshot({ path: 'test-results/screenshots/panel-government-en.png', fullPage: true });
  });

  it('tells the page’s badge how many tips are open', async () => {
    const { page, panel } = await draft('Besok AWAS BANJIR di Jalan Merdeka!!!');
    await ready(panel);
    const open = await panel.locator('[data-rule]').count();
    expect(open).toBeGreaterThan(0);
    // The badge's shadow root is closed: read through DevTools (support/page-marks.ts).
    await expect.poll(() => badgeOf(page).attribute('data-tutur-count')).toBe(String(open));
    const ignore = panel.locator('[data-rule="style.exclamation"] [data-action="ignore"]');
    await reveal(ignore);
    await ignore.click();
    await expect.poll(() => badgeOf(page).attribute('data-tutur-count')).toBe(String(open - 1));
  });

  it('counts an X post with a URL and an emoji the weighted way', async () => {
    const text = 'Info lengkap 👋🏽 https://pontianak.go.id/info/layanan-ktp-keliling-2026';
    const { panel } = await draft(text);
    await ready(panel);
    // The textarea fixture is a generic site: choose X in the platform select.
    await panel.locator('[data-platform-select]').selectOption('x');
    await expect.poll(() => panel.locator('[data-platform]').getAttribute('data-platform')).toBe('x');
    expect(await panel.locator('[data-count]').textContent()).toBe(String('Info lengkap '.length + 2 + 1 + 23));
    expect(await panel.locator('.counter').textContent()).toContain('/ 280');
  });

  it('shows where and when in the facts card', async () => {
    const { panel } = await draft('Festival Kuliner digelar di Kantor Wali Kota Pontianak, Kamis (26/11) pukul 09.00 WIB.', '&lang=id');
    await ready(panel);
    expect(await panel.locator('[data-fact="where"]').getAttribute('data-present')).toBe('true');
    expect(await panel.locator('[data-fact="where"] .fact-value').allTextContents()).toContain('Kantor Wali Kota Pontianak');
    expect(await panel.locator('[data-fact="when"] .fact-value').allTextContents()).toEqual(['Kamis (26/11)', 'pukul 09.00 WIB']);
    await panel.screenshot({ path: 'test-results/screenshots/panel-facts-id.png', fullPage: true });
  });

  it('inserts a template into the composer', async () => {
    const { page, panel } = await draft('');
    await panel.locator('[data-state="empty"]').waitFor();
    await panel.locator('[data-template="warning"]').click();
    await expect.poll(() => page.locator('#composer').inputValue()).toMatch(/^Early warning: \[HAZARD\]/);
    // The panel now flags the slots to fill in.
    await panel.locator('[data-rule="template.placeholder"]').first().waitFor({ state: 'attached' });
  });

  it('splits a 700-character X post into a thread of posts of at most 280', async () => {
    const text = `${KTP_ANNOUNCEMENT} Informasi selanjutnya akan diumumkan melalui akun resmi Pemerintah Kota Pontianak setiap pagi.`;
    expect(text.length).toBeGreaterThanOrEqual(700);
    const { panel } = await draft(text);
    await ready(panel);
    await panel.locator('[data-platform-select]').selectOption('x');
    await panel.locator('[data-thread-post]').first().waitFor();
    const counts = await panel.locator('[data-thread-post]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.length).toBeGreaterThanOrEqual(3);
    for (const c of counts) expect(c).toBeLessThanOrEqual(280);
  });

  it('has no serious or critical accessibility violations (axe-core), light and dark', async () => {
    const { panel } = await draft('HEBOH!!! Besok BPBD buka posko di Kantor Camat. Sebarkan ke grup! #pontianaksiaga', '&lang=id');
    await ready(panel);
    // The extension page's CSP forbids inline scripts; DevTools evaluation is not subject to it.
    await panel.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const violations = await panel.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, scheme).toEqual([]);
    }
  });

  it('takes the README screenshots: Indonesian, English and dark mode', async () => {
    const post =
      'Dalam rangka HUT kota, BPBD membuka posko siaga banjir besok pukul 08.00 di Kantor Camat Pontianak Barat. AWAS banjir rob!!! Info: https://pontianak.go.id/siaga #pontianaksiaga';
    for (const [lang, scheme] of [
      ['id', 'light'],
      ['en', 'light'],
      ['id', 'dark'],
    ] as const) {
      const { panel } = await draft(post, `&lang=${lang}`);
      await ready(panel);
      // The audience is remembered per site; earlier tests chose others.
      await panel.locator('[data-audience="public"]').click();
      await expect.poll(() => panel.locator('[data-audience="public"]').getAttribute('aria-pressed')).toBe('true');
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: `test-results/screenshots/panel-${lang}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
      await panel.close();
    }
  });
});
