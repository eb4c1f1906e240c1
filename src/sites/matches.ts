/** Where the content script runs without asking, made of the site adapters' hosts (src/sites/<site>.ts) so that
 * a host is written once: each exact host, and for a suffix host ('.twitter.com') the hosts under it that the
 * adapter's file names. wxt.config.ts writes this list into the manifest (it runs in Node: the adapters are data
 * and functions, and touch no browser API when imported). Other sites (Mastodon instances, an office's own CMS)
 * are enabled per site by the user. */
import { MANIFEST_HOSTS_UNDER_SUFFIX as facebook } from './facebook';
import { SITES } from './registry';
import { MANIFEST_HOSTS_UNDER_SUFFIX as threads } from './threads';
import { MANIFEST_HOSTS_UNDER_SUFFIX as x } from './x';

/** By adapter id: the adapters with a suffix host (a unit test checks that each one has its entry here). */
const UNDER_SUFFIX: Record<string, readonly string[]> = { x, facebook, threads };

export const SUPPORTED_SITE_MATCHES: string[] = SITES.flatMap((site) => [
  ...site.hosts.filter((host) => !host.startsWith('.')),
  ...(UNDER_SUFFIX[site.id] ?? []),
]).map((host) => `https://${host}/*`);

/** Added only to the e2e build (`npm run build:e2e`) so tests can use fixture pages. */
export const E2E_EXTRA_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
