/** The playground: a composer and the panel side by side. The same page works
 * as an extension page and as a plain web page (`npm start` serves it). */
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../src/analysis/types';
import { PLATFORM_NAMES } from '../../src/analysis/profiles';
import { PanelApp } from '../../src/ui/PanelApp';
import { copyText } from '../../src/ui/clipboard';
import { detectUiLocale, t } from '../../src/ui/i18n';
import { localSource } from '../../src/ui/local-source';
import '../../src/ui/panel.css';
import './playground.css';

const locale = detectUiLocale();
document.documentElement.lang = locale;
document.title = t(locale, 'playgroundTitle');

function Playground() {
  const [platform, setPlatform] = useState<Platform>('x');
  const source = useMemo(() => localSource(document), []);
  return (
    <div class="playground">
      <section class="composer-side">
        <h1>{t(locale, 'playgroundTitle')}</h1>
        <p class="intro">{t(locale, 'playgroundIntro')}</p>
        <label class="field">
          {t(locale, 'platformLabel')}
          <select value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)} data-platform-select>
            {PLATFORMS.map((p) => (
              <option value={p}>{PLATFORM_NAMES[p]}{p === 'generic' ? ' (generic)' : ''}</option>
            ))}
          </select>
        </label>
        <label class="field" for="composer">{t(locale, 'playgroundComposerLabel')}</label>
        <textarea id="composer" rows={14} autofocus spellcheck={false} data-testid="playground-composer" />
      </section>
      <aside class="panel-side">
        <PanelApp source={source} locale={locale} platform={platform} copy={copyText} />
      </aside>
    </div>
  );
}

render(<Playground />, document.getElementById('app')!);
