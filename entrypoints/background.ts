/** Background: opens the panel from the toolbar and runs the message hub. */
import { startHub, type HubBrowser } from '../src/messaging/hub';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox: it toggles the sidebar;
  // sidebarAction.toggle() must run inside the click's user action, so nothing is awaited first.
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn('[tutur]', e));
  } else {
    const action = browser.action ?? browser.browserAction;
    action?.onClicked.addListener(() => {
      void (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction?.toggle();
    });
  }
  startHub(browser as unknown as HubBrowser);
});
