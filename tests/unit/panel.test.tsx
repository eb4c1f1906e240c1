import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { Panel, type PanelView } from '../../src/ui/Panel';
import { KTP_ANNOUNCEMENT } from '../fixtures/drafts';
import { markReportShown, MAX_REPORT_MARKS, PanelApp, REPORT_SHOWN_MARK } from '../../src/ui/PanelApp';
import type { PanelActions } from '../../src/ui/actions';
import type { ApplyResult } from '../../src/messaging/messages';
import type { DraftSource, SourceState } from '../../src/ui/source';
import { memorySettingsStore } from '../../src/settings/store';
import { DEFAULT_SETTINGS, type UserSettings } from '../../src/settings/schema';
import { t, type UiLocale } from '../../src/ui/i18n';
import type { OptionsPage } from '../../src/ui/OptionsLink';
import type { Platform } from '../../src/analysis/types';
import { analyze, biggestGains } from '../../src/analysis';
import { OPEN_CARDS } from '../../src/ui/sections/FindingGroups';

afterEach(cleanup);

const noActions: PanelActions = {
  apply: () => {},
  applyMany: () => {},
  ignore: () => {},
  ignoreRule: () => {},
  addWord: () => {},
  undo: () => {},
  setAudience: () => {},
  setPlatform: () => {},
  insertTemplate: () => {},
  copy: async () => true,
  highlight: () => {},
  enableSite: () => {},
};

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
        const { container } = render(<Panel view={view} locale={locale} audience="public" detectedPlatform="x" actions={noActions} />);
        expect(container.querySelector('[data-state]')!.getAttribute('data-state')).toBe(view.kind);
        expect(container.textContent).toContain(t(locale, key as 'stateEmpty'));
        // The audience choice is always there, in the interface language.
        expect(container.querySelector('[data-audience="youth"]')!.textContent).toBe(t(locale, 'audience_youth'));
      });
    }
    it(`error keeps the reason and says the draft is untouched (${locale})`, () => {
      const { container } = render(
        <Panel view={{ kind: 'error', detail: 'boom' }} locale={locale} audience="public" detectedPlatform="x" actions={noActions} />,
      );
      expect(container.textContent).toContain('boom');
      expect(container.querySelector('[role="alert"]')).not.toBeNull();
    });
    it(`offers templates only when there is a composer (${locale})`, () => {
      const empty = render(<Panel view={{ kind: 'empty' }} locale={locale} audience="public" detectedPlatform="x" actions={noActions} />);
      expect(empty.container.querySelectorAll('[data-template]')).toHaveLength(6);
      cleanup();
      const none = render(
        <Panel view={{ kind: 'no-composer' }} locale={locale} audience="public" detectedPlatform="x" actions={noActions} />,
      );
      expect(none.container.querySelectorAll('[data-template]')).toHaveLength(0);
    });
  }
});

/** A draft source the test drives by hand. */
function fakeSource(
  text: string,
  applyResult: (edit: { start: number; end: number; replacement: string }) => ApplyResult = () => ({ ok: true }),
  platform: Platform = 'x',
) {
  let listener: (s: SourceState) => void = () => {};
  const page = (t: string): SourceState => ({
    status: 'page',
    page: {
      site: 'x',
      platform,
      composerCount: 1,
      composer: { composerId: 'c1', text: t, selection: null, editor: 'textarea', kind: 'post', hasMedia: false, account: '@pemkot' },
    },
  });
  const source = {
    subscribe(l: (s: SourceState) => void) {
      listener = l;
      l(page(text));
      return () => {};
    },
    apply: vi.fn(async (_id: string, _expected: string, edit: { start: number; end: number; replacement: string }) => applyResult(edit)),
    undo: vi.fn(async (): Promise<ApplyResult> => ({ ok: true, text })),
    highlight: vi.fn(),
    findings: vi.fn(),
  } satisfies DraftSource;
  return { source, push: (t: string) => listener(page(t)) };
}

