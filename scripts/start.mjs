#!/usr/bin/env node
// `npm start`: build the Chrome and Firefox extensions, say where they are, and
// serve the playground (the same page the extension ships) on localhost.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** The page server: files under `root`, "/" is the playground. The file is read before
 * any header is written, so a missing one (the browser's own /favicon.ico) is a 404 and
 * never a second header on a sent response (which threw, and stopped the server). */
export function playgroundServer(root) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    let file;
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      file = normalize(join(base, path === '/' ? 'playground.html' : path));
    } catch {
      return void res.writeHead(400).end('bad request');
    }
    if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const root = resolve('.output/chrome-mv3');
  const port = Number(process.env.PORT ?? 4173);
  playgroundServer(root).listen(port, '127.0.0.1', () => {
    console.log(`
Tutur is built.
  Chrome / Chromium / Edge: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${root}
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${resolve('.output/firefox-mv2/manifest.json')}

Playground (no extension needed): http://localhost:${port}/playground.html
Press Ctrl+C to stop.`);
  });
}
