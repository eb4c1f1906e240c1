/** Where the panel's draft comes from: a tab's content script (side panel) or
 * the playground's own composer. The panel code is the same for both. */
import type { ApplyResult, Edit, PageState } from '../messaging/messages';

export type SourceState = { status: 'loading' } | { status: 'unsupported' } | { status: 'page'; page: PageState };

export interface DraftSource {
  subscribe(listener: (state: SourceState) => void): () => void;
  apply(composerId: string, expectedText: string, edit: Edit): Promise<ApplyResult>;
  undo(composerId: string, expectedText: string): Promise<ApplyResult>;
  /** Show a finding's span in the composer (null clears it). Optional: not every page can. */
  highlight?(composerId: string, span: { start: number; end: number } | null): void;
  /** Tell the page how many findings are open (its badge) and where (underlines). Optional. */
  findings?(composerId: string, count: number, spans?: readonly { start: number; end: number }[]): void;
}
