/** The checks the fact.missing-*, warning.missing-* and clarification.* rules share: a post that announces, warns or
 * reports must say who, where and when; a warning, the items of a complete warning; a hoax clarification, the
 * items of a clarification that works. Each rule file configures one. */
import { clarificationChecklist, isClarification, isWarning, warningChecklist } from './facts';
import { finding, type Draft, type DraftContext, type DraftRule, type FindingInput, type Localized } from './rule';
import type { PostKind } from './post-kind';
import type { ClarificationChecklist, Facts, Severity, WarningChecklist } from './types';

export interface MissingFactConfig {
  fact: keyof Facts;
  /** Which kinds of post need this fact, and how loudly. */
  kinds: Partial<Record<PostKind, Severity>>;
  message: Localized;
  why: Localized;
}

const ORDER: Severity[] = ['info', 'suggestion', 'warning', 'error'];

export function missingFact(config: MissingFactConfig): DraftRule['check'] {
  return (draft, ctx, self) => {
    if (draft.facts[config.fact].length > 0) return [];
    const severities = [...draft.kinds].map((k) => config.kinds[k]).filter((s): s is Severity => s !== undefined);
    if (severities.length === 0) return [];
    const severity = severities.reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a));
    return [finding(self, ctx, draft.text, { severity, message: config.message, why: config.why })];
  };
}

export type WarningItem = 'area' | 'until' | 'level' | 'action' | 'update';

export interface MissingWarningConfig {
  item: WarningItem;
  /** With a one-line example of what to add; a function for a message that depends on the hazard. */
  message: Localized | ((warning: WarningChecklist) => Localized);
  why: Localized;
}

/** The check the five warning.missing-* rules share: a warning that does not say one item of a
 * complete warning (the level only where the hazard has an official scale). Each rule file configures it. */
export function missingWarningItem(config: MissingWarningConfig): DraftRule['check'] {
  return (draft, ctx, self) => {
    if (!isWarning(draft, draft.kinds)) return [];
    const warning = warningChecklist(draft, draft.facts.where);
    const found = warning[config.item];
    if (found === null || found.length > 0) return [];
    const message = typeof config.message === 'function' ? config.message(warning) : config.message;
    return [finding(self, ctx, draft.text, { severity: 'suggestion', message, why: config.why })];
  };
}

/** The check the clarification.* rules share: on a post the engine reads as a hoax clarification only
 * (isClarification), what `find` makes of its checklist (the card shows the same checklist). */
export function clarificationCheck(
  find: (clarification: ClarificationChecklist, draft: Draft, ctx: DraftContext) => FindingInput[],
): DraftRule['check'] {
  return (draft, ctx, self) => {
    if (!isClarification(draft, draft.kinds)) return [];
    return find(clarificationChecklist(draft, draft.facts), draft, ctx).map((input) => finding(self, ctx, draft.text, input));
  };
}
