/** The content script's job, without browser APIs (so it can be unit-tested):
 * find the focused composer, report its text, apply edits on request. */
import { applyEdit, isComposing, trackComposition, undoLast } from '../editor/apply';
import { editorKind } from '../editor/kind';
import { readSelection, readText } from '../editor/text';
import type { ApplyResult, PageState, ToContent } from '../messaging/messages';
import { composerOf, findComposers } from '../sites/composers';
import type { SiteAdapter } from '../sites/types';

export interface TrackerOptions {
  /** Input is reported after this quiet time (the budget is ≤ 100 ms). */
  debounceMs?: number;
  /** How often, at most, a changing page is rescanned for composers that mount late. */
  scanMs?: number;
}

export interface Tracker {
  state(): PageState;
  handle(message: ToContent): Promise<PageState | ApplyResult>;
  stop(): void;
}

export function startTracker(doc: Document, site: SiteAdapter, send: (state: PageState) => void, options: TrackerOptions = {}): Tracker {
  const debounceMs = options.debounceMs ?? 60;
  const scanMs = options.scanMs ?? 250;
  const ids = new WeakMap<HTMLElement, string>();
  let nextId = 1;
  let composers: HTMLElement[] = [];
  let active: HTMLElement | null = null;
  let lastSent = '';
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;

  const idOf = (el: HTMLElement) => {
    let id = ids.get(el);
    if (!id) ids.set(el, (id = `c${nextId++}`));
    return id;
  };

  const state = (): PageState => ({
    site: site.id,
    platform: site.platform,
    composerCount: composers.length,
    composer: active
      ? {
          composerId: idOf(active),
          text: readText(active),
          selection: readSelection(active),
          editor: editorKind(active),
          kind: site.kindOf?.(active) ?? 'post',
          hasMedia: site.hasMedia?.(active) ?? false,
          account: site.account?.(),
        }
      : null,
  });

  const reportNow = () => {
    clearTimeout(reportTimer);
    reportTimer = undefined;
    // Half-composed text (and the placeholders editors keep meanwhile) is not the draft: report at compositionend.
    if (isComposing()) return;
    const current = state();
    // The selection alone changing is not worth a message.
    const key = JSON.stringify([current.composer?.composerId, current.composer?.text, current.composerCount, current.composer?.hasMedia]);
    if (key === lastSent) return;
    lastSent = key;
    send(current);
  };
  const reportSoon = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(reportNow, debounceMs);
  };

  // Editors that change text without an input event (their own undo, for one) still mutate the DOM.
  const activeObserver = new MutationObserver(reportSoon);
  const setActive = (el: HTMLElement | null) => {
    if (el === active) return;
    active = el;
    activeObserver.disconnect();
    if (el && !(el instanceof HTMLTextAreaElement)) activeObserver.observe(el, { subtree: true, childList: true, characterData: true });
    if (el && !composers.includes(el)) composers.push(el);
  };

  const scan = () => {
    scanTimer = undefined;
    composers = findComposers(doc, site);
    if (active && !active.isConnected) setActive(null);
    if (active && !composers.includes(active)) composers.push(active);
    if (!active && composers.length > 0) setActive(composers[0]!);
    reportNow();
  };
  const scanSoon = () => {
    scanTimer ??= setTimeout(scan, scanMs);
  };

  const onFocus = (event: Event) => {
    const composer = composerOf(event.target, site);
    if (composer && composer !== active) {
      setActive(composer);
      reportNow();
    }
  };
  const onInput = (event: Event) => {
    const composer = composerOf(event.target, site);
    if (!composer) return;
    if (composer !== active) setActive(composer);
    reportSoon();
  };

  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  trackComposition(doc);
  doc.addEventListener('compositionend', reportSoon, true);
  // Composers mount late (SPA routes, modals): rescan, coalesced, when the page changes.
  const pageObserver = new MutationObserver(scanSoon);
  pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
  scan();

  const byId = (id: string) => composers.find((c) => ids.get(c) === id && c.isConnected) ?? null;

  return {
    state,
    async handle(message) {
      if (message.type === 'tutur/get-state') {
        if (scanTimer) scan();
        return state();
      }
      const composer = byId(message.composerId);
      if (!composer) return { ok: false, reason: 'not-found' };
      const result =
        message.type === 'tutur/apply' ? await applyEdit(composer, message.edit, message.expectedText) : await undoLast(composer, message.expectedText);
      reportNow();
      return result;
    },
    stop() {
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('compositionend', reportSoon, true);
      pageObserver.disconnect();
      activeObserver.disconnect();
      clearTimeout(reportTimer);
      clearTimeout(scanTimer);
    },
  };
}
