/** The composer bridge against the REAL editor libraries (Lexical, Draft.js,
 * Quill 2, TipTap, a React-controlled textarea), in real Chromium with the e2e
 * build: the text the content script reports is the editor's own text, fixes
 * land exactly (checked through the editor's own API, not the DOM), one Ctrl+Z
 * takes one fix back, and stale or mid-composition fixes are refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchWithExtension, openPanel, tabIdOf, type Session } from './support/chromium';
import { serveStatic, type StaticServer } from './support/server';
import { buildEditorFixtures, EDITOR_CASES, type EditorCase } from './support/fixtures-build';
import type { ApplyResult, Edit, PageState, ToContent } from '../../src/messaging/messages';
import type {} from '../fixtures/editors/fixture-api'; // window.__fixture
import { analyze, combineFixes, safeFixes } from '../../src/analysis';
import { reveal } from './support/reveal';
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

interface Draft {
  lang: 'id' | 'en';
  lines: string[];
  /** The key typed before each line after the first: a paragraph (Enter) or a line break inside one (Shift+Enter). */
  breaks: ('Enter' | 'Shift+Enter')[];
  /** The relative date the panel offers to complete, at the very start. */
  relative: string;
  /** A shouted phrase the panel offers to lower. */
  shouted: string;
  /** A word in the middle of the first line, and what it becomes. */
  middle: [string, string];
}

const DRAFTS: Draft[] = [
  {
    lang: 'id',
    lines: ['Besok kami buka layanan KTP keliling 👋🏽 AWAS BANJIR di Jalan Merdeka!', 'Info: https://pontianak.go.id/info @warga 🇮🇩'],
    breaks: ['Enter'],
    relative: 'Besok',
    shouted: 'AWAS BANJIR',
    middle: ['layanan', 'pelayanan'],
  },
  {
    lang: 'en',
    // A line break inside a paragraph, then an empty paragraph before the sign-off.
    lines: [
      'Tomorrow we open the mobile ID card service 👋🏽 FLOOD WARNING on Jalan Merdeka!',
      'Details: https://pontianak.go.id/info @warga 🇮🇩',
      '',
      'Thank you 🙏',
    ],
    breaks: ['Shift+Enter', 'Enter', 'Enter'],
    relative: 'Tomorrow',
    shouted: 'FLOOD WARNING',
    middle: ['mobile', 'travelling'],
  },
];

type NamedEdit = Edit & { name: string };

/** Edits at the start, middle and end, over the line break, and around the emoji. */
function editsFor(draft: Draft, text: string): NamedEdit[] {
  const at = (s: string) => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`"${s}" is not in the draft`);
    return i;
  };
  const lineEnd = draft.lines[0]!.length; // the first "\n"
  const secondLine = draft.lines[1]!;
  const secondLabel = secondLine.slice(0, secondLine.indexOf(':') + 1); // "Info:" / "Details:"
  const [word, replacement] = draft.middle;
  const emptyLine = text.indexOf('\n\n');
  return [
    { name: 'start', start: 0, end: draft.relative.length, replacement: draft.lang === 'id' ? 'Lusa' : 'Next Monday' },
    { name: 'middle', start: at(word), end: at(word) + word.length, replacement },
    { name: 'deleting a word', start: at(word), end: at(word) + word.length + 1, replacement: '' },
    { name: 'end', start: text.length, end: text.length, replacement: ' #PontianakKota' },
    // "Merdeka!\nInfo:" → "Merdeka! — Info:": one line instead of two.
    { name: 'over the line break', start: lineEnd - 1, end: lineEnd + 1 + secondLabel.length, replacement: `! — ${secondLabel}` },
    { name: 'deleting the line break', start: lineEnd, end: lineEnd + 1, replacement: '' },
    { name: 'inserting a line break', start: at(draft.shouted) - 1, end: at(draft.shouted), replacement: '\n' },
    { name: 'replacing an emoji with skin tone', start: at('👋🏽'), end: at('👋🏽') + '👋🏽'.length, replacement: '🙏🏾' },
    ...(emptyLine < 0 ? [] : [{ name: 'removing the empty line', start: emptyLine + 1, end: emptyLine + 2, replacement: '' }]),
    ...(emptyLine < 0
      ? []
      : [{ name: 'writing on the empty line', start: emptyLine + 1, end: emptyLine + 1, replacement: 'Hotline: 112' }]),
  ];
}

