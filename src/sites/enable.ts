/** Tutur on sites the user enabled ("Enable Tutur on this site"): each granted optional host permission
 * becomes a registered content script (kept across restarts, re-synced from `permissions.getAll()` at
 * every background start), open tabs of that site get the script at once, and a permission removed —
 * through the browser's own settings or Tutur's "Turn off" — unregisters it. Browser APIs come in as a
 * parameter so this runs in unit tests. */
import { E2E_EXTRA_MATCHES, SUPPORTED_SITE_MATCHES } from './matches';

/** Ids of our registered scripts: this prefix + the match pattern. */
export const SCRIPT_PREFIX = 'tutur-site ';
/** The content script as WXT builds it. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';

interface Event<T extends (...args: never[]) => unknown> {
  addListener(cb: T): void;
}
type Permissions = { origins?: string[] };
export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The subset of the WebExtension API this module uses (Chrome MV3 and Firefox MV2 both have it). */
export interface EnableBrowser {
  permissions: {
    getAll(): Promise<Permissions>;
    contains(p: Permissions): Promise<boolean>;
    onAdded: Event<(p: Permissions) => void>;
    onRemoved: Event<(p: Permissions) => void>;
  };
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

const FIXED = new Set([...SUPPORTED_SITE_MATCHES, ...E2E_EXTRA_MATCHES]);

/** "https://cms.example.go.id" → "https://cms.example.go.id/*"; null for what Tutur cannot run on. */
export function patternFor(origin: string): string | null {
  return /^https?:\/\/[^/*]+$/.test(origin) ? `${origin}/*` : null;
}

/** The granted origins that are the user's own choices (not the manifest's fixed sites). */
export function userPatterns(granted: Permissions): string[] {
  return (granted.origins ?? []).filter((p) => /^(https?|\*):\/\//.test(p) && !FIXED.has(p));
}

export interface SiteEnabling {
  /** Bring the registered scripts in line with the granted permissions. */
  sync(): Promise<void>;
  /** After the user granted `origin`: register it and run Tutur in its open tabs (and in `tabId`). */
  enable(origin: string, tabId?: number): Promise<{ ok: boolean; injected?: boolean }>;
}

export function startSiteEnabling(api: EnableBrowser): SiteEnabling {
  let queue: Promise<unknown> = Promise.resolve();
  /** One sync at a time: onAdded and the panel's request arrive together, and a duplicate id is an error. */
  const sync = () => {
    const run = queue.then(async () => {
      const wanted = new Set(userPatterns(await api.permissions.getAll()));
      const ours = (await api.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_PREFIX));
      const stale = ours.filter((s) => !wanted.has(s.id.slice(SCRIPT_PREFIX.length))).map((s) => s.id);
      if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
      const have = new Set(ours.map((s) => s.id.slice(SCRIPT_PREFIX.length)));
      const missing = [...wanted].filter((p) => !have.has(p));
      if (missing.length) {
        await api.scripting.registerContentScripts(
          missing.map((pattern) => ({
            id: SCRIPT_PREFIX + pattern,
            matches: [pattern],
            // A broad grant ("all sites") must not run a second copy where the manifest already does.
            excludeMatches: SUPPORTED_SITE_MATCHES,
            js: [CONTENT_SCRIPT],
            runAt: 'document_idle',
            persistAcrossSessions: true,
          })),
        );
      }
    });
    queue = run.catch((error: unknown) => console.warn('[tutur] could not sync the enabled sites', error));
    return run;
  };

  /** Run the content script in a tab unless one already answers there (one attempt per tab at a time:
   * onAdded and the panel's request arrive together). */
  const injecting = new Map<number, Promise<boolean>>();
  const injectOnce = async (tabId: number): Promise<boolean> => {
    try {
      if (await api.tabs.sendMessage(tabId, { type: 'tutur/get-state' })) return true;
    } catch {
      // nobody there yet
    }
    try {
      await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      return true;
    } catch {
      return false; // a page we may not script (the Web Store, an error page)
    }
  };
  const inject = (tabId: number): Promise<boolean> => {
    let running = injecting.get(tabId);
    if (!running) {
      running = injectOnce(tabId).finally(() => injecting.delete(tabId));
      injecting.set(tabId, running);
    }
    return running;
  };

  const injectOrigins = async (patterns: string[], extraTab?: number) => {
    const tabs = new Set<number>(extraTab === undefined ? [] : [extraTab]);
    for (const url of patterns) for (const tab of await api.tabs.query({ url }).catch(() => [])) if (tab.id !== undefined) tabs.add(tab.id);
    const results = await Promise.all([...tabs].map(inject));
    return results.length > 0 && results.every(Boolean);
  };

  api.permissions.onAdded.addListener((added) => {
    const patterns = userPatterns(added);
    if (patterns.length) void sync().then(() => injectOrigins(patterns));
  });
  api.permissions.onRemoved.addListener((removed) => {
    if (userPatterns(removed).length) void sync();
  });
  void sync();

  return {
    sync,
    async enable(origin, tabId) {
      const pattern = patternFor(origin);
      if (!pattern || !(await api.permissions.contains({ origins: [pattern] }))) return { ok: false };
      await sync();
      return { ok: true, injected: await injectOrigins([pattern], tabId) };
    },
  };
}
