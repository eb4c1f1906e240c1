/** The options page's style pack: what is in force (the organisation's, locked,
 * or the user's own), shown readably; import, edit, export, remove. */
import { useState } from 'preact/hooks';
import type { EffectiveSettings } from '../../settings/managed';
import { parseStylePack, type StylePackFile } from '../../settings/style-pack';
import { describeProblem, formatBytes, type JsonProblem } from '../../settings/validate';
import { t, type MessageKey, type UiLocale } from '../i18n';

interface Props {
  effective: EffectiveSettings;
  locale: UiLocale;
  /** Save the user's own pack (null removes it). */
  onSave(pack: StylePackFile | null, done: string): void;
  onError(text: string): void;
  download(name: string, text: string): void;
}

const json = (pack: StylePackFile) => `${JSON.stringify(pack, null, 2)}\n`;

/** A problem of an imported pack in the reader's language where it is a size limit (the list and the limit),
 * else as the validator words it. */
function describe(p: JsonProblem, locale: UiLocale): string {
  if (!p.limit) return describeProblem(p);
  const n = (x: number) => x.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');
  return p.limit.unit === 'bytes'
    ? t(locale, 'optionsPackTooBig', formatBytes(p.limit.actual), formatBytes(p.limit.max))
    : t(locale, 'optionsPackTooMany', p.path, n(p.limit.actual), n(p.limit.max));
}

/** The first few items of a long list (a pack may hold 10,000 terms), and how many more there are. */
const SHOWN = 6;
function some(items: string[], separator: string, locale: UiLocale): string {
  const shown = items.slice(0, SHOWN).join(separator);
  return items.length > SHOWN ? `${shown} ${t(locale, 'packMore', items.length - SHOWN)}` : shown;
}

function Summary({ pack, locale }: { pack: StylePackFile; locale: UiLocale }) {
  const rows: [string, string][] = [];
  const tags = [...(pack.hashtags?.required ?? []), ...Object.values(pack.hashtags?.perPlatform ?? {}).flat()];
  if (tags.length) rows.push([t(locale, 'packHashtags'), tags.join(' ')]);
  const listed = (label: MessageKey, items: string[], separator: string) => {
    if (items.length) rows.push([t(locale, label), some(items, separator, locale)]);
  };
  listed(
    'packGlossary',
    Object.entries(pack.glossary ?? {}).map(([k, v]) => `${k} = ${v}`),
    '; ',
  );
  listed(
    'packTerms',
    (pack.preferredTerms ?? []).map((p) => `${p.avoid} → ${p.use}`),
    '; ',
  );
  listed(
    'packBanned',
    (pack.bannedTerms ?? []).map((b) => b.term),
    ', ',
  );
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
      onError(t(locale, 'optionsPackInvalid', result.problems.map((p) => describe(p, locale)).join('; ')));
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
      {!managed && (
        <p class="hint" data-hint="pack-storage">
          {t(locale, 'optionsPackStorage')}
        </p>
      )}
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
