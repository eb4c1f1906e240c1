import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTracker, type Tracker } from '../../src/content/tracker';
import type { PageState } from '../../src/messaging/messages';
import generic from '../../src/sites/generic';
import mastodon from '../../src/sites/mastodon';
import { layOutEveryElement } from './support/layout';

beforeEach(() => {
  layOutEveryElement();
});

let tracker: Tracker | undefined;
afterEach(() => {
  tracker?.stop();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(html: string) {
  document.body.innerHTML = html;
  const sent: PageState[] = [];
  tracker = startTracker(document, generic, (s) => sent.push(s), { debounceMs: 10, scanMs: 10 });
  return sent;
}

describe('content tracker', () => {
  it('reports the composer that is on the page when it starts', () => {
    const sent = setup('<textarea id="a">Halo</textarea>');
    expect(sent.at(-1)).toMatchObject({
      site: 'generic',
      platform: 'generic',
      composerCount: 1,
      composer: { text: 'Halo', editor: 'textarea' },
    });
  });

  it('reports no composer, and leaves search boxes, read-only fields and opt-outs alone', () => {
    const sent = setup(
      '<input type="search"><textarea readonly>x</textarea><textarea data-gramm="false">y</textarea><div contenteditable="true" role="searchbox">z</div>',
    );
    expect(sent.at(-1)).toMatchObject({ composer: null, composerCount: 0 });
  });

  it('reports input after a quiet time, once per change', async () => {
    const sent = setup('<textarea id="a"></textarea>');
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    for (const ch of 'Besok') {
      ta.value += ch;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await wait(40);
    const texts = sent.map((s) => s.composer?.text);
    expect(texts).toEqual(['', 'Besok']);
  });

  it('follows focus between composers and keeps their ids apart', () => {
    const sent = setup('<textarea id="a">satu</textarea><div id="b" contenteditable="true"><p>dua</p></div>');
    document.getElementById('b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const seen = sent.map((s) => [s.composer?.composerId, s.composer?.text]);
    expect(seen).toEqual([
      ['c1', 'satu'],
      ['c2', 'dua'],
      ['c1', 'satu'],
    ]);
  });

  it('notices a composer that mounts late', async () => {
    const sent = setup('<main></main>');
    expect(sent.at(-1)?.composer).toBeNull();
    document.querySelector('main')!.innerHTML = '<div contenteditable="true">Baru</div>';
    await wait(60);
    expect(sent.at(-1)?.composer?.text).toBe('Baru');
  });

  it('refuses a stale fix and changes nothing', async () => {
    setup('<textarea id="a">Besok buka</textarea>');
    const result = await tracker!.handle({
      type: 'tutur/apply',
      composerId: 'c1',
      expectedText: 'Besok tutup',
      edit: { start: 0, end: 5, replacement: 'Lusa' },
    });
    expect(result).toEqual({ ok: false, reason: 'stale', text: 'Besok buka' });
    expect((document.getElementById('a') as HTMLTextAreaElement).value).toBe('Besok buka');
  });

  it('refuses a fix while an IME is composing', async () => {
    setup('<textarea id="a">Besok buka</textarea>');
    document.getElementById('a')!.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    const result = await tracker!.handle({
      type: 'tutur/apply',
      composerId: 'c1',
      expectedText: 'Besok buka',
      edit: { start: 5, end: 5, replacement: ' (Jumat)' },
    });
    document.getElementById('a')!.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(result).toMatchObject({ ok: false, reason: 'composing' });
    expect((document.getElementById('a') as HTMLTextAreaElement).value).toBe('Besok buka');
  });

  it('reports what an IME composes only once the composition has ended', async () => {
    const sent = setup('<textarea id="a">Besok</textarea>');
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    ta.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    ta.value = 'Besok k';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(40);
    expect(sent.map((s) => s.composer?.text)).toEqual(['Besok']);
    ta.value = 'Besok kami';
    ta.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'kami' }));
    await wait(40);
    expect(sent.map((s) => s.composer?.text)).toEqual(['Besok', 'Besok kami']);
  });

  it('applies a fix to a textarea and reports the new text', async () => {
    const sent = setup('<textarea id="a">Besok buka</textarea>');
    const result = await tracker!.handle({
      type: 'tutur/apply',
      composerId: 'c1',
      expectedText: 'Besok buka',
      edit: { start: 5, end: 5, replacement: ' (Jumat)' },
    });
    expect(result).toEqual({ ok: true, text: 'Besok (Jumat) buka' });
    expect((document.getElementById('a') as HTMLTextAreaElement).value).toBe('Besok (Jumat) buka');
    expect(sent.at(-1)?.composer?.text).toBe('Besok (Jumat) buka');
  });

  it('answers not-found for a composer that is gone', async () => {
    setup('<textarea id="a">x</textarea>');
    document.body.innerHTML = '';
    expect(await tracker!.handle({ type: 'tutur/undo', composerId: 'c1', expectedText: 'x' })).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('on live pages', () => {
  function start(html: string, options: Parameters<typeof startTracker>[3] = {}) {
    document.body.innerHTML = html;
    const sent: PageState[] = [];
    let scans = 0;
    tracker = startTracker(document, generic, (s) => sent.push(s), { debounceMs: 5, scanMs: 40, onScan: () => scans++, ...options });
    return { sent, scans: () => scans };
  }

  it('stops reading a focused composer that becomes a direct message (Mastodon visibility "specific people")', () => {
    document.body.innerHTML =
      '<div id="mastodon"><form class="compose-form"><textarea class="autosuggest-textarea__textarea">Rahasia</textarea>' +
      '<button type="button" class="dropdown-button"><svg class="icon icon-globe"></svg></button></form></div>';
    const sent: PageState[] = [];
    tracker = startTracker(document, mastodon, (s) => sent.push(s), { debounceMs: 5, scanMs: 40 });
    const box = document.querySelector('textarea')!;
    box.focus();
    expect(tracker.state().composer?.text).toBe('Rahasia');
    document.querySelector('svg')!.setAttribute('class', 'icon icon-at');
    tracker.rescan();
    expect(document.activeElement).toBe(box);
    expect(tracker.state().composer).toBeNull();
    expect(sent.at(-1)?.composer).toBeNull();
  });

  it('a storm of DOM mutations runs the full scan at most once per scan interval', async () => {
    const { scans } = start('<textarea id="a"></textarea><div id="ticker"></div>');
    const ticker = document.getElementById('ticker')!;
    const before = scans();
    let mutations = 0;
    const until = Date.now() + 400;
    while (Date.now() < until) {
      // Thousands of mutations a second, as a live feed or a ticking clock makes them.
      for (let i = 0; i < 50; i++) {
        ticker.append(document.createElement('span'));
        ticker.firstChild!.remove();
        mutations += 2;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    await wait(60);
    expect(mutations).toBeGreaterThan(2000);
    // 400 ms / 40 ms = 10 intervals, plus the one that ends after the storm.
    expect(scans() - before).toBeLessThanOrEqual(12);
    expect(scans() - before).toBeGreaterThan(0);
  });

  it('typing in the active composer never triggers a page scan (its own observer reports it)', async () => {
    const { sent, scans } = start('<div id="a" contenteditable="true"><p>Halo</p></div>');
    const p = document.querySelector('#a p')!;
    const before = scans();
    for (let i = 0; i < 500; i++) p.append(document.createTextNode('x'));
    await wait(80);
    expect(scans()).toBe(before);
    expect(sent.at(-1)?.composer?.text).toBe(`Halo${'x'.repeat(500)}`);
  });

  it('a hidden tab is not watched; it is scanned again when it shows', async () => {
    const { sent, scans } = start('<main></main>');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    const before = scans();
    document.querySelector('main')!.append(Object.assign(document.createElement('textarea'), { value: 'Baru' }));
    await wait(80);
    expect(scans()).toBe(before);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(scans()).toBe(before + 1);
    expect(sent.at(-1)?.composer?.text).toBe('Baru');
  });

  it('a route change rescans at once; removed composers go, re-added ones come back with their own ids', async () => {
    const { sent } = start('<textarea id="a">Satu</textarea>');
    const a = document.getElementById('a')!;
    expect(sent.at(-1)?.composer).toMatchObject({ composerId: 'c1', text: 'Satu' });
    a.remove();
    document.body.append(Object.assign(document.createElement('textarea'), { value: 'Dua' }));
    tracker!.rescan(); // what content.ts does on wxt:locationchange (pushState/popstate)
    expect(sent.at(-1)?.composer).toMatchObject({ composerId: 'c2', text: 'Dua' });
    // The same element put back is the same composer.
    document.body.append(a);
    a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(sent.at(-1)?.composer).toMatchObject({ composerId: 'c1', text: 'Satu' });
  });

  it('a composer that is hidden or collapsed stops being the one shown', async () => {
    const { sent } = start('<textarea id="a">Satu</textarea><textarea id="b">Dua</textarea>');
    const a = document.getElementById('a')!;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return { width: this === a ? 0 : 300, height: this === a ? 0 : 80 } as DOMRect;
    });
    tracker!.rescan();
    expect(sent.at(-1)?.composer?.text).toBe('Dua');
    expect(sent.at(-1)?.composerCount).toBe(1);
  });
});

describe('badge and underlines', () => {
  // The badge's shadow root is closed: the page cannot reach it, and neither can document.querySelector here.
  // The tests keep the roots the badge makes as they are attached.
  let roots: ShadowRoot[] = [];
  beforeEach(() => {
    roots = [];
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
  });
  const badge = () => (document.querySelector('tutur-badge') ? (roots.at(-1)?.querySelector('button') ?? null) : null);
  /** A click as the user's own input makes it (isTrusted), which a page's element.click() never is. */
  const userClick = (el: HTMLElement) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    el.dispatchEvent(event);
  };

  function start(html: string) {
    document.body.innerHTML = html;
    const opened: number[] = [];
    tracker = startTracker(document, generic, () => {}, {
      debounceMs: 5,
      scanMs: 10,
      badge: { open: () => opened.push(1), label: (n) => (n === null ? 'Tutur' : `Tutur: ${n}`) },
    });
    return { opened };
  }

  it('follows the active composer from outside the editor, neutral until the panel counts', () => {
    start('<div id="a" contenteditable="true"><p>Besok</p></div>');
    const host = document.querySelector('tutur-badge')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.getElementById('a')!.contains(host)).toBe(false);
    expect(badge()!.textContent).toBe('T');
    expect(badge()!.getAttribute('aria-label')).toBe('Tutur');
    // The page sees the host element only: its shadow root is closed, so the count is out of the page's reach.
    expect(host.shadowRoot).toBeNull();
    expect(roots.at(-1)!.mode).toBe('closed');
  });

  it('shows the count the panel sends for the active composer; dims it when the draft changes', async () => {
    start('<textarea id="a">Besok</textarea><textarea id="b">Lusa</textarea>');
    expect(await tracker!.handle({ type: 'tutur/findings', composerId: 'c1', count: 4, spans: [{ start: 0, end: 5 }] })).toEqual({
      ok: true,
    });
    expect(badge()!.textContent).toBe('4');
    expect(badge()!.getAttribute('aria-label')).toBe('Tutur: 4');
    expect(await tracker!.handle({ type: 'tutur/findings', composerId: 'c1', count: 120 })).toEqual({ ok: true });
    expect(badge()!.textContent).toBe('99+');
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    ta.value = 'Besok pagi';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(20);
    expect(badge()!.style.opacity).toBe('.6');
    // Another composer: its own count (none yet).
    document.getElementById('b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(badge()!.textContent).toBe('T');
    // Back: the first one's count, fresh once the panel counts again.
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(badge()!.textContent).toBe('99+');
    await tracker!.handle({ type: 'tutur/findings', composerId: 'c1', count: 0 });
    expect([badge()!.textContent, badge()!.style.opacity]).toEqual(['0', '']);
  });

  it('clicking it asks to open the panel, without taking the caret from the editor', () => {
    const { opened } = start('<textarea id="a">Besok</textarea>');
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    badge()!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    userClick(badge()!);
    expect(opened).toEqual([1]);
  });

  it('a click the page makes up opens nothing', () => {
    const { opened } = start('<textarea id="a">Besok</textarea>');
    badge()!.click();
    badge()!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.querySelector<HTMLElement>('tutur-badge')!.click();
    expect(opened).toEqual([]);
  });

  it('answers not-found for findings or highlights of a composer that is gone, and leaves with stop()', async () => {
    start('<textarea id="a">Besok</textarea>');
    expect(await tracker!.handle({ type: 'tutur/highlight', composerId: 'c9', span: { start: 0, end: 1 } })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await tracker!.handle({ type: 'tutur/highlight', composerId: 'c1', span: null })).toEqual({ ok: true });
    tracker!.stop();
    tracker = undefined;
    expect(document.querySelector('tutur-badge')).toBeNull();
  });
});
