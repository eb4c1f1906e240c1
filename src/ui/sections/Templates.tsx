/** Starting drafts for common public-sector posts, in the interface language. */
import data from '../templates/templates.json' with { type: 'json' };
import { t, type UiLocale } from '../i18n';

export interface Template {
  id: string;
  label: { id: string; en: string };
  text: { id: string; en: string };
}

interface Props {
  locale: UiLocale;
  busy: boolean;
  draftIsEmpty: boolean;
  onInsert(text: string): void;
  /** The organisation's templates, listed after the built-in ones. */
  extra?: readonly Template[];
}

export const TEMPLATES: readonly Template[] = data.templates;

export function Templates({ locale, busy, draftIsEmpty, onInsert, extra = [] }: Props) {
  return (
    <details class="templates" open={draftIsEmpty}>
      <summary class="section-title">{t(locale, 'templatesTitle')}</summary>
      {!draftIsEmpty && <p class="hint">{t(locale, 'templateAfterText')}</p>}
      <ul>
        {[...TEMPLATES, ...extra].map((tpl) => (
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
