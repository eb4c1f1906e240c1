import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTracker, type Tracker } from '../../src/content/tracker';
import type { PageState } from '../../src/messaging/messages';
import generic from '../../src/sites/generic';

// happy-dom lays nothing out; composers must look visible to count.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 80, top: 0, left: 0, right: 300, bottom: 80, x: 0, y: 0, toJSON: () => ({}) });
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
    expect(sent.at(-1)).toMatchObject({ site: 'generic', platform: 'generic', composerCount: 1, composer: { text: 'Halo', editor: 'textarea' } });
  });

  it('reports no composer, and leaves search boxes, read-only fields and opt-outs alone', () => {
    const sent = setup('<input type="search"><textarea readonly>x</textarea><textarea data-gramm="false">y</textarea><div contenteditable="true" role="searchbox">z</div>');
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
    const result = await tracker!.handle({ type: 'tutur/apply', composerId: 'c1', expectedText: 'Besok tutup', edit: { start: 0, end: 5, replacement: 'Lusa' } });
    expect(result).toEqual({ ok: false, reason: 'stale', text: 'Besok buka' });
    expect((document.getElementById('a') as HTMLTextAreaElement).value).toBe('Besok buka');
  });

  it('refuses a fix while an IME is composing', async () => {
    setup('<textarea id="a">Besok buka</textarea>');
    document.getElementById('a')!.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    const result = await tracker!.handle({ type: 'tutur/apply', composerId: 'c1', expectedText: 'Besok buka', edit: { start: 5, end: 5, replacement: ' (Jumat)' } });
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
    const result = await tracker!.handle({ type: 'tutur/apply', composerId: 'c1', expectedText: 'Besok buka', edit: { start: 5, end: 5, replacement: ' (Jumat)' } });
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
