/** Threads (threads.net, threads.com): a contenteditable textbox of <p> blocks, in a dialog when composing
 * or replying; later boxes of the same dialog are the next items of a thread. */
import { indexIn } from './composers';
import type { SiteAdapter } from './types';

/** The hosts under '.threads.net' and '.threads.com' (below) that the manifest names
 * (src/sites/matches.ts): the content script runs there without asking. Not in the adapter, so the content
 * script, which carries every adapter, does not carry them too (8 KB budget). */
export const MANIFEST_HOSTS_UNDER_SUFFIX = ['www.threads.net', 'www.threads.com', 'threads.net', 'threads.com'];

const threads: SiteAdapter = {
  id: 'threads',
  platform: 'threads',
  hosts: ['.threads.net', '.threads.com'],
  // div[role="textbox"][contenteditable="true"] (editable is checked for every composer)
  composers: '[role="textbox"]',
  kindOf(c) {
    // The inbox (threads.com/messages, and /direct as on Instagram): direct messages are left alone.
    if (/^\/(messages|direct)(\/|$)/.test(location.pathname)) return 'message';
    const dialog = c.closest('[role="dialog"]');
    if (indexIn(c, dialog, threads) > 0) return 'thread';
    // A reply dialog shows the post being answered (a pressable post container) above the box.
    return (dialog ? dialog.querySelector('[data-pressable-container]') : location.pathname.includes('/post/')) ? 'reply' : 'post';
  },
};

export default threads;
