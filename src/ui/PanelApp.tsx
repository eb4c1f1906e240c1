/** The panel's controller: follows a draft source, analyses each new draft,
 * applies fixes through the source and says what happened. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyze } from '../analysis';
import type { AnalysisContext, Finding, Platform, Report } from '../analysis/types';
import type { ApplyResult } from '../messaging/messages';
import { Panel, type Notice, type PanelView } from './Panel';
import { t, type UiLocale } from './i18n';
import type { DraftSource, SourceState } from './source';

interface Props {
  source: DraftSource;
  locale: UiLocale;
  /** Overrides the platform the page reports (playground, cross-posting). */
  platform?: Platform;
  /** Copy text to the clipboard; false when it could not. */
  copy?(text: string): Promise<boolean>;
}

const ignoreKey = (f: Finding) => `${f.rule}\u0001${f.span?.text ?? ''}\u0001${f.message}`;

export function PanelApp({ source, locale, platform, copy }: Props) {
  const [state, setState] = useState<SourceState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => source.subscribe(setState), [source]);

  const composer = state.status === 'page' ? state.page.composer : null;
  const context: AnalysisContext = {
    platform: platform ?? (state.status === 'page' ? state.page.platform : 'generic'),
    locale,
    hasMedia: composer?.hasMedia ?? false,
  };
  const analysis = useMemo((): { report: Report } | { error: string } | null => {
    if (!composer || composer.text.trim() === '') return null;
    try {
      return { report: analyze(composer.text, context) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [composer?.text, context.platform, context.locale, context.hasMedia]);

  const view: PanelView =
    state.status === 'loading'
      ? { kind: 'loading' }
      : state.status === 'unsupported'
        ? { kind: 'unsupported' }
        : !composer
          ? { kind: 'no-composer' }
          : !analysis
            ? { kind: 'empty' }
            : 'error' in analysis
              ? { kind: 'error', detail: analysis.error }
              : {
                  kind: 'ready',
                  text: composer.text,
                  report: analysis.report,
                  findings: analysis.report.findings.filter((f) => !ignored.has(ignoreKey(f))),
                };

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
        return (await copy?.(replacement))
          ? { tone: 'error', text: t(locale, 'fixVerifyFailed') }
          : { tone: 'error', text: t(locale, 'fixVerifyFailedNoClipboard', replacement) };
    }
  };

  const onApply = async (finding: Finding) => {
    if (!composer || !finding.fix || busy) return;
    setBusy(true);
    setNotice({ tone: 'info', text: t(locale, 'applying') });
    const { start, end, replacement } = finding.fix;
    let result: ApplyResult;
    try {
      result = await source.apply(composer.composerId, composer.text, { start, end, replacement });
    } catch {
      result = { ok: false, reason: 'not-found' };
    }
    // Show the draft as it is now at once; the page's own update follows.
    const text = result.text;
    if (text !== undefined) {
      setState((prev) =>
        prev.status === 'page' && prev.page.composer?.composerId === composer.composerId
          ? { status: 'page', page: { ...prev.page, composer: { ...prev.page.composer, text } } }
          : prev,
      );
    }
    setNotice(await describe(result, replacement));
    setBusy(false);
  };

  const onIgnore = (finding: Finding) => setIgnored((prev) => new Set(prev).add(ignoreKey(finding)));

  return <Panel view={view} locale={locale} notice={notice} busy={busy} onApply={onApply} onIgnore={onIgnore} />;
}
