/** `npm start`'s page server (scripts/start.mjs), without the build: a missing file is a 404
 * and the server keeps serving. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const START = pathToFileURL(resolve(import.meta.dirname, '../../../scripts/start.mjs')).href;

describe('the playground server', () => {
  let server: Server;
  let root: string;
  let origin: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tutur-start-'));
    writeFileSync(join(root, 'playground.html'), '<title>Tutur playground</title>');
    writeFileSync(join(root, 'app.js'), 'export {};');
    mkdirSync(join(root, 'assets'));
    const { playgroundServer } = (await import(START)) as { playgroundServer: (root: string) => Server };
    server = playgroundServer(root);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  it('answers 404 for a missing file (the browser asks for /favicon.ico first) and keeps serving', async () => {
    const missing = await fetch(`${origin}/favicon.ico`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not found');
    expect((await fetch(`${origin}/nothing/here.js`)).status).toBe(404);
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<title>Tutur playground</title>');
    const script = await fetch(`${origin}/app.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript']);
  });

  it('answers 404 for a directory and never serves a file outside its folder', async () => {
    expect((await fetch(`${origin}/assets`)).status).toBe(404);
    expect((await fetch(`${origin}/..%2f..%2fetc/passwd`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });
});
