/** The background's relay: keeps each tab's latest page state, pushes it to the
 * panels following that tab, and forwards panel requests to the tab's content
 * script. Browser APIs come in as a parameter so the relay can be unit-tested. */
import {
  ApplyResultSchema,
  EnableSiteSchema,
  FromContentSchema,
  PANEL_PORT,
  PageStateSchema,
  PanelToBackgroundSchema,
  RelaySchema,
  parseMessage,
  type BackgroundToPanel,
  type EnableSiteResult,
  type PageState,
} from './messages';

export interface HubPort {
  name: string;
  sender?: { id?: string; url?: string };
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export interface HubSender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number };
}

/** What the background does beyond relaying (browser-specific, so passed in). */
export interface HubActions {
  /** Open the side panel for the tab whose badge was clicked. Called synchronously inside the content
   * script message's handler, so Chrome still counts the click's user gesture. */
  openPanel?(tab: { id: number; windowId?: number }): void;
  /** Run Tutur on a site the user just granted (src/sites/enable.ts). */
  enableSite?(origin: string, tabId?: number): Promise<EnableSiteResult>;
}

/** The subset of the WebExtension API the hub uses. */
export interface HubBrowser {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: {
      addListener(cb: (message: unknown, sender: HubSender, sendResponse: (response: unknown) => void) => boolean | void): void;
    };
    onConnect: { addListener(cb: (port: HubPort) => void): void };
  };
  tabs: {
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    onRemoved: { addListener(cb: (tabId: number) => void): void };
    onUpdated: { addListener(cb: (tabId: number, change: { status?: string }) => void): void };
  };
}

/** Messages to a tab go to its top frame only, where Tutur's content script runs. */
const TOP_FRAME = { frameId: 0 };

export function startHub(api: HubBrowser, actions: HubActions = {}) {
  const states = new Map<number, PageState>();
  const panels = new Map<number, Set<HubPort>>();

  const notify = (tabId: number, state: PageState | null) => {
    const message: BackgroundToPanel = { type: 'state', tabId, state };
    for (const port of panels.get(tabId) ?? []) port.postMessage(message);
  };

  /** Ask the tab's content script directly: a restarted service worker has lost `states`. */
  const fetchState = async (tabId: number): Promise<PageState | null> => {
    try {
      const reply = await api.tabs.sendMessage(tabId, { type: 'tutur/get-state' }, TOP_FRAME);
      const state = parseMessage(PageStateSchema, reply, 'background:get-state');
      if (state) states.set(tabId, state);
      return state ?? null;
    } catch {
      states.delete(tabId);
      return null; // no Tutur content script in that tab: an unsupported page
    }
  };

  const extensionOrigin = api.runtime.getURL('');
  api.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only our own content scripts and pages; web pages and other extensions are ignored.
    if (sender.id !== api.runtime.id) return;
    // Our own pages (the panel, even when opened as a tab) ask for relays; content scripts report state.
    const fromExtensionPage = sender.url?.startsWith(extensionOrigin) ?? false;
    if (!fromExtensionPage) {
      if (sender.tab?.id === undefined) return;
      const message = parseMessage(FromContentSchema, raw, 'background:from-content');
      if (!message) return;
      if (message.type === 'tutur/open-panel') return void actions.openPanel?.({ id: sender.tab.id, windowId: sender.tab.windowId });
      states.set(sender.tab.id, message.state);
      notify(sender.tab.id, message.state);
      return;
    }
    if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'tutur/enable-site') {
      const request = parseMessage(EnableSiteSchema, raw, 'background:enable-site');
      if (!request || !actions.enableSite) return void sendResponse({ ok: false } satisfies EnableSiteResult);
      actions.enableSite(request.origin, request.tabId).then(sendResponse, () => sendResponse({ ok: false } satisfies EnableSiteResult));
      return true;
    }
    const relay = parseMessage(RelaySchema, raw, 'background:relay');
    if (!relay) return;
    api.tabs.sendMessage(relay.tabId, relay.message, TOP_FRAME).then(
      (reply) => sendResponse(parseMessage(ApplyResultSchema, reply, 'background:relay-reply') ?? { ok: false, reason: 'not-found' }),
      () => sendResponse({ ok: false, reason: 'not-found' }),
    );
    return true;
  });

  api.runtime.onConnect.addListener((port) => {
    // Only our own pages (the panel: side panel, sidebar, or a tab or window of its own) may follow a tab's
    // draft. A content script is of this extension too, but its sender is the page it runs in: code in one
    // tab's content-script world (a compromised renderer) must not subscribe to another tab's draft.
    if (port.name !== PANEL_PORT || port.sender?.id !== api.runtime.id || !port.sender.url?.startsWith(extensionOrigin)) return;
    let subscribed: number | undefined;
    port.onMessage.addListener((raw) => {
      const message = parseMessage(PanelToBackgroundSchema, raw, 'background:from-panel');
      if (!message) return;
      if (subscribed !== undefined) panels.get(subscribed)?.delete(port);
      const tabId = (subscribed = message.tabId);
      if (!panels.has(tabId)) panels.set(tabId, new Set());
      panels.get(tabId)!.add(port);
      void fetchState(tabId).then((state) => port.postMessage({ type: 'state', tabId, state } satisfies BackgroundToPanel));
    });
    port.onDisconnect.addListener(() => {
      if (subscribed !== undefined) panels.get(subscribed)?.delete(port);
    });
  });

  api.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    panels.delete(tabId);
  });
  api.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation replaces the page and its content script: ask again once it has loaded.
    if (change.status === 'complete' && panels.get(tabId)?.size) {
      void fetchState(tabId).then((state) => notify(tabId, state));
    }
  });

  return { states };
}
