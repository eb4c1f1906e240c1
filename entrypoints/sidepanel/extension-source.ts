/** The side panel's draft source: a tab's content script, through the background. */
import {
  ApplyResultSchema,
  BackgroundToPanelSchema,
  PANEL_PORT,
  parseMessage,
  type ApplyResult,
  type ToContent,
} from '../../src/messaging/messages';
import type { DraftSource, SourceState } from '../../src/ui/source';

/** Follows one tab (`pinnedTab`) or the active tab of this window. */
export function extensionSource(pinnedTab: number | undefined): DraftSource {
  const relay = async (tabId: number | undefined, message: ToContent): Promise<ApplyResult> => {
    if (tabId === undefined) return { ok: false, reason: 'not-found' };
    const reply: unknown = await browser.runtime.sendMessage({ type: 'tutur/relay', tabId, message });
    return parseMessage(ApplyResultSchema, reply, 'panel:apply-result') ?? { ok: false, reason: 'not-found' };
  };
  let currentTab = pinnedTab;

  return {
    subscribe(listener) {
      let port = browser.runtime.connect({ name: PANEL_PORT });
      const follow = (tabId: number) => {
        currentTab = tabId;
        listener({ status: 'loading' });
        port.postMessage({ type: 'subscribe', tabId });
      };
      const onMessage = (raw: unknown) => {
        const message = parseMessage(BackgroundToPanelSchema, raw, 'panel:state');
        if (!message || message.tabId !== currentTab) return;
        const state: SourceState = message.state ? { status: 'page', page: message.state } : { status: 'unsupported' };
        listener(state);
      };
      const connect = () => {
        port.onMessage.addListener(onMessage);
        // A Chrome service worker that goes to sleep drops the port: reconnect and resubscribe.
        port.onDisconnect.addListener(() => {
          port = browser.runtime.connect({ name: PANEL_PORT });
          connect();
          if (currentTab !== undefined) port.postMessage({ type: 'subscribe', tabId: currentTab });
        });
      };
      connect();

      const onActivated = (info: { tabId: number; windowId: number }) => {
        void browser.windows.getCurrent().then((w) => {
          if (w.id === info.windowId) follow(info.tabId);
        });
      };
      if (pinnedTab !== undefined) {
        follow(pinnedTab);
      } else {
        void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
          if (tab?.id !== undefined) follow(tab.id);
          else listener({ status: 'unsupported' });
        });
        browser.tabs.onActivated.addListener(onActivated);
      }
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        port.disconnect();
      };
    },
    apply: (composerId, expectedText, edit) => relay(currentTab, { type: 'tutur/apply', composerId, expectedText, edit }),
    undo: (composerId, expectedText) => relay(currentTab, { type: 'tutur/undo', composerId, expectedText }),
  };
}
