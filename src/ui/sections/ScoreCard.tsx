/** The score, its four parts, and what would raise it most. */
import { biggestGains } from '../../analysis';
import { t } from '../i18n';
import type { SectionProps } from '../actions';

const PARTS = ['trust', 'clarity', 'engagement', 'correctness'] as const;

export function ScoreCard({ report, findings, locale }: SectionProps) {
  const { total, parts } = report.score;
  const gains = biggestGains(findings);
  return (
    <section class="score" data-score={total} aria-labelledby="score-title">
      <h2 id="score-title" class="section-title">
        {t(locale, 'scoreTitle')} <span class="score-total">{total}</span>
        <span class="visually-hidden"> / 100</span>
      </h2>
      <ul class="score-parts">
        {PARTS.map((p) => (
          <li data-score-part={p}>
            <span>{t(locale, `score_${p}`)}</span>
            <meter min={0} max={100} low={60} high={85} optimum={100} value={parts[p]} aria-label={t(locale, `score_${p}`)} />
            <span class="score-value">{parts[p]}</span>
          </li>
        ))}
      </ul>
      {gains.length === 0 ? (
        <p class="hint">{t(locale, 'scorePerfect')}</p>
      ) : (
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
    </section>
  );
}
