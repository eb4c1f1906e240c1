/** Site adapters on small copies of each site's documented DOM: which adapter a page gets, which composers
 * count, their kind, attached media and the account shown. (The e2e suite runs them at the real addresses.) */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountOf, findComposers, hasMedia, isComposer } from '../../src/sites/composers';
import generic from '../../src/sites/generic';
import { SUPPORTED_SITE_MATCHES } from '../../src/sites/matches';
import { SITES, siteFor } from '../../src/sites/registry';
import type { SiteAdapter } from '../../src/sites/types';
import { layOutEveryElement } from './support/layout';

beforeEach(() => {
  layOutEveryElement();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  history.replaceState({}, '', '/');
});

const site = (id: string) => SITES.find((s) => s.id === id)!;
const found = (s: SiteAdapter) => findComposers(document, s);
const kindOf = (s: SiteAdapter, el: Element) => s.kindOf?.(el as HTMLElement) ?? 'post';

describe('siteFor', () => {
  it('picks the adapter by hostname, for every fixed site of the manifest', () => {
    const hosts = SUPPORTED_SITE_MATCHES.map((m) => new URL(m.replace('/*', '/')).hostname);
    const ids = hosts.map((h) => siteFor(h).id);
    expect(new Set(hosts).size).toBe(hosts.length);
    // A suffix host ('.twitter.com') stands for the hosts under it that its adapter names for the manifest.
    for (const s of SITES)
      for (const h of s.hosts.filter((h) => h.startsWith('.')))
        expect(
          hosts.filter((m) => `.${m}`.endsWith(h)),
          h,
        ).not.toEqual([]);
    expect(Object.fromEntries(hosts.map((h, i) => [h, ids[i]]))).toEqual({
      'x.com': 'x',
      'twitter.com': 'x',
      'www.facebook.com': 'facebook',
      'web.facebook.com': 'facebook',
      'm.facebook.com': 'facebook',
      'www.instagram.com': 'instagram',
      'www.linkedin.com': 'linkedin',
      'www.threads.net': 'threads',
      'www.threads.com': 'threads',
      'threads.net': 'threads',
      'threads.com': 'threads',
      'bsky.app': 'bluesky',
      'mastodon.social': 'mastodon',
      'www.youtube.com': 'youtube',
    });
  });

  it('recognises a Mastodon instance by its page, and anything else is generic', () => {
    expect(siteFor('sosial.kotacontoh.go.id', document).id).toBe('generic');
    document.body.innerHTML = '<div id="mastodon"></div>';
    expect(siteFor('sosial.kotacontoh.go.id', document)).toMatchObject({ id: 'mastodon', platform: 'mastodon' });
    expect(siteFor('cms.kotacontoh.go.id').id).toBe('generic');
    expect(siteFor('X.COM').id).toBe('x');
    expect(siteFor('notx.com').id).toBe('generic');
  });

  it('gives each adapter a platform the analysis knows (YouTube has none of its own)', () => {
    expect(Object.fromEntries(SITES.map((s) => [s.id, s.platform]))).toEqual({
      x: 'x',
      facebook: 'facebook',
      instagram: 'instagram',
      linkedin: 'linkedin',
      threads: 'threads',
      mastodon: 'mastodon',
      bluesky: 'bluesky',
      youtube: 'generic',
    });
  });
});

describe('X', () => {
  const x = site('x');
  const draft = (n: number, text = '') =>
    `<div data-testid="tweetTextarea_${n}_label"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">` +
    `<div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${n}"><div data-contents="true"><div data-block="true"><div><span><span data-text="true">${text}</span></span></div></div></div></div></div></div></div>`;

  it('a thread being drafted: the first box is the post, the next ones thread items, each with its own media', () => {
    document.body.innerHTML = `<div role="dialog"><div class="cell">${draft(0)}<div data-testid="attachments"><img src="x.png"></div></div><div class="cell">${draft(1)}</div></div>`;
    const [first, second] = found(x);
    expect(found(x)).toHaveLength(2);
    expect([kindOf(x, first!), kindOf(x, second!)]).toEqual(['post', 'thread']);
    expect([hasMedia(first!, x), hasMedia(second!, x)]).toEqual([true, false]);
  });

  it('a reply: in a dialog that quotes the post, or inline on a post’s page', () => {
    document.body.innerHTML = `<div role="dialog"><article data-testid="tweet">Asli</article>${draft(0)}${draft(1)}</div>`;
    expect(found(x).map((c) => kindOf(x, c))).toEqual(['reply', 'reply']);
    document.body.innerHTML = draft(0);
    history.replaceState({}, '', '/kominfo/status/1');
    expect(kindOf(x, found(x)[0]!)).toBe('reply');
  });

  it('leaves DMs and search alone, and reads the account from the account switcher', () => {
    document.body.innerHTML =
      '<button data-testid="SideNav_AccountSwitcher_Button"><span>Dinas Kominfo</span><span>@kominfo_kota</span></button>' +
      '<input data-testid="SearchBox_Search_Input" role="combobox">' +
      '<div data-testid="DMDrawer"><div contenteditable="true" data-testid="dmComposerTextInput">Halo</div></div>';
    expect(found(x)).toEqual([]);
    expect(accountOf(document, x)).toBe('@kominfo_kota');
    history.replaceState({}, '', '/messages/123');
    document.body.innerHTML = draft(0);
    expect(found(x)).toEqual([]);
  });
});