async function mount(
  text: string,
  opts: {
    locale?: UiLocale;
    settings?: Partial<UserSettings>;
    apply?: (e: { start: number; end: number; replacement: string }) => ApplyResult;
    copy?: (t: string) => Promise<boolean>;
    platform?: Platform;
    optionsPage?: OptionsPage;
  } = {},
) {
  const { source, push } = fakeSource(text, opts.apply, opts.platform);
  const store = memorySettingsStore({ ...DEFAULT_SETTINGS, ...opts.settings });
  const utils = render(
    <PanelApp
      source={source}
      settingsStore={store}
      forcedLocale={'locale' in opts ? opts.locale : 'en'}
      copy={opts.copy}
      optionsPage={opts.optionsPage}
    />,
  );
  await waitFor(() => expect(utils.container.querySelector('[data-state]')!.getAttribute('data-state')).not.toBe('loading'));
  return { ...utils, source, push, store };
}

const q = (c: Element, s: string) => c.querySelector(s);
const rules = (c: Element) => [...c.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule'));

describe('PanelApp: findings and fixes', () => {
  const DRAFT = 'Besok kami buka. AWAS BANJIR!';

  it('renders each finding with its rule id and the fix as data attributes', async () => {
    const { container } = await mount(DRAFT);
    const apply = q(container, '[data-rule="style.caps-emphasis"] [data-action="apply"]')!;
    expect(apply.getAttribute('data-start')).toBe(String(DRAFT.indexOf('AWAS')));
    expect(apply.getAttribute('data-end')).toBe(String(DRAFT.indexOf('AWAS') + 'AWAS BANJIR'.length));
    expect(apply.getAttribute('data-replacement')).toBe('Awas banjir');
    expect(q(container, '[data-rule="time.relative-date"] [data-action="ignore"]')).not.toBeNull();
    expect(q(container, '[data-count]')!.textContent).toBe(String(DRAFT.length));
  });

  it('shows a handful of tips open, the most valuable first, and the rest under "More tips", all in the DOM', async () => {
    const text =
      'Dalam rangka HUT kota, kami buka layanan KTP besok jam 9. Praktek dokter gratis!!! Warga yg mau datang silahkan. ' +
      'Pendaftaran hari senin pelan pelan saja di kantor camat, lokasi di tutup jam 3 sore. #pasarmurahpontianak';
    const { container } = await mount(text, { settings: { defaultAudience: 'public' } });
    const openCards = container.querySelectorAll('.findings > .cards > li');
    const moreCards = container.querySelectorAll('.more-tips .cards > li');
    expect(openCards.length).toBe(OPEN_CARDS);
    expect(moreCards.length).toBeGreaterThan(0);
    expect(q(container, '.more-tips')!.hasAttribute('open')).toBe(false);
    // Every finding keeps its [data-rule] element and its apply button, folded or not.
    const report = analyze(text, { platform: 'x', locale: 'en' });
    expect(container.querySelectorAll('[data-rule]').length).toBe(report.findings.length);
    for (const f of report.findings.filter((x) => x.fix))
      expect(q(container, `[data-rule="${f.rule}"] [data-action="apply"][data-start="${f.fix!.start}"]`)).not.toBeNull();
    // The first card is one whose tips would raise the score most.
    const firstRule = openCards[0]!.getAttribute('data-group') ?? openCards[0]!.getAttribute('data-rule');
    const gains = biggestGains(report.findings, 100);
    expect(gains.find((g) => g.rule === firstRule)?.gain).toBe(gains[0]!.gain);
    // Each severity says itself in words, not only in colour.
    expect(q(container, '.badge')!.textContent).toMatch(/Must fix|Warning|Suggestion|Note/);
  });

  it('puts several findings of one rule in one card, whose "apply all" is one edit', async () => {
    const text = 'Warga yg sdh daftar tdk perlu antre, yg blm daftar silahkan datang.';
    const { container, source } = await mount(text, {
      apply: (e) => ({ ok: true, text: text.slice(0, e.start) + e.replacement + text.slice(e.end) }),
    });
    const card = q(container, '[data-group="spelling.non-standard"]')!;
    const count = Number(card.getAttribute('data-count'));
    expect(count).toBeGreaterThanOrEqual(5);
    expect(card.querySelectorAll('[data-rule="spelling.non-standard"] [data-action="apply"]').length).toBe(count);
    fireEvent.click(card.querySelector('[data-action="apply-group"]')!);
    await waitFor(() => expect(source.apply).toHaveBeenCalledTimes(1));
    const edit = source.apply.mock.calls[0]![2];
    const after = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    expect(after).toBe('Warga yang sudah daftar tidak perlu antre, yang belum daftar silakan datang.');
    await waitFor(() => expect(q(container, '[data-fixed-count]')!.getAttribute('data-fixed-count')).toBe(String(count)));
  });

  it('"fix all safe" applies every deterministic fix as one edit and says how many', async () => {
    const text =
      'Besok pasar murah dibuka jam 9 di kantor camat!!! Warga yg ingin datang silahkan bawa KTP. ' +
      'Pendaftaran hari senin pelan pelan saja. Pemerintha kota mengundang. #pasarmurahpontianak';
    const { container, source } = await mount(text, {
      platform: 'facebook',
      apply: (e) => ({ ok: true, text: text.slice(0, e.start) + e.replacement + text.slice(e.end) }),
    });
    const button = q(container, '[data-action="fix-all"]')!;
    const offered = Number(/\d+/.exec(button.textContent!)![0]);
    expect(offered).toBeGreaterThanOrEqual(6);
    fireEvent.click(button);
    await waitFor(() => expect(source.apply).toHaveBeenCalledTimes(1));
    const edit = source.apply.mock.calls[0]![2];
    const after = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    for (const fixed of ['jam 9 WIB', 'camat!', 'yang', 'silakan', 'Senin', 'pelan-pelan', '#PasarMurahPontianak'])
      expect(after).toContain(fixed);
    expect(after).not.toContain('!!!');
    // Never a typo guess.
    expect(after).toContain('Pemerintha');
    await waitFor(() => expect(q(container, '[data-fixed-count]')!.getAttribute('data-fixed-count')).toBe(String(offered)));
    expect(q(container, '[data-fixed-count]')!.querySelectorAll('li').length).toBe(offered);
  });

  it('previews a fix around a line break with the words before and after it', async () => {
    const long = Array.from({ length: 9 }, (_, i) => `Kalimat nomor ${i + 1} menjelaskan layanan kependudukan kota.`).join(' ');
    const { container } = await mount(long, { platform: 'facebook' });
    const item = q(container, '[data-rule="structure.wall-of-text"]');
    if (!item!.querySelector('[data-action="apply"]')) throw new Error('structure.wall-of-text offered no fix here');
    const preview = item!.querySelector('.fix-preview-context')!;
    expect(preview.textContent).toContain('↵');
    expect(preview.textContent).toMatch(/kota\./);
  });

  it('says what a fix costs when the post is already over the limit', async () => {
    const text = `${'Informasi layanan Disdukcapil untuk warga kota. '.repeat(6)}Besok BPBD membuka posko.`;
    const { container } = await mount(text);
    const item = q(container, '[data-rule="time.relative-date"]')!;
    expect(item.querySelector('.fix-cost')!.textContent).toMatch(/adds \d+ characters/);
    expect(q(container, '[data-action="fix-all"]')?.textContent ?? '').not.toMatch(/\(0\)/);
  });

  it('applies through the source with the draft as analysed, shows the new draft, and can undo it', async () => {
    const { container, source } = await mount(DRAFT, {
      apply: (e) => ({ ok: true, text: DRAFT.slice(0, e.start) + e.replacement + DRAFT.slice(e.end) }),
    });
    fireEvent.click(q(container, '[data-rule="style.caps-emphasis"] [data-action="apply"]')!);
    await waitFor(() => expect(q(container, '[data-rule="style.caps-emphasis"]')).toBeNull());
    expect(source.apply).toHaveBeenCalledWith('c1', DRAFT, { start: 17, end: 28, replacement: 'Awas banjir' });
    expect(q(container, '[data-notice]')!.textContent).toBe(t('en', 'applied'));
    fireEvent.click(q(container, '[data-action="undo"]')!);
    await waitFor(() => expect(source.undo).toHaveBeenCalledWith('c1', 'Besok kami buka. Awas banjir!'));
    await waitFor(() => expect(q(container, '[data-notice]')!.textContent).toBe(t('en', 'undone')));
  });

  it('loads the speller after the first tips, then offers a typo’s other suggestions, each applying its own edit', async () => {
    const draft = 'Buka tangal 5 Desember.';
    const { container, source } = await mount(draft, {
      apply: (e) => ({ ok: true, text: draft.slice(0, e.start) + e.replacement + draft.slice(e.end) }),
    });
    await waitFor(() => expect(q(container, '[data-rule="spelling.typo"]')).not.toBeNull(), { timeout: 5000 });
    const buttons = [...container.querySelectorAll('[data-rule="spelling.typo"] [data-action="apply"]')];
    expect(buttons.length).toBeGreaterThan(1);
    // The fix first, as the primary button; the others after it, named by their word, on the same span.
    expect(buttons[0]!.getAttribute('data-replacement')).toBe('tanggal');
    expect(buttons[0]!.classList.contains('primary')).toBe(true);
    for (const b of buttons.slice(1)) {
      expect([b.getAttribute('data-start'), b.getAttribute('data-end')]).toEqual(['5', '11']);
      expect(b.textContent).toBe(b.getAttribute('data-replacement'));
      expect(b.getAttribute('aria-label')).toContain(b.getAttribute('data-replacement')!);
    }
    expect(q(container, '[data-rule="spelling.typo"] [role="group"]')!.getAttribute('aria-label')).toBe(t('en', 'alternativesLabel'));
    expect(q(container, '[data-rule="spelling.typo"] [data-action="add-word"]')!.getAttribute('data-word')).toBe('tangal');
    // Nothing is applied until a button is pressed; then exactly the chosen suggestion.
    expect(source.apply).not.toHaveBeenCalled();
    const second = buttons[1]!.getAttribute('data-replacement')!;
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(source.apply).toHaveBeenCalledWith('c1', draft, { start: 5, end: 11, replacement: second }));
  });

  it('explains a refused (stale) fix', async () => {
    const { container } = await mount(DRAFT, { apply: () => ({ ok: false, reason: 'stale', text: 'Lain' }) });
    fireEvent.click(q(container, '[data-action="apply"]')!);
    await waitFor(() => expect(q(container, '[data-notice]')!.textContent).toBe(t('en', 'fixStale')));
  });

  it('offers the replacement when the editor did not accept the fix, and copies it only on the user’s click', async () => {
    const copy = vi.fn(async () => true);
    const { container } = await mount(DRAFT, { apply: () => ({ ok: false, reason: 'verify-failed', text: DRAFT }), copy });
    fireEvent.click(q(container, '[data-rule="style.caps-emphasis"] [data-action="apply"]')!);
    await waitFor(() => expect(q(container, '[data-notice="error"]')!.textContent).toContain('“Awas banjir”'));
    expect(copy).not.toHaveBeenCalled();
    fireEvent.click(q(container, '[data-notice] [data-action="notice-action"]')!);
    expect(copy).toHaveBeenCalledWith('Awas banjir');
    await waitFor(() => expect(q(container, '[data-notice]')!.textContent).toBe(t('en', 'replacementCopied')));
  });

  it('says to type the replacement when the clipboard refuses it', async () => {
    const copy = vi.fn(async () => false);
    const { container } = await mount(DRAFT, { apply: () => ({ ok: false, reason: 'verify-failed', text: DRAFT }), copy });
    fireEvent.click(q(container, '[data-rule="style.caps-emphasis"] [data-action="apply"]')!);
    const copyButton = await waitFor(() => {
      const button = q(container, '[data-notice] [data-action="notice-action"]');
      expect(button).not.toBeNull();
      return button!;
    });
    fireEvent.click(copyButton);
    await waitFor(() =>
      expect(q(container, '[data-notice="error"]')!.textContent).toBe(t('en', 'fixVerifyFailedNoClipboard', 'Awas banjir')),
    );
  });

  it('ignores a finding once, or a whole rule for good (saved in the settings)', async () => {
    const { container, store } = await mount(DRAFT);
    fireEvent.click(q(container, '[data-rule="time.relative-date"] [data-action="ignore"]')!);
    expect(q(container, '[data-rule="time.relative-date"]')).toBeNull();
    fireEvent.click(q(container, '[data-rule="style.caps-emphasis"] [data-action="ignore-rule"]')!);
    await waitFor(() => expect(q(container, '[data-rule="style.caps-emphasis"]')).toBeNull());
    expect((await store.load()).ignoredRules).toEqual(['style.caps-emphasis']);
  });

  it('adds a word to the dictionary, after which it is not flagged', async () => {
    const { container, store } = await mount('Aplikasi SIPANDU sudah bisa diunduh.');
    const add = q(container, '[data-rule="style.caps-emphasis"] [data-action="add-word"]')!;
    expect(add.getAttribute('data-word')).toBe('SIPANDU');
    fireEvent.click(add);
    await waitFor(() => expect(q(container, '[data-rule="style.caps-emphasis"]')).toBeNull());
    expect((await store.load()).dictionary).toEqual(['SIPANDU']);
  });

  it('moves from empty to ready as the user types, and hover highlights the span', async () => {
    const { container, push, source } = await mount('');
    expect(q(container, '[data-state]')!.getAttribute('data-state')).toBe('empty');
    push('Besok posyandu buka.');
    await waitFor(() => expect(q(container, '[data-state]')!.getAttribute('data-state')).toBe('ready'));
    fireEvent.mouseEnter(q(container, '[data-rule="time.relative-date"]')!);
    expect(source.highlight).toHaveBeenCalledWith('c1', { start: 0, end: 5, text: 'Besok' });
    // The page's badge gets the count of open findings and their spans.
    await waitFor(() => expect(source.findings).toHaveBeenCalled());
    const [id, count, spans] = source.findings.mock.calls.at(-1)!;
    expect(id).toBe('c1');
    expect(count).toBe(container.querySelectorAll('[data-rule]').length);
    expect(spans).toContainEqual({ start: 0, end: 5 });
  });

  it('sends the page its count once per report: a re-analysis that finds the same sends nothing', async () => {
    const { source, store, push } = await mount(DRAFT);
    await waitFor(() => expect(source.findings).toHaveBeenCalled());
    const sent = source.findings.mock.calls.length;
    // A settings change that does not touch this draft's findings: the panel analyses again, and finds the same.
    await store.save({ ...(await store.load()), dictionary: ['sikoco'] });
    await new Promise((r) => setTimeout(r, 50));
    expect(source.findings.mock.calls.length).toBe(sent);
    // A new report from the page (the page dimmed its count), even of the same text: sent again.
    push(DRAFT);
    await waitFor(() => expect(source.findings.mock.calls.length).toBe(sent + 1));
  });

  it('keeps the style pack’s own findings out of the page: no underline, no highlight, still in the panel', async () => {
    const draft = 'Warga miskin di Kelurahan Sungai Jawi mendapat bantuan besok.';
    const { container, source } = await mount(draft, {
      settings: { stylePack: { formatVersion: 1, name: 'Pemkot', bannedTerms: [{ term: 'miskin', reason: 'Tulis “prasejahtera”.' }] } },
    });
    const banned = await waitFor(() => q(container, '[data-rule="style.banned-term"]')!);
    await waitFor(() => expect(source.findings).toHaveBeenCalled());
    const [, count, spans] = source.findings.mock.calls.at(-1)!;
    const start = draft.indexOf('miskin');
    // The count covers every open finding (the badge shows it in a closed shadow root the page cannot read) …
    expect(count).toBe(container.querySelectorAll('[data-rule]').length);
    // … but the page gets no span for the pack's term, while the other findings are underlined as before.
    expect(spans).not.toContainEqual({ start, end: start + 'miskin'.length });
    expect(spans).toContainEqual({ start: draft.indexOf('besok'), end: draft.indexOf('besok') + 5 });
    fireEvent.mouseEnter(banned);
    expect(source.highlight).not.toHaveBeenCalledWith('c1', expect.objectContaining({ start }));
    fireEvent.mouseEnter(q(container, '[data-rule="time.relative-date"]')!);
    expect(source.highlight).toHaveBeenCalledWith('c1', expect.objectContaining({ start: draft.indexOf('besok') }));
  });

  it('marks each report it shows with a User Timing mark carrying the draft length (read by npm run bench:e2e)', async () => {
    performance.clearMarks(REPORT_SHOWN_MARK);
    const { push } = await mount('');
    expect(performance.getEntriesByName(REPORT_SHOWN_MARK)).toHaveLength(0); // an empty draft shows no report
    push('Besok posyandu buka.');
    await waitFor(() => expect(performance.getEntriesByName(REPORT_SHOWN_MARK)).toHaveLength(1));
    push('Besok posyandu buka pukul 08.00.');
    await waitFor(() => expect(performance.getEntriesByName(REPORT_SHOWN_MARK)).toHaveLength(2));
    const chars = performance.getEntriesByName(REPORT_SHOWN_MARK).map((m) => (m as PerformanceMark).detail.chars);
    expect(chars).toEqual(['Besok posyandu buka.'.length, 'Besok posyandu buka pukul 08.00.'.length]);
  });

  it('keeps at most MAX_REPORT_MARKS marks, however long the panel stays open', () => {
    for (let i = 0; i < MAX_REPORT_MARKS * 2 + 5; i++) markReportShown(i);
    const marks = performance.getEntriesByName(REPORT_SHOWN_MARK) as PerformanceMark[];
    expect(marks.length).toBeLessThanOrEqual(MAX_REPORT_MARKS);
    expect(marks.at(-1)!.detail.chars).toBe(MAX_REPORT_MARKS * 2 + 4); // the newest is kept
  });
});

