/** The hoax clarification rows of `npm run eval` (scripts/eval.ts calls clarificationRows), on the score set's
 * paired drafts (tests/fixtures/score/pairs.json, written for the score before the clarification checks): which
 * posts the engine reads as a hoax clarification (Report.checklist.clarification), and how often the
 * clarification.* rules fire. Its "hoax clarification" pairs hold clarifications (every strong version, and the
 * weak versions that clear up a claim) and hoaxes themselves (weak versions such as "VIRAL!!! … Sebarkan!"); no
 * other post of the set is a clarification, so each one read as such is a false read. */
import { analyze, type Report } from '../src/analysis';
import type { EvalRow } from './eval-common';
import { readPairs } from './eval-score';

const fires = (r: Report) => r.findings.some((f) => f.rule.startsWith('clarification.'));

export function clarificationRows(now: Date): EvalRow[] {
  const pairs = readPairs();
  const report = (text: string, language: 'id' | 'en') => analyze(text, { now, locale: language });
  const clarifications = pairs.filter((p) => p.kind === 'hoax clarification').map((p) => report(p.strong, p.language));
  const others = pairs
    .filter((p) => p.kind !== 'hoax clarification')
    .flatMap((p) => [report(p.weak, p.language), report(p.strong, p.language)]);
  const data = 'Tutur score pairs';
  return [
    {
      task: 'hoax clarification: read as one (strong versions of the clarification pairs)',
      data,
      n: clarifications.length,
      metric: 'recall',
      value: clarifications.filter((r) => r.checklist.clarification).length / clarifications.length,
    },
    {
      task: 'hoax clarification: other posts read as one (false reads)',
      data,
      n: others.length,
      metric: 'rate',
      value: others.filter((r) => r.checklist.clarification).length / others.length,
      target: '0',
    },
    {
      task: 'hoax clarification: clarification.* fires on other posts',
      data,
      n: others.length,
      metric: 'rate',
      value: others.filter(fires).length / others.length,
      target: '0',
    },
  ];
}