// --- the page, the panel and the content script -------------------------------------------

interface ExtensionGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
}

interface Opened {
  lang: Draft['lang'];
  page: Page;
  panel: Page;
  tabId: number;
  editor: Locator;
}

async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture!.getText());
}

/** Open the fixture, type the draft like a person would, and open the panel pinned to the tab. */
async function openDraft(editor: EditorCase, draft: Draft): Promise<Opened> {
  const page = await session.context.newPage();
  await page.goto(`${server.url}/${editor.name}.html`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  const target = page.locator(editor.target).first();
  await target.click();
  for (const [i, line] of draft.lines.entries()) {
    if (i > 0) await page.keyboard.press(draft.breaks[i - 1]!);
    await page.keyboard.type(line);
  }
  // The user reads the tips before clicking one. Editors group quick changes into one undo step
  // (Quill: 1 s, ProseMirror: 0.5 s, Lexical: 0.3 s), the person's own typing included.
  await page.waitForTimeout(1100);
  const tabId = await tabIdOf(session, page);
  const panel = await openPanel(session, tabId, `&lang=${draft.lang}`);
  await panel.locator('[data-state="ready"]').waitFor();
  return { lang: draft.lang, page, panel, tabId, editor: target };
}

/** What the content script reports (asked from the panel page, as the background does). */
async function contentState({ panel, tabId }: Opened): Promise<PageState> {
  return panel.evaluate(
    (tab) => (globalThis as unknown as ExtensionGlobal).chrome.tabs.sendMessage(tab, { type: 'tutur/get-state' }),
    tabId,
  ) as Promise<PageState>;
}

/** The panel's own path for a fix: a relay through the background to the tab's content script. */
async function relay({ panel, tabId }: Opened, message: ToContent): Promise<ApplyResult> {
  return panel.evaluate(
    ([tab, msg]) =>
      (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'tutur/relay', tabId: tab, message: msg }),
    [tabId, message] as const,
  ) as Promise<ApplyResult>;
}

async function applyThroughRelay(o: Opened, edit: Edit, expectedText: string): Promise<ApplyResult> {
  const state = await contentState(o);
  expect(state.composer, 'a composer is reported').not.toBeNull();
  return relay(o, { type: 'tutur/apply', composerId: state.composer!.composerId, expectedText, edit });
}

/** Ctrl+Z in the page, in the editor, like a person. */
async function undoInPage({ page, editor }: Opened): Promise<void> {
  await page.bringToFront();
  await editor.focus();
  await page.keyboard.press('Control+z');
}

const splice = (text: string, { start, end, replacement }: Edit) => text.slice(0, start) + replacement + text.slice(end);

/** Apply one edit, check it through the editor's own API, undo it with one Ctrl+Z, check again. */
async function applyAndUndo(o: Opened, edit: Edit, label: string): Promise<void> {
  const before = await editorText(o.page);
  const want = splice(before, edit);
  const result = await applyThroughRelay(o, edit, before);
  expect(result, `${label}: apply`).toEqual({ ok: true, text: want });
  expect(await editorText(o.page), `${label}: the editor's own text after the fix`).toBe(want);
  await undoInPage(o);
  await expect.poll(() => editorText(o.page), { message: `${label}: one Ctrl+Z restores the draft`, timeout: 3000 }).toBe(before);
  // The content script sees the undone draft too (the next fix is checked against it).
  await expect
    .poll(async () => (await contentState(o)).composer?.text, { message: `${label}: reported after undo`, timeout: 3000 })
    .toBe(before);
}

/** Click a finding's real apply button in the panel; check the result through the editor's API; undo it. */
async function applyPanelFix(o: Opened, rule: string, expectSpan: string): Promise<void> {
  await o.panel.bringToFront();
  const before = await editorText(o.page);
  const button = o.panel.locator(`[data-rule="${rule}"] [data-action="apply"]`).first();
  await button.waitFor({ state: 'attached' });
  await reveal(button);
  const start = Number(await button.getAttribute('data-start'));
  const end = Number(await button.getAttribute('data-end'));
  const replacement = (await button.getAttribute('data-replacement')) ?? '';
  // The panel's offsets point into the editor's own text.
  if (start === end) expect(before.slice(start - expectSpan.length, start)).toBe(expectSpan);
  else expect(before.slice(start, end)).toBe(expectSpan);
  await button.click();
  const want = splice(before, { start, end, replacement });
  // The panel says so once the content script has read the fix back (only then is it done).
  await expect.poll(() => o.panel.locator('[data-notice]').textContent(), { timeout: 5000 }).toBe(appliedNotice(o));
  expect(await editorText(o.page), `${rule}: applied from the panel`).toBe(want);
  await undoInPage(o);
  await expect.poll(() => editorText(o.page), { message: `${rule}: one Ctrl+Z restores the draft`, timeout: 3000 }).toBe(before);
  // The panel follows: the finding is offered again for the restored draft.
  await o.panel.locator(`[data-rule="${rule}"] [data-action="apply"][data-start="${start}"]`).first().waitFor({ state: 'attached' });
}

