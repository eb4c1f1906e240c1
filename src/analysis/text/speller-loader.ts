/** The one Indonesian speller (text/speller.ts), loaded on demand: its code and its dictionary are
 * chunks of their own in the extension, fetched the first time `loadSpeller()` is called (the panel
 * calls it after its first tips; the CLI and the evaluation up front). Until then `speller()` is
 * null and the typo rule is quiet. */
import type { Speller } from './speller';

let instance: Speller | null = null;
let loading: Promise<Speller> | null = null;

/** The speller, once loaded; null before. */
export function speller(): Speller | null {
  return instance;
}

export function loadSpeller(): Promise<Speller> {
  loading ??= import('./speller').then(({ buildSpeller }) => buildSpeller()).then((built) => (instance = built));
  return loading;
}
