/** The platform's length of a draft, and where it crosses the limit. */
import { countLength, estimateLength, fittingPrefix as fitting } from './count';
import { PLATFORM_PROFILES } from './profiles';
import type { LengthInfo, Platform } from './types';

/** Past this many characters a platform's own way of counting (emoji, graphemes, URLs) stops
 * mattering — every limit that counts that way is ≤ 500 — and it is the slow part on huge texts.
 * The same point as the analysis cut (MAX_ANALYSED_CHARS): nothing past it is read exactly; the
 * rest is estimated in one cheap pass (`estimateLength`) and the count flagged `approximate`. */
export const EXACT_COUNT_CHARS = 20_000;

export function measureLength(text: string, platform: Platform): LengthInfo {
  const profile = PLATFORM_PROFILES[platform];
  const info: LengthInfo = { count: 0, limit: profile.limit, unit: profile.unit };
  if (profile.counting !== 'code-points' && text.length > EXACT_COUNT_CHARS) {
    let cut = EXACT_COUNT_CHARS;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    info.count = countLength(text.slice(0, cut), profile.counting) + estimateLength(text.slice(cut), profile.counting);
    info.approximate = true;
  } else {
    info.count = countLength(text, profile.counting);
  }
  return info;
}

/** Largest prefix length (UTF-16 units, on a code-point boundary) whose count fits the limit. */
export function fittingPrefix(text: string, platform: Platform, limit = PLATFORM_PROFILES[platform].limit): number {
  return fitting(text, PLATFORM_PROFILES[platform].counting, limit);
}
