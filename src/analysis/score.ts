/** Score 0–100 from the findings: each part starts at 100 and loses points per
 * finding by severity, with repeated findings of one rule counting less. The
 * total is the weighted mean of the parts, but never more than 25 above the
 * weakest part: a post that looks like a hoax is not saved by good spelling. */
import type { Category, Finding, Score, Severity } from './types';

const PENALTY: Record<Severity, number> = { error: 35, warning: 18, suggestion: 8, info: 2 };
const REPEAT_FACTOR = 0.6;
const MAX_ABOVE_WEAKEST = 25;
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
    // 1st finding of a rule costs full, then 60 %, 36 % …
    lost[PART_OF[f.category]] += PENALTY[f.severity] * REPEAT_FACTOR ** n;
  }
  return lost;
}

export function scoreFindings(findings: readonly Finding[]): Score {
  const lost = penaltyOf(findings);
  const part = (k: keyof Score['parts']) => Math.max(0, Math.round(100 - lost[k]));
  const parts = { clarity: part('clarity'), engagement: part('engagement'), trust: part('trust'), correctness: part('correctness') };
  const mean =
    parts.clarity * WEIGHTS.clarity +
    parts.engagement * WEIGHTS.engagement +
    parts.trust * WEIGHTS.trust +
    parts.correctness * WEIGHTS.correctness;
  const total = Math.round(Math.min(mean, Math.min(parts.clarity, parts.engagement, parts.trust, parts.correctness) + MAX_ABOVE_WEAKEST));
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
