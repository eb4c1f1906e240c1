/** What the builds must be: budgets, matches and manifests (runs after `npm run build:all`). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { SUPPORTED_SITE_MATCHES } from '../../src/sites/matches';
import { gzipSize, pageFiles } from './support/bundle';
import { launchWithExtension } from './support/chromium';

const KB = 1024;
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesIn(join(dir, name)) : [join(dir, name)]));

/** The size of a zip of `dir` as a store would receive it: deflate (level 9), or stored when smaller. */
function zipSize(dir: string): number {
  let size = 22; // end of central directory
  for (const file of filesIn(dir)) {
    const name = Buffer.byteLength(relative(dir, file));
    const data = readFileSync(file);
    size += 30 + name + Math.min(data.length, deflateRawSync(data, { level: 9 }).length) + 46 + name;
  }
  return size;
}

const manifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
const matchesOf = (dir: string): string[] => manifest(dir).content_scripts.flatMap((c: { matches: string[] }) => c.matches);

describe('builds', () => {
  it('keeps the content script within 8 KB gzipped', () => {
    const size = gzipSync(readFileSync('.output/chrome-mv3/content-scripts/content.js'), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(8 * 1024);
  });

  it('keeps NLP and storage libraries out of the content script', () => {
    const code = readFileSync('.output/chrome-mv3/content-scripts/content.js', 'utf8');
    // Markers of compromise, franc's trigram data, the analysis rules and @wxt-dev/storage.
    for (const marker of ['compromise', 'trigram', 'time.relative-date', 'defineItem', 'Jumat']) expect(code).not.toContain(marker);
  });

  it('tells the page nothing of the extension: no start-up message (WXT’s context is replaced), no named highlights', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const code = readFileSync(`.output/${dir}/content-scripts/content.js`, 'utf8');
      for (const marker of ['postMessage', 'content-script-started', 'tutur-finding', 'tutur-focus', 'tutur-highlights'])
        expect(code, `${dir}: ${marker}`).not.toContain(marker);
    }
  });

  it('runs on localhost only in the e2e build', () => {
    expect(matchesOf('chrome-mv3').some((m) => m.includes('localhost') || m.includes('127.0.0.1'))).toBe(false);
    expect(matchesOf('firefox-mv2').some((m) => m.includes('localhost'))).toBe(false);
    expect(matchesOf('chrome-mv3-e2e')).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
  });

  it('declares the side panel on Chrome and the sidebar on Firefox', () => {
    expect(manifest('chrome-mv3').side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest('firefox-mv2').sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
  });

  it('opens the side panel from the toolbar button in Chrome', async () => {
    const session = await launchWithExtension();
    try {
      const behavior = await session.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { sidePanel: { getPanelBehavior(): Promise<unknown> } } }).chrome.sidePanel.getPanelBehavior(),
      );
      // The click reaches action.onClicked, which opens the panel and so grants activeTab (Chrome does not grant it
      // with openPanelOnActionClick); tests/e2e/sites.test.ts clicks the real button and checks both.
      expect(behavior).toEqual({ openPanelOnActionClick: false });
    } finally {
      await session.close();
    }
  });

  it('asks for exactly the permissions the README explains, and no more', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.permissions).toEqual(['storage', 'scripting', 'activeTab', 'sidePanel']);
    expect(chrome.minimum_chrome_version).toBe('116');
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.optional_permissions).toBeUndefined();
    expect(matchesOf('chrome-mv3').sort()).toEqual([...SUPPORTED_SITE_MATCHES].sort());
    const firefox = manifest('firefox-mv2');
    expect(firefox.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(firefox.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(matchesOf('firefox-mv2').sort()).toEqual([...SUPPORTED_SITE_MATCHES].sort());
    // No remote code and no page may frame or fetch the extension's files.
    expect(chrome.content_security_policy).toBeUndefined();
    expect(chrome.web_accessible_resources).toBeUndefined();
    expect(chrome.externally_connectable).toBeUndefined();
  });

  it('keeps the side panel within 400 KB gzipped, lexicons and compromise included, and the speller within 125 KB', () => {
    const files = pageFiles('.output/chrome-mv3', 'sidepanel.html');
    expect(
      files.some((f) => /two-.*\.js$/.test(f)),
      'compromise is part of what the panel may load',
    ).toBe(true);
    // The Indonesian speller (its code, hunspell-id's stems, the ranking list) loads in chunks of its
    // own after the first tips, with a budget of its own.
    const speller = files.filter((f) => /\/(?:speller|dictionary-id-stems|frequency-id)-[\w-]+\.js$/.test(f));
    expect(speller, 'the speller loads in three chunks of its own').toHaveLength(3);
    expect(gzipSize('.output/chrome-mv3', speller)).toBeLessThanOrEqual(125 * KB);
    expect(
      gzipSize(
        '.output/chrome-mv3',
        files.filter((f) => !speller.includes(f)),
      ),
    ).toBeLessThanOrEqual(400 * KB);
  });

  it('keeps the Chrome package within 1 MB zipped', () => {
    expect(zipSize('.output/chrome-mv3')).toBeLessThanOrEqual(1024 * KB);
  });

  it('contains no remote code and no way to send text anywhere', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      for (const file of filesIn(`.output/${dir}`)) {
        if (file.endsWith('.js')) {
          const code = readFileSync(file, 'utf8');
          for (const api of [
            'fetch(',
            'XMLHttpRequest',
            'sendBeacon',
            'WebSocket',
            'EventSource',
            'importScripts',
            'new Function',
            'eval(',
            'import("http',
            "import('http",
          ]) {
            expect(code.includes(api), `${file} uses ${api}`).toBe(false);
          }
        }
        if (file.endsWith('.html')) expect(readFileSync(file, 'utf8')).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      }
    }
  });
});
