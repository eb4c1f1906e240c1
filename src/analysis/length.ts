/** The platform's length of a draft, and where it crosses the limit. */
import { countLength } from './count';
import { PLATFORM_PROFILES } from './profiles';
import type { LengthInfo, Platform } from './types';

export function measureLength(text: string, platform: Platform): LengthInfo {
  const profile = PLATFORM_PROFILES[platform];
  return { count: countLength(text, profile.counting), limit: profile.limit, unit: profile.unit };
}

/** Largest prefix length (in UTF-16 units, on a code-point boundary) whose count fits the limit. */
export function fittingPrefix(text: string, platform: Platform, limit = PLATFORM_PROFILES[platform].limit): number {
  const rule = PLATFORM_PROFILES[platform].counting;
  if (countLength(text, rule) <= limit) return text.length;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countLength(text.slice(0, mid), rule) <= limit) lo = mid;
    else hi = mid - 1;
  }
  // Never cut a surrogate pair in half.
  const c = text.charCodeAt(lo - 1);
  if (lo > 0 && c >= 0xd800 && c <= 0xdbff) lo--;
  return lo;
}