/** The panel's "Applied." notice in the draft's interface language. */
function appliedNotice(o: Opened): string {
  const messages = JSON.parse(readFileSync(`public/_locales/${o.lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return messages.applied!.message;
}

async function close(o: Opened | undefined): Promise<void> {
  await o?.panel.close();
  await o?.page.close();
}

// --- the tests ------------------------------------------------------------------------------

for (const editor of EDITOR_CASES) {
  describe(`${editor.name}`, () => {
    for (const draft of DRAFTS) {
      describe(`${draft.lang} draft`, () => {
        let o: Opened;
        const typed = draft.lines.join('\n');
        beforeAll(async () => {
          o = await openDraft(editor, draft);
        });
        afterAll(() => close(o));

        it('reports exactly the text the editor holds, and never the search box', async () => {
          expect(await editorText(o.page)).toBe(typed);
          const state = await contentState(o);
          expect(state.composer).toMatchObject({ text: typed, editor: editor.kind });
          expect(state.composerCount).toBe(1);
          // Typing in the page's search box changes nothing in what Tutur reads.
          await o.page.bringToFront();
          await o.page.locator('input[type="search"]').click();
          await o.page.keyboard.type('jadwal KTP');
          await o.page.waitForTimeout(400); // longer than the tracker's debounce and rescan
          const after = await contentState(o);
          expect(after.composer).toMatchObject({ composerId: state.composer!.composerId, text: typed, editor: editor.kind });
          expect(after.composerCount).toBe(1);
          await expect(o.panel.locator('[data-state]').getAttribute('data-state')).resolves.toBe('ready');
          await o.panel
            .locator(`[data-rule="time.relative-date"] [data-action="apply"][data-start="${draft.relative.length}"]`)
            .waitFor({ state: 'attached' });
        });

        it("applies the panel's own fixes (relative date, capitals); one Ctrl+Z takes each back", async () => {
          await applyPanelFix(o, 'time.relative-date', draft.relative);
          await applyPanelFix(o, 'style.caps-emphasis', draft.shouted);
        });

        for (const edit of editsFor(draft, typed)) {
          it(`applies an edit ${edit.name}, exactly; one Ctrl+Z takes it back`, async () => {
            await applyAndUndo(o, edit, edit.name);
          });
        }

        it("takes the last fix back with the panel's undo, through the editor's own history", async () => {
          const before = await editorText(o.page);
          const edit = { start: 0, end: draft.relative.length, replacement: 'Lusa' };
          const want = splice(before, edit);
          expect(await applyThroughRelay(o, edit, before)).toEqual({ ok: true, text: want });
          const { composer } = await contentState(o);
          const result = await relay(o, { type: 'tutur/undo', composerId: composer!.composerId, expectedText: want });
          expect(result).toEqual({ ok: true, text: before });
          expect(await editorText(o.page)).toBe(before);
        });

        it('undoes a fix the editor changed on the way in (autocorrect), leaving the draft exactly as it was', async () => {
          await o.page.evaluate(() => window.__fixture!.setAutocorrect(true));
          try {
            const before = await editorText(o.page);
            const [word, better] = draft.middle;
            const start = before.indexOf(word);
            const edit = { start, end: start + word.length, replacement: `${word} -> ${better}` };
            const result = await applyThroughRelay(o, edit, before);
            expect(result).toEqual({ ok: false, reason: 'verify-failed', text: before });
            expect(await editorText(o.page)).toBe(before);
            await expect.poll(async () => (await contentState(o)).composer?.text).toBe(before);
          } finally {
            await o.page.evaluate(() => window.__fixture!.setAutocorrect(false));
          }
        });

        it('refuses a fix when the draft changed since it was analysed, and changes nothing', async () => {
          const before = await editorText(o.page);
          const result = await applyThroughRelay(o, { start: 0, end: draft.relative.length, replacement: 'Lusa' }, `${before} (diubah)`);
          expect(result).toEqual({ ok: false, reason: 'stale', text: before });
          await o.page.waitForTimeout(200);
          expect(await editorText(o.page)).toBe(before);
        });

        it('applies nothing while an IME is composing', async () => {
          // A person composing has a caret, not a selection (editors replace a selection when composition starts).
          await o.page.bringToFront();
          await o.editor.focus();
          await o.page.keyboard.press('Control+End');
          const before = await editorText(o.page);
          await o.editor.evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })));
          // Lexical puts a zero-width space in its own model where the composition will go: its doing, not ours.
          const composing = await editorText(o.page);
          expect(composing.replace(/\u200B/g, '')).toBe(before);
          const result = await applyThroughRelay(o, { start: 0, end: draft.relative.length, replacement: 'Lusa' }, composing);
          expect(result).toEqual({ ok: false, reason: 'composing' });
          await o.page.waitForTimeout(200);
          expect(await editorText(o.page)).toBe(composing);
          await o.editor.evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' })));
          await o.page.waitForTimeout(200);
          expect(await editorText(o.page)).toBe(before);
          // Once the composition has ended, fixes apply again.
          await applyAndUndo(o, { start: 0, end: draft.relative.length, replacement: 'Lusa' }, 'after compositionend');
        });
      });
    }
  });
}

// --- many fixes as one edit -------------------------------------------------------------------

/** The sloppy notice, typed as two paragraphs. */
const SLOPPY: Draft = {
  lang: 'id',
  lines: [...SLOPPY_NOTICE_LINES],
  breaks: ['Enter'],
  relative: 'Besok',
  shouted: '',
  middle: ['pasar', 'pasar'],
};

/** Click a panel button that applies many fixes as one edit; check the editor's own text, the panel's report of
 * what it fixed, and that one Ctrl+Z restores the draft exactly. */
async function applyManyAndUndo(o: Opened, selector: string, want: (before: string) => string): Promise<void> {
  await o.panel.bringToFront();
  const before = await editorText(o.page);
  const button = o.panel.locator(selector).first();
  await button.waitFor({ state: 'attached' });
  await reveal(button);
  await button.click();
  const expected = want(before);
  await expect.poll(() => editorText(o.page), { message: `${selector}: the editor's own text`, timeout: 5000 }).toBe(expected);
  await expect.poll(() => o.panel.locator('[data-fixed-count]').count(), { timeout: 5000 }).toBe(1);
  await undoInPage(o);
  await expect.poll(() => editorText(o.page), { message: `${selector}: one Ctrl+Z restores the draft`, timeout: 3000 }).toBe(before);
}

for (const editor of EDITOR_CASES) {
  describe(`${editor.name}: many fixes as one edit`, () => {
    let o: Opened;
    beforeAll(async () => {
      o = await openDraft(editor, SLOPPY);
    });
    afterAll(() => close(o));

    it('"fix all safe" applies six or more different fixes as one edit; one Ctrl+Z takes them all back', async () => {
      await applyManyAndUndo(o, '[data-action="fix-all"]', (before) => {
        // What the engine offers for this draft (the panel's own context: today, WIB, the generic platform).
        const chosen = safeFixes(analyze(before, { platform: 'generic', locale: 'id' }).findings);
        expect(new Set(chosen.map((c) => c.finding.rule)).size).toBeGreaterThanOrEqual(6);
        const edit = combineFixes(
          before,
          chosen.map((c) => c.fix),
        )!;
        const after = splice(before, edit);
        for (const piece of ['jam 9 WIB', 'camat!', 'yang', 'silakan', 'Senin', 'pelan-pelan', 'ditutup', '#PasarMurahPontianak'])
          expect(after).toContain(piece);
        return after;
      });
      expect(Number(await o.panel.locator('[data-fixed-count]').getAttribute('data-fixed-count'))).toBeGreaterThanOrEqual(6);
    });

    it('a group\'s "apply all" applies its fixes as one edit; one Ctrl+Z takes them all back', async () => {
      await applyManyAndUndo(o, '[data-group="spelling.non-standard"] [data-action="apply-group"]', (before) =>
        before.replace(' yg ', ' yang ').replace('silahkan', 'silakan'),
      );
    });
  });
}
