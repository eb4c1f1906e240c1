#!/usr/bin/env node
// `node scripts/run-ts.mjs path/to/entry.ts [args…]`: run a TypeScript script.
// Node 20 cannot run TypeScript, so this bundles the entry and what it imports
// from src/ with esbuild (node_modules stay external imports) into
// node_modules/.cache/tutur/<entry>.mjs and imports that, with process.argv as
// if the entry had been run directly. The bundle is reused while none of its
// input files (as esbuild's metafile lists them), this launcher or esbuild changed.
// In the entry, import.meta.url is the bundle's: use process.cwd() for paths.
import { build, version } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run-ts.mjs path/to/entry.ts [args…]');
  process.exit(2);
}
const entry = resolve(entryArg);
const root = resolve(import.meta.dirname, '..');
const cacheDir = resolve(root, 'node_modules/.cache/tutur');
const name = relative(root, entry)
  .replace(/\.[cm]?tsx?$/, '')
  .replace(/[^\w.-]+/g, '_');
const outfile = resolve(cacheDir, `${name}.mjs`);
const stampFile = resolve(cacheDir, `${name}.inputs.json`);

const mtime = (file) => {
  try {
    const s = statSync(resolve(root, file));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
};
const fingerprint = (files) => JSON.stringify([version, mtime(import.meta.filename), ...files.map((f) => [f, mtime(f)])]);

function upToDate() {
  try {
    const saved = JSON.parse(readFileSync(stampFile, 'utf8'));
    return mtime(outfile) !== 'missing' && fingerprint(saved.files) === saved.fingerprint;
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const result = await build({
    entryPoints: [entry],
    outfile,
    absWorkingDir: root,
    platform: 'node',
    format: 'esm',
    bundle: true,
    packages: 'external',
    target: 'node20',
    sourcemap: 'inline',
    metafile: true,
    write: false,
    logLevel: 'warning',
  }).catch(() => process.exit(1)); // esbuild has printed the errors
  // Write, then rename: another run of the same entry may be reading the bundle.
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${outfile}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, outfile);
  const files = Object.keys(result.metafile.inputs);
  writeFileSync(stampFile, JSON.stringify({ files, fingerprint: fingerprint(files) }));
}

process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
