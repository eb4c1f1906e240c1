/** What a hoax clarification says of each item a clarification that works carries: the label readers know
 * at the start ("[HOAKS]"), the fact first and last with the false claim once in between ("truth sandwich":
 * Lewandowsky et al., The Debunking Handbook 2020), the claim marked as false where it is quoted, the
 * official source, and no share pressure or alarm wording copied from the hoax. The facts card's checklist
 * and the clarification.* rules read the same result, so they never disagree. */
import data from '../data/clarification.json' with { type: 'json' };
import who from './who.json' with { type: 'json' };
import type { Doc } from '../doc';
import { ALARM_WORDS, isShoutedAlarm, SHARE_PRESSURE } from '../lexicon';
import { spansByLine } from '../lines';
import type { PostKind } from '../post-kind';
import { PhraseList } from '../text/phrases';
import type { ClaimQuote, ClarificationChecklist, Facts, Span } from '../types';
import { isOfficialUrl } from './source';

const STRONG = new PhraseList(data.strong);
const VERDICTS = new PhraseList([...data.verdicts.id, ...data.verdicts.en]);
const CLAIMS = new PhraseList([...data.claims.id, ...data.claims.en]);
const CAMPAIGN = new PhraseList(data.campaign.flatMap((before) => data.campaignWords.map((word) => `${before} ${word}`)));
const REFERENCES = new Set(data.references);
/** An office or body among the who facts ("Dinas Kesehatan Kota Pontianak", "BMKG", "Health Office"), named as
 * the one who states the fact ("… menyatakan", "… found"), is the clarification's source; "air PDAM" is the topic. */
