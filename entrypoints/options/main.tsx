import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { extensionSettingsStore } from '../../src/settings/extension-store';
import '../../src/ui/panel.css';
import '../../src/ui/options/options.css';

const lang = new URLSearchParams(location.search).get('lang');
render(<OptionsApp store={extensionSettingsStore()} forcedLocale={lang === 'id' || lang === 'en' ? lang : undefined} />, document.getElementById('app')!);
