/** The content script's job, without browser APIs (so it can be unit-tested):
 * find the focused composer, report its text, apply edits on request, and show
 * the badge and the finding underlines the panel asks for. */
import { applyEdit, isComposing, trackComposition, undoLast } from '../editor/apply';
import { editorKind } from '../editor/kind';
import { readSelection, readText } from '../editor/text';
import type { ApplyResult, PageState, ToContent } from '../messaging/messages';
import { accountOf, composerOf, findComposers, hasMedia, isVisible } from '../sites/composers';
import type { SiteAdapter } from '../sites/types';
import { createBadge, type Badge } from './badge';
import { paint } from './highlight';

export interface TrackerOptions {
  /** Input is reported after this quiet time (the budget is ≤ 100 ms). */
  debounceMs?: number;
  /** How often, at most, a changing page is rescanned for composers that mount late. */
  scanMs?: number;
  /** Show the on-page badge: what its click does and its accessible label. */
  badge?: { open(): void; label(count: number | null): string };
  /** Called on every full scan of the page (tests count them under a mutation storm). */
  onScan?(): void;
}

export interface Tracker {
  state(): PageState;
  handle(message: ToContent): Promise<PageState | ApplyResult>;
  /** Look for composers again now (a single-page app changed route). */
  rescan(): void;
  stop(): void;
}

export function startTracker(doc: Document, site: SiteAdapter, send: (state: PageState) => void, options: TrackerOptions = {}): Tracker {
  const debounceMs = options.debounceMs ?? 60;
  const scanMs = options.scanMs ?? 250;
  const ids = new WeakMap<HTMLElement, string>();
  const counts = new WeakMap<HTMLElement, number>();
  let nextId = 1;
  let composers: HTMLElement[] = [];
  let active: HTMLElement | null = null;
  let lastSent = '';
  let lastText: string | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const badge: Badge | null = options.badge ? createBadge(doc, options.badge.open, options.badge.label) : null;

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
          hasMedia: hasMedia(active, site),
          account: accountOf(doc, site),
        }
      : null,
  });

  const clearMarks = () => {
    paint('finding', null, []);
    paint('focus', null, []);
  };

  const reportNow = () => {
    clearTimeout(reportTimer);
    reportTimer = undefined;
    // Half-composed text (and the placeholders editors keep meanwhile) is not the draft: report at compositionend.
    if (isComposing()) return;
    const current = state();
    const text = current.composer?.text;
    if (text !== lastText) {
      // Spans and counts were for the previous text: the underlines go, the count waits for the panel's next one.
      lastText = text;
      clearMarks();
      if (active && counts.has(active)) badge?.set(counts.get(active)!, true);
    }
    badge?.place();
    // The selection alone changing is not worth a message.
    const key = JSON.stringify([
      current.composer?.composerId,
      text,
      current.composerCount,
      current.composer?.hasMedia,
      current.composer?.kind,
    ]);
    if (key === lastSent) return;
    lastSent = key;
    send(current);
  };
  const reportSoon = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(reportNow, debounceMs);
  };

  // Editors that change text without an input event (their own undo, for one) still mutate the DOM.
  // Observed only while a composer is active.
  const activeObserver = new MutationObserver(reportSoon);
  const setActive = (el: HTMLElement | null) => {
    if (el === active) return;
    active = el;
    activeObserver.disconnect();
    clearMarks();
    if (el && !(el instanceof HTMLTextAreaElement)) activeObserver.observe(el, { subtree: true, childList: true, characterData: true });
    if (el && !composers.includes(el)) composers.push(el);
    badge?.attach(el);
    if (el && counts.has(el)) badge?.set(counts.get(el)!);
  };

  const scan = () => {
    clearTimeout(scanTimer);
    scanTimer = undefined;
    options.onScan?.();
    composers = findComposers(doc, site);
    // A composer that was removed, hidden or collapsed is no longer the one shown (unless it still has focus);
    // one that became a direct message (Mastodon's visibility switched to "specific people") goes even so.
    if (active && !composers.includes(active)) {
      if (active.isConnected && isVisible(active) && doc.activeElement === active && site.kindOf?.(active) !== 'message')
        composers.push(active);
      else setActive(null);
    }
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

  // Composers mount late (SPA routes, modals): rescan, at most once per scanMs, when the page changes
  // outside the active composer (typing is the active observer's business).
  const pageObserver = new MutationObserver((records) => {
    if (!scanTimer && records.some((r) => !active?.contains(r.target))) scanSoon();
  });
  const observePage = () => pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
  // A hidden tab is not watched at all; it is rescanned when it shows again.
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      pageObserver.disconnect();
    } else {
      observePage();
      scan();
    }
  };

  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('visibilitychange', onVisibility);
  trackComposition(doc);
  doc.addEventListener('compositionend', reportSoon, true);
  if (doc.visibilityState !== 'hidden') observePage();
  scan();

  const byId = (id: string) => composers.find((c) => ids.get(c) === id && c.isConnected) ?? null;

  return {
    state,
    rescan: scan,
    async handle(message) {
      if (message.type === 'tutur/get-state') {
        if (scanTimer) scan();
        return state();
      }
      const composer = byId(message.composerId);
      if (!composer) return { ok: false, reason: 'not-found' };
      if (message.type === 'tutur/findings') {
        counts.set(composer, message.count);
        if (composer === active) {
          badge?.set(message.count);
          paint('finding', composer, message.spans ?? []);
        }
        return { ok: true };
      }
      if (message.type === 'tutur/highlight') {
        paint('focus', composer, message.span ? [message.span] : []);
        return { ok: true };
      }
      const result =
        message.type === 'tutur/apply'
          ? await applyEdit(composer, message.edit, message.expectedText)
          : await undoLast(composer, message.expectedText);
      reportNow();
      return result;
    },
    stop() {
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('visibilitychange', onVisibility);
      doc.removeEventListener('compositionend', reportSoon, true);
      pageObserver.disconnect();
      activeObserver.disconnect();
      clearTimeout(reportTimer);
      clearTimeout(scanTimer);
      clearMarks();
      badge?.remove();
    },
  };
}
