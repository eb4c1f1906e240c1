/** Content script ⇄ background hub ⇄ panel source, wired through an in-memory
 * browser that follows Chrome's messaging rules (sender, sendResponse, ports). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionSource } from '../../entrypoints/sidepanel/extension-source';
import { startTracker, type Tracker } from '../../src/content/tracker';
import { isToContent } from '../../src/messaging/content-guard';
import { startHub, type HubBrowser, type HubPort, type HubSender } from '../../src/messaging/hub';
import { ToContentSchema, type PageState } from '../../src/messaging/messages';
import generic from '../../src/sites/generic';
import type { SourceState } from '../../src/ui/source';
import { layOutEveryElement } from './support/layout';

const EXT = 'test-extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const TAB = 7;
const wait = (ms = 20) => new Promise((r) => setTimeout(r, ms));

type Listener = (message: unknown, sender: HubSender, sendResponse: (r: unknown) => void) => boolean | void;

/** A minimal Chrome: runtime messages with senders, ports, tabs.sendMessage to one tab's content script. */
function makeChrome(contentHandler: (m: unknown) => Promise<unknown>) {
  const listeners: Listener[] = [];
  const connectListeners: ((p: HubPort) => void)[] = [];
  const removed: ((id: number) => void)[] = [];
  const updated: ((id: number, c: { status?: string }) => void)[] = [];
  const dispatch = (message: unknown, sender: HubSender) =>
    new Promise<unknown>((resolve) => {
      let async = false;
      for (const l of listeners) if (l(message, sender, resolve) === true) async = true;
      if (!async) resolve(undefined);
    });
  const hubApi: HubBrowser = {
    runtime: {
      id: EXT,
      getURL: (p) => ORIGIN + p,
      onMessage: { addListener: (l) => void listeners.push(l) },
      onConnect: { addListener: (l) => void connectListeners.push(l) },
    },
    tabs: {
      sendMessage: (tabId, m) => (tabId === TAB ? contentHandler(JSON.parse(JSON.stringify(m))) : Promise.reject(new Error('no receiver'))),
      onRemoved: { addListener: (l) => void removed.push(l) },
      onUpdated: { addListener: (l) => void updated.push(l) },
    },
  };
  /** A port pair: the panel's end is returned, the hub gets the other. */
  const connect = (name: string, senderUrl = ORIGIN + 'sidepanel.html') => {
    const toHub: ((m: unknown) => void)[] = [];
    const toPanel: ((m: unknown) => void)[] = [];
    const hubEnd: HubPort = {
      name,
      sender: { id: EXT, url: senderUrl } as HubPort['sender'],
      postMessage: (m) => queueMicrotask(() => toPanel.forEach((l) => l(JSON.parse(JSON.stringify(m))))),
      onMessage: { addListener: (l) => void toHub.push(l) },
      onDisconnect: { addListener: () => {} },
    };
    connectListeners.forEach((l) => l(hubEnd));
    return {
      name,
      postMessage: (m: unknown) => queueMicrotask(() => toHub.forEach((l) => l(m))),
      onMessage: { addListener: (l: (m: unknown) => void) => void toPanel.push(l) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
    };
  };
  return { hubApi, dispatch, connect, removed, updated };
}

beforeEach(() => {
  layOutEveryElement();
});
let tracker: Tracker | undefined;
afterEach(() => {
  tracker?.stop();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function wire() {
  document.body.innerHTML = '<textarea id="a">Besok posyandu buka.</textarea>';
  const chrome = makeChrome((m) => (isToContent(m) ? tracker!.handle(m) : Promise.resolve(undefined)));
  startHub(chrome.hubApi);
  const contentSend = (state: PageState) =>
    void chrome.dispatch({ type: 'tutur/state', state }, { id: EXT, url: 'https://x.com/home', tab: { id: TAB } });
  tracker = startTracker(document, generic, contentSend, { debounceMs: 5, scanMs: 5 });
  // The panel's side uses the global `browser` (WXT's fakeBrowser), wired to the same in-memory Chrome.
  Object.assign(fakeBrowser.runtime, {
    connect: ({ name }: { name: string }) => chrome.connect(name),
    sendMessage: (m: unknown) => chrome.dispatch(m, { id: EXT, url: ORIGIN + 'sidepanel.html', tab: { id: 99 } }),
  });
  return chrome;
}

describe('messaging between content script, background and panel', () => {
  it('delivers the tab’s draft to a panel pinned to it, then each change', async () => {
    wire();
    const seen: SourceState[] = [];
    extensionSource(TAB).subscribe((s) => seen.push(s));
    await wait();
    expect(seen[0]).toEqual({ status: 'loading' });
    expect(seen.at(-1)).toMatchObject({ status: 'page', page: { composer: { text: 'Besok posyandu buka.' } } });
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    ta.value = 'Lusa posyandu buka.';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await wait();
    expect(seen.at(-1)).toMatchObject({ status: 'page', page: { composer: { text: 'Lusa posyandu buka.' } } });
  });

  it('relays a fix from the panel to the content script and back', async () => {
    wire();
    const source = extensionSource(TAB);
    let last: SourceState | undefined;
    source.subscribe((s) => (last = s));
    await wait();
    const composerId = last!.status === 'page' ? last!.page.composer!.composerId : '';
    const result = await source.apply(composerId, 'Besok posyandu buka.', { start: 5, end: 5, replacement: ' (Jumat, 27 November 2026)' });
    expect(result).toEqual({ ok: true, text: 'Besok (Jumat, 27 November 2026) posyandu buka.' });
    expect((document.getElementById('a') as HTMLTextAreaElement).value).toBe('Besok (Jumat, 27 November 2026) posyandu buka.');
  });

  it('reports an unsupported page when no content script answers', async () => {
    wire();
    const seen: SourceState[] = [];
    extensionSource(123).subscribe((s) => seen.push(s));
    await wait();
    expect(seen.at(-1)).toEqual({ status: 'unsupported' });
  });

  it('ignores messages from other extensions and malformed state', async () => {
    const chrome = wire();
    const seen: SourceState[] = [];
    extensionSource(TAB).subscribe((s) => seen.push(s));
    await wait();
    const before = seen.length;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await chrome.dispatch(
      { type: 'tutur/state', state: { site: 'x', platform: 'x', composer: null, composerCount: 0 } },
      { id: 'evil', tab: { id: TAB } },
    );
    await chrome.dispatch(
      { type: 'tutur/state', state: { site: 'x', platform: 'myspace' } },
      { id: EXT, url: 'https://x.com/', tab: { id: TAB } },
    );
    await wait();
    expect(seen.length).toBe(before);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped a malformed message'));
  });

  it('a content script cannot follow a tab’s draft: the panel port takes only our own pages', async () => {
    const chrome = wire();
    // What code in one tab's content-script world gets: a port of this extension, sent from a web page.
    const intruder = chrome.connect('tutur-panel', 'https://evil.example/');
    const heard: unknown[] = [];
    intruder.onMessage.addListener((m) => heard.push(m));
    intruder.postMessage({ type: 'subscribe', tabId: TAB });
    await wait();
    expect(heard).toEqual([]);
    // The panel itself still follows it.
    const panel = chrome.connect('tutur-panel');
    const seen: unknown[] = [];
    panel.onMessage.addListener((m) => seen.push(m));
    panel.postMessage({ type: 'subscribe', tabId: TAB });
    await wait();
    expect(seen).toEqual([expect.objectContaining({ type: 'state', tabId: TAB })]);
  });

  it('a web page cannot ask for a relay (only our own pages can)', async () => {
    const chrome = wire();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reply = await chrome.dispatch(
      {
        type: 'tutur/relay',
        tabId: TAB,
        message: {
          type: 'tutur/apply',
          composerId: 'c1',
          expectedText: 'Besok posyandu buka.',
          edit: { start: 0, end: 5, replacement: 'X' },
        },
      },
      { id: EXT, url: 'https://x.com/', tab: { id: TAB } },
    );
    expect(reply).toBeUndefined();
    expect((document.getElementById('a') as HTMLTextAreaElement).value).toBe('Besok posyandu buka.');
  });
});

describe('badge, underlines, opening the panel, enabling a site', () => {
  it('the panel’s count and hovered span reach the content script through the background', async () => {
    wire();
    const source = extensionSource(TAB);
    let last: SourceState | undefined;
    source.subscribe((s) => (last = s));
    await wait();
    const handle = vi.spyOn(tracker!, 'handle');
    const composerId = last!.status === 'page' ? last!.page.composer!.composerId : '';
    source.findings(composerId, 12_345, [{ start: 0, end: 5 }]);
    source.highlight(composerId, { start: 0, end: 5 });
    source.highlight(composerId, null);
    await wait();
    expect(handle.mock.calls.map(([m]) => m)).toEqual([
      // The count is capped to what the schema allows; the spans travel as plain offsets.
      { type: 'tutur/findings', composerId, count: 9999, spans: [{ start: 0, end: 5 }] },
      { type: 'tutur/highlight', composerId, span: { start: 0, end: 5 } },
      { type: 'tutur/highlight', composerId, span: null },
    ]);
    expect(source.currentTab()).toBe(TAB);
  });

  it('a badge click asks the background to open the panel for that tab, synchronously in the message handler', () => {
    const chrome = makeChrome(async () => undefined);
    const openPanel = vi.fn();
    startHub(chrome.hubApi, { openPanel });
    void chrome.dispatch({ type: 'tutur/open-panel' }, { id: EXT, url: 'https://x.com/home', tab: { id: TAB, windowId: 3 } });
    // No await before: Chrome's user gesture survives only inside the handler's own turn.
    expect(openPanel).toHaveBeenCalledWith({ id: TAB, windowId: 3 });
    // Other extensions cannot.
    void chrome.dispatch({ type: 'tutur/open-panel' }, { id: 'evil', tab: { id: TAB } });
    expect(openPanel).toHaveBeenCalledTimes(1);
  });

  it('only our own pages can ask to enable a site, with a well-formed origin', async () => {
    const chrome = makeChrome(async () => undefined);
    const enableSite = vi.fn(async () => ({ ok: true, injected: true }));
    startHub(chrome.hubApi, { enableSite });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fromPanel = { id: EXT, url: ORIGIN + 'sidepanel.html' };
    expect(await chrome.dispatch({ type: 'tutur/enable-site', origin: 'https://cms.kotacontoh.go.id', tabId: 5 }, fromPanel)).toEqual({
      ok: true,
      injected: true,
    });
    expect(enableSite).toHaveBeenCalledWith('https://cms.kotacontoh.go.id', 5);
    expect(await chrome.dispatch({ type: 'tutur/enable-site', origin: 'https://cms.kotacontoh.go.id/path' }, fromPanel)).toEqual({
      ok: false,
    });
    expect(await chrome.dispatch({ type: 'tutur/enable-site', origin: 'javascript:alert(1)' }, fromPanel)).toEqual({ ok: false });
    // A content script (a web page) is not an extension page.
    expect(
      await chrome.dispatch(
        { type: 'tutur/enable-site', origin: 'https://evil.example' },
        { id: EXT, url: 'https://evil.example/', tab: { id: TAB } },
      ),
    ).toBeUndefined();
    expect(enableSite).toHaveBeenCalledTimes(1);
  });
});

describe('the content script’s light guard agrees with the valibot schema', () => {
  const samples: unknown[] = [
    { type: 'tutur/get-state' },
    { type: 'tutur/apply', composerId: 'c1', expectedText: 'a', edit: { start: 0, end: 1, replacement: 'b' } },
    { type: 'tutur/apply', composerId: 'c1', expectedText: 'a', edit: { start: -1, end: 1, replacement: 'b' } },
    { type: 'tutur/apply', composerId: 'c1', expectedText: 'a', edit: { start: 0.5, end: 1, replacement: 'b' } },
    { type: 'tutur/apply', composerId: 'c1', expectedText: 'a', edit: { start: 0, end: 1 } },
    { type: 'tutur/apply', composerId: 1, expectedText: 'a', edit: { start: 0, end: 1, replacement: 'b' } },
    { type: 'tutur/apply', composerId: 'c1', edit: { start: 0, end: 1, replacement: 'b' } },
    { type: 'tutur/undo', composerId: 'c1', expectedText: '' },
    { type: 'tutur/undo', composerId: 'c1' },
    { type: 'tutur/other' },
    null,
    'tutur/get-state',
    [],
    { type: 'tutur/apply', composerId: 'c1', expectedText: 'x'.repeat(1_000_001), edit: { start: 0, end: 1, replacement: 'b' } },
    { type: 'tutur/apply', composerId: 'c'.repeat(65), expectedText: 'a', edit: { start: 0, end: 1, replacement: 'b' } },
    { type: 'tutur/findings', composerId: 'c1', count: 3 },
    { type: 'tutur/findings', composerId: 'c1', count: 0, spans: [] },
    {
      type: 'tutur/findings',
      composerId: 'c1',
      count: 2,
      spans: [
        { start: 0, end: 5 },
        { start: 7, end: 9 },
      ],
    },
    { type: 'tutur/findings', composerId: 'c1', count: 2, spans: undefined },
    { type: 'tutur/findings', composerId: 'c1', count: -1 },
    { type: 'tutur/findings', composerId: 'c1', count: 1.5 },
    { type: 'tutur/findings', composerId: 'c1', count: 10_000 },
    { type: 'tutur/findings', composerId: 'c1', count: 9_999 },
    { type: 'tutur/findings', composerId: 'c1', count: '3' },
    { type: 'tutur/findings', composerId: 'c1' },
    { type: 'tutur/findings', count: 1 },
    { type: 'tutur/findings', composerId: 'c'.repeat(65), count: 1 },
    { type: 'tutur/findings', composerId: 'c1', count: 1, spans: [{ start: 0 }] },
    { type: 'tutur/findings', composerId: 'c1', count: 1, spans: [{ start: -1, end: 2 }] },
    { type: 'tutur/findings', composerId: 'c1', count: 1, spans: {} },
    { type: 'tutur/findings', composerId: 'c1', count: 1, spans: [null] },
    { type: 'tutur/findings', composerId: 'c1', count: 1, spans: Array.from({ length: 200 }, () => ({ start: 0, end: 1 })) },
    { type: 'tutur/findings', composerId: 'c1', count: 1, spans: Array.from({ length: 201 }, () => ({ start: 0, end: 1 })) },
    { type: 'tutur/highlight', composerId: 'c1', span: null },
    { type: 'tutur/highlight', composerId: 'c1', span: { start: 2, end: 4 } },
    { type: 'tutur/highlight', composerId: 'c1' },
    { type: 'tutur/highlight', composerId: 'c1', span: { start: 2, end: 'x' } },
    { type: 'tutur/highlight', composerId: 7, span: null },
    { type: 'tutur/highlight', composerId: 'c1', span: [] },
  ];
  for (const sample of samples) {
    it(JSON.stringify(sample)?.slice(0, 80) ?? String(sample), () => {
      expect(isToContent(sample)).toBe(v.is(ToContentSchema, sample));
    });
  }
});
