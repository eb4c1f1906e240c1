/** The options page's style pack: what is in force (the organisation's, locked,
 * or the user's own), shown readably; import, edit, export, remove. */
import { useState } from 'preact/hooks';
import type { EffectiveSettings } from '../../settings/managed';
import { parseStylePack, type StylePackFile } from '../../settings/style-pack';
import { describeProblem } from '../../settings/validate';
import { t, type UiLocale } from '../i18n';

interface Props {
  effective: EffectiveSettings;
  locale: UiLocale;
  /** Save the user's own pack (null removes it). */
  onSave(pack: StylePackFile | null, done: string): void;
  onError(text: string): void;
  download(name: string, text: string): void;
}

const json = (pack: StylePackFile) => `${JSON.stringify(pack, null, 2)}\n`;

function Summary({ pack, locale }: { pack: StylePackFile; locale: UiLocale }) {
  const rows: [string, string][] = [];
  const tags = [...(pack.hashtags?.required ?? []), ...Object.values(pack.hashtags?.perPlatform ?? {}).flat()];
  if (tags.length) rows.push([t(locale, 'packHashtags'), tags.join(' ')]);
  const glossary = Object.entries(pack.glossary ?? {});
  if (glossary.length)
    rows.push([
      t(locale, 'packGlossary'),
      glossary
        .slice(0, 6)
        .map(([k, v]) => `${k} = ${v}`)
        .join('; ') + (glossary.length > 6 ? ` … (+${glossary.length - 6})` : ''),
    ]);
  if (pack.preferredTerms?.length) rows.push([t(locale, 'packTerms'), pack.preferredTerms.map((p) => `${p.avoid} → ${p.use}`).join('; ')]);
  if (pack.bannedTerms?.length) rows.push([t(locale, 'packBanned'), pack.bannedTerms.map((b) => b.term).join(', ')]);
  const contacts = [pack.contacts?.hotline, pack.contacts?.website, ...(pack.contacts?.handles ?? [])].filter(Boolean);
  if (contacts.length) rows.push([t(locale, 'packContacts'), contacts.join(', ')]);
  if (pack.timeZone) rows.push([t(locale, 'packZone'), pack.timeZone]);
  if (pack.defaultAudience) rows.push([t(locale, 'packAudience'), t(locale, `audience_${pack.defaultAudience}`)]);
  if (pack.templates?.length) rows.push([t(locale, 'packTemplates'), pack.templates.map((tp) => tp.label[locale]).join(', ')]);
  return (
    <div class="pack-summary" data-pack={pack.name}>
      <p class="pack-name">{pack.name}</p>
      <dl>
        {rows.map(([k, v]) => (
          <div class="fact">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function StylePackSection({ effective, locale, onSave, onError, download }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const pack = effective.stylePack;
  const managed = effective.packSource === 'managed';

  const take = (text: string) => {
    const result = parseStylePack(text);
    if (result.ok) {
      onSave(result.pack, t(locale, 'optionsPackImported', result.pack.name));
      setEditing(null);
      setPasted('');
    } else {
      onError(t(locale, 'optionsPackInvalid', result.problems.map(describeProblem).join('; ')));
    }
  };

  return (
    <section aria-labelledby="opt-pack" data-pack-source={effective.packSource ?? 'none'}>
      <h2 id="opt-pack">
        {t(locale, 'optionsPack')}
        {managed && (
          <span class="managed-badge" data-managed>
            {' '}
            {t(locale, 'managedBadge')}
          </span>
        )}
      </h2>
      {pack ? <Summary pack={pack} locale={locale} /> : <p class="hint">{t(locale, 'optionsPackNone')}</p>}
      {pack && (
        <p>
          <button type="button" data-action="export-pack" onClick={() => download('style-pack.json', json(pack))}>
            {t(locale, 'optionsPackExport')}
          </button>{' '}
          {!managed && (
            <>
              <button type="button" data-action="edit-pack" onClick={() => setEditing(json(pack))}>
                {t(locale, 'optionsPackEdit')}
              </button>{' '}
              <button type="button" data-action="remove-pack" onClick={() => onSave(null, t(locale, 'optionsSaved'))}>
                {t(locale, 'optionsPackRemove')}
              </button>
            </>
          )}
        </p>
      )}
      {editing !== null && (
        <div class="pack-editor">
          <textarea
            aria-label={t(locale, 'optionsPackEdit')}
            data-option="pack-editor"
            rows={16}
            value={editing}
            onInput={(e) => setEditing(e.currentTarget.value)}
          />
          <button type="button" class="primary" data-action="save-pack" onClick={() => take(editing)}>
            {t(locale, 'optionsPackSave')}
          </button>
        </div>
      )}
      {!managed && (
        <div class="pack-import">
          <label class="field">
            {t(locale, 'optionsPackImport')}{' '}
            <input
              type="file"
              accept="application/json,.json"
              data-option="pack-file"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                if (file) take(await file.text());
                e.currentTarget.value = '';
              }}
            />
          </label>
          <textarea
            aria-label={t(locale, 'optionsPackImport')}
            data-option="pack-text"
            rows={4}
            value={pasted}
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
          <button type="button" data-action="import-pack" disabled={pasted.trim() === ''} onClick={() => take(pasted)}>
            {t(locale, 'optionsPackImport')}
          </button>
        </div>
      )}
    </section>
  );
}
