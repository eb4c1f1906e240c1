/** Source: attributions ("kata Camat Budi", "menurut BPBD", "according to the
 * Health Office") and links to official domains (.go.id …). */
import data from './source.json' with { type: 'json' };
import { PhraseList } from '../text/phrases';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { capitalisedRunEnd, tokenAt } from './names';
import { mergeSpans } from './names';

const VERBS = new PhraseList(data.verbs);
const PHRASES = new PhraseList(data.phrases);
const REPORT_VERBS = new PhraseList(data.reportVerbs);
const OFFICIAL = data.officialDomains;
// "ujarnya", "katanya": the speaker was named before; the suffix is the attribution.
const SELF_ATTRIBUTING = new Set(data.verbs.filter((v) => v.endsWith('nya')));
const AFTER_QUOTE = /["”'’]\s*$/;
const ENDS_CLAUSE = /^\s*(?:[.,;:!?]|$)/;

/** "katanya" tagging reported speech: right after a quote or closing the clause ("“Air surut,”
 * katanya."). Before the claim it is hearsay ("katanya air PDAM tercemar"), not a source. */
export function isAttributionTag(text: string, start: number, end: number): boolean {
  if (!SELF_ATTRIBUTING.has(text.slice(start, end).toLowerCase())) return false;
  return AFTER_QUOTE.test(text.slice(Math.max(0, start - 4), start)) || ENDS_CLAUSE.test(text.slice(end, end + 2));
}
const LOWER_LEAD = new Set(['the', 'a', 'an', 'sang', 'para', 'pihak']);
const SHARED_FROM = new Set(['via', 'sumber', 'source']);
// Between a name and its verb: spaces, commas and degrees ("Budi Santoso, M.T., mengatakan").
const BETWEEN_NAME_AND_VERB = /^[\s,]*(?:(?:\p{Lu}\p{L}{0,3}\.)+[\s,]*)*$/u;

export function isOfficialUrl(url: string): boolean {
  const host = url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .split(/[/?#:]/)[0]!
    .toLowerCase();
  return OFFICIAL.some((d) => host === d || host.endsWith(`.${d}`));
}

export function findSource(text: string, tokens: readonly Token[], who: readonly Span[]): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number) => spans.push({ start, end, text: text.slice(start, end) });
  // The source named after "kata", "said" …: near, and in the same sentence ("BMKG said. Avoid …" names no "Avoid").
  const sameSentence = (from: number, to: number) => to - from <= 6 && !/[.!?\n]/.test(text.slice(from, to));
  const whoStartingNear = (offset: number) => who.find((w) => w.start >= offset && sameSentence(offset, w.start));

  for (const list of [VERBS, PHRASES]) {
    for (const m of list.find(text)) {
      if (list === VERBS && SELF_ATTRIBUTING.has(m.phrase)) {
        if (isAttributionTag(text, m.start, m.end)) add(m.start, m.end);
        continue;
      }
      // The named source: a "who" right after, or a capitalised name (skipping "the", "para" …).
      const w = whoStartingNear(m.end);
      if (w) {
        add(m.start, w.end);
        continue;
      }
      let next = tokenAt(tokens, m.end);
      if (tokens[next] && LOWER_LEAD.has(tokens[next]!.lower)) next++;
      const end = tokens[next] && sameSentence(m.end, tokens[next]!.start) ? capitalisedRunEnd(text, tokens, next) : -1;
      if (end !== -1) add(m.start, tokens[end]!.end);
    }
  }
  // "BPBD Kota Pontianak mencatat …": a named office reporting is its own source.
  for (const m of REPORT_VERBS.find(text)) {
    const w = who.find((s) => s.end <= m.start && m.start - s.end <= 20 && BETWEEN_NAME_AND_VERB.test(text.slice(s.end, m.start)));
    if (w) add(w.start, m.end);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'url' && isOfficialUrl(t.text)) add(t.start, t.end);
    // "RT @bmkgkalbar:", "via @PemkotPontianak": the account passed on is the source.
    const before = tokens[i - 1];
    // "RT" only opening the line: "Ketua RT @budi" is a neighbourhood head.
    const sharedFrom = before && (before.lower === 'rt' ? i === 1 : SHARED_FROM.has(before.lower));
    if (t.kind === 'mention' && sharedFrom && sameSentence(before.end, t.start)) add(before.start, t.end);
  }
  return mergeSpans(spans, text);
}
