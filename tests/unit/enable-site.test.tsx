/** "Enable Tutur on this site" in the panel: what it offers for each kind of page, that it asks the browser
 * for the one origin inside the click (the prompt needs the user's gesture), and what it says after. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EnableSite, EnableSiteHere, TurnOffSite, siteOf } from '../../src/ui/EnableSite';
import { t } from '../../src/ui/i18n';

const TAB = 41;
let granted: Set<string>;
let answer: boolean;
let requestedDuringClick: boolean[];
let inClick = false;

function stub(url: string | undefined) {
  fakeBrowser.tabs.get = vi.fn(async (id: number) => ({
    id,
    url,
    index: 0,
    highlighted: true,
    active: true,
    pinned: false,
    incognito: false,
    windowId: 1,
  })) as never;
  Object.assign(fakeBrowser, {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      getAll: vi.fn(async () => ({ origins: [...granted, 'https://x.com/*'] })),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        requestedDuringClick.push(inClick);
        if (answer) origins.forEach((o) => granted.add(o));
        return answer;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.delete(o))),
    },
  });
  fakeBrowser.runtime.sendMessage = vi.fn(async () => ({ ok: true, injected: true })) as never;
}

/** Click the way a user does: the handler runs inside the event. */
function click(el: Element) {
  inClick = true;
  fireEvent.click(el);
  inClick = false;
}

beforeEach(() => {
  granted = new Set();
  answer = true;
  requestedDuringClick = [];
});
afterEach(cleanup);

describe('siteOf', () => {
  it('an origin for web pages, "cannot" for browser pages, stores and files, "unknown" without an address', () => {
    expect(siteOf('https://cms.kotacontoh.go.id/berita?id=1')).toEqual({
      origin: 'https://cms.kotacontoh.go.id',
      host: 'cms.kotacontoh.go.id',
      pattern: 'https://cms.kotacontoh.go.id/*',
    });
    expect(siteOf('http://intranet:8080/a')).toMatchObject({ pattern: 'http://intranet:8080/*', host: 'intranet:8080' });
    for (const url of [
      'chrome://extensions/',
      'about:blank',
      'file:///home/a.html',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/id/firefox/',
      'chrome-extension://abc/sidepanel.html',
      'not a url',
    ]) {
      expect(siteOf(url), url).toBe('cannot');
    }
    expect(siteOf(undefined)).toBe('unknown');
  });
});

describe('EnableSite', () => {
  it('offers the tab’s host and, on click, asks for that one origin inside the click, then has the background run Tutur', async () => {
    stub('https://cms.kotacontoh.go.id/berita');
    const { container } = render(<EnableSite tabId={TAB} locale="id" />);
    const button = await screen.findByRole('button', { name: t('id', 'siteEnableButton') });
    expect(container.textContent).toContain('cms.kotacontoh.go.id');
    click(button);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://cms.kotacontoh.go.id/*'] });
    expect(requestedDuringClick).toEqual([true]);
    await waitFor(() => expect(container.querySelector('[data-site-enable]')!.getAttribute('data-site-enable')).toBe('enabled'));
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'tutur/enable-site',
      origin: 'https://cms.kotacontoh.go.id',
      tabId: TAB,
    });
    expect(container.textContent).toContain(t('id', 'siteEnabled', 'cms.kotacontoh.go.id'));
  });

  it('says so when the user declines, and can ask again', async () => {
    stub('https://cms.kotacontoh.go.id/');
    answer = false;
    const { container } = render(<EnableSite tabId={TAB} locale="en" />);
    click(await screen.findByRole('button', { name: t('en', 'siteEnableButton') }));
    await waitFor(() => expect(container.textContent).toContain(t('en', 'siteDeclined', 'cms.kotacontoh.go.id')));
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: t('en', 'siteEnableButton') })).toBeTruthy();
  });

  it('says when the background could not start Tutur there', async () => {
    stub('https://cms.kotacontoh.go.id/');
    fakeBrowser.runtime.sendMessage = vi.fn(async () => ({ ok: false })) as never;
    const { container } = render(<EnableSite tabId={TAB} locale="en" />);
    click(await screen.findByRole('button', { name: t('en', 'siteEnableButton') }));
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe(t('en', 'siteError', 'cms.kotacontoh.go.id')));
  });

  it('explains pages that cannot host Tutur, and how to let the panel see the address', async () => {
    stub('chrome://extensions/');
    const first = render(<EnableSite tabId={TAB} locale="en" />);
    await waitFor(() => expect(first.container.textContent).toBe(t('en', 'siteCannot')));
    expect(first.container.querySelector('button')).toBeNull();
    cleanup();
    stub(undefined);
    const second = render(<EnableSite tabId={TAB} locale="id" />);
    await waitFor(() => expect(second.container.textContent).toBe(t('id', 'siteUnknown')));
  });

  it('on a site already allowed: reload, or turn it off (which gives the permission back)', async () => {
    stub('https://cms.kotacontoh.go.id/');
    granted.add('https://cms.kotacontoh.go.id/*');
    const { container } = render(<EnableSite tabId={TAB} locale="en" />);
    await waitFor(() => expect(container.textContent).toContain(t('en', 'siteGranted', 'cms.kotacontoh.go.id')));
    fireEvent.click(screen.getByRole('button', { name: t('en', 'siteTurnOff') }));
    await waitFor(() => expect(container.textContent).toContain(t('en', 'siteTurnedOff', 'cms.kotacontoh.go.id')));
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://cms.kotacontoh.go.id/*'] });
  });

  it('on a fixed site (open since before Tutur was installed): reload, and no "turn off"', async () => {
    stub('https://x.com/home');
    const { container } = render(<EnableSite tabId={TAB} locale="en" />);
    await waitFor(() => expect(container.textContent).toContain(t('en', 'siteGranted', 'x.com')));
    expect(container.querySelector('button')).toBeNull();
  });
});

describe('TurnOffSite', () => {
  it('shows only where the user enabled Tutur, and turns it off', async () => {
    stub('https://x.com/home');
    const fixed = render(<TurnOffSite tabId={TAB} locale="en" />);
    await new Promise((r) => setTimeout(r, 20));
    expect(fixed.container.innerHTML).toBe('');
    cleanup();
    stub('https://cms.kotacontoh.go.id/');
    granted.add('https://cms.kotacontoh.go.id/*');
    const { container } = render(<TurnOffSite tabId={TAB} locale="id" />);
    fireEvent.click(await screen.findByRole('button', { name: t('id', 'siteTurnOff') }));
    await waitFor(() => expect(container.textContent).toBe(t('id', 'siteTurnedOff', 'cms.kotacontoh.go.id')));
  });
});

describe('EnableSiteHere (what the panel renders in its unsupported state)', () => {
  it('uses the pinned tab, else the active tab of the window', async () => {
    stub('https://cms.kotacontoh.go.id/');
    history.replaceState({}, '', '/sidepanel.html?tab=77');
    const pinned = render(<EnableSiteHere locale="en" />);
    await waitFor(() => expect(pinned.container.querySelector('[data-host]')?.getAttribute('data-host')).toBe('cms.kotacontoh.go.id'));
    expect(fakeBrowser.tabs.get).toHaveBeenCalledWith(77);
    cleanup();
    history.replaceState({}, '', '/sidepanel.html');
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 5 }]) as never;
    render(<EnableSiteHere locale="en" />);
    await waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalledWith(5));
  });
});
