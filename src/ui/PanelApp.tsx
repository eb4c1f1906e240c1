/** The panel's controller: follows a draft source and the user's settings,
 * analyses each new draft for the chosen audience and platform, applies fixes
 * through the source and says what happened. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  analyze,
  combineFixes,
  compatibleFixes,
  isEnglishModelLoaded,
  isSpellerLoaded,
  loadEnglishModel,
  loadSpeller,
  type AnalysisContext,
  type Audience,
  type Finding,
  type Platform,
  type Report,
} from '../analysis';
import type { ApplyResult, ComposerSnapshot } from '../messaging/messages';
import { enginePack } from '../settings/managed';
import type { ManagedSource } from '../settings/managed-source';
import { audienceFor, audienceKey, type UserSettings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { useSettings } from './useSettings';
import type { PanelActions } from './actions';
import { copyText } from './clipboard';
import { Panel, type Notice, type PanelView } from './Panel';
import { t, uiLocale, type UiLocale } from './i18n';
import { OptionsLink, type OptionsPage } from './OptionsLink';
import type { DraftSource, SourceState } from './source';

interface Props {
  source: DraftSource;
  settingsStore: SettingsStore;
  /** The organisation's policy (extension pages); none on the plain web playground. */
  managedSource?: ManagedSource;
  /** Wins over `?lang=` and the settings (tests). */
  forcedLocale?: UiLocale;
  /** The platform to start with instead of the page's (the playground). */
  platform?: Platform;
  copy?(text: string): Promise<boolean>;
  unsupportedExtra?: ComponentChildren;
  /** The options page, linked from the header in the panel's language. */
  optionsPage?: OptionsPage;
}

const ignoreKey = (f: Finding) => `${f.rule}\u0001${f.span?.text ?? ''}\u0001${f.message}`;

/** The User Timing mark of a report reaching the DOM (`detail.chars`: the analysed draft's length). */
export const REPORT_SHOWN_MARK = 'tutur:report-shown';
/** Marks kept at most: a panel open all day must not collect one per key press forever. */
export const MAX_REPORT_MARKS = 1000;
let reportMarks = 0;

export function markReportShown(chars: number): void {
  if (++reportMarks > MAX_REPORT_MARKS) {
    performance.clearMarks(REPORT_SHOWN_MARK);
    reportMarks = 1;
  }
  performance.mark(REPORT_SHOWN_MARK, { detail: { chars } });
}

/** The report of the draft, or why there is none (null: no draft to analyse). */
type Analysis = { report: Report } | { error: string } | null;

/** What the panel shows: the first state that applies, in this order. */
function viewOf(
  state: SourceState,
  settings: UserSettings | null,
  composer: ComposerSnapshot | null,
  analysis: Analysis,
  ignored: ReadonlySet<string>,
): PanelView {
  if (state.status === 'loading' || (!settings && state.status === 'page')) return { kind: 'loading' };
  if (state.status === 'unsupported') return { kind: 'unsupported' };
  if (settings?.disabledSites.includes(state.page.site)) return { kind: 'disabled' };
  if (!composer) return { kind: 'no-composer' };
  if (!analysis) return { kind: 'empty' };
  if ('error' in analysis) return { kind: 'error', detail: analysis.error };
  return {
    kind: 'ready',
    text: composer.text,
    report: analysis.report,
    findings: analysis.report.findings.filter((f) => !ignored.has(ignoreKey(f))),
  };
}

