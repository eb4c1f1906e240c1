/** The playground: a composer and the panel side by side. The same page works
 * as an extension page and as a plain web page (`npm start` serves it). */
import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { PanelApp } from '../../src/ui/PanelApp';
import { t, uiLocale } from '../../src/ui/i18n';
import { localSettingsStore, memorySettingsStore } from '../../src/settings/store';
import { localSource } from '../../src/ui/local-source';
import { useSettings } from '../../src/ui/useSettings';
import '../../src/ui/panel.css';
import './playground.css';

// localStorage may be unavailable (a sandboxed frame, a locked-down browser): settings then last for the visit.
const settingsStore = (() => {
  try {
    globalThis.localStorage.getItem('tutur:probe');
    return localSettingsStore();
  } catch {
    return memorySettingsStore();
  }
})();

function Playground() {
  const source = useMemo(() => localSource(document), []);
  // The same decision as the panel beside it (`?lang=`, then the settings, then the browser).
  const locale = uiLocale(useSettings(settingsStore).effective?.settings.uiLanguage);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'playgroundTitle');
  }, [locale]);
  return (
    <div class="playground">
      <section class="composer-side">
        <h1>{t(locale, 'playgroundTitle')}</h1>
        <p class="intro">{t(locale, 'playgroundIntro')}</p>
        <label class="field" for="composer">
          {t(locale, 'playgroundComposerLabel')}
        </label>
        <textarea id="composer" rows={14} autofocus spellcheck={false} data-testid="playground-composer" />
      </section>
      <aside class="panel-side">
        <PanelApp source={source} settingsStore={settingsStore} platform="x" />
      </aside>
    </div>
  );
}

render(<Playground />, document.getElementById('app')!);
