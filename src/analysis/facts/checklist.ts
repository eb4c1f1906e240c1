/** The extra checklist items of a warning or announcement: what to do, an
 * official contact, the next update; and the "what" (the news itself). */
import data from './checklist.json' with { type: 'json' };
import cta from '../rules/structure.cta-missing.json' with { type: 'json' };
import type { Doc } from '../doc';
import { spansByLine } from '../lines';
import { postKinds } from '../post-kind';
import { PhraseList } from '../text/phrases';
import type { Checklist, Span, StylePack } from '../types';

const ACTIONS = new PhraseList(cta.phrases);
const UPDATES = new PhraseList(data.update);
const PHONE = /(?:\+62|\b0)\d[\d\s.-]{6,}\d|\b1\d{2}\b(?=\D|$)/g;

const phones = (line: string) => [...line.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

export function buildChecklist(doc: Doc, pack?: StylePack): Checklist {
  const first = doc.sentences[0];
  const what: Span | null = first ? { start: first.start, end: first.end, text: first.text } : null;
  const contacts: Span[] = [
    ...doc.tokens.filter((t) => t.kind === 'url' || t.kind === 'email' || t.kind === 'mention').map((t) => ({ start: t.start, end: t.end, text: t.text })),
    ...spansByLine(doc, 'checklist:phones', phones),
  ].sort((a, b) => a.start - b.start);
  const withText = (spans: { start: number; end: number; text: string }[]) => spans.map((s) => ({ start: s.start, end: s.end, text: s.text }));
  const checklist: Checklist = {
    kinds: [...postKinds(doc)],
    what,
    action: withText(ACTIONS.findInDoc(doc)),
    contact: contacts,
    update: withText(UPDATES.findInDoc(doc)),
  };
  const expected = officialContacts(pack);
  if (expected.length) {
    const lower = doc.text.toLowerCase();
    checklist.official = { expected, present: expected.filter((c) => lower.includes(normaliseContact(c))) };
  }
  return checklist;
}

/** The pack's hotline, website and accounts, as a reader would see them written. */
export function officialContacts(pack: StylePack | undefined): string[] {
  const c = pack?.contacts;
  if (!c) return [];
  return [...new Set([c.hotline, c.website, ...(c.handles ?? [])].filter((x): x is string => Boolean(x)))];
}

/** "https://www.kotacontoh.go.id/" matches "kotacontoh.go.id" in a post. */
export function normaliseContact(contact: string): string {
  return contact.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}
