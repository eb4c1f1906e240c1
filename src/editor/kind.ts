/** Which editor library drives a composer, from its DOM fingerprint
 * (§1 of the design note on composers in the shared design folder). */
export type EditorKind = 'textarea' | 'lexical' | 'draft' | 'prosemirror' | 'quill' | 'slate' | 'ckeditor' | 'contenteditable';

export function editorKind(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'textarea';
  if (el.matches('[data-lexical-editor]')) return 'lexical';
  if (el.closest('.DraftEditor-root')) return 'draft';
  if (el.matches('.ProseMirror')) return 'prosemirror';
  if (el.matches('.ql-editor')) return 'quill';
  if (el.matches('[data-slate-editor]')) return 'slate';
  if (el.matches('.ck-editor__editable')) return 'ckeditor';
  return 'contenteditable';
}

/** The editable root that contains `node`, or null. */
export function editableRoot(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  if (!el) return null;
  if (el instanceof HTMLTextAreaElement) return el;
  if (!el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}
