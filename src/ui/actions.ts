/** What the panel's sections can ask for; PanelApp implements them. */
import type { Audience, Finding, Fix, Platform, Report } from '../analysis';
import type { UiLocale } from './i18n';

export interface PanelActions {
  /** Applies the finding's fix, or `fix`: one of its alternatives. */
  apply(finding: Finding, fix?: Fix): void;
  /** Applies the fixes of `findings` as one edit (one undo step): a group's "apply all", or "fix all safe". */
  applyMany(findings: readonly Finding[], fixes: readonly Fix[]): void;
  ignore(finding: Finding): void;
  ignoreRule(rule: string): void;
  addWord(word: string): void;
  undo(): void;
  setAudience(audience: Audience): void;
  setPlatform(platform: Platform): void;
  insertTemplate(text: string): void;
  copy(text: string): Promise<boolean>;
  highlight(span: { start: number; end: number } | null): void;
  /** Turn Tutur back on for this site (it was switched off in the options). */
  enableSite(): void;
}

/** What every section of a ready panel receives. */
export interface SectionProps {
  report: Report;
  text: string;
  /** Findings after ignores, in report order. */
  findings: Finding[];
  locale: UiLocale;
  busy: boolean;
  canUndo: boolean;
  actions: PanelActions;
}
