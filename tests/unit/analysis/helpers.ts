import { analyze, type AnalysisContext, type Finding } from '../../../src/analysis';

/** Thursday 26 November 2026, 10:00 WIB. */
export const NOW = new Date('2026-11-26T03:00:00Z');

export function findings(text: string, rule: string, context: AnalysisContext = {}): Finding[] {
  return analyze(text, { now: NOW, ...context }).findings.filter((f) => f.rule === rule);
}

/** The text after applying a finding's fix. */
export function applyFix(text: string, f: Finding): string {
  if (!f.fix) throw new Error(`${f.rule} has no fix`);
  return text.slice(0, f.fix.start) + f.fix.replacement + text.slice(f.fix.end);
}
