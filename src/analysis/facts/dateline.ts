/** News datelines and wire credits at the start of a line: "PONTIANAK – Pemkot …", "SINGKAWANG, KOMPAS.com –",
 * "Sambas (ANTARA) –", "TRIBUNPONTIANAK.CO.ID, PONTIANAK –". Written in capitals by convention, they are not
 * shouting, and they say where the news comes from. */
import { tokenize } from '../text/tokens';
import { findWhere } from './where';

/** Up to the first dash with space around it, near the start of the line. */
const HEAD = /^[ \t]*([^\n–—]{1,60}?)[ \t]+[–—-][ \t]+/u;
/** A wire credit after the place: "(ANTARA)", "(Antara News)". */
const WIRE = /[ \t]*\(\p{Lu}[\p{L} .]*\)$/u;
/** An outlet's address: "KOMPAS.com", "TRIBUNPONTIANAK.CO.ID". */
const OUTLET = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;

/** Where the line's dateline ends (0: none): each part before the dash is a place, an outlet or a wire credit,
 * and one at least is a place ("AWAS BANJIR BESAR – …" is no dateline). */
export function datelineEnd(line: string): number {
  const m = HEAD.exec(line);
  if (!m) return 0;
  let place = false;
  for (const part of m[1]!.split(/,[ \t]*/)) {
    const wire = WIRE.exec(part);
    const item = (wire ? part.slice(0, wire.index) : part).trim();
    if (!item) {
      if (!wire) return 0;
      continue;
    }
    if (OUTLET.test(item)) continue;
    if (!/^\p{Lu}/u.test(item)) return 0;
    const lower = item.toLowerCase();
    const places = findWhere(lower, tokenize(lower));
    if (places.length !== 1 || places[0]!.start !== 0 || places[0]!.end !== lower.length) return 0;
    place = true;
  }
  return place ? m[0].length : 0;
}
