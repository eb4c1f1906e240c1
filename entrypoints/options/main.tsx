import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { extensionSettingsStore } from '../../src/settings/extension-store';
import { browserManagedSource } from '../../src/settings/managed-source';
import '../../src/ui/panel.css';
import '../../src/ui/options/options.css';

const lang = new URLSearchParams(location.search).get('lang');
render(
  <OptionsApp store={extensionSettingsStore()} managedSource={browserManagedSource()} forcedLocale={lang === 'id' || lang === 'en' ? lang : undefined} />,
  document.getElementById('app')!,
);
