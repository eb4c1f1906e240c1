/** Facebook: Lexical composers. A post is written in the "create post" dialog; a comment under a post. */
import type { SiteAdapter } from './types';

/** The hosts under '.facebook.com' (below) that the manifest names
 * (src/sites/matches.ts): the content script runs there without asking. Not in the adapter, so the content
 * script, which carries every adapter, does not carry them too (8 KB budget). */
export const MANIFEST_HOSTS_UNDER_SUFFIX = ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'];

const facebook: SiteAdapter = {
  id: 'facebook',
  platform: 'facebook',
  hosts: ['.facebook.com'],
  // Lexical: [data-lexical-editor="true"][role="textbox"]; any editable textbox will do.
  composers: '[role="textbox"]',
  kindOf(c) {
    if (location.pathname.startsWith('/messages')) return 'message';
    const dialog = c.closest('[role="dialog"]');
    return c.closest('[role="article"],form') || dialog?.querySelector('[role="article"]') ? 'comment' : 'post';
  },
};

export default facebook;
