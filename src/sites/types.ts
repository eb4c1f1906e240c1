import type { Platform } from '../analysis/types';

export type ComposerKind = 'post' | 'reply' | 'comment' | 'message' | 'other';

/** One site: which composers count, what platform profile applies, what to leave alone. */
export interface SiteAdapter {
  id: string;
  platform: Platform;
  /** Hostnames this adapter serves (exact, or a suffix when written ".example.com"). */
  hosts: readonly string[];
  /** Composer elements specific to the site, tried before the generic fingerprints. */
  composers?: string;
  /** Fields the user would not want checked here (search, DMs …). */
  ignore?: string;
  kindOf?(composer: HTMLElement): ComposerKind;
  /** Whether images or video are attached to the draft of this composer. */
  hasMedia?(composer: HTMLElement): boolean;
  /** The account handle in use, where the page shows it. */
  account?(): string | undefined;
}
