/** Mastodon: a React-controlled textarea in the compose form, on mastodon.social and on any instance the
 * user enabled (recognised by its DOM: the #mastodon root or the compose textarea). */
import type { SiteAdapter } from './types';

const COMPOSE = 'textarea.autosuggest-textarea__textarea';

const mastodon: SiteAdapter = {
  id: 'mastodon',
  platform: 'mastodon',
  hosts: ['mastodon.social'],
  detect: (doc) => !!doc.querySelector(`#mastodon,${COMPOSE}`),
  composers: COMPOSE,
  kindOf(c) {
    const form = c.closest('form');
    // Visibility "Specific people" (direct): the visibility button shows Mastodon's "at" icon. A private mention is
    // a direct message, left alone.
    if (form?.querySelector('.dropdown-button .icon-at,.privacy-dropdown__value .icon-at')) return 'message';
    return form?.querySelector('.reply-indicator,.edit-indicator') ? 'reply' : 'post';
  },
  media: '.compose-form__upload,.compose-form__upload-thumbnail',
  account: '.navigation-bar__profile-account',
};

export default mastodon;
