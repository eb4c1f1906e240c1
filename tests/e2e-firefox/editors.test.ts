/** The composer bridge against the REAL editor libraries (Lexical, Draft.js, Quill 2, TipTap, a React-controlled
 * textarea) in real Firefox ESR, e2e build: the panel's own fixes land exactly (checked through each editor's
 * own API, not the DOM) and one Ctrl+Z takes each back; edits over a line break (the synthetic paste, which
 * Firefox may deliver differently from a content script's isolated world) too; stale fixes are refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import { buildEditorFixtures, EDITOR_CASES, type EditorCase } from '../e2e/support/fixtures-build';
import type { ApplyResult, Edit, PageState, ToContent } from '../../src/messaging/messages';
import type {} from '../fixtures/editors/fixture-api'; // window.__fixture
import { attribute, chord, launchWithExtension, openPanel, sleep, tabIdOf, type FirefoxApi, type Session } from './support/firefox';
import { analyze, combineFixes, safeFixes } from '../../src/analysis';
import { reveal } from '../e2e/support/reveal';
import { SLOPPY_NOTICE_LINES } from '../fixtures/drafts';

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

/** Two paragraphs, an emoji with a skin tone and a flag, a relative date to complete and a shouted phrase. */
const LINES = ['Besok kami buka layanan KTP keliling 👋🏽 AWAS BANJIR di Jalan Merdeka!', 'Info: https://pontianak.go.id/info @warga 🇮🇩'];
const TYPED = LINES.join('\n');

interface Opened {
  page: Page;
  panel: Page;
  tabId: number;
  editor: ElementHandle;
}

const editorText = (page: Page): Promise<string> => page.evaluate(() => window.__fixture!.getText());
const splice = (text: string, { start, end, replacement }: Edit) => text.slice(0, start) + replacement + text.slice(end);
const APPLIED = (JSON.parse(readFileSync('public/_locales/id/messages.json', 'utf8')) as Record<string, { message: string }>).applied!
  .message;

