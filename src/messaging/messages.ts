/** Every message between content script, background and panel, typed once and
 * validated where it arrives with valibot (small and tree-shakable). The content
 * script checks its few incoming messages with content-guard.ts instead, to stay
 * within its 8 KB budget; a test keeps that guard in agreement with these schemas. */
import * as v from 'valibot';
import { PLATFORMS } from '../analysis/types';
import { COMPOSER_KINDS } from '../sites/types';

import { MAX_COUNT, MAX_MESSAGE_TEXT, MAX_SPANS } from './limits';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const draftText = v.pipe(v.string(), v.maxLength(MAX_MESSAGE_TEXT));
const composerId = v.pipe(v.string(), v.maxLength(64));
const span = v.object({ start: offset, end: offset });

export const ComposerSnapshotSchema = v.object({
  composerId,
  text: draftText,
  selection: v.nullable(v.object({ start: offset, end: offset })),
  editor: v.pipe(v.string(), v.maxLength(32)),
  kind: v.picklist(COMPOSER_KINDS),
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

/** Background/panel → content script. `tutur/findings` gives the badge its count (and the spans to underline);
 * `tutur/highlight` marks one finding's span (null clears it). Both leave the editor's DOM alone. */
export const ToContentSchema = v.variant('type', [
  v.object({ type: v.literal('tutur/get-state') }),
  v.object({ type: v.literal('tutur/apply'), composerId, expectedText: draftText, edit: EditSchema }),
  v.object({ type: v.literal('tutur/undo'), composerId, expectedText: draftText }),
  v.object({
    type: v.literal('tutur/findings'),
    composerId,
    count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT)),
    spans: v.optional(v.pipe(v.array(span), v.maxLength(MAX_SPANS))),
  }),
  v.object({ type: v.literal('tutur/highlight'), composerId, span: v.nullable(span) }),
]);
export type ToContent = v.InferOutput<typeof ToContentSchema>;

export const ApplyResultSchema = v.object({
  ok: v.boolean(),
  reason: v.optional(v.picklist(['stale', 'composing', 'not-found', 'verify-failed', 'nothing-to-undo'])),
  /** The composer's text after the attempt (so the panel re-analyses at once). */
  text: v.optional(draftText),
});
export type ApplyResult = v.InferOutput<typeof ApplyResultSchema>;

/** Content script → background: its page state, or "open the panel" (the badge was clicked). */
export const FromContentSchema = v.variant('type', [
  v.object({ type: v.literal('tutur/state'), state: PageStateSchema }),
  v.object({ type: v.literal('tutur/open-panel') }),
]);
export type FromContent = v.InferOutput<typeof FromContentSchema>;

/** Panel → background, over runtime.sendMessage: forward a message to a tab's content script. */
export const RelaySchema = v.object({
  type: v.literal('tutur/relay'),
  tabId: v.pipe(v.number(), v.integer()),
  message: ToContentSchema,
});
export type Relay = v.InferOutput<typeof RelaySchema>;

/** Extension pages → background: run Tutur on a site the user just granted (register, inject into open tabs).
 * Turning a site off is `permissions.remove` from the page; the background hears it in `permissions.onRemoved`. */
export const EnableSiteSchema = v.object({
  type: v.literal('tutur/enable-site'),
  origin: v.pipe(v.string(), v.maxLength(256), v.regex(/^https?:\/\/[^/]+$/)),
  tabId: v.optional(v.pipe(v.number(), v.integer())),
});
export type EnableSite = v.InferOutput<typeof EnableSiteSchema>;
export const EnableSiteResultSchema = v.object({ ok: v.boolean(), injected: v.optional(v.boolean()) });
export type EnableSiteResult = v.InferOutput<typeof EnableSiteResultSchema>;

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
