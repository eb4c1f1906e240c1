/** Who / What / When / Where / Source — and for warnings and announcements,
 * what to do, an official contact and the next update: what was found, or a
 * one-line prompt of what to add. */
import type { Span } from '../../analysis';
import { t, type MessageKey } from '../i18n';
import type { SectionProps } from '../actions';

type Item = 'who' | 'what' | 'when' | 'where' | 'source' | 'action' | 'contact' | 'update';
const CORE: Item[] = ['who', 'what', 'when', 'where', 'source'];
const EXTRA_FOR = new Set(['warning', 'announcement', 'event', 'service']);

export function FactsCard({ report, locale, actions }: SectionProps) {
  const { facts, checklist } = report;
  const spans: Record<Item, Span[]> = {
    who: facts.who,
    what: checklist.what ? [checklist.what] : [],
    when: facts.when,
    where: facts.where,
    source: facts.source,
    action: checklist.action,
    contact: checklist.contact,
    update: checklist.update,
  };
  const extra: Item[] = checklist.kinds.some((k) => EXTRA_FOR.has(k))
    ? ['action', 'contact', ...(checklist.kinds.includes('warning') ? (['update'] as Item[]) : [])]
    : [];
  const official = checklist.official;
  return (
    <section class="facts" aria-labelledby="facts-title">
      <h2 id="facts-title" class="section-title">
        {t(locale, 'factsTitle')}
      </h2>
      <p class="hint">{t(locale, 'factsHint')}</p>
      <dl>
        {[...CORE, ...extra].map((item) => {
          const found = spans[item];
          return (
            <div class="fact" data-fact={item} data-present={found.length > 0 ? 'true' : 'false'}>
              <dt>
                <span aria-hidden="true">{found.length ? '✓' : '○'}</span> {t(locale, `fact_${item}` as MessageKey)}
              </dt>
              <dd>
                {found.length ? (
                  found.slice(0, 3).map((s) => (
                    <span class="fact-value" onMouseEnter={() => actions.highlight(s)} onMouseLeave={() => actions.highlight(null)}>
                      {s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text}
                    </span>
                  ))
                ) : (
                  <span class="fact-prompt">{t(locale, `factPrompt_${item}` as MessageKey)}</span>
                )}
              </dd>
            </div>
          );
        })}
        {official && (
          <div class="fact" data-fact="official" data-present={official.present.length > 0 ? 'true' : 'false'}>
            <dt>
              <span aria-hidden="true">{official.present.length ? '✓' : '○'}</span> {t(locale, 'fact_official')}
            </dt>
            <dd>
              {official.present.length ? (
                official.present.map((c) => <span class="fact-value">{c}</span>)
              ) : (
                <span class="fact-prompt">{t(locale, 'factPrompt_official', official.expected.join(', '))}</span>
              )}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
