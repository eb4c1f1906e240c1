/** The platform (detected, overridable) and its live counter, counted the platform's way. */
import { PLATFORM_NAMES, PLATFORMS, type Platform, type Report } from '../../analysis';
import { t, type UiLocale } from '../i18n';

interface Props {
  report: Report;
  detected: Platform;
  locale: UiLocale;
  onChange(platform: Platform): void;
}

export function PlatformBar({ report, detected, locale, onChange }: Props) {
  const { count, limit } = report.length;
  const tone = limit === 0 ? 'ok' : count > limit ? 'over' : count >= limit * 0.9 ? 'near' : 'ok';
  const name = (p: Platform) => (p === 'generic' ? t(locale, 'platform_generic') : PLATFORM_NAMES[p]);
  return (
    <section class="platform" data-platform={report.platform}>
      <label class="platform-select">
        <span class="section-title">{t(locale, 'platformLabel')}</span>
        <select value={report.platform} onChange={(e) => onChange(e.currentTarget.value as Platform)} data-platform-select>
          {PLATFORMS.map((p) => (
            <option value={p}>
              {name(p)}
              {p === detected ? ` (${t(locale, 'platformDetected')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <p class={`counter ${tone}`} data-counter={tone} role="status" aria-label={t(locale, 'counterLabel', name(report.platform))}>
        <span data-count>{count}</span>
        {limit > 0 ? ` / ${limit}` : ` · ${t(locale, 'noLimit')}`}
        {tone === 'near' && <span class="counter-note"> · {t(locale, 'counterNear')}</span>}
        {tone === 'over' && <span class="counter-note"> · {t(locale, 'counterOver')}</span>}
      </p>
    </section>
  );
}
