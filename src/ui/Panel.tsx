/** The panel view: renders one state or one report. No browser APIs here. */
import type { ComponentChildren } from 'preact';
import type { Audience, Finding, Platform, Report } from '../analysis';
import type { PanelActions } from './actions';
import { t, type MessageKey, type UiLocale } from './i18n';
import { EnableSiteHere } from './EnableSite';
import { AudienceBar } from './sections/AudienceBar';
import { PlatformBar } from './sections/PlatformBar';
import { Templates, type Template } from './sections/Templates';
import { READY_SECTIONS } from './sections';

export type PanelView =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'disabled' }
  | { kind: 'no-composer' }
  | { kind: 'empty' }
  | { kind: 'error'; detail: string }
  | { kind: 'ready'; text: string; report: Report; findings: Finding[] };

export interface Notice {
  tone: 'info' | 'error';
  text: string;
  /** A button under the text (e.g. copy the replacement the editor refused): it runs only on the user's click. */
  action?: { label: string; run(): void };
  /** What a "fix all" or "apply all" changed, one line per fix. */
  fixed?: string[];
}

interface Props {
  view: PanelView;
  locale: UiLocale;
  audience: Audience;
  /** The platform the page reported (the select can override it). */
  detectedPlatform: Platform;
  actions: PanelActions;
  notice?: Notice | null;
  busy?: boolean;
  canUndo?: boolean;
  /** Shown under the "not active on this page" message (e.g. "Enable Tutur on this site"). */
  unsupportedExtra?: ComponentChildren;
  /** Header links (options, pop-out). */
  links?: ComponentChildren;
  /** The organisation's own templates (from its style pack). */
  packTemplates?: readonly Template[];
}

const STATE_TEXT: Partial<Record<PanelView['kind'], [MessageKey, MessageKey?]>> = {
  loading: ['stateLoading'],
  unsupported: ['stateUnsupported', 'stateUnsupportedHint'],
  disabled: ['stateDisabled', 'stateDisabledHint'],
  'no-composer': ['stateNoComposer', 'stateNoComposerHint'],
  empty: ['stateEmpty', 'stateEmptyHint'],
};

export function Panel({
  view,
  locale,
  audience,
  detectedPlatform,
  actions,
  notice,
  busy = false,
  canUndo = false,
  unsupportedExtra,
  links,
  packTemplates = [],
}: Props) {
  const hasComposer = view.kind === 'empty' || view.kind === 'ready' || view.kind === 'error';
  return (
    <main class="tutur-panel" data-state={view.kind} lang={locale}>
      <header class="panel-header">
        <h1>{t(locale, 'panelTitle')}</h1>
        {links && <nav class="panel-links">{links}</nav>}
      </header>
      <AudienceBar audience={audience} locale={locale} onChange={actions.setAudience} />
      {view.kind === 'ready' && (
        <PlatformBar report={view.report} detected={detectedPlatform} locale={locale} onChange={actions.setPlatform} />
      )}
      {notice && (
        <div
          class={`notice ${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-notice={notice.tone}
          data-fixed-count={notice.fixed?.length}
        >
          {notice.text}
          {notice.fixed && (
            <details class="fixed-list">
              <summary>{t(locale, 'groupItems')}</summary>
              <ul>
                {notice.fixed.map((line) => (
                  <li>{line}</li>
                ))}
              </ul>
            </details>
          )}
          {notice.action && (
            <button type="button" class="notice-action" data-action="notice-action" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
        </div>
      )}
      {view.kind === 'ready' ? (
        READY_SECTIONS.map(({ id, Component }) => (
          <Component
            key={id}
            report={view.report}
            text={view.text}
            findings={view.findings}
            locale={locale}
            busy={busy}
            canUndo={canUndo}
            actions={actions}
          />
        ))
      ) : view.kind === 'error' ? (
        <p class="state-message" role="alert">
          {t(locale, 'stateError', view.detail)}
        </p>
      ) : (
        <div class="state-message" role="status">
          <p class="state-title">{t(locale, STATE_TEXT[view.kind]![0])}</p>
          {STATE_TEXT[view.kind]![1] && <p class="state-hint">{t(locale, STATE_TEXT[view.kind]![1]!)}</p>}
          {view.kind === 'unsupported' && (unsupportedExtra ?? <EnableSiteHere locale={locale} />)}
          {view.kind === 'disabled' && (
            <button type="button" class="primary" data-action="enable-site" onClick={actions.enableSite}>
              {t(locale, 'enableHere')}
            </button>
          )}
        </div>
      )}
      {hasComposer && (
        <Templates
          locale={locale}
          busy={busy}
          draftIsEmpty={view.kind === 'empty'}
          onInsert={actions.insertTemplate}
          extra={packTemplates}
        />
      )}
    </main>
  );
}
