/** Who / What / When / Where / Source — and for warnings and announcements,
 * what to do, an official contact and the next update; for a warning of a
 * hazard, the items of a complete warning: what was found, or a one-line
 * prompt of what to add; for a hoax clarification, the items of a clarification
 * that works. */
import { useState } from 'preact/hooks';
import type { ClarificationChecklist, Span } from '../../analysis';
import { t, type MessageKey } from '../i18n';
import type { SectionProps } from '../actions';

type Item = 'who' | 'what' | 'when' | 'where' | 'source' | 'action' | 'contact' | 'update';
const CORE: Item[] = ['who', 'what', 'when', 'where', 'source'];
const EXTRA_FOR = new Set(['warning', 'announcement', 'event', 'service']);
/** The warning checklist's items, as `data-fact="warning-<item>"` and their message keys. */
const WARNING_ITEMS = [
  ['area', 'warningArea'],
  ['until', 'warningUntil'],
  ['level', 'warningLevel'],
  ['action', 'warningAction'],
  ['update', 'warningUpdate'],
] as const;

export function FactsCard({ report, locale, actions }: SectionProps) {
  const { facts, checklist } = report;
  const warning = checklist.warning;
  const clarification = checklist.clarification;
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
  // A warning's next update is one of its warning items (with the official channel), not asked twice.
  const extra: Item[] = checklist.kinds.some((k) => EXTRA_FOR.has(k))
    ? ['action', 'contact', ...(checklist.kinds.includes('warning') && !warning ? (['update'] as Item[]) : [])]
    : [];
  const official = checklist.official;
  // What the card lists, present or not: its summary line says how many are there and names what is missing.
  const items: { label: string; present: boolean }[] = [
    ...[...CORE, ...extra].map((item) => ({ label: t(locale, `fact_${item}` as MessageKey), present: spans[item].length > 0 })),
    ...(official ? [{ label: t(locale, 'fact_official'), present: official.present.length > 0 }] : []),
    ...(warning
      ? WARNING_ITEMS.flatMap(([item, key]) =>
          warning[item] === null ? [] : [{ label: t(locale, `fact_${key}`), present: warning[item].length > 0 }],
        )
      : []),
    ...(clarification
      ? [
          ...clarificationItems(clarification).map(([, key, found]) => ({ label: t(locale, `fact_${key}`), present: found.length > 0 })),
          { label: t(locale, 'fact_clarificationPressure'), present: clarification.pressure.length === 0 },
        ]
      : []),
  ];
  const missing = items.filter((i) => !i.present).map((i) => i.label);
  // Folded when nothing is missing, open when something is; the user's own toggle wins until the answer changes.
  const [userChoice, setUserChoice] = useState<{ open: boolean; missing: number } | null>(null);
  const open = userChoice && userChoice.missing === missing.length ? userChoice.open : missing.length > 0;
  const row = (fact: string, label: string, prompt: string, found: Span[]) => (
    <div class="fact" data-fact={fact} data-present={found.length > 0 ? 'true' : 'false'}>
      <dt>
        <span aria-hidden="true">{found.length ? '✓' : '○'}</span> {label}
      </dt>
      <dd>
        {found.length ? (
          found.slice(0, 3).map((s) => (
            <span class="fact-value" onMouseEnter={() => actions.highlight(s)} onMouseLeave={() => actions.highlight(null)}>
              {s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text}
            </span>
          ))
        ) : (
          <span class="fact-prompt">{prompt}</span>
        )}
      </dd>
    </div>
  );
  return (
    <section class="facts" aria-labelledby="facts-title" data-missing={missing.length}>
      <details
        open={open}
        onToggle={(e) => {
          const now = (e.currentTarget as HTMLDetailsElement).open;
          if (now !== open) setUserChoice({ open: now, missing: missing.length });
        }}
      >
        <summary class="facts-summary">
          <h2 id="facts-title" class="section-title">
            {t(locale, 'factsTitle')}
          </h2>{' '}
          <span class="facts-count">{t(locale, 'factsSummary', items.length - missing.length, items.length)}</span>
          {missing.length > 0 && <span class="facts-missing"> · {t(locale, 'factsMissing', missing.join(', '))}</span>}
        </summary>
        <p class="hint">{t(locale, 'factsHint')}</p>
        <dl>
          {[...CORE, ...extra].map((item) =>
            row(item, t(locale, `fact_${item}` as MessageKey), t(locale, `factPrompt_${item}` as MessageKey), spans[item]),
          )}
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
        {warning && (
          <div data-checklist="warning">
            <h3 id="warning-title" class="section-title">
              {t(locale, 'warningTitle')}
            </h3>
            <p class="hint">{t(locale, 'warningHint')}</p>
            <dl aria-labelledby="warning-title">
              {WARNING_ITEMS.map(([item, key]) => {
                const found = warning[item];
                // Only hazards with an official scale have a level to state.
                if (found === null) return null;
                return row(`warning-${item}`, t(locale, `fact_${key}`), t(locale, `factPrompt_${key}`), found);
              })}
            </dl>
          </div>
        )}
        {clarification && (
          <div data-checklist="clarification">
            <h3 id="clarification-title" class="section-title">
              {t(locale, 'clarificationTitle')}
            </h3>
            <p class="hint">{t(locale, 'clarificationHint')}</p>
            <dl aria-labelledby="clarification-title">
              {clarificationItems(clarification).map(([item, key, found]) =>
                row(`clarification-${item}`, t(locale, `fact_${key}`), t(locale, `factPrompt_${key}`), found),
              )}
              <div class="fact" data-fact="clarification-pressure" data-present={clarification.pressure.length ? 'false' : 'true'}>
                <dt>
                  <span aria-hidden="true">{clarification.pressure.length ? '○' : '✓'}</span> {t(locale, 'fact_clarificationPressure')}
                </dt>
                <dd>
                  {clarification.pressure.length ? (
                    <span class="fact-prompt">
                      {t(locale, 'factPrompt_clarificationPressure', clarification.pressure.map((s) => `“${s.text}”`).join(', '))}
                    </span>
                  ) : (
                    <span class="fact-value">{t(locale, 'clarificationPressureNone')}</span>
                  )}
                </dd>
              </div>
            </dl>
          </div>
        )}
      </details>
    </section>
  );
}

/** The clarification checklist's items as rows: `data-fact="clarification-<item>"`, their message keys, and
 * what was found (the false claim counts once it is quoted once and marked false). */
function clarificationItems(c: ClarificationChecklist): [string, ClarificationKey, Span[]][] {
  const claim = c.claim.length === 1 && c.claim[0]!.marked ? [c.claim[0]!] : [];
  return [
    ['label', 'clarificationLabel', c.label],
    ['fact-first', 'clarificationFactFirst', c.fact.first ? [c.fact.first] : []],
    ['claim', 'clarificationClaim', claim],
    ['fact-last', 'clarificationFactLast', c.fact.last ? [c.fact.last] : []],
    ['source', 'clarificationSource', c.source],
  ];
}
type ClarificationKey =
  'clarificationLabel' | 'clarificationFactFirst' | 'clarificationClaim' | 'clarificationFactLast' | 'clarificationSource';