describe('Facebook', () => {
  const fb = site('facebook');
  it('a post in the create dialog (with a picked photo), a comment in a feed post', () => {
    document.body.innerHTML =
      '<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true"></div><img src="blob:https://www.facebook.com/1"></div>' +
      '<div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></form></div>';
    const [post, comment] = found(fb);
    expect([kindOf(fb, post!), kindOf(fb, comment!)]).toEqual(['post', 'comment']);
    expect([hasMedia(post!, fb), hasMedia(comment!, fb)]).toEqual([true, false]);
    expect(accountOf(document, fb)).toBeUndefined();
  });
});

describe('Instagram', () => {
  const ig = site('instagram');
  it('the caption in the create dialog, whatever its localised label; comments; never DMs', () => {
    document.body.innerHTML =
      '<div role="dialog"><img src="blob:https://www.instagram.com/1"><div contenteditable="true" role="textbox" aria-label="캡션 입력..."></div></div>' +
      '<article><form><textarea aria-label="Tambahkan komentar..."></textarea></form></article><input aria-label="Cari">';
    const [caption, comment] = found(ig);
    expect([kindOf(ig, caption!), kindOf(ig, comment!)]).toEqual(['post', 'comment']);
    expect([hasMedia(caption!, ig), hasMedia(comment!, ig)]).toEqual([true, false]);
    history.replaceState({}, '', '/direct/t/1');
    expect(found(ig)).toEqual([]);
  });
});

describe('LinkedIn', () => {
  const li = site('linkedin');
  it('the share box and comments (Quill); messaging is left alone', () => {
    document.body.innerHTML =
      '<div class="share-creation-state__text-editor"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Halo</p></div></div><div class="share-media-preview"><img src="a.png"></div></div>' +
      '<div class="comments-comment-box"><div class="ql-editor" contenteditable="true"><p><br></p></div></div>' +
      '<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>DM</p></div></form>';
    const composers = found(li);
    expect(composers.map((c) => kindOf(li, c))).toEqual(['post', 'comment']);
    expect(composers.map((c) => hasMedia(c, li))).toEqual([true, false]);
  });
});

describe('Threads', () => {
  const th = site('threads');
  it('the compose dialog: a post, then thread items; a reply when the dialog shows the post answered', () => {
    document.body.innerHTML =
      '<div role="dialog"><div><div role="textbox" contenteditable="true"><p>Satu</p></div><img src="blob:https://www.threads.net/1"></div><div><div role="textbox" contenteditable="true"><p>Dua</p></div></div></div>';
    const [first, second] = found(th);
    expect([kindOf(th, first!), kindOf(th, second!)]).toEqual(['post', 'thread']);
    expect([hasMedia(first!, th), hasMedia(second!, th)]).toEqual([true, false]);
    document.body.innerHTML =
      '<div role="dialog"><div data-pressable-container="true">Asli</div><div role="textbox" contenteditable="true"><p></p></div></div>';
    expect(kindOf(th, found(th)[0]!)).toBe('reply');
  });

  it('the inbox: direct messages are left alone', () => {
    document.body.innerHTML = '<div role="textbox" contenteditable="true"><p>Halo</p></div>';
    for (const path of ['/messages', '/messages/t/123', '/direct/t/9']) {
      history.replaceState({}, '', path);
      expect(found(th), path).toEqual([]);
    }
    history.replaceState({}, '', '/messagesabout');
    expect(found(th)).toHaveLength(1);
  });
});

