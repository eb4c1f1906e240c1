/** The ways a post gives readers to act: calls to action ("daftar", "hubungi") and contacts
 * (links, e-mail, accounts, phone numbers and hotlines such as 112). Defined once, for the
 * facts card's checklist and for structure.cta-missing, so the two never disagree. */
import ctaData from './data/calls-to-action.json' with { type: 'json' };
import hotlineData from './data/hotlines.json' with { type: 'json' };
import type { Doc } from './doc';
import { spansByLine } from './lines';
import { PhraseList } from './text/phrases';
import type { Span, StylePack } from './types';

/** Verbs and phrases that tell readers what to do next. */
export const CALLS_TO_ACTION = new PhraseList(ctaData.phrases);

// A full number (+62 …, 0561-…), a call centre (1500 …) or a national hotline standing alone
// (not "1120", "1.120" or "112-an"); counted nouns after it ("110 warga") are rare enough to accept.
const HOTLINES = hotlineData.hotlines.join('|');
const PHONE = new RegExp(
  `(?:\\+62|\\b0)\\d[\\d\\s.-]{6,}\\d|\\b1500\\s?\\d{3,4}\\b|(?<![\\d.,])\\b(?:${HOTLINES})\\b(?![\\d-]|[.,]\\d)`,
  'g',
);

/** Phone numbers and hotlines in one line. */
export function phonesInLine(line: string): Span[] {
  return [...line.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Every contact in a draft, in order: links, e-mail addresses, accounts, phone numbers. */
export function contactsIn(doc: Doc): Span[] {
  return [
    ...doc.tokens
      .filter((t) => t.kind === 'url' || t.kind === 'email' || t.kind === 'mention')
      .map((t) => ({ start: t.start, end: t.end, text: t.text })),
    ...spansByLine(doc, phonesInLine),
  ].sort((a, b) => a.start - b.start);
}

/** The pack's hotline, website and accounts, as a reader would see them written. */
export function officialContacts(pack: StylePack | undefined): string[] {
  const c = pack?.contacts;
  if (!c) return [];
  return [...new Set([c.hotline, c.website, ...(c.handles ?? [])].filter((x): x is string => Boolean(x)))];
}

/** "https://www.kotacontoh.go.id/" matches "kotacontoh.go.id" in a post. */
export function normaliseContact(contact: string): string {
  return contact
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
