/** Who / where / when / source spans found in a draft. Extracted per line and cached. */
import { readParagraph, type Doc } from '../doc';
import type { Facts } from '../types';
import { LruCache } from '../cache';
import { findSource } from './source';
import { findWhen } from './when';
import { findWhere } from './where';
import { findWho } from './who';

const cache = new LruCache<string, Facts>(4000);

function factsOfLine(text: string): Facts {
  const hit = cache.get(text);
  if (hit) return hit;
  const { tokens } = readParagraph(text);
  const where = findWhere(text, tokens);
  const who = findWho(text, tokens, where);
  const facts: Facts = { who, where, when: findWhen(text), source: findSource(text, tokens, who) };
  cache.set(text, facts);
  return facts;
}

export function extractFacts(doc: Doc): Facts {
  const out: Facts = { who: [], where: [], when: [], source: [] };
  for (const p of doc.paragraphs) {
    const facts = factsOfLine(p.text);
    for (const key of ['who', 'where', 'when', 'source'] as const) {
      for (const s of facts[key]) out[key].push({ start: s.start + p.start, end: s.end + p.start, text: s.text });
    }
  }
  return out;
}
