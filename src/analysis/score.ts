/** Score 0–100 from the findings: each part starts at 100 and loses points per
 * finding by severity, with repeated findings of one rule counting less. */
import type { Category, Finding, Score, Severity } from './types';

const PENALTY: Record<Severity, number> = { error: 30, warning: 14, suggestion: 7, info: 2 };
const PART_OF: Record<Category, keyof Score['parts']> = {
  clarity: 'clarity',
  reach: 'engagement',
  trust: 'trust',
  correctness: 'correctness',
};
// Trust weighs most: readers believe a post only when it says who, where, when and from which source.
const WEIGHTS: Score['parts'] = { clarity: 0.25, engagement: 0.2, trust: 0.35, correctness: 0.2 };

export function penaltyOf(findings: readonly Finding[]): Record<keyof Score['parts'], number> {
  const lost = { clarity: 0, engagement: 0, trust: 0, correctness: 0 };
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = seen.get(f.rule) ?? 0;
    seen.set(f.rule, n + 1);
    // 1st finding of a rule costs full, then half, a quarter …
    lost[PART_OF[f.category]] += PENALTY[f.severity] / 2 ** n;
  }
  return lost;
}

export function scoreFindings(findings: readonly Finding[]): Score {
  const lost = penaltyOf(findings);
  const part = (k: keyof Score['parts']) => Math.max(0, Math.round(100 - lost[k]));
  const parts = { clarity: part('clarity'), engagement: part('engagement'), trust: part('trust'), correctness: part('correctness') };
  const total = Math.round(
    parts.clarity * WEIGHTS.clarity + parts.engagement * WEIGHTS.engagement + parts.trust * WEIGHTS.trust + parts.correctness * WEIGHTS.correctness,
  );
  return { total, parts };
}

/** Rules whose findings, once resolved, would raise the total most (best first). */
export function biggestGains(findings: readonly Finding[], limit = 3): { rule: string; gain: number }[] {
  const base = scoreFindings(findings).total;
  const rules = [...new Set(findings.map((f) => f.rule))];
  return rules
    .map((rule) => ({ rule, gain: scoreFindings(findings.filter((f) => f.rule !== rule)).total - base }))
    .filter((g) => g.gain > 0)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, limit);
}
