/** Every message between content script, background and panel, typed once and
 * validated where it arrives with valibot (small and tree-shakable). The content
 * script checks its few incoming messages with content-guard.ts instead, to stay
 * within its 8 KB budget; a test keeps that guard in agreement with these schemas. */
import * as v from 'valibot';
import { PLATFORMS } from '../analysis/types';

import { MAX_MESSAGE_TEXT } from './limits';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const draftText = v.pipe(v.string(), v.maxLength(MAX_MESSAGE_TEXT));

export const ComposerSnapshotSchema = v.object({
  composerId: v.pipe(v.string(), v.maxLength(64)),
  text: draftText,
  selection: v.nullable(v.object({ start: offset, end: offset })),
  editor: v.pipe(v.string(), v.maxLength(32)),
  kind: v.picklist(['post', 'reply', 'comment', 'message', 'other']),
  hasMedia: v.boolean(),
  account: v.optional(v.pipe(v.string(), v.maxLength(128))),
});
export type ComposerSnapshot = v.InferOutput<typeof ComposerSnapshotSchema>;

/** What a page's content script knows: which site, and the focused composer if any. */
export const PageStateSchema = v.object({
  site: v.pipe(v.string(), v.maxLength(64)),
  platform: v.picklist(PLATFORMS),
  composer: v.nullable(ComposerSnapshotSchema),
  composerCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PageState = v.InferOutput<typeof PageStateSchema>;

export const EditSchema = v.object({ start: offset, end: offset, replacement: draftText });
export type Edit = v.InferOutput<typeof EditSchema>;

/** Background/panel → content script. */
export const ToContentSchema = v.variant('type', [
  v.object({ type: v.literal('tutur/get-state') }),
  v.object({ type: v.literal('tutur/apply'), composerId: v.string(), expectedText: draftText, edit: EditSchema }),
  v.object({ type: v.literal('tutur/undo'), composerId: v.string(), expectedText: draftText }),
]);
export type ToContent = v.InferOutput<typeof ToContentSchema>;

export const ApplyResultSchema = v.object({
  ok: v.boolean(),
  reason: v.optional(v.picklist(['stale', 'composing', 'not-found', 'verify-failed', 'nothing-to-undo'])),
  /** The composer's text after the attempt (so the panel re-analyses at once). */
  text: v.optional(draftText),
});
export type ApplyResult = v.InferOutput<typeof ApplyResultSchema>;

/** Content script → background. */
export const FromContentSchema = v.object({ type: v.literal('tutur/state'), state: PageStateSchema });
export type FromContent = v.InferOutput<typeof FromContentSchema>;

/** Panel → background, over runtime.sendMessage: forward a message to a tab's content script. */
export const RelaySchema = v.object({
  type: v.literal('tutur/relay'),
  tabId: v.pipe(v.number(), v.integer()),
  message: ToContentSchema,
});
export type Relay = v.InferOutput<typeof RelaySchema>;

/** Panel ↔ background over a long-lived port named PANEL_PORT. */
export const PANEL_PORT = 'tutur-panel';
export const PanelToBackgroundSchema = v.object({ type: v.literal('subscribe'), tabId: v.pipe(v.number(), v.integer()) });
export type PanelToBackground = v.InferOutput<typeof PanelToBackgroundSchema>;

/** `state: null` means no Tutur content script answers in that tab (unsupported page). */
export const BackgroundToPanelSchema = v.object({
  type: v.literal('state'),
  tabId: v.number(),
  state: v.nullable(PageStateSchema),
});
export type BackgroundToPanel = v.InferOutput<typeof BackgroundToPanelSchema>;

/** Parse or return undefined, logging why (a malformed message is never acted on). */
export function parseMessage<S extends v.GenericSchema>(schema: S, value: unknown, where: string): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  console.warn(`[tutur] dropped a malformed message at ${where}: ${v.summarize(result.issues).slice(0, 300)}`);
  return undefined;
}
