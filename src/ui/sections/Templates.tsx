/** Starting drafts for common public-sector posts, in the interface language. */
import data from '../templates/templates.json' with { type: 'json' };
import { t, type UiLocale } from '../i18n';

interface Props {
  locale: UiLocale;
  busy: boolean;
  draftIsEmpty: boolean;
  onInsert(text: string): void;
}

export const TEMPLATES = data.templates;

export function Templates({ locale, busy, draftIsEmpty, onInsert }: Props) {
  return (
    <details class="templates" open={draftIsEmpty}>
      <summary class="section-title">{t(locale, 'templatesTitle')}</summary>
      {!draftIsEmpty && <p class="hint">{t(locale, 'templateAfterText')}</p>}
      <ul>
        {TEMPLATES.map((tpl) => (
          <li>
            <button type="button" data-template={tpl.id} disabled={busy} onClick={() => onInsert(tpl.text[locale])}>
              {tpl.label[locale]}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
