import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Panel, type PanelView } from '../../src/ui/Panel';
import { PanelApp } from '../../src/ui/PanelApp';
import type { ApplyResult } from '../../src/messaging/messages';
import type { DraftSource, SourceState } from '../../src/ui/source';
import { t, type UiLocale } from '../../src/ui/i18n';

afterEach(cleanup);
const noop = () => {};

describe('Panel states, in both languages', () => {
  const states: [PanelView, string][] = [
    [{ kind: 'loading' }, 'stateLoading'],
    [{ kind: 'unsupported' }, 'stateUnsupported'],
    [{ kind: 'no-composer' }, 'stateNoComposer'],
    [{ kind: 'empty' }, 'stateEmpty'],
  ];
  for (const locale of ['id', 'en'] as UiLocale[]) {
    for (const [view, key] of states) {
      it(`${view.kind} (${locale})`, () => {
        const { container } = render(<Panel view={view} locale={locale} onApply={noop} onIgnore={noop} />);
        expect(container.querySelector('[data-state]')!.getAttribute('data-state')).toBe(view.kind);
        expect(container.textContent).toContain(t(locale, key as 'stateEmpty'));
      });
    }
    it(`error keeps the reason and says the draft is untouched (${locale})`, () => {
      const { container } = render(<Panel view={{ kind: 'error', detail: 'boom' }} locale={locale} onApply={noop} onIgnore={noop} />);
      expect(container.textContent).toContain('boom');
      expect(container.querySelector('[role="alert"]')).not.toBeNull();
    });
  }
});

/** A draft source the test drives by hand. */
function fakeSource(text: string, applyResult: (edit: { start: number; end: number; replacement: string }) => ApplyResult) {
  let listener: (s: SourceState) => void = () => {};
  const page = (t: string): SourceState => ({
    status: 'page',
    page: { site: 'generic', platform: 'x', composerCount: 1, composer: { composerId: 'c1', text: t, selection: null, editor: 'textarea', kind: 'post', hasMedia: false } },
  });
  const source: DraftSource = {
    subscribe(l) {
      listener = l;
      l(page(text));
      return () => {};
    },
    apply: vi.fn(async (_id, _expected, edit) => applyResult(edit)),
    undo: vi.fn(async () => ({ ok: true })),
  };
  return { source, push: (t: string) => listener(page(t)) };
}

describe('PanelApp', () => {
  const DRAFT = 'Besok kami buka. AWAS BANJIR!';

  it('renders each finding with its rule id and the fix as data attributes', async () => {
    const { source } = fakeSource(DRAFT, () => ({ ok: true }));
    const { container } = render(<PanelApp source={source} locale="en" />);
    const apply = container.querySelector('[data-rule="style.all-caps"] [data-action="apply"]')!;
    expect(apply.getAttribute('data-start')).toBe(String(DRAFT.indexOf('AWAS')));
    expect(apply.getAttribute('data-end')).toBe(String(DRAFT.indexOf('AWAS') + 'AWAS BANJIR'.length));
    expect(apply.getAttribute('data-replacement')).toBe('Awas banjir');
    expect(container.querySelector('[data-rule="time.relative-date"] [data-action="ignore"]')).not.toBeNull();
    expect(container.querySelector('[data-count]')!.textContent).toBe(String(DRAFT.length));
  });

  it('applies through the source with the draft as analysed, then shows the new draft’s findings', async () => {
    const { source } = fakeSource(DRAFT, (e) => ({ ok: true, text: DRAFT.slice(0, e.start) + e.replacement + DRAFT.slice(e.end) }));
    const { container } = render(<PanelApp source={source} locale="id" />);
    fireEvent.click(container.querySelector('[data-rule="style.all-caps"] [data-action="apply"]')!);
    await waitFor(() => expect(container.querySelector('[data-rule="style.all-caps"]')).toBeNull());
    expect(source.apply).toHaveBeenCalledWith('c1', DRAFT, { start: 17, end: 28, replacement: 'Awas banjir' });
    expect(screen.getByRole('status').textContent).toBe(t('id', 'applied'));
  });

  it('explains a refused (stale) fix', async () => {
    const { source } = fakeSource(DRAFT, () => ({ ok: false, reason: 'stale', text: 'Lain' }));
    const { container } = render(<PanelApp source={source} locale="en" />);
    fireEvent.click(container.querySelector('[data-action="apply"]')!);
    await waitFor(() => expect(container.querySelector('[data-notice]')!.textContent).toBe(t('en', 'fixStale')));
  });

  it('offers the replacement when the editor did not accept the fix', async () => {
    const { source } = fakeSource(DRAFT, () => ({ ok: false, reason: 'verify-failed', text: DRAFT }));
    const copy = vi.fn(async () => false);
    const { container } = render(<PanelApp source={source} locale="en" copy={copy} />);
    fireEvent.click(container.querySelector('[data-rule="style.all-caps"] [data-action="apply"]')!);
    await waitFor(() => expect(container.querySelector('[data-notice="error"]')!.textContent).toContain('“Awas banjir”'));
    expect(copy).toHaveBeenCalledWith('Awas banjir');
  });

  it('hides an ignored finding', () => {
    const { source } = fakeSource(DRAFT, () => ({ ok: true }));
    const { container } = render(<PanelApp source={source} locale="en" />);
    fireEvent.click(container.querySelector('[data-rule="time.relative-date"] [data-action="ignore"]')!);
    expect(container.querySelector('[data-rule="time.relative-date"]')).toBeNull();
    expect(container.querySelector('[data-rule="style.all-caps"]')).not.toBeNull();
  });

  it('moves from empty to ready as the user types', async () => {
    const { source, push } = fakeSource('', () => ({ ok: true }));
    const { container } = render(<PanelApp source={source} locale="id" />);
    expect(container.querySelector('[data-state]')!.getAttribute('data-state')).toBe('empty');
    push('Besok');
    await waitFor(() => expect(container.querySelector('[data-state]')!.getAttribute('data-state')).toBe('ready'));
  });
});
