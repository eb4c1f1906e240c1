/** X / Twitter: Draft.js composers marked data-testid="tweetTextarea_N" (N > 0: later items of a thread). */
import type { SiteAdapter } from './types';

/** The hosts under '.twitter.com' (below) that the manifest names, besides the exact 'x.com'
 * (src/sites/matches.ts): the content script runs there without asking. Not in the adapter, so the content
 * script, which carries every adapter, does not carry them too (8 KB budget). */
export const MANIFEST_HOSTS_UNDER_SUFFIX = ['twitter.com'];

const x: SiteAdapter = {
  id: 'x',
  platform: 'x',
  hosts: ['x.com', '.twitter.com'],
  // Not the label around it (tweetTextarea_0_label): one match per composer, so composers can be counted.
  composers: '[data-testid^="tweetTextarea_"]:not([data-testid$="label"])',
  // DMs: dmComposerTextInput, DmActivityContainer, DMDrawer.
  ignore: '[data-testid^="dm" i]',
  kindOf(c) {
    if (location.pathname.startsWith('/messages')) return 'message';
    const dialog = c.closest('[role="dialog"]');
    // Replying: the dialog quotes the post being answered, or the inline box under a post's page.
    if (dialog ? dialog.querySelector('article') : location.pathname.includes('/status/')) return 'reply';
    return c.closest(x.composers)!.getAttribute('data-testid')!.split('_')[1] === '0' ? 'post' : 'thread';
  },
  media: '[data-testid="attachments"]',
  account: '[data-testid="SideNav_AccountSwitcher_Button"]',
};

export default x;
