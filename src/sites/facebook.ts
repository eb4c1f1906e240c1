/** Facebook: Lexical composers. A post is written in the "create post" dialog; a comment under a post. */
import type { SiteAdapter } from './types';

const facebook: SiteAdapter = {
  id: 'facebook',
  platform: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', '.facebook.com'],
  // Lexical: [data-lexical-editor="true"][role="textbox"]; any editable textbox will do.
  composers: '[role="textbox"]',
  kindOf(c) {
    if (location.pathname.startsWith('/messages')) return 'message';
    const dialog = c.closest('[role="dialog"]');
    return c.closest('[role="article"],form') || dialog?.querySelector('[role="article"]') ? 'comment' : 'post';
  },
};

export default facebook;
