/** The content script's context, in place of WXT's ContentScriptContext (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file). WXT's announces every start to the page with
 * `window.postMessage({ type: '<extension id>:content:wxt:content-script-started' })`, which tells any page the
 * extension's id (for a self-hosted build, the organisation's own), and stops the running script when the page
 * dispatches a matching event: any page could detect Tutur and switch it off. This one keeps both inside the
 * content scripts' own world, which the page cannot see: a second start replaces the first through a global of that
 * world, and route changes reach the script directly instead of through an event on the page's window. */

/** Where the running instance leaves its stop function (the isolated world's global: never the page's). */
const STOP_RUNNING = Symbol.for('tutur.content.stop');
/** WXT's name for "the page changed route", kept so content.ts reads as WXT's documentation says. */
const LOCATION_CHANGE = 'wxt:locationchange';

type Scope = { [STOP_RUNNING]?: () => void };
type Navigation = { addEventListener(type: 'navigate', cb: (e: { destination: { url: string } }) => void, o: object): void };

export class ContentScriptContext {
  readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {
    const scope = globalThis as Scope;
    scope[STOP_RUNNING]?.();
    scope[STOP_RUNNING] = () => this.notifyInvalidated();
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get isInvalid(): boolean {
    // The extension was reloaded or removed: this script's browser APIs are gone.
    if ((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  notifyInvalidated(): void {
    if (!this.signal.aborted) this.abortController.abort('Content script context invalidated');
  }

  /** Call `cb` when this script stops (replaced, or the extension went away); returns the remover. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** Like target.addEventListener, removed when the script stops; `wxt:locationchange` calls `handler` when the
   * page's address changes (single-page apps), without any event the page could see or forge. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type !== LOCATION_CHANGE) return target.addEventListener(type, handler, { ...options, signal: this.signal });
    let last = location.href;
    const check = (href = location.href) => {
      if (href === last || this.signal.aborted) return;
      last = href;
      handler(new Event(LOCATION_CHANGE));
    };
    const navigation = (globalThis as { navigation?: Navigation }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => check(event.destination.url), { signal: this.signal });
    } else {
      const timer = setInterval(check, 1000);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}
