/** Content script: small on purpose (≤ 8 KB gzipped, no NLP, no storage library).
 * It finds the composer, reports its text and applies edits; the panel does the rest. */
import { startTracker } from '../src/content/tracker';
import { isToContent } from '../src/messaging/content-guard';
import type { PageState } from '../src/messaging/messages';
import { SUPPORTED_SITE_MATCHES } from '../src/sites/matches';
import { siteFor } from '../src/sites/registry';

export default defineContentScript({
  matches: SUPPORTED_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const send = (state: PageState) => {
      browser.runtime.sendMessage({ type: 'tutur/state', state }).catch(() => {
        // The background may be restarting; the panel asks for the state again when it connects.
      });
    };
    const tracker = startTracker(document, siteFor(location.hostname), send);
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      if (!isToContent(raw)) return void console.warn('[tutur] dropped a malformed message');
      tracker.handle(raw).then(sendResponse, (error: unknown) => {
        console.warn('[tutur] could not handle a message', error);
        sendResponse({ ok: false, reason: 'verify-failed' });
      });
      return true;
    });
    ctx.onInvalidated(() => tracker.stop());
  },
});
