/** Which elements on a page are composers Tutur should read. */
import { editableRoot } from '../editor/kind';
import type { SiteAdapter } from './types';

/** Fields people do not want checked, whatever the site. */
const LEAVE_ALONE = [
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
  '[data-enable-grammarly="false"]',
  '[data-tutur="off"]',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[type="search"]',
  '[type="password"]',
  '[aria-readonly="true"]',
  '[readonly]',
  '[disabled]',
].join(',');

const EDITABLE = '[contenteditable],textarea';

/** The editable root of a composer element: itself, the editor it sits in, or the first editor inside it. */
function rootOf(el: Element): HTMLElement | null {
  return el instanceof HTMLTextAreaElement
    ? el
    : (editableRoot(el) ?? (el.querySelector(EDITABLE) && editableRoot(el.querySelector(EDITABLE))));
}

export function isComposer(el: Element, site: SiteAdapter): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement) {
    if (el.readOnly || el.disabled) return false;
  } else if (!el.isContentEditable || editableRoot(el) !== el) {
    return false;
  }
  if (!el.closest(site.composers) || el.closest(LEAVE_ALONE) || (site.ignore && el.closest(site.ignore))) return false;
  // DMs are left alone until a setting allows them.
  return site.kindOf?.(el) !== 'message' && isVisible(el);
}

/** Hidden, collapsed or detached composers do not count. */
export function isVisible(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The composer that owns `node` (focus or input target), or null. */
export function composerOf(node: EventTarget | null, site: SiteAdapter): HTMLElement | null {
  if (!(node instanceof Node)) return null;
  const root = node instanceof HTMLTextAreaElement ? node : editableRoot(node);
  return root && isComposer(root, site) ? root : null;
}

export function findComposers(doc: Document, site: SiteAdapter): HTMLElement[] {
  const seen = new Set<HTMLElement>();
  for (const el of doc.querySelectorAll(site.composers)) {
    const root = rootOf(el);
    if (root && !seen.has(root) && isComposer(root, site)) seen.add(root);
  }
  return [...seen];
}

/** Whether images or video are attached to the composer's draft: an attachment preview (the site's own, or
 * the blob: preview of a file just picked) in ever larger ancestors, up to the composer's dialog or form,
 * or until an ancestor holds another composer (the next item of a thread has its own). */
export function hasMedia(composer: HTMLElement, site: SiteAdapter): boolean {
  const selector = `${site.media ? `${site.media},` : ''}[src^="blob:"]`;
  for (let a = composer.parentElement; a && a !== composer.ownerDocument.body; a = a.parentElement) {
    if (a.querySelectorAll(site.composers).length > 1) return false;
    if (a.querySelector(selector)) return true;
    if (a.matches('form,[role="dialog"]')) return false;
  }
  return false;
}

/** The account handle the page shows: "@name" in the element's text, or from its /@name or /profile/name link. */
export function accountOf(doc: Document, site: SiteAdapter): string | undefined {
  const el = site.account ? doc.querySelector(site.account) : null;
  const handle = el?.textContent?.match(/@[\w.-]+/)?.[0] ?? el?.getAttribute('href')?.match(/^\/(?:profile\/|@)([^/?#]+)/)?.[1];
  return handle && `@${handle.replace(/^@/, '')}`.slice(0, 128);
}

/** Index of the composer among the composers of its dialog/form (0 for the first). */
export function indexIn(composer: HTMLElement, container: Element | null, site: SiteAdapter): number {
  return container ? [...container.querySelectorAll(site.composers)].findIndex((c) => c === composer || c.contains(composer)) : 0;
}
