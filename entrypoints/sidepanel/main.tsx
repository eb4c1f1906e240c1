import { render } from 'preact';
import { PanelApp } from '../../src/ui/PanelApp';
import { t } from '../../src/ui/i18n';
import { extensionSettingsStore } from '../../src/settings/extension-store';
import { browserManagedSource } from '../../src/settings/managed-source';
import { extensionSource } from './extension-source';
import '../../src/ui/panel.css';

// `sidepanel.html?tab=<id>` pins the panel to one tab (tests, "open in a tab"); `?lang=id|en` fixes the language.
const params = new URLSearchParams(location.search);
const pinned = Number(params.get('tab'));
const lang = params.get('lang');
const forcedLocale = lang === 'id' || lang === 'en' ? lang : undefined;
const source = extensionSource(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined);
const settingsStore = extensionSettingsStore();

function Links() {
  const locale = forcedLocale ?? (navigator.language.startsWith('id') ? 'id' : 'en');
  return (
    <a
      href={browser.runtime.getURL('/options.html')}
      onClick={(e) => {
        e.preventDefault();
        void browser.runtime.openOptionsPage();
      }}
    >
      {t(locale, 'optionsLink')}
    </a>
  );
}

render(
  <PanelApp source={source} settingsStore={settingsStore} managedSource={browserManagedSource()} forcedLocale={forcedLocale} links={<Links />} />,
  document.getElementById('app')!,
);
