/** Per-line memo for whole-draft work: a scan of the whole draft on every keystroke
 * scans only the changed line; the other lines' results come from the engine's line
 * cache and are shifted to their place in the draft. */
import { lineMemo, type Doc, type ParagraphCore } from './doc';

export interface LineSpan {
  start: number;
  end: number;
}

/** The text model of one line, offsets relative to the line. */
export type LineModel = Pick<ParagraphCore, 'text' | 'tokens' | 'sentences'>;

/** `find(line, model)` gives spans relative to the line; the result is in draft offsets. The memo
 * is keyed by `key` (by default `find` itself): pass a module-level function, not a new closure. */
export function spansByLine<S extends LineSpan>(doc: Doc, find: (line: string, model: LineModel) => readonly S[], key: object = find): S[] {
  const out: S[] = [];
  for (const p of doc.paragraphs) {
    if (p.text === '') continue;
    const spans: readonly S[] = lineMemo(p.text, key, (core) => find(p.text, core));
    // Copies, at offset 0 too: the cached spans stay as found, whatever a caller does to these.
    for (const s of spans) out.push({ ...s, start: s.start + p.start, end: s.end + p.start });
  }
  return out;
}
