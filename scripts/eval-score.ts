/** The score calibration rows of `npm run eval` (scripts/eval.ts calls scoreRows): the project's
 * set of paired drafts (tests/fixtures/score/pairs.json: the same post written weak and strong,
 * across post kinds, audiences, platforms and both languages; odd ids dev, even ids held back).
 * A pair is ordered when the strong version scores higher, and clearly ordered when it scores at
 * least MARGIN points higher. `SCORE_DEBUG=1` prints each pair's scores and what cost points (`SCORE_DEBUG=misses`: the pairs below the margin). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Audience, type Platform, type Report } from '../src/analysis';
import type { EvalRow } from './eval-common';

/** The visible margin: the strong version of a pair scores at least this many points more. */
export const MARGIN = 5;
const DEBUG = process.env.SCORE_DEBUG === '1';
/** `SCORE_DEBUG=misses`: only the pairs below the margin. */
const MISSES = process.env.SCORE_DEBUG === 'misses';

export interface ScorePair {
  id: number;
  language: 'id' | 'en';
  audience: Audience;
  platform: Platform;
  kind: string;
  weak: string;
  strong: string;
  differs: string;
}

export function readPairs(path = resolve(process.cwd(), 'tests/fixtures/score/pairs.json')): ScorePair[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { pairs: ScorePair[] }).pairs;
}

/** What cost a report points, for SCORE_DEBUG. */
function costs(report: Report): string {
  return Object.entries(report.score.costs)
    .flatMap(([part, list]) => list.map((c) => `${part}:${c.item} −${c.points}`))
    .join(', ');
}

export function scoreRows(now: Date): EvalRow[] {
  const pairs = readPairs();
  const rows: EvalRow[] = [];
  for (const [label, keep] of [
    ['dev (odd ids)', (id: number) => id % 2 === 1],
    ['held back (even ids)', (id: number) => id % 2 === 0],
    ['all', () => true],
  ] as const) {
    const set = pairs.filter((p) => keep(p.id));
    let ordered = 0;
    let clear = 0;
    let weakSum = 0;
    let strongSum = 0;
    const margins: number[] = [];
    for (const p of set) {
      const context = { now, audience: p.audience, platform: p.platform, locale: p.language };
      const weak = analyze(p.weak, context);
      const strong = analyze(p.strong, context);
      const margin = strong.score.total - weak.score.total;
      margins.push(margin);
      weakSum += weak.score.total;
      strongSum += strong.score.total;
      if (margin > 0) ordered++;
      if (margin >= MARGIN) clear++;
      if (label !== 'all' && (DEBUG || (MISSES && margin < MARGIN)))
        console.error(
          `score pair ${p.id} (${p.language} ${p.audience} ${p.platform} ${p.kind}): weak ${weak.score.total} [${costs(weak)}] · strong ${strong.score.total} [${costs(strong)}]`,
        );
    }
    margins.sort((a, b) => a - b);
    const data = `Tutur score pairs ${label}`;
    rows.push({
      task: 'score calibration: strong version scores higher',
      data,
      n: set.length,
      metric: 'rate',
      value: ordered / set.length,
      target: label === 'held back (even ids)' ? undefined : '≥ 0.95',
    });
    rows.push({
      task: `score calibration: strong version scores ≥ ${MARGIN} points higher`,
      data,
      n: set.length,
      metric: 'rate',
      value: clear / set.length,
      target: label === 'held back (even ids)' ? undefined : '≥ 0.95',
    });
    rows.push({
      task: 'score calibration: mean score, weak → strong; smallest and median margin',
      data,
      n: set.length,
      metric: 'points',
      value: NaN,
      target: `${Math.round(weakSum / set.length)} → ${Math.round(strongSum / set.length)}; margin min ${margins[0]}, median ${margins[Math.floor(margins.length / 2)]}`,
    });
  }
  return rows;
}
