/** Content script: small on purpose (≤ 8 KB gzipped, no NLP, no storage library).
 * It finds the composer, reports its text, applies edits and shows the badge; the panel does the rest.
 * It runs on the fixed sites of the manifest, and on sites the user enabled (registered by the
 * background, src/sites/enable.ts); a second injection into the same page replaces the first. */
import { startTracker } from '../src/content/tracker';
import { isToContent } from '../src/messaging/content-guard';
import type { PageState } from '../src/messaging/messages';
import { siteFor } from '../src/sites/registry';

export default defineContentScript({
  // The manifest gets the whole of SUPPORTED_SITE_MATCHES (src/sites/matches.ts) from wxt.config.ts:
  // listing it here would put a second copy of it into this bundle (8 KB budget).
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const message = (m: object) =>
      browser.runtime.sendMessage(m).catch(() => {
        // The background may be restarting; the panel asks for the state again when it connects.
      });
    const tracker = startTracker(
      document,
      siteFor(location.hostname, document),
      (state: PageState) => message({ type: 'tutur/state', state }),
      {
        badge: {
          // The background opens the side panel inside this click's user gesture (Chrome).
          open: () => message({ type: 'tutur/open-panel' }),
          label: (count) => browser.i18n.getMessage(count === null ? 'siteBadgeIdle' : 'siteBadgeCount', String(count)),
        },
      },
    );
    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return;
      if (!isToContent(raw)) return void console.warn('[tutur] malformed message dropped');
      tracker.handle(raw).then(sendResponse, (error: unknown) => {
        console.warn('[tutur]', error);
        sendResponse({ ok: false, reason: 'verify-failed' });
      });
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Single-page apps change route without a page load: look again at once.
    ctx.addEventListener(window, 'wxt:locationchange', tracker.rescan);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      tracker.stop();
    });
  },
});
