/** Apply one edit to a composer through the editor's own input path, then read
 * the text back and verify it. Never writes the editor's DOM directly and never
 * inserts HTML. On a mismatch the edit is undone and the draft left as it was. */
import type { ApplyResult, Edit } from '../messaging/messages';
import { editorKind, type EditorKind } from './kind';
import { pointAt, readText, readTextMap } from './text';

let composing = false;
/** Call once per document: fixes are never applied while an IME is composing. */
export function trackComposition(doc: Document): void {
  doc.addEventListener('compositionstart', () => (composing = true), true);
  doc.addEventListener('compositionend', () => (composing = false), true);
}
export function isComposing(): boolean {
  return composing;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wait until the text read back is `want` (or passes the test): editors may render a tick later. */
async function settle(read: () => string, want: string | ((text: string) => boolean), timeoutMs = 400): Promise<string> {
  const done = typeof want === 'string' ? (t: string) => t === want : want;
  let current = read();
  for (let waited = 0; !done(current) && waited < timeoutMs; waited += 25) {
    await sleep(25);
    current = read();
  }
  return current;
}

function selectRange(el: HTMLElement, start: number, end: number): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.setSelectionRange(start, end);
    return true;
  }
  const map = readTextMap(el);
  const from = pointAt(map, start, false);
  const to = start === end ? from : pointAt(map, end, true);
  if (!from || !to) return false;
  const range = el.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const sel = el.ownerDocument.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

function pasteText(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // Firefox ignores `clipboardData` here (the page then reads an empty paste) and fills the event's own
  // DataTransfer from its non-standard `dataType`/`data` instead; Chrome ignores those (tests/e2e-firefox).
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  el.dispatchEvent(new ClipboardEvent('paste', init));
}

/** Focus the composer. While the panel has the focus (Firefox's sidebar or popup window; checked in
 * tests/e2e-firefox) focus() fires no focus event, and React (Draft.js) then ignores the selection we set: fire the
 * focusin the browser would have. */
function focus(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  if (!el.ownerDocument.hasFocus()) el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

const isRich = (kind: EditorKind) => kind !== 'textarea' && kind !== 'contenteditable';

/** The input path each editor listens to. execCommand keeps the native/editor undo stack. */
function insert(el: HTMLElement, kind: EditorKind, text: string, spansBreak: boolean): void {
  const doc = el.ownerDocument;
  // Rich editors turn a plain-text paste into their own paragraphs; insertText with "\n" they may not,
  // and a native insertText or delete over a paragraph break lets the browser merge their blocks
  // behind their back (Draft.js and Lexical then keep a model that differs from the screen).
  // Draft.js re-renders over any native edit it did not expect (typing into an empty block, for one),
  // so it always gets the paste it handles itself (what PixieBrix does on X).
  if (isRich(kind) && (text.includes('\n') || spansBreak || (kind === 'draft' && text !== ''))) return pasteText(el, text);
  // execCommand is deprecated but still the only way to keep the editor's undo; guard its absence.
  const exec = (command: string, value?: string) => typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  const done = text === '' ? exec('delete') : exec('insertText', text);
  if (!done && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) setNativeValue(el, text);
}

/** A deletion over a line break in a rich editor (any deletion in Draft.js) cannot be an empty paste: paste the code
 * point next to it over a range one code point wider instead (same text, one undo step). */
export function widenDeletion(text: string, edit: Edit): Edit {
  const { start, end } = edit;
  const nextLen = text.codePointAt(end)! > 0xffff ? 2 : 1;
  const prevLen = start >= 2 && /[\udc00-\udfff]/.test(text[start - 1]!) && /[\ud800-\udbff]/.test(text[start - 2]!) ? 2 : 1;
  const useNext = end < text.length && (text[end] !== '\n' || start === 0 || text[start - 1] === '\n');
  if (useNext) return { start, end: end + nextLen, replacement: text.slice(end, end + nextLen) };
  if (start > 0) return { start: start - prevLen, end, replacement: text.slice(start - prevLen, start) };
  return edit; // the whole draft: nothing to keep, a plain delete it is
}

/** Fallback for fields where execCommand is refused: React-controlled fields
 * need the native setter plus an input event (the browser's undo is lost here). */
function setNativeValue(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  const next = el.value.slice(0, start) + text + el.value.slice(end);
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, next);
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
}

