/** The score card: a compact line (the total and four parts), what cost each part its points in a
 * folded list, and "nothing left to improve" only when nothing cost a point. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { analyze, type Report } from '../../src/analysis';
import { ScoreCard } from '../../src/ui/sections/ScoreCard';
import { FindingGroups } from '../../src/ui/sections/FindingGroups';
import { t, type UiLocale } from '../../src/ui/i18n';
import type { PanelActions } from '../../src/ui/actions';

afterEach(cleanup);

const NOW = new Date('2026-11-26T03:00:00Z');
const actions = { highlight: () => {} } as unknown as PanelActions;

function card(report: Report, locale: UiLocale = 'id') {
  return render(
    <ScoreCard report={report} text="" findings={report.findings} locale={locale} busy={false} canUndo={false} actions={actions} />,
  ).container;
}

const SLOPPY =
  'Pelayanan KTP dibuka kembali mulai hari senin. Warga diharapkan membawa fotocopy kartu keluarga. Pendaftaran bisa dilakukan secara online. Pelayanan buka sampai hari jumat.';

/** A report with no finding and nothing missing. */
function perfect(): Report {
  const report = analyze('Selamat pagi.', { now: NOW });
  const none = { trust: [], clarity: [], engagement: [], correctness: [] };
  return {
    ...report,
    findings: [],
    score: { total: 100, parts: { trust: 100, clarity: 100, engagement: 100, correctness: 100 }, costs: none },
  };
}

describe('the score card', () => {
  for (const locale of ['id', 'en'] as UiLocale[]) {
    it(`lists, per part, what cost it points, folded by default (${locale})`, () => {
      const report = analyze(SLOPPY, { now: NOW, locale });
      const c = card(report, locale);
      expect(Number(c.querySelector('[data-score]')!.getAttribute('data-score'))).toBe(report.score.total);
      const parts = [...c.querySelectorAll('[data-score-part]')];
      expect(parts.map((p) => p.getAttribute('data-score-part'))).toEqual(['trust', 'clarity', 'engagement', 'correctness']);
      for (const p of parts) expect(p.textContent).toContain(String(report.score.parts[p.getAttribute('data-score-part') as 'trust']));
      const details = c.querySelector('details.score-costs') as HTMLDetailsElement;
      expect(details.open).toBe(false);
      // Every part that lost points shows each of its costs, with the points.
      for (const part of ['trust', 'clarity', 'engagement', 'correctness'] as const) {
        const costs = report.score.costs[part];
        const listed = [...c.querySelectorAll(`[data-score-costs="${part}"] [data-cost-item]`)];
        expect(listed.map((l) => l.getAttribute('data-cost-item'))).toEqual(costs.map((x) => x.item));
        listed.forEach((l, i) => expect(l.textContent).toContain(`−${costs[i]!.points}`));
      }
      // The missing source the facts card shows with ○ is a cost of trust, named as the facts card names it.
      const source = c.querySelector('[data-score-costs="trust"] [data-cost-item="source"]')!;
      expect(source.textContent).toContain(t(locale, 'scoreGap', t(locale, 'fact_source')));
      expect(c.querySelector('[data-score-costs="correctness"]')).not.toBeNull();
      expect(c.querySelector('[data-score-perfect]')).toBeNull();
      expect(c.textContent).not.toContain(t(locale, 'scorePerfect'));
    });
  }

  it('says there is nothing left to improve only when nothing cost a point', () => {
    const c = card(perfect());
    expect(c.querySelector('[data-score-perfect]')!.textContent).toBe(t('id', 'scorePerfect'));
    expect(c.querySelector('details')).toBeNull();
  });

  it('a draft with no tips but a gap in the facts card is not "sudah jelas"', () => {
    // No finding shown (all ignored), but the draft still says no who, when, where or source.
    const report = { ...analyze(SLOPPY, { now: NOW }), findings: [] };
    const groups = (r: Report) =>
      render(<FindingGroups report={r} text="" findings={[]} locale="id" busy={false} canUndo={false} actions={actions} />).container;
    expect(groups(report).textContent).not.toContain(t('id', 'stateAllGood'));
    expect(groups(report).textContent).toContain(t('id', 'stateNoTipsIncomplete'));
    cleanup();
    expect(groups(perfect()).textContent).toContain(t('id', 'stateAllGood'));
  });
});
