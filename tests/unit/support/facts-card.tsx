/** The facts card rendered for a draft, as the panel shows it (Thursday 26 November 2026, 10:00 WIB). */
import { render } from '@testing-library/preact';
import { analyze } from '../../../src/analysis';
import { FactsCard } from '../../../src/ui/sections/FactsCard';
import type { UiLocale } from '../../../src/ui/i18n';
import type { PanelActions } from '../../../src/ui/actions';

const NOW = new Date('2026-11-26T03:00:00Z');
const actions = { highlight: () => {} } as unknown as PanelActions;

export function renderFactsCard(text: string, locale: UiLocale) {
  const report = analyze(text, { now: NOW, locale });
  return render(
    <FactsCard report={report} text={text} findings={report.findings} locale={locale} busy={false} canUndo={false} actions={actions} />,
  ).container;
}