describe('PanelApp: a site switched off', () => {
  it('shows that Tutur is off, reads nothing, and can switch it back on', async () => {
    const { container, store } = await mount('Besok posyandu buka.', { settings: { disabledSites: ['x'] } });
    expect(q(container, '[data-state]')!.getAttribute('data-state')).toBe('disabled');
    expect(q(container, '[data-rule]')).toBeNull();
    fireEvent.click(q(container, '[data-action="enable-site"]')!);
    await waitFor(() => expect(q(container, '[data-state]')!.getAttribute('data-state')).toBe('ready'));
    expect((await store.load()).disabledSites).toEqual([]);
  });
});

describe('PanelApp: audience', () => {
  const TEXT =
    'Warga yg belum vaksin nggak perlu khawatir, kamu bisa datang ke posyandu terdekat bersama keluarga tercinta pada hari Sabtu.';

  it('shows three audience buttons with aria-pressed, and switching changes the tips and the score', async () => {
    const { container, store } = await mount(TEXT);
    const pressed = () =>
      [...container.querySelectorAll('[data-audience]')].map((b) => `${b.getAttribute('data-audience')}:${b.getAttribute('aria-pressed')}`);
    expect(pressed()).toEqual(['public:true', 'youth:false', 'government:false']);
    const publicRules = rules(container);
    // The score's total and its four parts (two audiences can share a total while their parts differ).
    const scoreLine = () =>
      [q(container, '[data-score]')!, ...container.querySelectorAll('[data-score-part]')]
        .map((e) => e.getAttribute('data-score') ?? e.getAttribute('data-value'))
        .join(' ');
    const publicScore = scoreLine();
    expect(publicRules).toContain('spelling.non-standard');

    fireEvent.click(q(container, '[data-audience="youth"]')!);
    await waitFor(() => expect(pressed()).toEqual(['public:false', 'youth:true', 'government:false']));
    // Young readers get their informal words; the long sentence limit is stricter (15 words).
    expect(rules(container)).not.toContain('spelling.non-standard');
    expect(rules(container)).toContain('readability.long-sentence');
    expect(scoreLine()).not.toBe(publicScore);
    expect(q(container, '[data-audience-hint]')!.getAttribute('data-audience-hint')).toBe('youth');

    fireEvent.click(q(container, '[data-audience="government"]')!);
    await waitFor(() => expect(rules(container)).toContain('tone.formality'));
    // Remembered per site and account.
    expect((await store.load()).audienceBySite).toEqual({ 'x @pemkot': 'government' });
  });

  it('follows Alt+1/2/3', async () => {
    const { container } = await mount(TEXT);
    fireEvent.keyDown(document, { altKey: true, code: 'Digit2', key: '2' });
    await waitFor(() => expect(q(container, '[data-audience="youth"]')!.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.keyDown(document, { altKey: true, code: 'Digit3', key: '3' });
    await waitFor(() => expect(q(container, '[data-audience="government"]')!.getAttribute('aria-pressed')).toBe('true'));
  });

  it('starts from the remembered audience of the site', async () => {
    const { container } = await mount(TEXT, { settings: { audienceBySite: { x: 'youth' } } });
    expect(q(container, '[data-audience="youth"]')!.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('PanelApp: platform, facts, score, thread, templates', () => {
  it('counts the X way (URL 23, emoji 2) and switches platform from the select', async () => {
    const text = 'Info lengkap 👋🏽 https://pontianak.go.id/info/layanan-ktp-keliling-2026';
    const { container } = await mount(text);
    expect(q(container, '[data-platform]')!.getAttribute('data-platform')).toBe('x');
    expect(q(container, '[data-count]')!.textContent).toBe(String('Info lengkap '.length + 2 + 1 + 23));
    fireEvent.change(q(container, '[data-platform-select]')!, { target: { value: 'bluesky' } });
    await waitFor(() => expect(q(container, '[data-platform]')!.getAttribute('data-platform')).toBe('bluesky'));
    expect(q(container, '.counter')!.textContent).toContain('/ 300');
  });

  it('shows detected facts, and prompts for what is missing', async () => {
    const { container } = await mount('Festival Kuliner digelar di Kantor Wali Kota Pontianak, Kamis (26/11) pukul 09.00 WIB.', {
      locale: 'id',
    });
    const fact = (k: string) => q(container, `[data-fact="${k}"]`)!;
    expect(fact('where').getAttribute('data-present')).toBe('true');
    expect(fact('where').textContent).toContain('Kantor Wali Kota Pontianak');
    expect(fact('when').textContent).toContain('Kamis (26/11)');
    expect(fact('when').textContent).toContain('pukul 09.00 WIB');
    expect(fact('source').getAttribute('data-present')).toBe('false');
    expect(fact('source').textContent).toContain(t('id', 'factPrompt_source'));
    // An event: what to do and the contact are asked for too.
    expect(q(container, '[data-fact="action"]')).not.toBeNull();
    expect(q(container, '[data-fact="contact"]')).not.toBeNull();
  });

  it('shows the score with its four parts and what would raise it most', async () => {
    const { container } = await mount('HEBOH!!! Sebarkan ke grup: besok jembatan ditutup.');
    const score = Number(q(container, '[data-score]')!.getAttribute('data-score'));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(80);
    expect(container.querySelectorAll('[data-score-part]')).toHaveLength(4);
    expect(container.querySelectorAll('[data-gain-rule]').length).toBeGreaterThan(0);
  });

  it('previews a thread for a 700-character X post, every post within 280, each copyable', async () => {
    const long = KTP_ANNOUNCEMENT;
    const copy = vi.fn(async () => true);
    const { container } = await mount(long, { copy });
    const posts = [...container.querySelectorAll('[data-thread-post]')];
    expect(posts.length).toBeGreaterThanOrEqual(3);
    for (const p of posts) expect(Number(p.getAttribute('data-count'))).toBeLessThanOrEqual(280);
    fireEvent.click(posts[1]!.querySelector('[data-action="copy-post"]')!);
    await waitFor(() => expect(copy).toHaveBeenCalledWith(posts[1]!.querySelector('.thread-text')!.textContent));
  });

  it('keeps the thread preview when the length.thread tip is ignored, for good or once', async () => {
    const ignoredRule = await mount(KTP_ANNOUNCEMENT, { settings: { ignoredRules: ['length.thread'] } });
    expect(q(ignoredRule.container, '[data-rule="length.thread"]')).toBeNull();
    expect(Number(q(ignoredRule.container, '[data-thread-posts]')!.getAttribute('data-thread-posts'))).toBeGreaterThanOrEqual(3);
    cleanup();
    const { container } = await mount(KTP_ANNOUNCEMENT);
    fireEvent.click(q(container, '[data-rule="length.thread"] [data-action="ignore"]')!);
    expect(q(container, '[data-rule="length.thread"]')).toBeNull();
    expect(q(container, '[data-thread-posts]')).not.toBeNull();
  });

  it('inserts a template into an empty draft, and after existing text otherwise', async () => {
    const empty = await mount('', { locale: 'id' });
    fireEvent.click(q(empty.container, '[data-template="warning"]')!);
    await waitFor(() => expect(empty.source.apply).toHaveBeenCalled());
    const [, , edit] = empty.source.apply.mock.calls[0]!;
    expect(edit).toMatchObject({ start: 0, end: 0 });
    expect(edit.replacement).toMatch(/^Peringatan dini \[JENIS BAHAYA\]/);
    cleanup();
    const withText = await mount('Halo.', { locale: 'en' });
    fireEvent.click(q(withText.container, '[data-template="event"]')!);
    await waitFor(() => expect(withText.source.apply).toHaveBeenCalled());
    expect(withText.source.apply.mock.calls[0]![2]).toMatchObject({ start: 5, end: 5 });
    expect(withText.source.apply.mock.calls[0]![2].replacement).toMatch(/^\n\n\[EVENT NAME\]/);
  });

  it('speaks Indonesian when asked, from the settings or ?lang', async () => {
    const { container } = await mount('Besok posyandu buka.', { settings: { uiLanguage: 'id' }, locale: undefined });
    expect(q(container, '[data-audience="public"]')!.textContent).toBe('Masyarakat umum');
    expect(q(container, '#facts-title')!.textContent).toBe(t('id', 'factsTitle'));
  });

  it('links the options page in the language of the settings, whatever the browser speaks', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
    try {
      const open = vi.fn();
      const chosen = await mount('Besok posyandu buka.', {
        settings: { uiLanguage: 'id' },
        locale: undefined,
        optionsPage: { href: '/options.html', open },
      });
      const link = q(chosen.container, '.panel-links a')!;
      expect(link.textContent).toBe(t('id', 'optionsLink'));
      expect(link.getAttribute('href')).toBe('/options.html');
      fireEvent.click(link);
      expect(open).toHaveBeenCalledOnce();
      cleanup();
      const browser = await mount('Besok posyandu buka.', {
        settings: { uiLanguage: 'browser' },
        locale: undefined,
        optionsPage: { href: '/options.html', open },
      });
      expect(q(browser.container, '.panel-links a')!.textContent).toBe(t('en', 'optionsLink'));
    } finally {
      languages.mockRestore();
    }
  });
});

describe('fix previews', () => {
  it('never show half an emoji at the edge of their context', async () => {
    const text = 'Halo 📢 acara kita semua besok pukul 08.00 di balai.';
    const { container } = await mount(text);
    const preview = q(container, '[data-rule="time.relative-date"] .fix-preview-context')!;
    // No lone surrogate anywhere in what the preview shows.
    expect(preview.textContent).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
