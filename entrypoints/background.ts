/** Background: opens the panel (toolbar button, on-page badge), runs the message hub and keeps
 * the content script registered on the sites the user enabled. */
import { startHub, type HubBrowser } from '../src/messaging/hub';
import { openPanelLimiter, panelWindowsPerTab } from '../src/messaging/panel-opener';
import { startSiteEnabling, type EnableBrowser } from '../src/sites/enable';
import { browserManagedSource } from '../src/settings/managed-source';

type Sidebar = { open(): Promise<void>; toggle(): Promise<void> };

export default defineBackground(() => {
  const sidebar = (browser as unknown as { sidebarAction?: Sidebar }).sidebarAction;
  const action = browser.action ?? browser.browserAction;
  if (browser.sidePanel?.open) {
    // Chrome: the toolbar button opens the side panel from action.onClicked, open() first with nothing awaited
    // (the click's user gesture). Not openPanelOnActionClick: Chrome then opens the panel without granting
    // activeTab, and the panel needs the tab's address to offer "Enable Tutur on this site" (docs/architecture.md, "The panel learns the tab's address through activeTab").
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch((e: unknown) => console.warn('[tutur]', e));
    action?.onClicked.addListener((tab) => {
      if (tab.id !== undefined) browser.sidePanel.open({ tabId: tab.id }).catch((e: unknown) => console.warn('[tutur]', e));
    });
  } else {
    // Firefox: the button toggles the sidebar; sidebarAction.toggle() must run inside the click's user action.
    action?.onClicked.addListener(() => void sidebar?.toggle());
  }

  const mayOpen = openPanelLimiter();
  const panelWindow = panelWindowsPerTab(browser.windows, (tabId) => browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`));
  const openPanel = (tab: { id: number; windowId?: number }) => {
    if (!mayOpen(tab.id)) return;
    // Chrome: open() first, with nothing awaited before it, keeps the badge click's user gesture.
    if (browser.sidePanel?.open) {
      browser.sidePanel.open({ tabId: tab.id }).catch((e: unknown) => console.warn('[tutur] could not open the side panel', e));
      return;
    }
    // Firefox: a message from a content script is not a user action, so sidebarAction.open() is refused;
    // the panel then opens, pinned to the tab, in a small window of its own.
    // One such window per tab: asked again, it comes to the front.
    (sidebar?.open() ?? Promise.reject(new Error('no sidebar'))).catch(() => panelWindow(tab.id));
  };

  // Read the organisation's policy when the browser starts and whenever it changes: the read is remembered, and a
  // panel starts from it at once (a page's own first read takes seconds right after the browser starts).
  const policy = browserManagedSource();
  void policy.load();
  policy.subscribe(() => {});

  const sites = browser.scripting ? startSiteEnabling(browser as unknown as EnableBrowser) : undefined;
  startHub(browser as unknown as HubBrowser, {
    openPanel,
    enableSite: async (origin, tabId) => (sites ? sites.enable(origin, tabId) : { ok: false }),
  });
});
