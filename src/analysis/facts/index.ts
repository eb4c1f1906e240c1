/** Who / where / when / source spans found in a draft. Extracted per line and cached. */
import type { Doc } from '../doc';
import type { Facts, Span } from '../types';
import { findWhen } from './when';

type Extractor = (text: string) => Span[];
const EXTRACTORS: Record<keyof Facts, Extractor> = {
  who: () => [],
  where: () => [],
  when: findWhen,
  source: () => [],
};

const cache = new Map<string, Facts>();
const CACHE_LIMIT = 4000;

function factsOfLine(text: string): Facts {
  const hit = cache.get(text);
  if (hit) return hit;
  const facts: Facts = {
    who: EXTRACTORS.who(text),
    where: EXTRACTORS.where(text),
    when: EXTRACTORS.when(text),
    source: EXTRACTORS.source(text),
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
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
