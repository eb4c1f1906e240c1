import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { extensionSettingsStore } from '../../src/settings/extension-store';
import { browserManagedSource } from '../../src/settings/managed-source';
import '../../src/ui/panel.css';
import '../../src/ui/options/options.css';

// `?lang=id|en` fixes the language (OptionsApp reads it, src/ui/i18n.ts uiLocale).
render(<OptionsApp store={extensionSettingsStore()} managedSource={browserManagedSource()} />, document.getElementById('app')!);
