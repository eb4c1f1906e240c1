/** The extra checklist items of a warning or announcement: what to do, an
 * official contact, the next update; and the "what" (the news itself). A warning
 * also gets the warning checklist (warning.ts), a hoax clarification the clarification checklist (clarification.ts). */
import { CALLS_TO_ACTION, normaliseContact, officialContacts } from '../contacts';
import type { Doc } from '../doc';
import type { PostKind } from '../post-kind';
import type { Checklist, Span, StylePack } from '../types';
import { clarificationChecklist, isClarification } from './clarification';
import { extractFacts } from './index';
import { isWarning, UPDATES, warningChecklist } from './warning';

/** `contacts` and `kinds`: found once by the engine for the checklist and the rules. */
export function buildChecklist(doc: Doc, pack: StylePack | undefined, contacts: Span[], kinds: ReadonlySet<PostKind>): Checklist {
  const first = doc.sentences[0];
  const what: Span | null = first ? { start: first.start, end: first.end, text: first.text } : null;
  const withText = (spans: { start: number; end: number; text: string }[]) =>
    spans.map((s) => ({ start: s.start, end: s.end, text: s.text }));
  const checklist: Checklist = {
    kinds: [...kinds],
    what,
    action: withText(CALLS_TO_ACTION.findInDoc(doc)),
    contact: contacts,
    update: withText(UPDATES.findInDoc(doc)),
  };
  // The where facts come from the engine's per-line memo: found once for the rules and here.
  if (isWarning(doc, kinds)) checklist.warning = warningChecklist(doc, extractFacts(doc).where);
  if (isClarification(doc, kinds)) checklist.clarification = clarificationChecklist(doc, extractFacts(doc));
  const expected = officialContacts(pack);
  if (expected.length) {
    const lower = doc.text.toLowerCase();
    checklist.official = { expected, present: expected.filter((c) => lower.includes(normaliseContact(c))) };
  }
  return checklist;
}
