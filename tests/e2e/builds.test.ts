/** What the builds must be: budgets, matches and manifests (runs after `npm run build:all`). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from './support/chromium';

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
});
