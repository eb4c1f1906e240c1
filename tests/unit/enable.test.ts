/** Tutur on sites the user enabled: granted origins become registered content scripts, open tabs get the
 * script at once, revoked origins are unregistered, and a restarted background re-syncs from the grants.
 * WXT's fakeBrowser has no permissions or scripting API: they are stubbed onto it here, in memory. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT,
  SCRIPT_PREFIX,
  patternFor,
  startSiteEnabling,
  userPatterns,
  type EnableBrowser,
  type RegisteredScript,
} from '../../src/sites/enable';
import { SUPPORTED_SITE_MATCHES } from '../../src/sites/matches';

const CMS = 'https://cms.kotacontoh.go.id';
const wait = () => new Promise((r) => setTimeout(r, 10));

/** Permissions, scripting and the tabs the fake browser has: what the background sees. */
function stubBrowser(initialOrigins: string[] = [], tabs: { id: number; url: string; hasTutur?: boolean }[] = []) {
  const origins = new Set([...SUPPORTED_SITE_MATCHES, ...initialOrigins]);
  const scripts = new Map<string, RegisteredScript>();
  const added: ((p: { origins?: string[] }) => void)[] = [];
  const removed: ((p: { origins?: string[] }) => void)[] = [];
  const injected: number[] = [];
  const permissions: EnableBrowser['permissions'] = {
    getAll: async () => ({ origins: [...origins] }),
    contains: async (p) => (p.origins ?? []).every((o) => origins.has(o)),
    onAdded: { addListener: (cb) => void added.push(cb) },
    onRemoved: { addListener: (cb) => void removed.push(cb) },
  };
  const scripting: EnableBrowser['scripting'] = {
    registerContentScripts: vi.fn(async (list: RegisteredScript[]) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void ids.forEach((id) => scripts.delete(id))),
    getRegisteredContentScripts: async () => [...scripts.values()],
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => {
      const tab = tabs.find((t) => t.id === target.tabId);
      if (!tab || ![...origins].some((o) => tab.url.startsWith(o.replace('/*', '/'))))
        throw new Error('Cannot access contents of the page');
      tab.hasTutur = true;
      injected.push(tab.id);
    }),
  };
  Object.assign(fakeBrowser, { permissions, scripting });
  Object.assign(fakeBrowser.tabs, {
    query: async ({ url }: { url: string }) => tabs.filter((t) => t.url.startsWith(url.replace('/*', '/'))),
    sendMessage: async (id: number) => {
      if (!tabs.find((t) => t.id === id)?.hasTutur) throw new Error('Receiving end does not exist.');
      return { site: 'generic' };
    },
  });
  return {
    api: fakeBrowser as unknown as EnableBrowser,
    scripts,
    injected,
    scripting,
    /** The user grants an origin (the prompt, or the browser's site-access settings). */
    grant(pattern: string) {
      origins.add(pattern);
      added.forEach((cb) => cb({ origins: [pattern] }));
    },
    /** The user revokes it (the browser's settings, or Tutur's "Turn off"). */
    revoke(pattern: string) {
      origins.delete(pattern);
      removed.forEach((cb) => cb({ origins: [pattern] }));
    },
  };
}

describe('patterns', () => {
  it('one origin, one pattern; nothing for what Tutur cannot run on', () => {
    expect(patternFor(CMS)).toBe(`${CMS}/*`);
    expect(patternFor('http://intranet.kota.local:8080')).toBe('http://intranet.kota.local:8080/*');
    for (const bad of ['chrome://extensions', 'file:///home', 'https://x.com/path', 'https://*.com']) expect(patternFor(bad)).toBeNull();
  });
  it('the user’s own grants are the granted origins minus the manifest’s fixed sites', () => {
    expect(userPatterns({ origins: [...SUPPORTED_SITE_MATCHES, `${CMS}/*`, 'http://localhost/*'] })).toEqual([`${CMS}/*`]);
    expect(userPatterns({})).toEqual([]);
  });
});

describe('startSiteEnabling', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('at startup, registers a content script for each origin the user granted (and nothing for the fixed sites)', async () => {
    const b = stubBrowser([`${CMS}/*`]);
    await startSiteEnabling(b.api).sync();
    expect([...b.scripts.values()]).toEqual([
      {
        id: `${SCRIPT_PREFIX}${CMS}/*`,
        matches: [`${CMS}/*`],
        excludeMatches: SUPPORTED_SITE_MATCHES,
        js: [CONTENT_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('a restarted background finds its scripts still registered and neither duplicates nor loses them', async () => {
    const b = stubBrowser([`${CMS}/*`]);
    await startSiteEnabling(b.api).sync();
    // The service worker restarts: a second start over the same registrations.
    const again = startSiteEnabling(b.api);
    await again.sync();
    expect([...b.scripts.keys()]).toEqual([`${SCRIPT_PREFIX}${CMS}/*`]);
    expect(b.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('drops registrations whose permission is gone (revoked while the browser was closed)', async () => {
    const b = stubBrowser();
    b.scripts.set(`${SCRIPT_PREFIX}${CMS}/*`, { id: `${SCRIPT_PREFIX}${CMS}/*`, matches: [`${CMS}/*`] });
    b.scripts.set('someone-else', { id: 'someone-else' });
    await startSiteEnabling(b.api).sync();
    expect([...b.scripts.keys()]).toEqual(['someone-else']);
  });

  it('a grant registers the site and runs Tutur in its open tabs at once; a revocation unregisters it', async () => {
    const b = stubBrowser(
      [],
      [
        { id: 1, url: `${CMS}/berita` },
        { id: 2, url: `${CMS}/agenda`, hasTutur: true },
        { id: 3, url: 'https://other.example/' },
      ],
    );
    startSiteEnabling(b.api);
    await wait();
    b.grant(`${CMS}/*`);
    await vi.waitFor(() => expect(b.injected).toEqual([1]));
    expect([...b.scripts.keys()]).toEqual([`${SCRIPT_PREFIX}${CMS}/*`]);
    b.revoke(`${CMS}/*`);
    await vi.waitFor(() => expect(b.scripts.size).toBe(0));
  });

  it('enable() after the panel’s request: registers and injects into the panel’s tab, once, even racing onAdded', async () => {
    const b = stubBrowser([], [{ id: 7, url: `${CMS}/` }]);
    const sites = startSiteEnabling(b.api);
    await wait();
    b.grant(`${CMS}/*`);
    const result = await sites.enable(CMS, 7);
    await wait();
    expect(result).toEqual({ ok: true, injected: true });
    expect(b.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(b.injected).toEqual([7]);
  });

  it('enable() refuses an origin the user did not grant, and pages it cannot script', async () => {
    const b = stubBrowser();
    const sites = startSiteEnabling(b.api);
    expect(await sites.enable(CMS, 1)).toEqual({ ok: false });
    expect(await sites.enable('chrome://extensions')).toEqual({ ok: false });
    expect(b.scripts.size).toBe(0);
  });
});

describe('injection', () => {
  it('a grant and the panel’s request arriving together inject once', async () => {
    const b = stubBrowser([], [{ id: 9, url: `${CMS}/` }]);
    const sites = startSiteEnabling(b.api);
    await wait();
    b.grant(`${CMS}/*`);
    const [a, c] = await Promise.all([sites.enable(CMS, 9), sites.enable(CMS, 9)]);
    await wait();
    expect([a, c]).toEqual([
      { ok: true, injected: true },
      { ok: true, injected: true },
    ]);
    expect(b.scripting.executeScript).toHaveBeenCalledTimes(1);
  });
});
