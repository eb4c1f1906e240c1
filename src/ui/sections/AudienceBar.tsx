/** One click (or Alt+1/2/3) picks the audience; a line says what it expects. */
import { AUDIENCES, type Audience } from '../../analysis';
import { t, type UiLocale } from '../i18n';

interface Props {
  audience: Audience;
  locale: UiLocale;
  onChange(audience: Audience): void;
}

export function AudienceBar({ audience, locale, onChange }: Props) {
  return (
    <section class="audience" aria-labelledby="audience-label">
      <h2 id="audience-label" class="section-title">
        {t(locale, 'audienceLabel')}
      </h2>
      <div class="segmented" role="group" aria-labelledby="audience-label" aria-describedby="audience-hint audience-keys">
        {AUDIENCES.map((a, i) => (
          <button
            type="button"
            data-audience={a}
            aria-pressed={a === audience}
            aria-keyshortcuts={`Alt+${i + 1}`}
            onClick={() => onChange(a)}
          >
            {t(locale, `audience_${a}`)}
          </button>
        ))}
      </div>
      <p id="audience-hint" class="hint" data-audience-hint={audience}>
        {t(locale, `audienceHint_${audience}`)}
      </p>
      <p id="audience-keys" class="visually-hidden">
        {t(locale, 'audienceShortcuts')}
      </p>
    </section>
  );
}
