/** Who / where / when / source spans found in a draft, extracted per line and cached; and
 * the facts API that rules use (a rule imports the facts through this file only). */
import { lineMemo, readParagraph, type Doc, type ParagraphCore } from '../doc';
import { isAllCaps, lowerCaseSameLength, tokenize, type Token } from '../text/tokens';
import type { Facts, Span } from '../types';
import { isCapitalised } from './names';
import { findSource } from './source';
import { findWhen } from './when';
import { findWhere } from './where';

export { isAttributionTag } from './source';
export { isClockTime } from './when';
export { isPlaceTrigger, mayNamePlace } from './where';
export { datelineEnd } from './dateline';
export { isWarning, warningChecklist } from './warning';
export { clarificationChecklist, findBareLabel, isClarification } from './clarification';

/** The places a text names, read on its own (a run of capitals lower-cased, say). */
export function placesIn(text: string): Span[] {
  return findWhere(text, tokenize(text));
}
import { findWho } from './who';

function factsOfLine(line: ParagraphCore): Facts {
  // In a line written in capitals, or a headline in title case, capitals tell no name: read it as if written in lower case.
  const { text, tokens } = capitalsTellNothing(line.text, line.tokens) ? readParagraph(lowerCaseSameLength(line.text)) : line;
  const where = findWhere(text, tokens);
  const who = findWho(text, tokens, where);
  const facts: Facts = { who, where, when: findWhen(text), source: findSource(text, tokens, who) };
  if (text === line.text) return facts;
  const original = (spans: Span[]) => spans.map((s) => ({ start: s.start, end: s.end, text: line.text.slice(s.start, s.end) }));
  return { who: original(facts.who), where: original(facts.where), when: original(facts.when), source: original(facts.source) };
}

/** Most words in capitals ("PELAYANAN KTP DI DISDUKCAPIL KOTA PONTIANAK LIBUR"), or a headline: every
 * word of four letters or more capitalised and no full stop at the end ("Pemkot Pontianak Gelar Operasi
 * Pasar Murah"; not "Contact the Regional Revenue Agency at 112."). */
function capitalsTellNothing(text: string, tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  let long = 0;
  let longCapitalised = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (isAllCaps(t.text)) capitals++;
    if (t.text.length >= 4) {
      long++;
      if (isCapitalised(t)) longCapitalised++;
    }
  }
  return (words >= 3 && capitals / words >= 0.7) || (long >= 4 && longCapitalised === long && !/[.!?]\s*$/.test(text));
}

export function extractFacts(doc: Doc): Facts {
  const out: Facts = { who: [], where: [], when: [], source: [] };
  for (const p of doc.paragraphs) {
    if (p.text === '') continue; // an empty line says nothing (and a paste can hold thousands)
    const facts = lineMemo(p.text, factsOfLine, factsOfLine);
    for (const key of ['who', 'where', 'when', 'source'] as const) {
      for (const s of facts[key]) out[key].push({ start: s.start + p.start, end: s.end + p.start, text: s.text });
    }
  }
  return out;
}
