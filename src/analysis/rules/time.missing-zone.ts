/** time.missing-zone: "pukul 08.00" means three different times across
 * Indonesia's three zones; say WIB, WITA or WIT. */
import { finding, defineRule } from '../rule';
import { isClockTime } from '../facts';
import type { Finding } from '../types';

// The zone may come after the end of a range: "pukul 08.00 s.d. 12.00 WIB".
const ZONE_NEAR = /^[^!?\n]{0,30}?\b(?:WIB|WITA|WIT|UTC|GMT)\b/i;
const HAS_ZONE = /\b(?:WIB|WITA|WIT|UTC|GMT)\b/i;
const FIGURE = /\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m))?/gi;

/** Where the zone goes: at the end of the time ("08.00-10.00 WIB", "pukul 7 malam WIB"), but
 * after the last clock figure when the range ends in "selesai" ("08.00 WIB - selesai"). */
function zoneOffset(text: string): number | null {
  if (!/selesai$/i.test(text)) return text.length;
  let end: number | null = null;
  for (const m of text.matchAll(FIGURE)) end = m.index + m[0].length;
  return end;
}

const rule = defineRule({
  id: 'time.missing-zone',
  category: 'correctness',
  scope: 'draft',
  check(doc, ctx) {
    const out: Finding[] = [];
    for (const span of doc.facts.when) {
      if (!isClockTime(span) || HAS_ZONE.test(span.text)) continue;
      if (ZONE_NEAR.test(doc.text.slice(span.end, span.end + 60))) continue;
      const offset = zoneOffset(span.text);
      if (offset === null) continue;
      const at = span.start + offset;
      const zone = ctx.zoneLabel;
      out.push(
        finding(rule, ctx, doc.text, {
          severity: 'suggestion',
          span: { start: span.start, end: span.end },
          message: { id: `Jam tanpa zona waktu: “${span.text}”`, en: `Time without a time zone: “${span.text}”` },
          why: {
            id: `Indonesia punya tiga zona waktu, dan unggahan dibaca di seluruh negeri. Tulis “${span.text} ${zone}”.`,
            en: `Indonesia has three time zones, and posts travel across the country. Write “${span.text} ${zone}”.`,
          },
          fix: { start: at, end: at, replacement: ` ${zone}`, label: { id: `Tambahkan “${zone}”`, en: `Add “${zone}”` } },
        }),
      );
    }
    return out;
  },
});

export default rule;
