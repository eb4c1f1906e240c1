/** The privacy disclosure (docs/privacy.md, the same text the stores get), linked from the options page. */
import { render } from 'preact';
import privacy from '../../docs/privacy.md?raw';
import { MarkdownText } from '../../src/ui/privacy/MarkdownText';
import '../../src/ui/panel.css';
import '../../src/ui/options/options.css';

render(<MarkdownText source={privacy} />, document.getElementById('app')!);
