/** Builds the real-editor fixture pages (tests/fixtures/editors/) with esbuild:
 * one <name>.js bundle and one <name>.html page per editor, in
 * test-results/fixtures/editors/ (git-ignored). Skipped when up to date. */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EDITOR_FIXTURES_SRC = resolve('tests/fixtures/editors');
export const EDITOR_FIXTURES_OUT = resolve('test-results/fixtures/editors');

export type EditorFixture = 'lexical' | 'draftjs' | 'quill' | 'tiptap' | 'react-textarea';

interface Spec {
  name: EditorFixture;
  entry: string;
  title: string;
  react: boolean;
  /** The editor's own stylesheet, as the real sites ship an equivalent (white-space, user-modify). */
  css?: string;
  /** The element the editor mounts into (or that becomes the editor). */
  container: string;
}

const EDITOR_BOX = 'id="editor" class="composer"';
const SPECS: Spec[] = [
  {
    name: 'lexical',
    entry: 'lexical.ts',
    title: 'Lexical (like Facebook)',
    react: false,
    container: `<div ${EDITOR_BOX} contenteditable="true" role="textbox" spellcheck="true" data-lexical-editor="true" aria-label="Apa yang Anda pikirkan?"></div>`,
  },
  {
    name: 'draftjs',
    entry: 'draftjs.tsx',
    title: 'Draft.js (like X)',
    react: true,
    css: 'node_modules/draft-js/dist/Draft.css',
    container: `<div ${EDITOR_BOX}></div>`,
  },
  {
    name: 'quill',
    entry: 'quill.ts',
    title: 'Quill 2 (like LinkedIn)',
    react: false,
    css: 'node_modules/quill/dist/quill.core.css',
    container: `<div ${EDITOR_BOX}></div>`,
  },
  {
    name: 'tiptap',
    entry: 'tiptap.ts',
    title: 'TipTap (like Bluesky)',
    react: false,
    container: `<div ${EDITOR_BOX}></div>`,
  },
  {
    name: 'react-textarea',
    entry: 'react-textarea.tsx',
    title: 'React textarea (like Mastodon)',
    react: true,
    container: `<div ${EDITOR_BOX}></div>`,
  },
];
export const EDITOR_FIXTURES: readonly EditorFixture[] = SPECS.map((s) => s.name);

const PAGE_CSS = `
  body { font: 16px/1.4 system-ui, sans-serif; margin: 24px; }
  header { display: flex; gap: 16px; align-items: center; margin-bottom: 16px; }
  .composer { width: 600px; min-height: 160px; border: 1px solid #888; border-radius: 6px; padding: 8px; }
  .composer [contenteditable], .composer textarea, .composer.ProseMirror, .composer[contenteditable] { min-height: 140px; outline: none; }
  .composer textarea { width: 100%; box-sizing: border-box; font: inherit; border: 0; }
  .ProseMirror { white-space: pre-wrap; }
  .ProseMirror p, [data-lexical-editor] p { margin: 0; }
`;

function page(spec: Spec): string {
  const css = spec.css ? readFileSync(resolve(spec.css), 'utf8') : '';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${spec.title} — Tutur fixture</title>
<style>${css}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
  <h1>${spec.title}</h1>
  <form role="search" onsubmit="return false"><input type="search" id="search" name="q" placeholder="Cari" aria-label="Cari"></form>
</header>
<main>
  ${spec.container}
</main>
<script src="./${spec.name}.js"></script>
</body>
</html>
`;
}

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** Build every editor fixture that is older than its sources; returns the output directory. */
export async function buildEditorFixtures(): Promise<string> {
  mkdirSync(EDITOR_FIXTURES_OUT, { recursive: true });
  // Shared sources (the page API, the type shims, this builder) make every fixture stale.
  const shared = Math.max(
    mtime(new URL(import.meta.url).pathname),
    ...readdirSync(EDITOR_FIXTURES_SRC)
      .filter((f) => !SPECS.some((s) => s.entry === f))
      .map((f) => mtime(join(EDITOR_FIXTURES_SRC, f))),
  );
  for (const spec of SPECS) {
    const js = join(EDITOR_FIXTURES_OUT, `${spec.name}.js`);
    const html = join(EDITOR_FIXTURES_OUT, `${spec.name}.html`);
    const newestSource = Math.max(shared, mtime(join(EDITOR_FIXTURES_SRC, spec.entry)), spec.css ? mtime(resolve(spec.css)) : 0);
    if (Math.min(mtime(js), mtime(html)) > newestSource) continue;
    await build({
      entryPoints: [join(EDITOR_FIXTURES_SRC, spec.entry)],
      outfile: js,
      bundle: true,
      format: 'iife',
      minify: false,
      sourcemap: false,
      target: 'chrome120',
      platform: 'browser',
      logLevel: 'warning',
      // The project's tsconfig says jsxImportSource "preact": the React fixtures say otherwise, explicitly.
      ...(spec.react ? { jsx: 'automatic' as const, jsxImportSource: 'react' } : {}),
      // Draft.js (through fbjs) still reads Node's `global`.
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    });
    writeFileSync(html, page(spec));
  }
  return EDITOR_FIXTURES_OUT;
}

/** Each real-editor fixture, as the browser suites drive it (Chromium and Firefox share the table). */
export interface EditorCase {
  name: EditorFixture;
  /** The element people type into. */
  target: string;
  /** What the content script calls it (src/editor/kind.ts). */
  kind: string;
}

export const EDITOR_CASES: readonly EditorCase[] = [
  { name: 'lexical', target: '[data-lexical-editor="true"]', kind: 'lexical' },
  { name: 'draftjs', target: '.public-DraftEditor-content', kind: 'draft' },
  { name: 'quill', target: '.ql-editor', kind: 'quill' },
  { name: 'tiptap', target: '.ProseMirror', kind: 'prosemirror' },
  { name: 'react-textarea', target: 'textarea', kind: 'textarea' },
];
