/** The settings a page works with: the user's own, the organisation's policy on
 * top, and a save that writes only the user's part. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectiveSettings, parseManaged, type EffectiveSettings, type ManagedPolicy } from '../settings/managed';
import { noManagedSource, type ManagedSource } from '../settings/managed-source';
import type { UserSettings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';

/** How long a page waits for the organisation's policy before it starts without one (it follows the policy once read). */
export const MANAGED_WAIT_MS = 100;

export interface SettingsState {
  effective: EffectiveSettings | null;
  user: UserSettings | null;
  policy: ManagedPolicy;
  save(user: UserSettings): Promise<void>;
}

export function useSettings(store: SettingsStore, managed: ManagedSource = noManagedSource): SettingsState {
  const [user, setUser] = useState<UserSettings | null>(null);
  const [policy, setPolicy] = useState<ManagedPolicy | null>(null);
  useEffect(() => {
    void store.load().then(setUser);
    return store.subscribe(setUser);
  }, [store]);
  useEffect(() => {
    let current = false;
    const apply = (raw: unknown) => {
      const { policy: parsed, problems } = parseManaged(raw);
      if (problems.length)
        console.warn('[tutur] ignored invalid policy fields:', problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      setPolicy(parsed);
    };
    const applyCurrent = (raw: unknown) => {
      current = true;
      apply(raw);
    };
    void managed.load().then(applyCurrent);
    // Until the browser answers (seconds, the first time after it starts): the policy last seen, or none after a
    // moment; the current one replaces it when it comes.
    void managed.lastKnown?.().then((raw) => {
      if (!current && raw !== undefined) apply(raw);
    });
    const wait = setTimeout(() => setPolicy((p) => p ?? {}), MANAGED_WAIT_MS);
    const stop = managed.subscribe(applyCurrent);
    return () => {
      clearTimeout(wait);
      stop();
    };
  }, [managed]);
  const effective = useMemo(() => (user && policy ? effectiveSettings(user, policy) : null), [user, policy]);
  return {
    effective,
    user,
    policy: policy ?? {},
    async save(next) {
      setUser(next);
      await store.save(next);
    },
  };
}
