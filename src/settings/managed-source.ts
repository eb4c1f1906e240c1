/** Reading the organisation's policy from the browser. */
import { browser } from 'wxt/browser';

export interface ManagedSource {
  load(): Promise<unknown>;
  /** The policy as last read, if any: Chrome's first storage.managed read after the browser starts takes
   * seconds (about 3 s measured in Chromium 156, with or without a policy), and a page should not wait for it. */
  lastKnown?(): Promise<unknown>;
  subscribe(listener: (raw: unknown) => void): () => void;
}

export const noManagedSource: ManagedSource = { load: async () => ({}), subscribe: () => () => {} };

/** Where the last policy read is kept (the policy only: no user text). */
export const LAST_POLICY_KEY = 'lastManagedPolicy';

/** Chrome: storage.managed (policies). Firefox: the same API, fed by policies.json "3rdparty";
 * it throws when no policy exists, which means "nothing managed". */
export function browserManagedSource(): ManagedSource {
  const managed = browser.storage?.managed;
  if (!managed) return noManagedSource;
  const load = async () => {
    let raw: unknown;
    try {
      raw = await managed.get();
    } catch {
      raw = {};
    }
    await browser.storage.local.set({ [LAST_POLICY_KEY]: raw }).catch(() => {});
    return raw;
  };
  return {
    load,
    async lastKnown() {
      try {
        return (await browser.storage.local.get(LAST_POLICY_KEY))[LAST_POLICY_KEY];
      } catch {
        return undefined;
      }
    },
    subscribe(listener) {
      const onChanged = (_changes: unknown, area: string) => {
        if (area === 'managed') void load().then(listener);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
