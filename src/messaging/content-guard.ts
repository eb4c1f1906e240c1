/** The content script's check of incoming messages. It mirrors ToContentSchema
 * by hand because valibot alone would take a quarter of the content script's
 * 8 KB budget; tests/unit/messaging.test.ts holds the two in agreement. */
import type { ToContent } from './messages';
import { MAX_COUNT, MAX_MESSAGE_TEXT, MAX_SPANS } from './limits';

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isText = (s: unknown): s is string => typeof s === 'string' && s.length <= MAX_MESSAGE_TEXT;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isSpan = (s: unknown) => isRecord(s) && isOffset(s.start) && isOffset(s.end);

export function isToContent(m: unknown): m is ToContent {
  if (!isRecord(m)) return false;
  if (m.type === 'tutur/get-state') return true;
  if (typeof m.composerId !== 'string' || m.composerId.length > 64) return false;
  if (m.type === 'tutur/findings') {
    const spans = m.spans;
    return (
      isOffset(m.count) &&
      m.count <= MAX_COUNT &&
      (spans === undefined || (Array.isArray(spans) && spans.length <= MAX_SPANS && spans.every(isSpan)))
    );
  }
  if (m.type === 'tutur/highlight') return m.span === null || isSpan(m.span);
  if (!isText(m.expectedText)) return false;
  if (m.type === 'tutur/undo') return true;
  if (m.type !== 'tutur/apply' || !isRecord(m.edit)) return false;
  return isOffset(m.edit.start) && isOffset(m.edit.end) && isText(m.edit.replacement);
}
