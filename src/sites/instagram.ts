/** Instagram: the caption (a contenteditable, or a textarea in older builds) in the "create" dialog, and
 * comment boxes (a textarea in a form). Never keyed on aria-label text: it is localised. DMs are left alone. */
import type { SiteAdapter } from './types';

const instagram: SiteAdapter = {
  id: 'instagram',
  platform: 'instagram',
  hosts: ['www.instagram.com'],
  composers: ':is([role="dialog"],form) :is([contenteditable="true"],textarea)',
  kindOf: (c) => (location.pathname.startsWith('/direct') ? 'message' : c.closest('form') ? 'comment' : 'post'),
  media: '[role="dialog"] canvas',
};

export default instagram;
