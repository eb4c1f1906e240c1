/** The score, 0–100, and its four parts: the one place that says what each part measures and what
 * costs it points.
 *
 * - trust: can a reader believe and check the post? The facts card's who, when, where and source
 *   (every post needs who, when and where, and is worth more with a source; a report, a warning or a
 *   hoax clarification most), a warning's items (area, until when, level, what to do, next update),
 *   the organisation's official contact; and the trust rules (chain-message wording, shouting,
 *   relative dates, figures with no source, the wrong authority).
 * - clarity: can a reader understand it at first read? Long sentences, dense text, jargon,
 *   unexplained acronyms, passive voice, the wrong register.
 * - engagement (shown as reach): will it reach readers and move them to act? What to do and whom to
 *   contact (the facts card's rows for announcements, events, warnings and services), length over
 *   the limit, the hook, hashtags, links, mentions, emoji, alt text.
 * - correctness: is it written correctly? Typos, non-standard words, EYD V mechanics (capitals, di/ke,
 *   reduplication, punctuation, time ranges), unfilled template slots, banned terms.
 *
 * Each part starts at 100 and loses the points of its costs: each rule's findings (by severity, more
 * findings cost more, less for each) and each gap of its own checklist (whether or not a rule said so;
 * the rule that says the same gap is counted once, in the gap). A part with any cost is at most 99, so
 * 100 means nothing is missing. The total is the weighted mean of the parts, but never more than 25
 * above the weakest part: a post that looks like a hoax is not saved by good spelling.
 *
 * Cheap on purpose: analyze scores every keystroke; this is one pass over the findings. */
import type { Category, Checklist, Facts, Finding, Score, ScoreCost, ScorePart, Severity } from './types';

/** Points one finding costs, by severity. */
const PENALTY: Record<Severity, number> = { error: 30, warning: 12, suggestion: 6, info: 2 };
/** Each further finding of one rule costs this share of the first … */
const REPEAT_SHARE = 0.5;
/** … up to this many times the first: nineteen chat abbreviations cost clearly more than one, not nineteen times more. */
const MAX_REPEAT_TIMES = 4;
const MAX_ABOVE_WEAKEST = 25;
const PART_OF: Record<Category, ScorePart> = {
  clarity: 'clarity',
  reach: 'engagement',
  trust: 'trust',
  correctness: 'correctness',
};
export const SCORE_PARTS: readonly ScorePart[] = ['trust', 'clarity', 'engagement', 'correctness'];
// Trust weighs most: readers believe a post only when it says who, where, when and from which source.
const WEIGHTS: Score['parts'] = { clarity: 0.25, engagement: 0.2, trust: 0.35, correctness: 0.2 };

/** Points a missing who, when or where costs, whatever the post's kind: a vague post often has no marker
 * word of a kind ("Air pasang tinggi beberapa hari ke depan"), and asking less of it would reward vagueness. */
const FACT_GAP = 16;
/** A missing source: a report, a warning or a hoax clarification needs one most; every post is worth more with one. */
const SOURCE_GAP = { strong: 10, other: 8 };
const SOURCE_STRONG_KINDS = new Set(['news', 'warning', 'clarification']);
/** Kinds whose facts card lists what to do and a contact (FactsCard.tsx). */
const ACTION_KINDS = new Set(['warning', 'announcement', 'event', 'service']);
const ACTION_GAP = 8;
const CONTACT_GAP = 6;
const WARNING_GAP = 6;
const OFFICIAL_GAP = 6;
const UPDATE_GAP = 6;
const CLARIFICATION_GAP = 4;
const CLARIFICATION_SOURCE_GAP = 10;

/** Rules that say a checklist gap: their findings are counted in the gap (the first of these the
 * checklist misses), not again. */
const GAP_RULE: Record<string, readonly string[]> = {
  'fact.missing-who': ['who'],
  'fact.missing-where': ['where'],
  'fact.missing-when': ['when'],
  'warning.missing-area': ['warning-area'],
  'warning.missing-until': ['warning-until'],
  'warning.missing-level': ['warning-level'],
  'warning.missing-action': ['warning-action'],
  'warning.missing-update': ['warning-update'],
  'structure.cta-missing': ['action'],
  'trust.missing-source': ['source'],
  'clarification.label': ['clarification-label'],
  'clarification.source': ['clarification-source'],
  'clarification.fact-first': ['clarification-fact-first', 'clarification-claim', 'clarification-fact-last'],
};

/** What the score reads besides the findings: the report's facts and checklist. */
export interface ScoreChecklist {
  facts: Facts;
  checklist: Checklist;
}

interface Gap {
  part: ScorePart;
  item: string;
  points: number;
}