const STATEMENTS = new PhraseList(data.statements);
const BODIES = new PhraseList([...who.organisations, ...who.strongOrganisations, ...who.bodies, ...who.organisationHeads, ...who.agencies]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABEL_WORDS = [...data.labels]
  .sort((a, b) => b.length - a.length)
  .map((l) => escape(l).replace(/ /g, '\\s+'))
  .join('|');
/** A label at the very start: "[HOAKS]", "[ HOAX ]", "[SALAH/HOAKS]", "(KLARIFIKASI)", after an emoji or two. */
const LABEL = new RegExp(
  String.raw`^[\s\p{So}\p{Sk}\uFE0F\u200D]*[[(【]\s*(?:${LABEL_WORDS})(?:\s*[/|&,]\s*(?:${LABEL_WORDS}))*\s*[\])】]`,
  'iu',
);
/** A label word written bare at the start ("Klarifikasi:", "HOAKS!", "Hoax -", or in capitals alone: "HOAKS Air …"):
 * the fix puts it in brackets. */
const BARE_LABEL = new RegExp(String.raw`^([\s\p{So}\p{Sk}\uFE0F\u200D]*)(${LABEL_WORDS})(?:\s*[:!\-–—|]+\s*|(\s+))`, 'iu');

/** The label at the start, or none. */
export function findLabel(text: string): Span | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const start = m[0].search(/[[(【]/u);
  return { start, end: m[0].length, text: m[0].slice(start) };
}

/** A label word written bare at the start: where it is (with its punctuation) and the word. */
export function findBareLabel(text: string): { start: number; end: number; word: string } | null {
  const m = BARE_LABEL.exec(text);
  // Without punctuation only in capitals: "Hoaks air PDAM …" may be a sentence, "HOAKS Air PDAM …" is a label.
  if (!m || (m[3] !== undefined && m[2] !== m[2]!.toUpperCase())) return null;
  return { start: m[1]!.length, end: m[0].length, word: m[2]! };
}

type Match = { start: number; end: number };

/** `spans` not inside one of `inside`; both in text order, `inside` not overlapping itself (one phrase list's
 * matches). Linear: a pasted draft may say "lawan hoaks" thousands of times. */
function outside<S extends Match>(spans: readonly S[], inside: readonly Match[]): S[] {
  const out: S[] = [];
  let j = 0;
  for (const s of spans) {
    while (j < inside.length && inside[j]!.end <= s.start) j++;
    const c = inside[j];
    if (!c || s.start < c.start || s.end > c.end) out.push(s);
  }
  return out;
}

/** The spans inside each sentence, sentence by sentence (both in text order, sentences not overlapping): linear. */
function bySentence<S extends Match>(spans: readonly S[], sentences: readonly Match[]): S[][] {
  const out: S[][] = sentences.map(() => []);
  let j = 0;
  sentences.forEach((sentence, i) => {
    while (j < spans.length && spans[j]!.start < sentence.start) j++;
    for (let k = j; k < spans.length && spans[k]!.start < sentence.end; k++) if (spans[k]!.end <= sentence.end) out[i]!.push(spans[k]!);
  });
  return out;
}

/** A hoax clarification: a post the engine reads as one (post-kinds.json) that carries a label at the start,
 * or calls something a hoax (not "lawan hoaks", "jangan menyebarkan hoaks": a campaign clears up no claim),
 * or quotes a claim and calls it false ("Pendaftar yang memberi data tidak benar …" quotes nothing). */
export function isClarification(doc: Doc, kinds: ReadonlySet<PostKind>): boolean {
  if (!kinds.has('clarification')) return false;
  if (findLabel(doc.text)) return true;
  const campaign = CAMPAIGN.findInDoc(doc);
  if (outside(STRONG.findInDoc(doc), campaign).length > 0) return true;
  return outside(VERDICTS.findInDoc(doc), campaign).length > 0 && CLAIMS.findInDoc(doc).length > 0;
}

/** Each draft's checklist, for the three rules that read it (the engine hands them one draft object). */
const byDoc = new WeakMap<Doc, ClarificationChecklist>();

/** The clarification checklist of a draft the engine reads as a clarification (`isClarification`), from its
 * who and source facts (attributions, official links). */
export function clarificationChecklist(doc: Doc, facts: Pick<Facts, 'who' | 'source'>): ClarificationChecklist {
  let found = byDoc.get(doc);
  if (!found) byDoc.set(doc, (found = findClarificationItems(doc, facts)));
  return found;
}

const span = (doc: Doc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });

function findClarificationItems(doc: Doc, facts: Pick<Facts, 'who' | 'source'>): ClarificationChecklist {
  const label = findLabel(doc.text);
  // After the label, or a label word written bare ("Hoaks! …"): the post's first sentence.
  const labelEnd = label?.end ?? findBareLabel(doc.text)?.end ?? 0;
  const verdicts = outside(VERDICTS.findInDoc(doc), label ? [label] : []);
  const claims = CLAIMS.findInDoc(doc);
  // The sentences that say something, without the label: "[HOAKS]" alone on its line is no sentence.
  const sentences: Match[] = [];
  for (const s of doc.sentences) {
    const word = s.words.find((w) => w.start >= labelEnd);
    if (!word) continue;
    let start = Math.max(s.start, labelEnd);
    while (start < word.start && /\s/.test(doc.text[start]!)) start++;
    sentences.push({ start, end: s.end });
  }
  const claimsIn = bySentence(claims, sentences);
  const verdictsIn = bySentence(verdicts, sentences);

  // A sentence quotes the claim where a claim word introduces it ("Beredar pesan yang menyebut …"), not where
  // one points back to a claim already quoted ("Pesan yang beredar itu tidak benar").
  const quotes = sentences.map((s, i) => claimsIn[i]!.some((c) => !pointsBack(doc.text, c, s.end, verdictsIn[i]!)));
  const claim: ClaimQuote[] = [];
  sentences.forEach((s, i) => {
    if (!quotes[i]) return;
    // Marked in the sentence, or in the one right after or before ("… menyebut X. Informasi itu tidak benar.").
    const mark = [i, i + 1, i - 1]
      .filter((n) => n === i || (n >= 0 && n < sentences.length && !quotes[n]))
      .map((n) => verdictsIn[n]![0])
      .find((m) => m !== undefined);
    claim.push({ ...span(doc, s.start, s.end), marked: mark ? span(doc, mark.start, mark.end) : null });
  });
  const fact = (i: number) => (i >= 0 && i < sentences.length && !quotes[i] ? span(doc, sentences[i]!.start, sentences[i]!.end) : null);

  return {
    label: label ? [label] : [],
    fact: { first: fact(0), last: fact(sentences.length - 1) },
    claim,
    source: officialSources(doc, facts),
    pressure: [...SHARE_PRESSURE.findInDoc(doc).filter((m) => !negated(doc.text, m.start)), ...spansByLine(doc, shoutedAlarms)]
      .sort((a, b) => a.start - b.start)
      .map((m) => span(doc, m.start, m.end)),
  };
}

/** "itu", "tersebut", "this" right after the claim word, or a verdict (of the sentence's, in text order) within
 * the next two words: a claim already quoted. */
function pointsBack(text: string, claim: Match, sentenceEnd: number, verdicts: readonly Match[]): boolean {
  const rest = text.slice(claim.end, Math.min(sentenceEnd, claim.end + 40));
  const next = /^[\s,]*([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase();
  if (next && REFERENCES.has(next)) return true;
  const verdict = firstFrom(verdicts, claim.end);
  return (
    verdict !== undefined &&
    verdict.start - claim.end <= 40 &&
    text.slice(claim.end, verdict.start).trim().split(/\s+/).filter(Boolean).length <= 2
  );
}

/** The first span starting at or after `offset` (spans in text order): binary search. */
function firstFrom<S extends Match>(spans: readonly S[], offset: number): S | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo];
}

/** "jangan sebarkan", "don't share this": the opposite of share pressure. */
const NEGATION = /(?:^|[^\p{L}])(?:jangan|tidak|bukan|tak|janganlah|don['’]t|do not|never|please don['’]t)\s+(?:\p{L}+\s+)?$/iu;
const negated = (text: string, start: number) => NEGATION.test(text.slice(Math.max(0, start - 30), start));

function shoutedAlarms(line: string): Match[] {
  return ALARM_WORDS.find(line).filter((m) => isShoutedAlarm(line, m.start, m.end));
}

const FACT_CHECKERS = data.factCheckers;
const isFactChecker = (url: string) => {
  const bare = url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .toLowerCase();
  return FACT_CHECKERS.some((site) => bare === site || bare.startsWith(`${site}/`) || bare.startsWith(`${site}?`));
};

/** The source facts, the offices and bodies named, and links to an official domain (.go.id …) or a fact-checking
 * site; each once (a body inside an attribution is the attribution). */
function officialSources(doc: Doc, { who, source }: Pick<Facts, 'who' | 'source'>): Span[] {
  const all = [...source, ...who.filter((w) => BODIES.test(w.text) && states(doc.text, w.end)), ...officialLinks(doc)];
  // Outer spans first; one inside the last kept is dropped (linear after the sort).
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of all) if (out.length === 0 || s.end > out[out.length - 1]!.end) out.push(s);
  return out;
}

/** A statement verb soon after an office, in the same sentence ("… pada Rabu, 25 November 2026, menyatakan"). */
function states(text: string, end: number): boolean {
  const after = text.slice(end, end + 50).split(/[.!?\n](?:\s|$)/)[0]!;
  return STATEMENTS.test(after);
}

/** Links to an official domain (.go.id …) or a fact-checking site. */
function officialLinks(doc: Doc): Span[] {
  return doc.tokens
    .filter((t) => t.kind === 'url' && (isOfficialUrl(t.text) || isFactChecker(t.text)))
    .map((t) => span(doc, t.start, t.end));
}
