import { render } from 'preact';
import { PanelApp } from '../../src/ui/PanelApp';
import { detectUiLocale } from '../../src/ui/i18n';
import { copyText } from '../../src/ui/clipboard';
import { extensionSource } from './extension-source';
import '../../src/ui/panel.css';

// `sidepanel.html?tab=<id>` pins the panel to one tab (tests, "open in a tab").
const pinned = Number(new URLSearchParams(location.search).get('tab'));
const source = extensionSource(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined);

render(<PanelApp source={source} locale={detectUiLocale()} copy={copyText} />, document.getElementById('app')!);
