/** Per-line memo for document rules: a rule that scans the whole draft on every
 * keystroke scans only the changed line, the other lines' results come from
 * the cache and are shifted to their place in the draft. */
import { lineMemo, type Doc } from './doc';

export interface LineSpan {
  start: number;
  end: number;
}

/** `find(line)` gives spans relative to the line; the result is in draft offsets. */
export function spansByLine<S extends LineSpan>(doc: Doc, name: string, find: (line: string) => S[]): S[] {
  const out: S[] = [];
  for (const p of doc.paragraphs) {
    if (p.text === '') continue;
    const spans: readonly S[] = lineMemo(p.text, name, () => find(p.text));
    for (const s of spans) out.push(p.start === 0 ? s : { ...s, start: s.start + p.start, end: s.end + p.start });
  }
  return out;
}
