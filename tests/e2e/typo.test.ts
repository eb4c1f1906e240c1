/** spelling.typo in real Chromium with the e2e build, in real editors (Lexical, a React-controlled
 * textarea): the panel loads the speller after its first tips, offers the typo's suggestions as
 * buttons, applies the one the person chose (not the first) exactly, and one Ctrl+Z takes it back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';
import { buildEditorFixtures, EDITOR_CASES } from './support/fixtures-build';
import type {} from '../fixtures/editors/fixture-api'; // window.__fixture

let session: Session;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(await buildEditorFixtures());
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const DRAFT = 'Kantor kelurahan buka tangal 5 Desember untuk layanan warga.';
const TYPO = 'tangal';
const APPLIED = (JSON.parse(readFileSync('public/_locales/id/messages.json', 'utf8')) as Record<string, { message: string }>).applied!
  .message;

for (const editor of EDITOR_CASES.filter((e) => e.name === 'lexical' || e.name === 'react-textarea')) {
  describe(`${editor.name}`, () => {
    it('applies a suggestion other than the first, exactly, and one Ctrl+Z takes it back', async () => {
      const page = await session.context.newPage();
      await page.goto(`${server.url}/${editor.name}.html`);
      await page.waitForFunction(() => window.__fixture !== undefined);
      const target = page.locator(editor.target).first();
      await target.click();
      await page.keyboard.type(DRAFT);
      // Editors group quick changes into one undo step: let the typing settle first.
      await page.waitForTimeout(1100);
      const text = () => page.evaluate(() => window.__fixture!.getText());
      expect(await text()).toBe(DRAFT);

      const panel = await openPanel(session, await tabIdOf(session, page), '&lang=id');
      try {
        await panel.locator('[data-state="ready"]').waitFor();
        const buttons = panel.locator('[data-rule="spelling.typo"] [data-action="apply"]');
        await buttons.first().waitFor({ timeout: 10_000 });
        expect(await buttons.count()).toBeGreaterThan(1);
        // The first is the fix; the person picks the second.
        expect(await buttons.first().getAttribute('data-replacement')).toBe('tanggal');
        const chosen = buttons.nth(1);
        const start = Number(await chosen.getAttribute('data-start'));
        const end = Number(await chosen.getAttribute('data-end'));
        const replacement = (await chosen.getAttribute('data-replacement'))!;
        expect(DRAFT.slice(start, end)).toBe(TYPO);
        expect(replacement).not.toBe('tanggal');
        await chosen.click();
        await expect.poll(() => panel.locator('[data-notice]').textContent(), { timeout: 5000 }).toBe(APPLIED);
        const want = DRAFT.slice(0, start) + replacement + DRAFT.slice(end);
        expect(await text()).toBe(want);

        await page.bringToFront();
        await target.focus();
        await page.keyboard.press('Control+z');
        await expect.poll(text, { message: 'one Ctrl+Z restores the draft', timeout: 3000 }).toBe(DRAFT);
        // The panel follows: the typo is offered again, with its suggestions.
        await panel.locator(`[data-rule="spelling.typo"] [data-action="apply"][data-replacement="${replacement}"]`).waitFor();
      } finally {
        await panel.close();
        await page.close();
      }
    });
  });
}
