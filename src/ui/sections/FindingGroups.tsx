/** Findings grouped as Trust, Clarity, Reach, Correctness, in that order. */
import type { Category } from '../../analysis';
import { FindingItem } from '../FindingItem';
import { t } from '../i18n';
import type { SectionProps } from '../actions';

const ORDER: Category[] = ['trust', 'clarity', 'reach', 'correctness'];

export function FindingGroups({ report, text, findings, locale, busy, canUndo, actions }: SectionProps) {
  return (
    <section class="findings" aria-labelledby="findings-title">
      <p class="summary" id="findings-title">
        <span class="language" data-language={report.language}>
          {t(locale, `language_${report.language}`)}
        </span>
        {' · '}
        <span>{findings.length === 1 ? t(locale, 'findingsCountOne') : t(locale, 'findingsCount', findings.length)}</span>
      </p>
      {canUndo && (
        <button type="button" class="undo" data-action="undo" disabled={busy} onClick={actions.undo}>
          {t(locale, 'undoFix')}
        </button>
      )}
      {report.truncated && (
        <p class="notice info">{t(locale, 'truncatedNotice', report.truncated.analysedChars, report.truncated.totalChars)}</p>
      )}
      {findings.length === 0 ? (
        <p class="state-message all-good">{t(locale, 'stateAllGood')}</p>
      ) : (
        ORDER.map((category) => {
          const group = findings.filter((f) => f.category === category);
          if (group.length === 0) return null;
          return (
            <div class="finding-group" data-category={category}>
              <h2 class="section-title">
                {t(locale, `category_${category}`)} <span class="count">{group.length}</span>
              </h2>
              <ul class="finding-list">
                {group.map((f) => (
                  <FindingItem
                    key={`${f.rule}:${f.span?.start}:${f.span?.end}:${f.message}`}
                    finding={f}
                    text={text}
                    locale={locale}
                    busy={busy}
                    actions={actions}
                  />
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