export function PanelApp({
  source,
  settingsStore,
  managedSource,
  forcedLocale,
  platform,
  copy = copyText,
  unsupportedExtra,
  optionsPage,
}: Props) {
  const [state, setState] = useState<SourceState>({ status: 'loading' });
  const stored = useSettings(settingsStore, managedSource);
  const settings = stored.effective?.settings ?? null;
  const pack = useMemo(() => enginePack(stored.effective?.stylePack ?? null), [stored.effective?.stylePack]);
  const [platformOverride, setPlatformOverride] = useState<Platform | null>(platform ?? null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const [lastFix, setLastFix] = useState<{ composerId: string; text: string } | null>(null);
  const [englishReady, setEnglishReady] = useState(isEnglishModelLoaded());
  const [spellerReady, setSpellerReady] = useState(isSpellerLoaded());

  useEffect(() => source.subscribe(setState), [source]);

  const locale = uiLocale(settings?.uiLanguage, { forced: forcedLocale });
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const page = state.status === 'page' ? state.page : null;
  const composer = page?.composer ?? null;
  const audience: Audience =
    settings && page ? audienceFor(settings, page.site, composer?.account) : (settings?.defaultAudience ?? 'public');
  const activePlatform: Platform = platformOverride ?? page?.platform ?? 'generic';

  const analysis = useMemo((): Analysis => {
    if (!composer || composer.text.trim() === '' || !settings) return null;
    const context: AnalysisContext = {
      audience,
      platform: activePlatform,
      locale,
      hasMedia: composer.hasMedia,
      dictionary: settings.dictionary,
      disabledRules: settings.ignoredRules,
      stylePack: pack,
    };
    try {
      return { report: analyze(composer.text, context) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [composer?.text, composer?.hasMedia, settings, pack, audience, activePlatform, locale, englishReady, spellerReady]);

  // compromise's English lexicon refines English findings; it loads only when a draft has English in it.
  const language = analysis && 'report' in analysis ? analysis.report.language : null;
  useEffect(() => {
    if ((language === 'en' || language === 'mixed') && !englishReady) void loadEnglishModel().then(() => setEnglishReady(true));
  }, [language, englishReady]);
  // The Indonesian speller's dictionary likewise: after the first tips of a draft with Indonesian in it, so they come fast.
  useEffect(() => {
    if (language !== null && language !== 'en' && !spellerReady) void loadSpeller().then(() => setSpellerReady(true));
  }, [language, spellerReady]);

  const view = viewOf(state, settings, composer, analysis, ignored);

  /** Changes go to the user's own settings; what the organisation manages stays as it set it. */
  const updateSettings = useCallback(
    (change: (s: UserSettings) => UserSettings) => {
      if (!stored.user) return;
      stored.save(change(stored.user)).catch((e: unknown) => setNotice({ tone: 'error', text: t(locale, 'optionsSaveFailed', String(e)) }));
    },
    [stored, locale],
  );

  /** The page's own update follows; show the new draft at once. */
  const showText = (composerId: string, text: string) =>
    setState((prev) =>
      prev.status === 'page' && prev.page.composer?.composerId === composerId
        ? { status: 'page', page: { ...prev.page, composer: { ...prev.page.composer, text } } }
        : prev,
    );

  const describe = async (result: ApplyResult, replacement: string): Promise<Notice> => {
    if (result.ok) return { tone: 'info', text: t(locale, 'applied') };
    switch (result.reason) {
      case 'stale':
        return { tone: 'info', text: t(locale, 'fixStale') };
      case 'composing':
        return { tone: 'info', text: t(locale, 'fixComposing') };
      case 'not-found':
        return { tone: 'error', text: t(locale, 'fixNotFound') };
      case 'nothing-to-undo':
        return { tone: 'info', text: t(locale, 'fixNothingToUndo') };
      default:
        // The replacement may come from the page (a fix of its text): it goes to the clipboard only when the user
        // clicks Copy, never on its own.
        return {
          tone: 'error',
          text: t(locale, 'fixVerifyFailed', replacement),
          action: {
            label: t(locale, 'copy'),
            run: () =>
              void copy(replacement).then((copied) =>
                setNotice(
                  copied
                    ? { tone: 'info', text: t(locale, 'replacementCopied') }
                    : { tone: 'error', text: t(locale, 'fixVerifyFailedNoClipboard', replacement) },
                ),
              ),
          },
        };
    }
  };

  const runEdit = async (edit: { start: number; end: number; replacement: string }, success: () => Notice) => {
    if (!composer || busy) return;
    setBusy(true);
    setNotice({ tone: 'info', text: t(locale, 'applying') });
    let result: ApplyResult;
    try {
      result = await source.apply(composer.composerId, composer.text, edit);
    } catch {
      result = { ok: false, reason: 'not-found' };
    }
    if (result.text !== undefined) showText(composer.composerId, result.text);
    if (result.ok && result.text !== undefined) setLastFix({ composerId: composer.composerId, text: result.text });
    setNotice(result.ok ? success() : await describe(result, edit.replacement));
    setBusy(false);
  };

  const actions: PanelActions = {
    apply: (f, fix = f.fix) =>
      fix &&
      void runEdit({ start: fix.start, end: fix.end, replacement: fix.replacement }, () => ({
        tone: 'info',
        text: t(locale, 'applied'),
      })),
    applyMany: (found, fixes) => {
      if (!composer) return;
      // The fixes that can go in together this round (one edit: the site's Ctrl+Z takes them all back at once);
      // the rest come back with the next report.
      const chosen = compatibleFixes(fixes);
      const edit = combineFixes(composer.text, chosen);
      if (!edit) return;
      const titles = chosen.map((fix) => {
        const f = found.find((g) => g.fix === fix || g.alternatives?.includes(fix));
        return f ? `${f.span?.text ?? ''} → ${fix.replacement}`.trim() : fix.label;
      });
      void runEdit(edit, () => ({ tone: 'info', text: t(locale, 'fixedMany', chosen.length), fixed: titles }));
    },
    ignore: (f) => setIgnored((prev) => new Set(prev).add(ignoreKey(f))),
    ignoreRule: (rule) => {
      updateSettings((s) => ({ ...s, ignoredRules: s.ignoredRules.includes(rule) ? s.ignoredRules : [...s.ignoredRules, rule] }));
      setNotice({ tone: 'info', text: t(locale, 'ruleIgnored') });
    },
    addWord: (word) => {
      const clean = word.trim();
      updateSettings((s) => ({ ...s, dictionary: s.dictionary.includes(clean) ? s.dictionary : [...s.dictionary, clean] }));
      setNotice({ tone: 'info', text: t(locale, 'wordAdded', clean) });
    },
    undo: async () => {
      if (!composer || !lastFix || busy) return;
      setBusy(true);
      const result = await source.undo(composer.composerId, composer.text).catch((): ApplyResult => ({ ok: false, reason: 'not-found' }));
      if (result.text !== undefined) showText(composer.composerId, result.text);
      setLastFix(null);
      setNotice(result.ok ? { tone: 'info', text: t(locale, 'undone') } : await describe(result, ''));
      setBusy(false);
    },
    setAudience: (a) =>
      page && updateSettings((s) => ({ ...s, audienceBySite: { ...s.audienceBySite, [audienceKey(page.site, composer?.account)]: a } })),
    setPlatform: (p) => setPlatformOverride(p === page?.platform ? null : p),
    insertTemplate: (template) => {
      if (!composer) return;
      const text = composer.text;
      // An empty (or blank) draft becomes the template; otherwise the template goes after the text.
      const edit =
        text.trim() === ''
          ? { start: 0, end: text.length, replacement: template }
          : { start: text.length, end: text.length, replacement: `${text.endsWith('\n') ? '\n' : '\n\n'}${template}` };
      void runEdit(edit, () => ({ tone: 'info', text: t(locale, 'templateInserted') }));
    },
    copy,
    highlight: (span) => composer && source.highlight?.(composer.composerId, span),
    enableSite: () => page && updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== page.site) })),
  };

  // Alt+1/2/3: the three audiences. One listener for the panel's life, reading the latest actions.
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const audiences: Audience[] = ['public', 'youth', 'government'];
      // The physical key (Alt+1 types "¡" on a Mac keyboard), or the character where no code is given.
      const index = e.code ? ['Digit1', 'Digit2', 'Digit3'].indexOf(e.code) : ['1', '2', '3'].indexOf(e.key);
      if (index === -1) return;
      e.preventDefault();
      actionsRef.current.setAudience(audiences[index]!);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The page's badge shows how many findings are open, and underlines them; not the style pack's own findings,
  // whose underlines would tell the page which of its words the organisation bans or prefers.
  const openFindings = view.kind === 'ready' ? view.findings : null;
  const shownDraft = view.kind === 'ready' ? view.text : null;
  // What was last sent: a re-analysis that finds the same (the speller or compromise loading, say) sends nothing.
  // Any report from the page starts afresh: the page dims its count and drops its underlines when the draft
  // changes, even back to the text it had.
  const lastFindingsSent = useRef('');
  useEffect(() => {
    lastFindingsSent.current = '';
  }, [composer]);
  useEffect(() => {
    if (!composer || !openFindings) return;
    const spans = openFindings.flatMap((f) => (f.span && !f.fromStylePack ? [{ start: f.span.start, end: f.span.end }] : []));
    const sent = JSON.stringify([composer.composerId, shownDraft, openFindings.length, spans]);
    if (sent === lastFindingsSent.current) return;
    lastFindingsSent.current = sent;
    source.findings?.(composer.composerId, openFindings.length, spans);
  }, [openFindings, composer?.composerId, source]);

  // One User Timing mark per report shown, once it is in the DOM: DevTools' performance panel shows them,
  // and npm run bench:e2e measures keystroke → tips and cold start with them.
  const shownText = view.kind === 'ready' ? view.text : null;
  useLayoutEffect(() => {
    if (shownText !== null) markReportShown(shownText.length);
  }, [shownText]);

  const canUndo = lastFix !== null && composer?.composerId === lastFix.composerId && composer.text === lastFix.text;

  return (
    <Panel
      view={view}
      locale={locale}
      audience={audience}
      detectedPlatform={page?.platform ?? 'generic'}
      actions={actions}
      notice={notice}
      busy={busy}
      canUndo={canUndo}
      unsupportedExtra={unsupportedExtra}
      links={optionsPage && <OptionsLink locale={locale} page={optionsPage} />}
      packTemplates={stored.effective?.stylePack?.templates}
    />
  );
}
