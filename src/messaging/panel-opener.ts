/** Opening the panel when the on-page badge asks (`tutur/open-panel`). The badge answers only the user's own
 * clicks, but its message comes from a content script, which a compromised page could drive: so the background
 * also opens at most once a second per tab, and in Firefox, where the panel for a badge click is a popup window
 * of its own, keeps one window per tab (a second request focuses it). */

export interface PanelWindows {
  create(info: { url: string; type: 'popup'; width: number; height: number }): Promise<{ id?: number } | undefined>;
  update(windowId: number, info: { focused: true }): Promise<unknown>;
  onRemoved: { addListener(cb: (windowId: number) => void): void };
}

/** Requests for the same tab closer together than this are dropped. */
export const OPEN_PANEL_INTERVAL_MS = 1000;

/** `true` when this request may go on: the first for `tabId` within OPEN_PANEL_INTERVAL_MS. */
export function openPanelLimiter(now: () => number = Date.now, intervalMs = OPEN_PANEL_INTERVAL_MS): (tabId: number) => boolean {
  const last = new Map<number, number>();
  return (tabId) => {
    const t = now();
    const previous = last.get(tabId);
    if (previous !== undefined && t - previous < intervalMs) return false;
    // Forget old entries now and then, so a long session with many tabs does not grow the map.
    if (last.size > 256) for (const [tab, at] of last) if (t - at >= intervalMs) last.delete(tab);
    last.set(tabId, t);
    return true;
  };
}

/** Firefox's panel windows: one per tab, focused when asked again, forgotten when closed. */
export function panelWindowsPerTab(
  windows: PanelWindows,
  urlFor: (tabId: number) => string,
): (tabId: number) => Promise<'opened' | 'focused'> {
  const byTab = new Map<number, Promise<number | undefined>>();
  windows.onRemoved.addListener((windowId) => {
    for (const [tab, pending] of byTab) void pending.then((id) => id === windowId && byTab.get(tab) === pending && byTab.delete(tab));
  });
  const create = (tabId: number) => {
    const pending = windows.create({ url: urlFor(tabId), type: 'popup', width: 420, height: 760 }).then(
      (w) => w?.id,
      () => undefined,
    );
    byTab.set(tabId, pending);
    return pending;
  };
  return async (tabId) => {
    const existing = byTab.get(tabId);
    const id = existing && (await existing);
    if (id !== undefined && id !== null) {
      try {
        await windows.update(id, { focused: true });
        return 'focused';
      } catch {
        // Closed in the meantime: open a new one.
      }
    }
    await create(tabId);
    return 'opened';
  };
}