export async function applyEdit(el: HTMLElement, edit: Edit, expectedText: string): Promise<ApplyResult> {
  if (composing) return { ok: false, reason: 'composing' };
  const before = readText(el);
  if (before !== expectedText || edit.end > before.length || edit.start > edit.end) {
    return { ok: false, reason: 'stale', text: before };
  }
  const want = before.slice(0, edit.start) + edit.replacement + before.slice(edit.end);
  const kind = editorKind(el);
  const put = await putText(el, kind, before, edit, want);
  if (typeof put !== 'string') return put;
  let now = put;
  if (now === want) return { ok: true, text: now };
  // Something else landed: take it back so the draft is exactly as it was.
  if (now !== before) {
    await undoOnce(el, kind);
    now = await settle(() => readText(el), before);
    // A field that rewrote the input itself (a React-controlled textarea) has no undo for it: put the old text back.
    if (now !== before) {
      const back = await putText(el, kind, now, diffEdit(now, before), before);
      if (typeof back === 'string') now = back;
    }
  }
  return { ok: false, reason: 'verify-failed', text: now };
}

/** Select the edit's range and insert through the editor's input path. Returns the text read back
 * once the editor has settled, or a refusal when the draft changed or an IME started meanwhile. */
async function putText(el: HTMLElement, kind: EditorKind, current: string, edit: Edit, want: string): Promise<string | ApplyResult> {
  const spansBreak = current.slice(edit.start, edit.end).includes('\n');
  if (isRich(kind) && (spansBreak || kind === 'draft') && edit.replacement === '') edit = widenDeletion(current, edit);
  focus(el);
  if (!selectRange(el, edit.start, edit.end)) return { ok: false, reason: 'stale', text: current };
  // Rich editors sync their own selection from the DOM's on selectionchange: give them a tick.
  if (kind !== 'textarea') await sleep(50);
  if (composing) return { ok: false, reason: 'composing' };
  const read = () => readText(el);
  if (read() !== current) return { ok: false, reason: 'stale', text: read() };
  if (kind !== 'textarea') selectRange(el, edit.start, edit.end);

  insert(el, kind, edit.replacement, spansBreak);
  let now = await settle(read, want);
  // Editors may still rework what came in (autocorrect, link detection, a paste handler's second pass): it must stay put.
  if (now === want) {
    await sleep(50);
    now = read();
  }
  return now;
}

/** The smallest edit turning `from` into `to`, never splitting a surrogate pair. */
export function diffEdit(from: string, to: string): Edit {
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  let s = 0;
  while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  if (p > 0 && /[\ud800-\udbff]/.test(from[p - 1]!)) p--;
  if (s > 0 && /[\udc00-\udfff]/.test(from[from.length - s]!)) s--;
  return { start: p, end: from.length - s, replacement: to.slice(p, to.length - s) };
}

async function undoOnce(el: HTMLElement, kind: EditorKind): Promise<void> {
  focus(el);
  if (kind === 'textarea' || kind === 'contenteditable') {
    if (typeof el.ownerDocument.execCommand === 'function') el.ownerDocument.execCommand('undo');
    return;
  }
  // Rich editors bind their own history to Ctrl/Cmd+Z.
  const mac = /Mac/.test(navigator.platform);
  // keyCode too: Draft.js still matches its key bindings on it.
  el.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: 'z',
      code: 'KeyZ',
      keyCode: 90,
      which: 90,
      ctrlKey: !mac,
      metaKey: mac,
      bubbles: true,
      cancelable: true,
    }),
  );
  await sleep(30);
}

/** Undo the last change in the composer (the panel's "undo last fix"). */
export async function undoLast(el: HTMLElement, expectedText: string): Promise<ApplyResult> {
  if (composing) return { ok: false, reason: 'composing' };
  const before = readText(el);
  if (before !== expectedText) return { ok: false, reason: 'stale', text: before };
  await undoOnce(el, editorKind(el));
  const now = await settle(
    () => readText(el),
    (t) => t !== before,
    200,
  );
  return now === before ? { ok: false, reason: 'nothing-to-undo', text: now } : { ok: true, text: now };
}
