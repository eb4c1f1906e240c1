/** Bluesky (bsky.app): TipTap/ProseMirror composers in the composePostView dialog; later boxes are thread items. */
import { indexIn } from './composers';
import type { SiteAdapter } from './types';

const bluesky: SiteAdapter = {
  id: 'bluesky',
  platform: 'bluesky',
  hosts: ['bsky.app'],
  composers: '.ProseMirror',
  kindOf(c) {
    const view = c.closest('[data-testid="composePostView"]');
    if (indexIn(c, view, bluesky) > 0) return 'thread';
    // The post being answered is shown above the first box, with a link to its author's profile.
    const author = view?.querySelector('a[href^="/profile/"]');
    return author && author.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING ? 'reply' : 'post';
  },
  media: 'img[src^="data:image/"]',
  account: ':is(nav,[role="navigation"]) a[href^="/profile/"]',
};

export default bluesky;
