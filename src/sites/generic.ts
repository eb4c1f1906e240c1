/** Any site: recognise editors by their library's fingerprint (§1 of the design note on composers in the shared design folder),
 * then any plain editable field. The one list of editor fingerprints. */
import type { SiteAdapter } from './types';

export const EDITOR_FINGERPRINTS = [
  '[data-lexical-editor="true"]',
  '.DraftEditor-root [contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '.ql-editor[contenteditable="true"]',
  '[data-slate-editor="true"]',
  '.ck-editor__editable[contenteditable="true"]',
];

const generic: SiteAdapter = {
  id: 'generic',
  platform: 'generic',
  hosts: [],
  // Then any editable field (not the contenteditable="false" islands inside editors: mentions, embeds).
  composers: [...EDITOR_FINGERPRINTS, '[contenteditable]:not([contenteditable="false"])', 'textarea'].join(),
};

export default generic;
