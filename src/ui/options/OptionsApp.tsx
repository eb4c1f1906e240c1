/** The options page: default audience, interface language, sites, dictionary,
 * ignored tips, and export/import of all of it as JSON. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AUDIENCES, PLATFORM_NAMES, RULE_CATEGORIES } from '../../analysis';
import { SITES } from '../../sites/registry';
import type { ManagedKey } from '../../settings/managed';
import type { ManagedSource } from '../../settings/managed-source';
import { DEFAULT_SETTINGS, type UserSettings } from '../../settings/schema';
import type { SettingsStore } from '../../settings/store';
import { describeProblem, exportSettings, importSettings } from '../../settings/transfer';
import { t, uiLocale, type UiLocale } from '../i18n';
import { useSettings } from '../useSettings';
import { StylePackSection } from './StylePackSection';
import { AdminExport } from './AdminExport';

/** The user's own entries (dictionary words, ignored rules), each with a Remove button; locked when managed. */
function RemovableList(props: {
  items: readonly string[];
  empty: string;
  itemAttribute: 'data-word' | 'data-ignored-rule';
  removeAction: 'remove-word' | 'remove-rule';
  locked: boolean;
  locale: UiLocale;
  label(item: string): ComponentChildren;
  onRemove(item: string): void;
}) {
  const { items, locale } = props;
  if (items.length === 0) return <p class="hint">{props.empty}</p>;
  return (
    <ul class="plain-list">
      {items.map((item) => (
        <li {...{ [props.itemAttribute]: item }}>
          {props.label(item)}{' '}
          <button
            type="button"
            data-action={props.removeAction}
            aria-label={`${t(locale, 'remove')} ${item}`}
            disabled={props.locked}
            onClick={() => props.onRemove(item)}
          >
            {t(locale, 'remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  store: SettingsStore;
  managedSource?: ManagedSource;
  /** Wins over `?lang=` and the settings (tests). */
  forcedLocale?: UiLocale;
}

// The sites' names are the platforms' (one list, in the engine's profiles); YouTube is a site
// without a platform profile. Kept out of the site adapters, which the content script carries.
const SITE_NAMES: Record<string, string> = { ...PLATFORM_NAMES, x: 'X (Twitter)', youtube: 'YouTube' };

export function OptionsApp({ store, managedSource, forcedLocale }: Props) {
  const stored = useSettings(store, managedSource);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [newWord, setNewWord] = useState('');
  const [pasted, setPasted] = useState('');
  const effective = stored.effective;
  const settings = effective?.settings ?? null;

  const locale = uiLocale(settings?.uiLanguage, { forced: forcedLocale });
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'optionsTitle');
  }, [locale]);

  if (!settings || !effective || !stored.user)
    return (
      <main class="options" data-state="loading">
        <p role="status">{t(locale, 'stateLoading')}</p>
      </main>
    );

  const user = stored.user;
  const locked = (key: ManagedKey) => effective.locked.has(key);
  const Managed = ({ field }: { field: ManagedKey }) =>
    locked(field) ? (
      <span class="managed-badge" data-managed={field}>
        {' '}
        {t(locale, 'managedBadge')}
      </span>
    ) : null;
  /** Save a change to the user's own settings (what is managed is not theirs to change). */
  const save = (next: UserSettings, done = t(locale, 'optionsSaved')) => {
    stored.save(next).then(
      () => setStatus({ tone: 'info', text: done }),
      (e: unknown) => setStatus({ tone: 'error', text: t(locale, 'optionsSaveFailed', String(e)) }),
    );
  };

  const runImport = (text: string) => {
    const result = importSettings(text);
    if (result.ok) {
      save(result.settings, t(locale, 'optionsImportDone'));
    } else {
      setStatus({ tone: 'error', text: t(locale, 'optionsImportFailed', result.problems.map(describeProblem).join('; ')) });
    }
  };

  const download = (name: string, text: string) => {
    const blob = new Blob([text], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const siteIds = [...new Set([...SITES.map((s) => s.id), ...settings.disabledSites])];

  return (
    <main class="options" data-state="ready" lang={locale}>
      <h1>{t(locale, 'optionsTitle')}</h1>
      {status && (
        <p class={`notice ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-notice={status.tone}>
          {status.text}
        </p>
      )}

      <StylePackSection
        effective={effective}
        locale={locale}
        onSave={(pack, done) => save({ ...user, stylePack: pack }, done)}
        onError={(text) => setStatus({ tone: 'error', text })}
        download={download}
      />

      <section aria-labelledby="opt-audience">
        <h2 id="opt-audience">
          {t(locale, 'optionsDefaultAudience')}
          <Managed field="defaultAudience" />
        </h2>
        <div role="radiogroup" aria-labelledby="opt-audience">
          {AUDIENCES.map((a) => (
            <label class="choice">
              <input
                type="radio"
                name="default-audience"
                value={a}
                data-option="default-audience"
                checked={settings.defaultAudience === a}
                disabled={locked('defaultAudience')}
                onChange={() => save({ ...user, defaultAudience: a })}
              />
              {t(locale, `audience_${a}`)}
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="opt-language">
        <h2 id="opt-language">
          {t(locale, 'optionsLanguage')}
          <Managed field="uiLanguage" />
        </h2>
        <select
          aria-labelledby="opt-language"
          data-option="ui-language"
          value={settings.uiLanguage}
          disabled={locked('uiLanguage')}
          onChange={(e) => save({ ...user, uiLanguage: e.currentTarget.value as UserSettings['uiLanguage'] })}
        >
          <option value="browser">{t(locale, 'optionsLanguageBrowser')}</option>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </section>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">
          {t(locale, 'optionsSites')}
          <Managed field="disabledSites" />
        </h2>
        <p class="hint">{t(locale, 'optionsSitesHint')}</p>
        <ul class="plain-list">
          {siteIds.map((id) => (
            <li>
              <label class="choice">
                <input
                  type="checkbox"
                  data-option="site"
                  data-site={id}
                  checked={!settings.disabledSites.includes(id)}
                  disabled={locked('disabledSites')}
                  onChange={(e) =>
                    save({
                      ...user,
                      disabledSites: e.currentTarget.checked ? user.disabledSites.filter((s) => s !== id) : [...user.disabledSites, id],
                    })
                  }
                />
                {SITE_NAMES[id] ?? id}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="opt-dictionary">
        <h2 id="opt-dictionary">
          {t(locale, 'optionsDictionary')}
          <Managed field="dictionary" />
        </h2>
        <RemovableList
          items={settings.dictionary}
          empty={t(locale, 'optionsDictionaryEmpty')}
          itemAttribute="data-word"
          removeAction="remove-word"
          locked={locked('dictionary')}
          locale={locale}
          label={(w) => <span>{w}</span>}
          onRemove={(w) => save({ ...user, dictionary: user.dictionary.filter((x) => x !== w) })}
        />
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const w = newWord.trim();
            if (w && w.length <= 64 && !user.dictionary.includes(w) && !locked('dictionary'))
              save({ ...user, dictionary: [...user.dictionary, w] });
            setNewWord('');
          }}
        >
          <input
            aria-label={t(locale, 'optionsDictionaryAdd')}
            data-option="new-word"
            value={newWord}
            maxLength={64}
            onInput={(e) => setNewWord(e.currentTarget.value)}
          />
          <button type="submit">{t(locale, 'optionsDictionaryAdd')}</button>
        </form>
      </section>

      <section aria-labelledby="opt-ignored">
        <h2 id="opt-ignored">
          {t(locale, 'optionsIgnored')}
          <Managed field="ignoredRules" />
        </h2>
        <RemovableList
          items={settings.ignoredRules}
          empty={t(locale, 'optionsIgnoredEmpty')}
          itemAttribute="data-ignored-rule"
          removeAction="remove-rule"
          locked={locked('ignoredRules')}
          locale={locale}
          label={(rule) => (
            <>
              <code>{rule}</code>
              {RULE_CATEGORIES[rule] ? ` · ${t(locale, `category_${RULE_CATEGORIES[rule]}`)}` : ''}
            </>
          )}
          onRemove={(rule) => save({ ...user, ignoredRules: user.ignoredRules.filter((r) => r !== rule) })}
        />
      </section>

      <section aria-labelledby="opt-backup">
        <h2 id="opt-backup">{t(locale, 'optionsBackup')}</h2>
        <p>
          <button type="button" data-action="export" onClick={() => download('tutur-settings.json', exportSettings(user))}>
            {t(locale, 'optionsExport')}
          </button>
        </p>
        <label class="field">
          {t(locale, 'optionsImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-option="import-file"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (file) runImport(await file.text());
              e.currentTarget.value = '';
            }}
          />
        </label>
        <textarea
          aria-label={t(locale, 'optionsImport')}
          data-option="import-text"
          rows={5}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <p>
          <button type="button" data-action="import" disabled={pasted.trim() === ''} onClick={() => runImport(pasted)}>
            {t(locale, 'optionsImport')}
          </button>{' '}
          <button type="button" data-action="reset" onClick={() => save({ ...DEFAULT_SETTINGS, stylePack: user.stylePack })}>
            {t(locale, 'optionsReset')}
          </button>
        </p>
      </section>

      <AdminExport effective={effective} locale={locale} />

      <footer class="options-footer">
        {/* docs/privacy.md, shipped as the extension's privacy.html (entrypoints/privacy). */}
        <a href="/privacy.html" target="_blank" rel="noopener" data-link="privacy">
          {t(locale, 'optionsPrivacyLink')}
        </a>
      </footer>
    </main>
  );
}