/** Open the fixture, type the draft like a person would, and open the panel pinned to the tab. */
async function openDraft(editor: EditorCase, lines: readonly string[] = LINES): Promise<Opened> {
  const page = await session.browser.newPage();
  await page.goto(`${server.url}/${editor.name}.html`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  const target = (await page.waitForSelector(editor.target))!;
  await target.click();
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  // The user reads the tips before clicking one. Editors group quick changes into one undo step
  // (Quill: 1 s, ProseMirror: 0.5 s, Lexical: 0.3 s), the person's own typing included.
  await sleep(1100);
  const tabId = await tabIdOf(session, page);
  const panel = await openPanel(session, tabId, '&lang=id');
  await panel.waitForSelector('[data-state="ready"]', { timeout: 10_000 });
  return { page, panel, tabId, editor: target };
}

/** What the content script reports (asked from the panel page, as the background does). */
async function contentState({ panel, tabId }: Opened): Promise<PageState> {
  return panel.evaluate(
    (tab) => (globalThis as unknown as { browser: FirefoxApi }).browser.tabs.sendMessage(tab, { type: 'tutur/get-state' }),
    tabId,
  ) as Promise<PageState>;
}

/** The panel's own path for a fix: a relay through the background to the tab's content script. */
async function relay({ panel, tabId }: Opened, message: ToContent): Promise<ApplyResult> {
  return panel.evaluate(
    (tab, msg) =>
      (globalThis as unknown as { browser: FirefoxApi }).browser.runtime.sendMessage({ type: 'tutur/relay', tabId: tab, message: msg }),
    tabId,
    message,
  ) as Promise<ApplyResult>;
}

/** Ctrl+Z in the page, in the editor, like a person. */
async function undoInPage({ page, editor }: Opened): Promise<void> {
  await page.bringToFront();
  await editor.focus();
  await chord(page, ['Control'], 'z');
}

/** Click a finding's real apply button in the panel; check the result through the editor's API; undo it. */
async function applyPanelFix(o: Opened, rule: string, expectSpan: string): Promise<void> {
  await o.panel.bringToFront();
  const before = await editorText(o.page);
  const selector = `[data-rule="${rule}"] [data-action="apply"]`;
  await reveal((await o.panel.waitForSelector(selector))!);
  const start = Number(await attribute(o.panel, selector, 'data-start'));
  const end = Number(await attribute(o.panel, selector, 'data-end'));
  const replacement = (await attribute(o.panel, selector, 'data-replacement')) ?? '';
  // The panel's offsets point into the editor's own text.
  if (start === end) expect(before.slice(start - expectSpan.length, start)).toBe(expectSpan);
  else expect(before.slice(start, end)).toBe(expectSpan);
  await o.panel.click(selector);
  const want = splice(before, { start, end, replacement });
  // The panel says so once the content script has read the fix back (only then is it done).
  await expect.poll(() => o.panel.$eval('[data-notice]', (el) => el.textContent).catch(() => null), { timeout: 5000 }).toBe(APPLIED);
  expect(await editorText(o.page), `${rule}: applied from the panel`).toBe(want);
  await undoInPage(o);
  await expect.poll(() => editorText(o.page), { message: `${rule}: one Ctrl+Z restores the draft`, timeout: 3000 }).toBe(before);
  // The panel follows: the finding is offered again for the restored draft.
  await o.panel.waitForSelector(`${selector}[data-start="${start}"]`, { timeout: 5000 });
}

/** Apply one edit through the relay, check it through the editor's own API, undo it with one Ctrl+Z. */
async function applyAndUndo(o: Opened, edit: Edit, label: string): Promise<void> {
  const before = await editorText(o.page);
  const want = splice(before, edit);
  const { composer } = await contentState(o);
  const result = await relay(o, { type: 'tutur/apply', composerId: composer!.composerId, expectedText: before, edit });
  expect(result, `${label}: apply`).toEqual({ ok: true, text: want });
  expect(await editorText(o.page), `${label}: the editor's own text after the fix`).toBe(want);
  await undoInPage(o);
  await expect.poll(() => editorText(o.page), { message: `${label}: one Ctrl+Z restores the draft`, timeout: 3000 }).toBe(before);
  await expect
    .poll(async () => (await contentState(o)).composer?.text, { message: `${label}: reported after undo`, timeout: 3000 })
    .toBe(before);
}

for (const editor of EDITOR_CASES) {
  describe(editor.name, () => {
    let o: Opened;
    beforeAll(async () => {
      o = await openDraft(editor);
    });
    afterAll(async () => {
      await o?.panel.close();
      await o?.page.close();
    });

    it('reports exactly the text the editor holds', async () => {
      expect(await editorText(o.page)).toBe(TYPED);
      expect((await contentState(o)).composer).toMatchObject({ text: TYPED, editor: editor.kind });
    });

    it("applies the panel's own fixes (relative date, capitals); one Ctrl+Z takes each back", async () => {
      await applyPanelFix(o, 'time.relative-date', 'Besok');
      await applyPanelFix(o, 'style.caps-emphasis', 'AWAS BANJIR');
    });

    it('applies an edit over the line break (a plain-text paste in rich editors); one Ctrl+Z takes it back', async () => {
      const lineEnd = LINES[0]!.length;
      await applyAndUndo(o, { start: lineEnd - 1, end: lineEnd + 1 + 'Info:'.length, replacement: '! — Info:' }, 'over the line break');
    });

    it('applies an edit inserting a line break; one Ctrl+Z takes it back', async () => {
      const at = TYPED.indexOf('AWAS BANJIR');
      await applyAndUndo(o, { start: at - 1, end: at, replacement: '\n' }, 'inserting a line break');
    });

    it('replaces an emoji with a skin tone exactly; one Ctrl+Z takes it back', async () => {
      const at = TYPED.indexOf('👋🏽');
      await applyAndUndo(o, { start: at, end: at + '👋🏽'.length, replacement: '🙏🏾' }, 'emoji');
    });

    it('refuses a fix when the draft changed since it was analysed, and changes nothing', async () => {
      const before = await editorText(o.page);
      const { composer } = await contentState(o);
      const result = await relay(o, {
        type: 'tutur/apply',
        composerId: composer!.composerId,
        expectedText: `${before} (diubah)`,
        edit: { start: 0, end: 5, replacement: 'Lusa' },
      });
      expect(result).toEqual({ ok: false, reason: 'stale', text: before });
      await sleep(200);
      expect(await editorText(o.page)).toBe(before);
    });
  });
}

/** Click a panel button that applies many fixes as one edit; check the editor's own text and the panel's report,
 * then that one Ctrl+Z restores the draft exactly. */
async function applyManyAndUndo(o: Opened, selector: string, want: (before: string) => string): Promise<void> {
  await o.panel.bringToFront();
  const before = await editorText(o.page);
  const button = (await o.panel.waitForSelector(selector, { timeout: 5000 }))!;
  await reveal(button);
  await button.click();
  const expected = want(before);
  await expect.poll(() => editorText(o.page), { message: `${selector}: the editor's own text`, timeout: 5000 }).toBe(expected);
  await o.panel.waitForSelector('[data-fixed-count]', { timeout: 5000 });
  await undoInPage(o);
  await expect.poll(() => editorText(o.page), { message: `${selector}: one Ctrl+Z restores the draft`, timeout: 3000 }).toBe(before);
}

for (const editor of EDITOR_CASES) {
  describe(`${editor.name}: many fixes as one edit`, () => {
    let o: Opened;
    beforeAll(async () => {
      o = await openDraft(editor, SLOPPY_NOTICE_LINES);
    });
    afterAll(async () => {
      await o?.panel.close();
      await o?.page.close();
    });

    it('"fix all safe" applies six or more different fixes as one edit; one Ctrl+Z takes them all back', async () => {
      await applyManyAndUndo(o, '[data-action="fix-all"]', (before) => {
        const chosen = safeFixes(analyze(before, { platform: 'generic', locale: 'id' }).findings);
        expect(new Set(chosen.map((c) => c.finding.rule)).size).toBeGreaterThanOrEqual(6);
        return splice(
          before,
          combineFixes(
            before,
            chosen.map((c) => c.fix),
          )!,
        );
      });
      expect(Number(await attribute(o.panel, '[data-fixed-count]', 'data-fixed-count'))).toBeGreaterThanOrEqual(6);
    });

    it('a group\'s "apply all" applies its fixes as one edit; one Ctrl+Z takes them all back', async () => {
      await applyManyAndUndo(o, '[data-group="spelling.non-standard"] [data-action="apply-group"]', (before) =>
        before.replace(' yg ', ' yang ').replace('silahkan', 'silakan'),
      );
    });
  });
}
