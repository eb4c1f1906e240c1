/** Reading the organisation's policy from the browser. */
import { browser } from 'wxt/browser';

export interface ManagedSource {
  load(): Promise<unknown>;
  subscribe(listener: (raw: unknown) => void): () => void;
}

export const noManagedSource: ManagedSource = { load: async () => ({}), subscribe: () => () => {} };

/** Chrome: storage.managed (policies). Firefox: the same API, fed by policies.json "3rdparty";
 * it throws when no policy exists, which means "nothing managed". */
export function browserManagedSource(): ManagedSource {
  const managed = browser.storage?.managed;
  if (!managed) return noManagedSource;
  const load = async () => {
    try {
      return await managed.get();
    } catch {
      return {};
    }
  };
  return {
    load,
    subscribe(listener) {
      const onChanged = (_changes: unknown, area: string) => {
        if (area === 'managed') void load().then(listener);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
