/** One finding: the message, a "why" that teaches, the fix as before → after,
 * and what the user can do about it. */
import type { Finding, Fix, Severity } from '../analysis';
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

/** Line breaks made visible: a fix that adds or removes one must show it. */
const visible = (s: string) => s.replace(/\n/g, '↵');

/** A severity the eye reads at a glance: an icon and a word, not only a colour. */
// Symbols every system font draws (emoji may show as empty boxes where no emoji font is installed).
const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', suggestion: '✎', info: 'ℹ' };
export function SeverityBadge({ severity, locale }: { severity: Severity; locale: UiLocale }) {
  return (
    <span class={`badge sev-${severity}`}>
      <span aria-hidden="true">{SEVERITY_ICON[severity]}</span> {t(locale, `severity_${severity}`)}
    </span>
  );
}

/** Before → after. A word for a word reads as is ("yg → yang"); an insertion, a deletion or a change of line
 * breaks reads with the words around it, before and after, so "↵" never stands alone. */
function FixPreview({ fix, text, locale }: { fix: Fix; text: string; locale: UiLocale }) {
  const removed = text.slice(fix.start, fix.end);
  const inWords = removed.trim() !== '' && fix.replacement.trim() !== '' && !/\n/.test(removed + fix.replacement);
  const cost = fix.lengthens !== undefined && <p class="fix-cost">{t(locale, 'fixLengthens', fix.lengthens)}</p>;
  if (inWords)
    return (
      <>
        <p class="fix-preview" aria-label={t(locale, 'fixPreview')}>
          <del>{removed}</del> <span aria-hidden="true">→</span> <ins>{fix.replacement}</ins>
        </p>
        {cost}
      </>
    );
  // The context's edges move off a surrogate pair: never half an emoji ("…\udce2 acara").
  let leadStart = Math.max(0, fix.start - CONTEXT_CHARS);
  if (leadStart > 0 && /[\udc00-\udfff]/.test(text[leadStart]!)) leadStart++;
  const lead = (leadStart > 0 ? '…' : '') + visible(text.slice(leadStart, fix.start));
  let tailEnd = Math.min(text.length, fix.end + CONTEXT_CHARS);
  if (tailEnd < text.length && /[\udc00-\udfff]/.test(text[tailEnd]!)) tailEnd--;
  const tail = visible(text.slice(fix.end, tailEnd)) + (tailEnd < text.length ? '…' : '');
  return (
    <>
      <dl class="fix-preview fix-preview-context" aria-label={t(locale, 'fixPreview')}>
        <dt>{t(locale, 'fixBefore')}</dt>
        <dd>
          <span class="context">{lead}</span>
          {removed !== '' && <del>{visible(removed)}</del>}
          <span class="context">{tail}</span>
        </dd>
        <dt>{t(locale, 'fixAfter')}</dt>
        <dd>
          <span class="context">{lead}</span>
          {fix.replacement !== '' && <ins>{visible(fix.replacement)}</ins>}
          <span class="context">{tail}</span>
        </dd>
      </dl>
      {cost}
    </>
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

/** "Always ignore": the rule, for good (saved in the settings); on a finding and on a group card. */
export function IgnoreRuleButton({
  rule,
  locale,
  busy,
  actions,
}: {
  rule: string;
  locale: UiLocale;
  busy: boolean;
  actions: PanelActions;
}) {
  return (
    <button
      type="button"
      data-action="ignore-rule"
      title={t(locale, 'ignoreRuleLabel')}
      aria-label={t(locale, 'ignoreRuleLabel')}
      disabled={busy}
      onClick={() => actions.ignoreRule(rule)}
    >
      {t(locale, 'ignoreRule')}
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
        <SeverityBadge severity={finding.severity} locale={locale} />
        <span class="message">{finding.message}</span>
      </p>
      {finding.fix && <FixPreview fix={finding.fix} text={text} locale={locale} />}
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
        <IgnoreRuleButton rule={finding.rule} locale={locale} busy={busy} actions={actions} />
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
