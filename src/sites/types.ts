import type { Platform } from '../analysis/types';

/** What kind of composer it is (the site adapter says), the one list: the messages' schema checks against it.
 * 'thread' is a later item of a thread being drafted; 'message' (DMs) is never checked until a setting allows it. */
export const COMPOSER_KINDS = ['post', 'reply', 'comment', 'thread', 'message', 'other'] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];

/** One site: which composers count, what platform profile applies, what to leave alone. */
export interface SiteAdapter {
  id: string;
  platform: Platform;
  /** Hostnames this adapter serves: exact ("x.com"), or a suffix (".twitter.com": that host and every host under
   * it). The manifest's matches are made of them (matches.ts): each exact name, and for a suffix the hosts under
   * it that the adapter's file names in MANIFEST_HOSTS_UNDER_SUFFIX; elsewhere under a suffix, where the user
   * enabled Tutur, the suffix only recognises the site. */
  hosts: readonly string[];
  /** Recognise the site by its page rather than its host (Mastodon on any instance the user enabled). */
  detect?(doc: Document): boolean;
  /** The composers that count here: the editable itself or an element around it. */
  composers: string;
  /** Fields the user would not want checked here (search, DMs …), on top of the global list in composers.ts. */
  ignore?: string;
  /** Which kind of composer; 'message' means "leave it alone" (DMs). Default 'post'. */
  kindOf?(composer: HTMLElement): ComposerKind;
  /** Attachment previews of this site, looked for next to the composer (blob: image and video previews
   * count everywhere): whether images or video are attached to the draft. */
  media?: string;
  /** The element that shows the account in use: its "@handle" text, or its /@handle or /profile/handle link. */
  account?: string;
}
