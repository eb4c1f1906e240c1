/** Where the content script runs without asking. Other sites (Mastodon
 * instances, an office's own CMS) are enabled per site by the user. */
export const SUPPORTED_SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.linkedin.com/*',
  'https://www.threads.net/*',
  'https://www.threads.com/*',
  'https://threads.net/*',
  'https://threads.com/*',
  'https://bsky.app/*',
  'https://mastodon.social/*',
  'https://www.youtube.com/*',
];

/** Added only to the e2e build (`npm run build:e2e`) so tests can use fixture pages. */
export const E2E_EXTRA_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
