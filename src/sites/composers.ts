/** Which elements on a page are composers Tutur should read. */
import { editableRoot } from '../editor/kind';
import type { SiteAdapter } from './types';

/** Editor fingerprints that work on any site, plus plain fields. */
export const GENERIC_COMPOSERS = [
  '[data-lexical-editor="true"]',
  '.DraftEditor-root [contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '.ql-editor[contenteditable="true"]',
  '[data-slate-editor="true"]',
  '.ck-editor__editable[contenteditable="true"]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  'textarea',
].join(',');

/** Fields people do not want checked, whatever the site. */
const LEAVE_ALONE = [
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
  '[data-enable-grammarly="false"]',
  '[data-tutur="off"]',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[type="search"]',
  '[aria-readonly="true"]',
  '[readonly]',
  '[disabled]',
].join(',');

export function isComposer(el: Element, site: SiteAdapter): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement) {
    if (el.readOnly || el.disabled) return false;
  } else if (!el.isContentEditable || editableRoot(el) !== el) {
    return false;
  }
  if (el.closest(LEAVE_ALONE)) return false;
  if (site.ignore && el.closest(site.ignore)) return false;
  return isVisible(el);
}

function isVisible(el: HTMLElement): boolean {
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
  const selector = site.composers ? `${site.composers},${GENERIC_COMPOSERS}` : GENERIC_COMPOSERS;
  const seen = new Set<HTMLElement>();
  for (const el of doc.querySelectorAll(selector)) {
    const root = el instanceof HTMLTextAreaElement ? el : editableRoot(el);
    if (root && !seen.has(root) && isComposer(root, site)) seen.add(root);
  }
  return [...seen];
}
