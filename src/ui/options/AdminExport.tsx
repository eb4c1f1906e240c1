/** The options page's "For administrators": the style pack and default audience in force, exported as the policy
 * files an administrator deploys to the whole organisation (src/settings/policy-export.ts; docs/admins.md). The
 * files are made here and saved through a download link on the user's click: no permission, nothing sent. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EffectiveSettings } from '../../settings/managed';
import { checkPolicyExport, POLICY_FORMATS, type ExportFile, type PolicyFormat } from '../../settings/policy-export';
import { t, type MessageKey, type UiLocale } from '../i18n';

interface Props {
  effective: EffectiveSettings;
  locale: UiLocale;
}

const FORMATS: { format: PolicyFormat; label: MessageKey; where: MessageKey }[] = [
  { format: 'chrome-linux', label: 'adminChromeLinux', where: 'adminChromeLinuxWhere' },
  { format: 'windows-reg', label: 'adminWindows', where: 'adminWindowsWhere' },
  { format: 'google-admin', label: 'adminGoogleAdmin', where: 'adminGoogleAdminWhere' },
  { format: 'firefox', label: 'adminFirefox', where: 'adminFirefoxWhere' },
];

const FIELD_MESSAGES = {
  policy: 'adminBadPolicy',
  chromeId: 'adminBadChromeId',
  updateUrl: 'adminBadUpdateUrl',
  firefoxInstallUrl: 'adminBadFirefoxUrl',
} as const satisfies Record<string, MessageKey>;

/** Chrome's id for this installation, when it is one (Firefox's is the gecko id, not a Chrome id). */
function ownChromeId(): string {
  let id = '';
  try {
    id = browser.runtime.id ?? '';
  } catch {
    // Not in an extension page (a test page, say): nothing to offer.
  }
  return /^[a-p]{32}$/.test(id) ? id : '';
}

function save(file: ExportFile) {
  const url = URL.createObjectURL(new Blob([file.content as BlobPart], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  // The click has started the download; the address is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function AdminExport({ effective, locale }: Props) {
  const [chromeId, setChromeId] = useState(ownChromeId);
  const [updateUrl, setUpdateUrl] = useState('');
  const [firefoxUrl, setFirefoxUrl] = useState('');
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const pack = effective.stylePack;
  const audience = effective.settings.defaultAudience;

  const exportAs = (format: PolicyFormat) => {
    const checked = checkPolicyExport(
      { stylePack: pack, defaultAudience: audience, chromeId, updateUrl, firefoxInstallUrl: firefoxUrl },
      format,
    );
    if (!checked.ok) {
      setNotice({ tone: 'error', text: checked.problems.map((p) => t(locale, FIELD_MESSAGES[p.field], p.detail)).join(' ') });
      return;
    }
    const file = POLICY_FORMATS[format](checked.value);
    save(file);
    setNotice({ tone: 'info', text: t(locale, 'adminExported', file.name) });
  };

  // One field a line, wide enough for an address.
  const input = (option: string, label: MessageKey, value: string, set: (v: string) => void, placeholder: string) => (
    <p>
      <label class="field">
        {t(locale, label)}{' '}
        <input
          data-option={option}
          value={value}
          placeholder={placeholder}
          size={48}
          spellcheck={false}
          autocomplete="off"
          onInput={(e) => {
            set(e.currentTarget.value);
            setNotice(null);
          }}
        />
      </label>
    </p>
  );

  return (
    <section aria-labelledby="opt-admin" data-section="admin-export">
      <h2 id="opt-admin">{t(locale, 'adminTitle')}</h2>
      <p class="hint">{t(locale, 'adminHint')}</p>
      <p data-admin-exports={pack?.name ?? ''}>
        {pack
          ? t(locale, 'adminWhat', pack.name, t(locale, `audience_${audience}`))
          : t(locale, 'adminWhatNoPack', t(locale, `audience_${audience}`))}
      </p>
      {input('admin-chrome-id', 'adminChromeId', chromeId, setChromeId, 'abcdefghijklmnopabcdefghijklmnop')}
      {input('admin-update-url', 'adminUpdateUrl', updateUrl, setUpdateUrl, 'https://…/tutur/updates.xml')}
      {input('admin-firefox-url', 'adminFirefoxUrl', firefoxUrl, setFirefoxUrl, 'https://…/tutur/tutur.xpi')}
      <ul class="plain-list">
        {FORMATS.map(({ format, label, where }) => (
          <li>
            <button type="button" data-action="export-policy" data-format={format} onClick={() => exportAs(format)}>
              {t(locale, label)}
            </button>{' '}
            <span class="hint">{t(locale, where)}</span>
          </li>
        ))}
      </ul>
      {updateUrl.trim() && chromeId.trim() && (
        <p class="hint">{t(locale, 'adminConsoleForceInstall', chromeId.trim(), updateUrl.trim())}</p>
      )}
      {notice && (
        <p class={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-admin-notice={notice.tone}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
