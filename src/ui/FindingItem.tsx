/** One finding: the message, a "why" that teaches, the fix as before → after,
 * and what the user can do about it. */
import type { Finding, Fix } from '../analysis';
import { t, type UiLocale } from './i18n';
import type { PanelActions } from './actions';

interface Props {
  finding: Finding;
  text: string;
  locale: UiLocale;
  busy: boolean;
  actions: PanelActions;
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
        <span class="context">
          {fix.start > CONTEXT_CHARS ? '…' : ''}
          {lead}
        </span>
        <ins>{fix.replacement}</ins>
      </p>
    );
  }
  return (
    <p class="fix-preview" aria-label={t(locale, 'fixPreview')}>
      <del>{removed}</del> <span aria-hidden="true">→</span> <ins>{fix.replacement === '' ? '∅' : fix.replacement}</ins>
    </p>
  );
}

/** One way to fix the finding: its fix, or one of its alternatives (the next spelling suggestions),
 * each with the same contract, never applied on its own. */
function ApplyButton({
  finding,
  fix,
  primary = false,
  busy,
  actions,
  text,
}: {
  finding: Finding;
  fix: Fix;
  primary?: boolean;
  busy: boolean;
  actions: PanelActions;
  text: string;
}) {
  return (
    <button
      type="button"
      class={primary ? 'primary' : 'alternative'}
      data-action="apply"
      data-start={fix.start}
      data-end={fix.end}
      data-replacement={fix.replacement}
      title={fix.label}
      aria-label={primary ? undefined : fix.label}
      disabled={busy}
      onClick={() => actions.apply(finding, fix)}
    >
      {text}
    </button>
  );
}

export function FindingItem({ finding, text, locale, busy, actions }: Props) {
  // The engine says when the span is a word the user may simply want left alone (a name, a local term).
  const word = finding.dictionaryWord;
  return (
    <li
      class={`finding sev-${finding.severity}`}
      data-rule={finding.rule}
      data-severity={finding.severity}
      onMouseEnter={() => finding.span && !finding.fromStylePack && actions.highlight(finding.span)}
      onMouseLeave={() => actions.highlight(null)}
    >
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
        {finding.fix && <ApplyButton finding={finding} fix={finding.fix} primary busy={busy} actions={actions} text={t(locale, 'apply')} />}
        {finding.alternatives && finding.alternatives.length > 0 && (
          <span class="alternatives" role="group" aria-label={t(locale, 'alternativesLabel')}>
            <span class="alternatives-label" aria-hidden="true">
              {t(locale, 'alternatives')}
            </span>
            {finding.alternatives.map((fix) => (
              <ApplyButton key={fix.replacement} finding={finding} fix={fix} busy={busy} actions={actions} text={fix.replacement} />
            ))}
          </span>
        )}
        <button type="button" data-action="ignore" disabled={busy} onClick={() => actions.ignore(finding)}>
          {t(locale, 'ignore')}
        </button>
        <button
          type="button"
          data-action="ignore-rule"
          title={t(locale, 'ignoreRuleLabel')}
          aria-label={t(locale, 'ignoreRuleLabel')}
          disabled={busy}
          onClick={() => actions.ignoreRule(finding.rule)}
        >
          {t(locale, 'ignoreRule')}
        </button>
        {word !== undefined && (
          <button
            type="button"
            data-action="add-word"
            data-word={word}
            title={t(locale, 'addWordLabel', word)}
            aria-label={t(locale, 'addWordLabel', word)}
            disabled={busy}
            onClick={() => actions.addWord(word)}
          >
            {t(locale, 'addWord')}
          </button>
        )}
      </div>
    </li>
  );
}
