/** "Too many X for this platform and audience": the check shared by the
 * hashtag, mention, emoji and link count rules. */
import { finding, fill, type Draft, type DraftContext, type DraftRule, type Localized, type RuleInfo } from './rule';
import { PLATFORM_NAMES } from './profiles';
import type { Finding, Severity } from './types';

export interface Item {
  start: number;
  end: number;
}

export interface NormConfig {
  items(draft: Draft): Item[];
  max(ctx: DraftContext): number;
  severity: Severity;
  /** {count} {max} {platform} placeholders. */
  message: Localized;
  /** The message where the platform takes none at all ("≤ 0" reads oddly). */
  messageWhenNone?: Localized;
  why: Localized;
  /** Extra findings beyond the count (e.g. an emoji-only line). */
  extra?(draft: Draft, ctx: DraftContext, self: RuleInfo): Finding[];
}

export { findEmoji as emojiIn } from './count';

/** How many hashtags the platform and audience suit: hashtag.count's limit, which a11y.hashtag-placement
 * reads too (it speaks only where this limit allows more than the accessibility guides do). */
export const hashtagNorm = (ctx: DraftContext): number => Math.round(ctx.platformProfile.hashtags * ctx.audienceProfile.hashtagFactor);

export function tooMany(config: NormConfig): DraftRule['check'] {
  return (doc, ctx, self) => {
    const items = config.items(doc);
    const max = config.max(ctx);
    const out = config.extra?.(doc, ctx, self) ?? [];
    if (items.length <= max) return out;
    const extra = items.slice(max);
    const values = { count: items.length, max, platform: PLATFORM_NAMES[ctx.platform] };
    out.push(
      finding(self, ctx, doc.text, {
        severity: config.severity,
        span: { start: extra[0]!.start, end: extra[extra.length - 1]!.end },
        message: fill(max === 0 && config.messageWhenNone ? config.messageWhenNone : config.message, values),
        why: fill(config.why, values),
      }),
    );
    return out;
  };
}
