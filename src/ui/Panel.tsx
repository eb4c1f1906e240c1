/** The panel view: renders one state or one report. No browser APIs here. */
import type { Finding, Report } from '../analysis/types';
import { PLATFORM_NAMES } from '../analysis/profiles';
import { FindingItem } from './FindingItem';
import { t, type MessageKey, type UiLocale } from './i18n';

export type PanelView =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'no-composer' }
  | { kind: 'empty' }
  | { kind: 'error'; detail: string }
  | { kind: 'ready'; text: string; report: Report; findings: Finding[] };

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

interface Props {
  view: PanelView;
  locale: UiLocale;
  notice?: Notice | null;
  busy?: boolean;
  onApply(finding: Finding): void;
  onIgnore(finding: Finding): void;
}

const STATE_TEXT: Partial<Record<PanelView['kind'], [MessageKey, MessageKey?]>> = {
  loading: ['stateLoading'],
  unsupported: ['stateUnsupported', 'stateUnsupportedHint'],
  'no-composer': ['stateNoComposer', 'stateNoComposerHint'],
  empty: ['stateEmpty', 'stateEmptyHint'],
};

function Counter({ report, locale }: { report: Report; locale: UiLocale }) {
  const { count, limit } = report.length;
  const tone = limit === 0 ? 'ok' : count > limit ? 'over' : count >= limit * 0.9 ? 'near' : 'ok';
  return (
    <p class={`counter ${tone}`} data-counter={tone} aria-label={t(locale, 'counterLabel', PLATFORM_NAMES[report.platform])}>
      <span data-count>{count}</span>
      {limit > 0 ? ` / ${limit}` : ` · ${t(locale, 'noLimit')}`}
    </p>
  );
}

export function Panel({ view, locale, notice, busy = false, onApply, onIgnore }: Props) {
  return (
    <main class="tutur-panel" data-state={view.kind} lang={locale}>
      <header class="panel-header">
        <h1>{t(locale, 'panelTitle')}</h1>
        {view.kind === 'ready' && <Counter report={view.report} locale={locale} />}
      </header>
      {notice && (
        <p class={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-notice={notice.tone}>
          {notice.text}
        </p>
      )}
      {view.kind === 'ready' ? (
        <Findings view={view} locale={locale} busy={busy} onApply={onApply} onIgnore={onIgnore} />
      ) : view.kind === 'error' ? (
        <p class="state-message" role="alert">{t(locale, 'stateError', view.detail)}</p>
      ) : (
        <div class="state-message" role="status">
          <p class="state-title">{t(locale, STATE_TEXT[view.kind]![0])}</p>
          {STATE_TEXT[view.kind]![1] && <p class="state-hint">{t(locale, STATE_TEXT[view.kind]![1]!)}</p>}
        </div>
      )}
    </main>
  );
}

function Findings({ view, locale, busy, onApply, onIgnore }: { view: Extract<PanelView, { kind: 'ready' }>; locale: UiLocale; busy: boolean; onApply(f: Finding): void; onIgnore(f: Finding): void }) {
  const { findings, report, text } = view;
  return (
    <section class="findings" aria-live="polite">
      <p class="summary">
        <span class="language" data-language={report.language}>{t(locale, `language_${report.language}`)}</span>
        {' · '}
        <span>{findings.length === 1 ? t(locale, 'findingsCountOne') : t(locale, 'findingsCount', findings.length)}</span>
      </p>
      {report.truncated && (
        <p class="notice info">{t(locale, 'truncatedNotice', report.truncated.analysedChars, report.truncated.totalChars)}</p>
      )}
      {findings.length === 0 ? (
        <p class="state-message all-good">{t(locale, 'stateAllGood')}</p>
      ) : (
        <ul class="finding-list">
          {findings.map((f) => (
            <FindingItem key={`${f.rule}:${f.span?.start}:${f.span?.end}:${f.message}`} finding={f} text={text} locale={locale} busy={busy} onApply={onApply} onIgnore={onIgnore} />
          ))}
        </ul>
      )}
    </section>
  );
}
