/** "Too many X for this platform and audience": one shape shared by the
 * hashtag, mention, emoji and link count rules. */
import { finding, fill, type DocumentRule, type Localized, type RuleContext } from './rule';
import type { Doc } from './doc';
import { PLATFORM_NAMES } from './profiles';
import type { Category, Finding, Severity } from './types';

export interface Item {
  start: number;
  end: number;
}

export interface NormConfig {
  id: string;
  category: Category;
  items(doc: Doc): Item[];
  max(ctx: RuleContext): number;
  severity: Severity;
  /** {count} {max} {platform} placeholders. */
  message: Localized;
  /** The message where the platform takes none at all ("≤ 0" reads oddly). */
  messageWhenNone?: Localized;
  why: Localized;
  /** Extra findings beyond the count (e.g. an emoji-only line). */
  extra?(doc: Doc, ctx: RuleContext): Finding[];
}

export { findEmoji as emojiIn } from './count';

export function normRule(config: NormConfig): DocumentRule {
  const rule: DocumentRule = {
    id: config.id,
    category: config.category,
    scope: 'document',
    check(doc, ctx) {
      const items = config.items(doc);
      const max = config.max(ctx);
      const out = config.extra?.(doc, ctx) ?? [];
      if (items.length <= max) return out;
      const extra = items.slice(max);
      const values = { count: items.length, max, platform: PLATFORM_NAMES[ctx.platform] };
      out.push(
        finding(rule, ctx, doc.text, {
          severity: config.severity,
          span: { start: extra[0]!.start, end: extra[extra.length - 1]!.end },
          message: fill(max === 0 && config.messageWhenNone ? config.messageWhenNone : config.message, values),
          why: fill(config.why, values),
        }),
      );
      return out;
    },
  };
  return rule;
}
