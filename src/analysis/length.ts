/** The platform's length of a draft, and where it crosses the limit. */
import { countLength, fittingPrefix as fitting } from './count';
import { PLATFORM_PROFILES } from './profiles';
import type { LengthInfo, Platform } from './types';

export function measureLength(text: string, platform: Platform): LengthInfo {
  const profile = PLATFORM_PROFILES[platform];
  return { count: countLength(text, profile.counting), limit: profile.limit, unit: profile.unit };
}

/** Largest prefix length (UTF-16 units, on a code-point boundary) whose count fits the limit. */
export function fittingPrefix(text: string, platform: Platform, limit = PLATFORM_PROFILES[platform].limit): number {
  return fitting(text, PLATFORM_PROFILES[platform].counting, limit);
}
