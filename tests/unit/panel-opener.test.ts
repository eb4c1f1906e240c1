import { describe, expect, it, vi } from 'vitest';
import { openPanelLimiter, panelWindowsPerTab, type PanelWindows } from '../../src/messaging/panel-opener';

describe('openPanelLimiter', () => {
  it('lets one request per tab through each second', () => {
    let now = 10_000;
    const mayOpen = openPanelLimiter(() => now);
    expect([mayOpen(1), mayOpen(1), mayOpen(1), mayOpen(2)]).toEqual([true, false, false, true]);
    now += 999;
    expect(mayOpen(1)).toBe(false);
    now += 1;
    expect(mayOpen(1)).toBe(true);
  });
});

function fakeWindows() {
  const open = new Set<number>();
  let next = 100;
  let onRemoved: (id: number) => void = () => {};
  const windows = {
    create: vi.fn(async () => {
      const id = next++;
      open.add(id);
      return { id };
    }),
    update: vi.fn(async (id: number) => {
      if (!open.has(id)) throw new Error(`No window with id: ${id}`);
      return { id };
    }),
    onRemoved: { addListener: (cb: (id: number) => void) => void (onRemoved = cb) },
  } satisfies PanelWindows;
  const close = async (id: number) => {
    open.delete(id);
    onRemoved(id);
    await Promise.resolve();
  };
  return { windows, open, close };
}

describe('panelWindowsPerTab (Firefox)', () => {
  const url = (tab: number) => `moz-extension://x/sidepanel.html?tab=${tab}`;

  it('opens one window per tab and focuses it when asked again, even when asked at once', async () => {
    const { windows, open } = fakeWindows();
    const openFor = panelWindowsPerTab(windows, url);
    expect(await openFor(7)).toBe('opened');
    expect(await Promise.all([openFor(7), openFor(7), openFor(7)])).toEqual(['focused', 'focused', 'focused']);
    expect(windows.create).toHaveBeenCalledTimes(1);
    expect(windows.create).toHaveBeenCalledWith(expect.objectContaining({ url: url(7), type: 'popup' }));
    expect(windows.update).toHaveBeenLastCalledWith(100, { focused: true });
    expect(await openFor(8)).toBe('opened');
    expect([...open]).toEqual([100, 101]);
  });

  it('opens a new window once the tab’s window was closed', async () => {
    const { windows, close } = fakeWindows();
    const openFor = panelWindowsPerTab(windows, url);
    await openFor(7);
    await close(100);
    expect(await openFor(7)).toBe('opened');
    expect(windows.create).toHaveBeenCalledTimes(2);
  });

  it('recovers when a window it remembers is gone without a removal event', async () => {
    const { windows, open } = fakeWindows();
    const openFor = panelWindowsPerTab(windows, url);
    await openFor(7);
    open.delete(100);
    expect(await openFor(7)).toBe('opened');
    expect([...open]).toEqual([101]);
  });
});