describe('Mastodon', () => {
  const md = site('mastodon');
  it('the compose textarea, its upload, the account, and replies', () => {
    document.body.innerHTML =
      '<div id="mastodon"><span class="navigation-bar__profile-account">@kominfo</span><form class="compose-form">' +
      '<input class="spoiler-input__input"><textarea class="autosuggest-textarea__textarea"></textarea>' +
      '<div class="compose-form__upload"><div class="compose-form__upload-thumbnail"></div></div></form></div>';
    const [compose] = found(md);
    expect(found(md)).toHaveLength(1);
    expect(kindOf(md, compose!)).toBe('post');
    expect(hasMedia(compose!, md)).toBe(true);
    expect(accountOf(document, md)).toBe('@kominfo');
    document
      .querySelector('form')!
      .insertAdjacentElement('afterbegin', Object.assign(document.createElement('div'), { className: 'reply-indicator' }));
    expect(kindOf(md, compose!)).toBe('reply');
  });

  it('a post to specific people only (direct visibility) is a direct message, left alone', () => {
    const form = (icon: string) =>
      '<div id="mastodon"><form class="compose-form"><textarea class="autosuggest-textarea__textarea"></textarea>' +
      `<div><button type="button" class="dropdown-button"><svg class="icon icon-${icon}"></svg><span class="dropdown-button__label">x</span></button></div></form>` +
      // The open visibility menu lists every choice, "at" included: it is not the chosen one.
      '<div class="privacy-dropdown__dropdown"><svg class="icon icon-at"></svg></div></div>';
    document.body.innerHTML = form('globe');
    expect(found(md).map((c) => kindOf(md, c))).toEqual(['post']);
    document.body.innerHTML = form('at');
    expect(found(md)).toEqual([]);
    expect(kindOf(md, document.querySelector('textarea')!)).toBe('message');
  });
});

describe('Bluesky', () => {
  const bs = site('bluesky');
  it('the composer dialog, its gallery, the account from the navigation', () => {
    document.body.innerHTML =
      '<nav><a href="/profile/kominfo.bsky.social">Profil</a></nav><div data-testid="composePostView">' +
      '<div><div class="tiptap ProseMirror" contenteditable="true"><p></p></div></div><div class="gallery"><img src="blob:https://bsky.app/1"></div></div>';
    const [post] = found(bs);
    expect(kindOf(bs, post!)).toBe('post');
    expect(hasMedia(post!, bs)).toBe(true);
    expect(accountOf(document, bs)).toBe('@kominfo.bsky.social');
  });

  it('a reply shows the post answered (with its author’s profile link) above the box', () => {
    document.body.innerHTML =
      '<div data-testid="composePostView"><div role="button"><a href="/profile/warga.bsky.social">Warga</a> Asli</div>' +
      '<div class="ProseMirror" contenteditable="true"><p></p></div><div class="ProseMirror" contenteditable="true"><p></p></div></div>';
    expect(found(bs).map((c) => kindOf(bs, c))).toEqual(['reply', 'thread']);
  });
});

describe('YouTube', () => {
  const yt = site('youtube');
  it('comment and reply boxes; the search box is left alone', () => {
    document.body.innerHTML =
      '<input id="search" role="combobox"><ytd-comments-header-renderer><ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div></ytd-commentbox></ytd-comments-header-renderer>' +
      '<ytd-comment-thread-renderer><ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div></ytd-commentbox></ytd-comment-thread-renderer>';
    expect(found(yt).map((c) => kindOf(yt, c))).toEqual(['comment', 'reply']);
  });
});

describe('generic: any site', () => {
  it('finds editors by fingerprint and plain fields, not the islands inside editors or opted-out fields', () => {
    document.body.innerHTML =
      '<div class="ck ck-editor"><div class="ck-editor__editable" contenteditable="true"><p>Isi <span contenteditable="false">@warga</span></p></div></div>' +
      '<textarea name="ringkasan"></textarea><textarea data-gramm="false"></textarea><input type="password"><div contenteditable="true" role="searchbox"></div>';
    const composers = found(generic);
    expect(composers.map((c) => c.tagName)).toEqual(['DIV', 'TEXTAREA']);
    // One composer per editor, so an image next to the first counts as its media.
    document.querySelector('.ck-editor')!.append(Object.assign(document.createElement('img'), { src: 'blob:https://cms/1' }));
    expect(hasMedia(composers[0]!, generic)).toBe(true);
  });

  it('never counts hidden or collapsed fields', () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 0,
      height: 0,
      top: 0,
      left: 0,
      right: 0,
      bottom: 0,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    expect(isComposer(document.getElementById('a')!, generic)).toBe(false);
  });
});
