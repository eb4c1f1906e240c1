/** Threads (threads.net, threads.com): a contenteditable textbox of <p> blocks, in a dialog when composing
 * or replying; later boxes of the same dialog are the next items of a thread. */
import { indexIn } from './composers';
import type { SiteAdapter } from './types';

const threads: SiteAdapter = {
  id: 'threads',
  platform: 'threads',
  hosts: ['www.threads.net', 'www.threads.com', 'threads.net', 'threads.com', '.threads.net', '.threads.com'],
  // div[role="textbox"][contenteditable="true"] (editable is checked for every composer)
  composers: '[role="textbox"]',
  kindOf(c) {
    const dialog = c.closest('[role="dialog"]');
    if (indexIn(c, dialog, threads) > 0) return 'thread';
    // A reply dialog shows the post being answered (a pressable post container) above the box.
    return (dialog ? dialog.querySelector('[data-pressable-container]') : location.pathname.includes('/post/')) ? 'reply' : 'post';
  },
};

export default threads;
