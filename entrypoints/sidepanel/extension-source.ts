/** The side panel's draft source: a tab's content script, through the background. */
import {
  ApplyResultSchema,
  BackgroundToPanelSchema,
  PANEL_PORT,
  parseMessage,
  type ApplyResult,
  type ToContent,
} from '../../src/messaging/messages';
import { MAX_COUNT, MAX_SPANS } from '../../src/messaging/limits';
import type { DraftSource, SourceState } from '../../src/ui/source';

/** The side panel's source, plus what only a page's content script can show: the badge's count and
 * the underlines (`findings`, sent after each analysis) and the hovered finding (`highlight`). */
export interface ExtensionDraftSource extends DraftSource {
  highlight(composerId: string, span: { start: number; end: number } | null): void;
  /** Tell the page how many findings are open for this composer (the badge) and where they are (underlines). */
  findings(composerId: string, count: number, spans?: readonly { start: number; end: number }[]): void;
  /** The tab the panel follows now (for "Enable Tutur on this site" in the unsupported state). */
  currentTab(): number | undefined;
}

/** Follows one tab (`pinnedTab`) or the active tab of this window. */
export function extensionSource(pinnedTab: number | undefined): ExtensionDraftSource {
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
    currentTab: () => currentTab,
    apply: (composerId, expectedText, edit) => relay(currentTab, { type: 'tutur/apply', composerId, expectedText, edit }),
    undo: (composerId, expectedText) => relay(currentTab, { type: 'tutur/undo', composerId, expectedText }),
    // Fire and forget: a page that has gone away simply shows nothing.
    highlight: (composerId, span) => void relay(currentTab, { type: 'tutur/highlight', composerId, span }).catch(() => {}),
    findings: (composerId, count, spans) =>
      void relay(currentTab, {
        type: 'tutur/findings',
        composerId,
        count: Math.min(count, MAX_COUNT),
        ...(spans ? { spans: spans.slice(0, MAX_SPANS).map(({ start, end }) => ({ start, end })) } : {}),
      }).catch(() => {}),
  };
}
