#!/usr/bin/env node
// `npm start`: build the Chrome and Firefox extensions, say where they are, and
// serve the playground (the same page the extension ships) on localhost.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const root = resolve('.output/chrome-mv3');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};
const port = Number(process.env.PORT ?? 4173);

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = normalize(join(root, path === '/' ? 'playground.html' : path));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  try {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`
Tutur is built.
  Chrome / Chromium / Edge: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${root}
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${resolve('.output/firefox-mv2/manifest.json')}

Playground (no extension needed): http://localhost:${port}/playground.html
Press Ctrl+C to stop.`);
});
