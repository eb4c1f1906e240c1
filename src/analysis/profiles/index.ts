import platformData from './platforms.json' with { type: 'json' };
import audienceData from './audiences.json' with { type: 'json' };
import type { Audience, LengthInfo, Platform } from '../types';
import type { CountingRule } from '../count';

export interface PlatformProfile {
  limit: number;
  counting: CountingRule;
  unit: LengthInfo['unit'];
  thread: boolean;
  hashtags: number;
  mentions: number;
  links: number;
  emoji: number;
}

export interface AudienceProfile {
  maxSentenceWords: number;
  denseShare: number;
  emojiFactor: number;
  hashtagFactor: number;
  register: 'neutral' | 'casual' | 'formal';
  wallOfTextWords: number;
  hookMaxWords: number;
}

export const PLATFORM_PROFILES = platformData.platforms as Record<Platform, PlatformProfile>;
export const AUDIENCE_PROFILES = audienceData.audiences as Record<Audience, AudienceProfile>;

export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  web: 'Web',
  generic: 'Web',
};
