import type { Finding } from '../analysis/types';
import { t, type UiLocale } from './i18n';

interface Props {
  finding: Finding;
  text: string;
  locale: UiLocale;
  busy: boolean;
  onApply(finding: Finding): void;
  onIgnore(finding: Finding): void;
}

const CONTEXT_CHARS = 24;

/** Before → after, with a little context for insertions so the change is readable. */
function FixPreview({ finding, text, locale }: { finding: Finding; text: string; locale: UiLocale }) {
  const fix = finding.fix!;
  const removed = text.slice(fix.start, fix.end);
  if (removed === '') {
    const lead = text.slice(Math.max(0, fix.start - CONTEXT_CHARS), fix.start);
    return (
      <p class="fix-preview" aria-label={t(locale, 'fixPreview')}>
        <span class="context">{fix.start > CONTEXT_CHARS ? '…' : ''}{lead}</span>
        <ins>{fix.replacement}</ins>
      </p>
    );
  }
  return (
    <p class="fix-preview" aria-label={t(locale, 'fixPreview')}>
      <del>{removed}</del> <span aria-hidden="true">→</span> <ins>{fix.replacement}</ins>
    </p>
  );
}

export function FindingItem({ finding, text, locale, busy, onApply, onIgnore }: Props) {
  return (
    <li class={`finding sev-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <p class="finding-head">
        <span class="badge">{t(locale, `severity_${finding.severity}`)}</span>
        <span class="message">{finding.message}</span>
      </p>
      {finding.fix && <FixPreview finding={finding} text={text} locale={locale} />}
      <details class="why">
        <summary>{t(locale, 'why')}</summary>
        <p>{finding.why}</p>
      </details>
      <div class="actions">
        {finding.fix && (
          <button
            type="button"
            class="primary"
            data-action="apply"
            data-start={finding.fix.start}
            data-end={finding.fix.end}
            data-replacement={finding.fix.replacement}
            title={finding.fix.label}
            disabled={busy}
            onClick={() => onApply(finding)}
          >
            {t(locale, 'apply')}
          </button>
        )}
        <button type="button" data-action="ignore" disabled={busy} onClick={() => onIgnore(finding)}>
          {t(locale, 'ignore')}
        </button>
      </div>
    </li>
  );
}
