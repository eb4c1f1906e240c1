/** YouTube comments and replies: a plain Polymer contenteditable (#contenteditable-root in ytd-commentbox),
 * mounted only after the placeholder is clicked. YouTube has no platform profile: 'generic'. */
import type { SiteAdapter } from './types';

const youtube: SiteAdapter = {
  id: 'youtube',
  platform: 'generic',
  hosts: ['www.youtube.com'],
  // ytd-commentbox #contenteditable-root
  composers: '#contenteditable-root',
  kindOf: (c) => (c.closest('ytd-comment-thread-renderer,#reply-dialog') ? 'reply' : 'comment'),
};

export default youtube;
