/** Who / where / when / source spans found in a draft. Extracted per line and cached. */
import { lineMemo, type Doc, type ParagraphCore } from '../doc';
import type { Facts } from '../types';
import { findSource } from './source';
import { findWhen } from './when';
import { findWhere } from './where';
import { findWho } from './who';

function factsOfLine({ text, tokens }: ParagraphCore): Facts {
  const where = findWhere(text, tokens);
  const who = findWho(text, tokens, where);
  return { who, where, when: findWhen(text), source: findSource(text, tokens, who) };
}

export function extractFacts(doc: Doc): Facts {
  const out: Facts = { who: [], where: [], when: [], source: [] };
  for (const p of doc.paragraphs) {
    const facts = lineMemo(p.text, 'facts', factsOfLine);
    for (const key of ['who', 'where', 'when', 'source'] as const) {
      for (const s of facts[key]) out[key].push({ start: s.start + p.start, end: s.end + p.start, text: s.text });
    }
  }
  return out;
}
