/** The check the three fact.missing-* rules share: a post that announces, warns or
 * reports must say who, where and when. Each rule file configures it. */
import { finding, type DraftRule, type Localized } from './rule';
import type { PostKind } from './post-kind';
import type { Facts, Severity } from './types';

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
