/** The tips as cards, the most valuable first: one card per kind of tip (the findings of one rule together,
 * with "apply all"), the first few open and the rest under "More tips". Above them, "fix all safe". */
import { biggestGains, safeFixes, type Category, type Finding, type Severity } from '../../analysis';
import { FindingItem, IgnoreRuleButton, SeverityBadge } from '../FindingItem';
import { t, type UiLocale } from '../i18n';
import type { PanelActions, SectionProps } from '../actions';

/** Cards shown open at first; the rest wait under "More tips". */
export const OPEN_CARDS = 5;
/** A group this small shows its items at once; a bigger one folds them away. */
const OPEN_GROUP_ITEMS = 3;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1, info: 0 };
const CATEGORY_RANK: Record<Category, number> = { trust: 3, clarity: 2, reach: 1, correctness: 0 };

interface Card {
  rule: string;
  findings: Finding[];
  /** What resolving the card's findings would add to the score. */
  gain: number;
}

/** One card per rule, ranked by what resolving it would add to the score, then by severity, then by
 * category (trust first), then by where it starts in the draft. */
export function rankCards(findings: readonly Finding[]): Card[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const gains = new Map(biggestGains(findings, byRule.size).map((g) => [g.rule, g.gain]));
  const worst = (c: Card) => Math.max(...c.findings.map((f) => SEVERITY_RANK[f.severity]));
  const first = (c: Card) => Math.min(...c.findings.map((f) => f.span?.start ?? -1));
  return [...byRule]
    .map(([rule, list]): Card => ({ rule, findings: list, gain: gains.get(rule) ?? 0 }))
    .sort(
      (a, b) =>
        b.gain - a.gain ||
        worst(b) - worst(a) ||
        CATEGORY_RANK[b.findings[0]!.category] - CATEGORY_RANK[a.findings[0]!.category] ||
        first(a) - first(b),
    );
}

const findingKey = (f: Finding) => `${f.rule}:${f.span?.start}:${f.span?.end}:${f.message}`;

interface CardProps {
  card: Card;
  text: string;
  locale: UiLocale;
  busy: boolean;
  actions: PanelActions;
}

/** Several findings of one rule: one card, "apply all" for their fixes, the items one by one below. */
function GroupCard({ card, text, locale, busy, actions }: CardProps) {
  const { findings } = card;
  const head = findings[0]!;
  const severity = findings.reduce((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), head.severity);
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  return (
    <li class={`finding-card group-card sev-${severity}`} data-group={card.rule} data-count={findings.length} data-category={head.category}>
      <p class="finding-head">
        <SeverityBadge severity={severity} locale={locale} />
        <span class="message">{head.title ?? head.message}</span>
        <span class="count">{findings.length}</span>
      </p>
      <div class="actions">
        {fixes.length >= 2 && (
          <button
            type="button"
            class="primary"
            data-action="apply-group"
            title={t(locale, 'applyGroupLabel', fixes.length)}
            disabled={busy}
            onClick={() => actions.applyMany(findings, fixes)}
          >
            {t(locale, 'applyGroup', fixes.length)}
          </button>
        )}
        <IgnoreRuleButton rule={card.rule} locale={locale} busy={busy} actions={actions} />
      </div>
      <details class="group-items" open={findings.length <= OPEN_GROUP_ITEMS}>
        <summary>
          {t(locale, 'groupItems')} ({findings.length})
        </summary>
        <ul class="finding-list">
          {findings.map((f) => (
            <FindingItem key={findingKey(f)} finding={f} text={text} locale={locale} busy={busy} actions={actions} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function CardView(props: CardProps) {
  const { card } = props;
  if (card.findings.length > 1) return <GroupCard {...props} />;
  const f = card.findings[0]!;
  return <FindingItem key={findingKey(f)} finding={f} text={props.text} locale={props.locale} busy={props.busy} actions={props.actions} />;
}

export function FindingGroups({ report, text, findings, locale, busy, canUndo, actions }: SectionProps) {
  const cards = rankCards(findings);
  const open = cards.slice(0, OPEN_CARDS);
  const more = cards.slice(OPEN_CARDS);
  // Within the platform's limit: fixes that lengthen the post stop before it would go over.
  const safe = safeFixes(findings, { text, length: report.length, platform: report.platform });
  const card = (c: Card) => <CardView key={c.rule} card={c} text={text} locale={locale} busy={busy} actions={actions} />;
  return (
    <section class="findings" aria-labelledby="findings-title">
      <p class="summary" id="findings-title">
        <span class="language" data-language={report.language}>
          {t(locale, `language_${report.language}`)}
        </span>
        {' · '}
        <span>{findings.length === 1 ? t(locale, 'findingsCountOne') : t(locale, 'findingsCount', findings.length)}</span>
      </p>
      <div class="findings-tools">
        {safe.length > 0 && (
          <button
            type="button"
            class="primary fix-all"
            data-action="fix-all"
            title={t(locale, 'fixAllLabel')}
            disabled={busy}
            onClick={() =>
              actions.applyMany(
                safe.map((s) => s.finding),
                safe.map((s) => s.fix),
              )
            }
          >
            {t(locale, 'fixAll', safe.length)}
          </button>
        )}
        {canUndo && (
          <button type="button" class="undo" data-action="undo" disabled={busy} onClick={actions.undo}>
            {t(locale, 'undoFix')}
          </button>
        )}
      </div>
      {report.truncated && (
        <p class="notice info">{t(locale, 'truncatedNotice', report.truncated.analysedChars, report.truncated.totalChars)}</p>
      )}
      {findings.length === 0 ? (
        // "Sudah jelas" only when nothing is missing either: the score is 100 only then (score.ts).
        report.score.total === 100 ? (
          <p class="state-message all-good">{t(locale, 'stateAllGood')}</p>
        ) : (
          <p class="state-message" data-state="incomplete">
            {t(locale, 'stateNoTipsIncomplete')}
          </p>
        )
      ) : (
        <>
          <ul class="finding-list cards">{open.map(card)}</ul>
          {more.length > 0 && (
            <details class="more-tips">
              <summary>
                {t(
                  locale,
                  'moreTips',
                  more.reduce((n, c) => n + c.findings.length, 0),
                )}
              </summary>
              <ul class="finding-list cards">{more.map(card)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
