/** The score on one compact line (the total and its four parts), and, folded away, what cost each
 * part its points and what would raise it most. What each part measures: src/analysis/score.ts. */
import { biggestGains, type ScoreCost } from '../../analysis';
import { t, type MessageKey } from '../i18n';
import type { SectionProps } from '../actions';

const PARTS = ['trust', 'clarity', 'engagement', 'correctness'] as const;

/** The facts card's label of each checklist gap the score counts (ScoreCost.item of a 'gap'). */
const GAP_LABEL: Record<string, MessageKey> = {
  who: 'fact_who',
  when: 'fact_when',
  where: 'fact_where',
  source: 'fact_source',
  action: 'fact_action',
  contact: 'fact_contact',
  official: 'fact_official',
  'warning-area': 'fact_warningArea',
  'warning-until': 'fact_warningUntil',
  'warning-level': 'fact_warningLevel',
  'warning-action': 'fact_warningAction',
  'warning-update': 'fact_warningUpdate',
  update: 'fact_update',
  'clarification-label': 'fact_clarificationLabel',
  'clarification-fact-first': 'fact_clarificationFactFirst',
  'clarification-claim': 'fact_clarificationClaim',
  'clarification-fact-last': 'fact_clarificationFactLast',
  'clarification-source': 'fact_clarificationSource',
  'clarification-pressure': 'fact_clarificationPressure',
};

export function ScoreCard({ report, findings, locale }: SectionProps) {
  const { total, parts, costs } = report.score;
  const count = PARTS.reduce((n, p) => n + costs[p].length, 0);
  const gains = count === 0 ? [] : biggestGains(findings, 3, report);
  const costLabel = (c: ScoreCost) => {
    if (c.kind === 'gap') {
      const key = GAP_LABEL[c.item];
      const label = key ? t(locale, key) : c.item;
      // "Copies none of the hoax's wording" is not something to state: it is missing as the facts card shows it.
      return c.item === 'clarification-pressure' ? `○ ${label}` : t(locale, 'scoreGap', label);
    }
    return report.findings.find((f) => f.rule === c.item)?.message ?? '';
  };
  return (
    <section class="score" data-score={total} aria-labelledby="score-title">
      <h2 id="score-title" class="section-title score-line">
        {t(locale, 'scoreTitle')} <span class="score-total">{total}</span>
        <span class="visually-hidden"> / 100</span>
      </h2>
      <ul class="score-parts">
        {PARTS.map((p) => (
          <li data-score-part={p} data-value={parts[p]} class={parts[p] < 100 ? 'lost' : undefined}>
            <span>{t(locale, `score_${p}`)}</span> <span class="score-value">{parts[p]}</span>
          </li>
        ))}
      </ul>
      {count === 0 ? (
        <p class="hint" data-score-perfect="">
          {t(locale, 'scorePerfect')}
        </p>
      ) : (
        <details class="score-costs">
          <summary>{t(locale, 'scoreCosts', count)}</summary>
          {gains.length > 0 && (
            <div class="score-raise">
              <p class="hint">{t(locale, 'scoreRaise')}</p>
              <ol>
                {gains.map((g) => (
                  <li data-gain-rule={g.rule}>
                    {findings.find((f) => f.rule === g.rule)!.message} <span class="gain">+{g.gain}</span>
                  </li>
                ))}
              </ol>
            </div>
          )}
          {PARTS.filter((p) => costs[p].length > 0).map((p) => (
            <div class="score-part-costs" data-score-costs={p}>
              <h3>
                {t(locale, `score_${p}`)} <span class="score-value">{parts[p]}</span>
              </h3>
              <ul>
                {costs[p].map((c) => (
                  <li data-cost={c.kind} data-cost-item={c.item} data-points={c.points}>
                    {costLabel(c)}
                    {c.count > 1 ? ` (${c.count}×)` : ''} <span class="cost">−{c.points}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
