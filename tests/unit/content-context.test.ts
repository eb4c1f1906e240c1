/** src/content/context.ts: the content script's context, in place of WXT's (which tells the page the extension id
 * and lets a page stop the script). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../src/content/context';

const running: ContentScriptContext[] = [];
const start = () => {
  const ctx = new ContentScriptContext('content');
  running.push(ctx);
  return ctx;
};
afterEach(() => {
  for (const ctx of running.splice(0)) ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ContentScriptContext (src/content/context.ts)', () => {
  it('starts without telling the page anything', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const windowEvents = vi.spyOn(window, 'dispatchEvent');
    start();
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    expect(windowEvents).not.toHaveBeenCalled();
  });

  it('a second start replaces the first, which runs its clean-up once', () => {
    const first = start();
    const cleanUp = vi.fn();
    first.onInvalidated(cleanUp);
    const second = start();
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    first.notifyInvalidated();
    expect(cleanUp).toHaveBeenCalledTimes(1);
  });

  it('an event the page forges in WXT’s name stops nothing', () => {
    const ctx = start();
    for (const name of ['wxt:content-script-started', 'undefined:content:wxt:content-script-started']) {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }
    expect(ctx.signal.aborted).toBe(false);
  });

  it('listeners it adds go when it stops', () => {
    const ctx = start();
    const onClick = vi.fn();
    ctx.addEventListener(document, 'click', onClick);
    document.dispatchEvent(new Event('click'));
    ctx.notifyInvalidated();
    document.dispatchEvent(new Event('click'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('reports route changes to the script itself, never as an event on the page’s window', () => {
    vi.useFakeTimers();
    const windowEvents = vi.spyOn(window, 'dispatchEvent');
    const ctx = start();
    const onRoute = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', onRoute);
    vi.advanceTimersByTime(1500);
    expect(onRoute).not.toHaveBeenCalled();
    history.pushState(null, '', '/compose/post');
    vi.advanceTimersByTime(1000);
    expect(onRoute).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    history.pushState(null, '', '/home');
    vi.advanceTimersByTime(2000);
    expect(onRoute).toHaveBeenCalledTimes(1);
    expect(windowEvents).not.toHaveBeenCalled();
  });
});