/** The gaps of each part's checklist: what the facts card shows with ○. */
export function checklistGaps({ facts, checklist }: ScoreChecklist): Gap[] {
  // No sentence, nothing to ask for.
  if (checklist.what === null) return [];
  const gaps: Gap[] = [];
  const kinds = checklist.kinds;
  for (const fact of ['who', 'when', 'where'] as const)
    if (facts[fact].length === 0) gaps.push({ part: 'trust', item: fact, points: FACT_GAP });
  if (facts.source.length === 0)
    gaps.push({
      part: 'trust',
      item: 'source',
      points: kinds.some((k) => SOURCE_STRONG_KINDS.has(k)) ? SOURCE_GAP.strong : SOURCE_GAP.other,
    });
  const warning = checklist.warning;
  if (warning)
    for (const item of ['area', 'until', 'level', 'action', 'update'] as const) {
      const found = warning[item];
      if (found !== null && found.length === 0) gaps.push({ part: 'trust', item: `warning-${item}`, points: WARNING_GAP });
    }
  if (checklist.official && checklist.official.present.length === 0) gaps.push({ part: 'trust', item: 'official', points: OFFICIAL_GAP });
  const clarification = checklist.clarification;
  if (clarification) {
    // A clarification that works: its label, the fact first and last, the false claim once and marked
    // false, the official source, and none of the hoax's share pressure.
    const claim = clarification.claim.length === 1 && clarification.claim[0]!.marked !== null;
    const items: [string, boolean][] = [
      ['label', clarification.label.length > 0],
      ['fact-first', clarification.fact.first !== null],
      ['claim', claim],
      ['fact-last', clarification.fact.last !== null],
      ['source', clarification.source.length > 0],
      ['pressure', clarification.pressure.length === 0],
    ];
    for (const [item, present] of items)
      if (!present)
        gaps.push({
          part: 'trust',
          item: `clarification-${item}`,
          points: item === 'source' ? CLARIFICATION_SOURCE_GAP : CLARIFICATION_GAP,
        });
  }
  if (kinds.some((k) => ACTION_KINDS.has(k))) {
    if (checklist.action.length === 0) gaps.push({ part: 'engagement', item: 'action', points: ACTION_GAP });
    if (checklist.contact.length === 0) gaps.push({ part: 'engagement', item: 'contact', points: CONTACT_GAP });
    // A warning with no warning checklist (no hazard named) still needs its next update.
    if (kinds.includes('warning') && !warning && checklist.update.length === 0)
      gaps.push({ part: 'trust', item: 'update', points: UPDATE_GAP });
  }
  return gaps;
}

/** The costs of each part, most first: the findings of each rule and, given the checklist, its gaps. */
export function scoreCosts(findings: readonly Finding[], checklist?: ScoreChecklist): Record<ScorePart, ScoreCost[]> {
  const gaps = checklist ? checklistGaps(checklist) : [];
  const gapItems = new Set(gaps.map((g) => g.item));
  const byRule = new Map<string, { part: ScorePart; first: number; count: number; points: number }>();
  for (const f of findings) {
    const folded = GAP_RULE[f.rule]?.find((item) => gapItems.has(item));
    if (folded !== undefined) {
      // The gap costs what the rule says it costs, if the rule says more (a figure with no source).
      const gap = gaps.find((g) => g.item === folded)!;
      gap.points = Math.max(gap.points, PENALTY[f.severity]);
      continue;
    }
    const cost = PENALTY[f.severity];
    const seen = byRule.get(f.rule);
    if (!seen) byRule.set(f.rule, { part: PART_OF[f.category], first: cost, count: 1, points: cost });
    else {
      seen.count++;
      // The rule's loudest finding counts in full, each other one half as much, up to the cap.
      seen.first = Math.max(seen.first, cost);
      seen.points += cost * REPEAT_SHARE;
    }
  }
  const costs: Record<ScorePart, ScoreCost[]> = { trust: [], clarity: [], engagement: [], correctness: [] };
  for (const [rule, r] of byRule) {
    const points = Math.max(1, Math.round(Math.min(r.points, r.first * MAX_REPEAT_TIMES)));
    costs[r.part].push({ kind: 'rule', item: rule, points, count: r.count });
  }
  for (const g of gaps) costs[g.part].push({ kind: 'gap', item: g.item, points: g.points, count: 1 });
  for (const part of SCORE_PARTS) costs[part].sort((a, b) => b.points - a.points);
  return costs;
}

/** The score of a draft: from its findings and, given them, its facts and checklist (analyze passes
 * them; without them only the findings count). */
export function scoreFindings(findings: readonly Finding[], checklist?: ScoreChecklist): Score {
  const costs = scoreCosts(findings, checklist);
  const part = (k: ScorePart) => {
    if (costs[k].length === 0) return 100;
    const lost = costs[k].reduce((sum, c) => sum + c.points, 0);
    return Math.max(0, Math.min(99, 100 - lost));
  };
  const parts = { clarity: part('clarity'), engagement: part('engagement'), trust: part('trust'), correctness: part('correctness') };
  const mean =
    parts.clarity * WEIGHTS.clarity +
    parts.engagement * WEIGHTS.engagement +
    parts.trust * WEIGHTS.trust +
    parts.correctness * WEIGHTS.correctness;
  const weakest = Math.min(parts.clarity, parts.engagement, parts.trust, parts.correctness);
  let total = Math.round(Math.min(mean, weakest + MAX_ABOVE_WEAKEST));
  // 100 only when nothing cost a point.
  if (total === 100 && weakest < 100) total = 99;
  return { total, parts, costs };
}

/** Points each part lost, from the findings alone (as before the checklist counted). */
export function penaltyOf(findings: readonly Finding[]): Record<ScorePart, number> {
  const costs = scoreCosts(findings);
  const lost = { clarity: 0, engagement: 0, trust: 0, correctness: 0 };
  for (const part of SCORE_PARTS) lost[part] = costs[part].reduce((sum, c) => sum + c.points, 0);
  return lost;
}

/** Rules whose findings, once resolved, would raise the total most (best first). With the checklist,
 * the total counts its gaps too (a rule that says a gap raises nothing on its own: the gap stays until
 * the fact is added). */
export function biggestGains(findings: readonly Finding[], limit = 3, checklist?: ScoreChecklist): { rule: string; gain: number }[] {
  const base = scoreFindings(findings, checklist).total;
  const rules = [...new Set(findings.map((f) => f.rule))];
  return rules
    .map((rule) => ({
      rule,
      gain:
        scoreFindings(
          findings.filter((f) => f.rule !== rule),
          checklist,
        ).total - base,
    }))
    .filter((g) => g.gain > 0)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, limit);
}
