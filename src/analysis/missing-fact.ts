/** The three fact.missing-* rules share one shape: a post that announces,
 * warns or reports must say who, where and when. Each rule file configures it. */
import { finding, type DocumentRule, type Localized } from '../rule';
import { postKinds, type PostKind } from '../post-kind';
import type { Facts, Severity } from '../types';

export interface MissingFactConfig {
  id: string;
  fact: keyof Facts;
  /** Which kinds of post need this fact, and how loudly. */
  kinds: Partial<Record<PostKind, Severity>>;
  message: Localized;
  why: Localized;
}

const ORDER: Severity[] = ['info', 'suggestion', 'warning', 'error'];

export function missingFactRule(config: MissingFactConfig): DocumentRule {
  const rule: DocumentRule = {
    id: config.id,
    category: 'trust',
    scope: 'document',
    check(doc, ctx, facts) {
      if (facts[config.fact].length > 0) return [];
      const severities = [...postKinds(doc)].map((k) => config.kinds[k]).filter((s): s is Severity => s !== undefined);
      if (severities.length === 0) return [];
      const severity = severities.reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a));
      return [finding(rule, ctx, doc.text, { severity, message: config.message, why: config.why })];
    },
  };
  return rule;
}
