/** LinkedIn: the customised Quill editor of the share box and of comments. Messaging
 * (.msg-form__contenteditable, not Quill) is left alone until DMs can be enabled. */
import type { SiteAdapter } from './types';

const linkedin: SiteAdapter = {
  id: 'linkedin',
  platform: 'linkedin',
  hosts: ['www.linkedin.com'],
  composers: '.ql-editor,.editor-content [contenteditable="true"]',
  // Messaging: .msg-form, .msg-form__contenteditable, .msg-overlay-…
  ignore: '[class*="msg-"]',
  kindOf: (c) => (c.closest('[class*="comments-comment"],[class*="comment-box"]') ? 'comment' : 'post'),
  media: '[class*="share-media"],[class*="share-images"]',
};

export default linkedin;
