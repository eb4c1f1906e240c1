/** The one list of site adapters. Adding a site = adding its file and one line here. */
import bluesky from './bluesky';
import facebook from './facebook';
import generic from './generic';
import instagram from './instagram';
import linkedin from './linkedin';
import mastodon from './mastodon';
import threads from './threads';
import type { SiteAdapter } from './types';
import x from './x';
import youtube from './youtube';

export const SITES: readonly SiteAdapter[] = [x, facebook, instagram, linkedin, threads, mastodon, bluesky, youtube];

/** The adapter for a page: by hostname first, then by the page's own DOM (Mastodon on any instance), else generic. */
export function siteFor(hostname: string, doc?: Document): SiteAdapter {
  const host = hostname.toLowerCase();
  return (
    SITES.find((s) => s.hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) || host === h.slice(1) : host === h))) ??
    (doc && SITES.find((s) => s.detect?.(doc))) ??
    generic
  );
}
