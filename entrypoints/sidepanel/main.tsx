import { render } from 'preact';
import { PanelApp } from '../../src/ui/PanelApp';
import { extensionSettingsStore } from '../../src/settings/extension-store';
import { browserManagedSource } from '../../src/settings/managed-source';
import { extensionSource } from './extension-source';
import '../../src/ui/panel.css';

// `sidepanel.html?tab=<id>` pins the panel to one tab (tests, "open in a tab"); `?lang=id|en` fixes the language
// (PanelApp reads it, src/ui/i18n.ts uiLocale).
const pinned = Number(new URLSearchParams(location.search).get('tab'));
const source = extensionSource(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined);
const settingsStore = extensionSettingsStore();
const optionsPage = { href: browser.runtime.getURL('/options.html'), open: () => void browser.runtime.openOptionsPage() };

render(
  <PanelApp source={source} settingsStore={settingsStore} managedSource={browserManagedSource()} optionsPage={optionsPage} />,
  document.getElementById('app')!,
);
