/** The one list of site adapters. Adding a site = adding its file and one line here. */
import generic from './generic';
import type { SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [];

export function siteFor(hostname: string): SiteAdapter {
  const host = hostname.toLowerCase();
  return (
    SITES.find((s) => s.hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) || host === h.slice(1) : host === h))) ??
    generic
  );
}
