/** Where the content script runs without asking: the exact hosts of the site adapters (src/sites/<site>.ts),
 * so a host is written once. wxt.config.ts writes this list into the manifest (it runs in Node: the adapters
 * are data and functions, and touch no browser API when imported). Other sites (Mastodon instances, an
 * office's own CMS) are enabled per site by the user. */
import { SITES } from './registry';

export const SUPPORTED_SITE_MATCHES: string[] = SITES.flatMap((site) => site.hosts.filter((host) => !host.startsWith('.')).map((host) => `https://${host}/*`));

/** Added only to the e2e build (`npm run build:e2e`) so tests can use fixture pages. */
export const E2E_EXTRA_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
