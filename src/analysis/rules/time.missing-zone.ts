/** time.missing-zone: "pukul 08.00" means three different times across
 * Indonesia's three zones; say WIB, WITA or WIT. A range is one time with one
 * zone ("jam 9 s.d. jam 3 sore WIB"), whatever order the fixes are applied in. */
import { finding, defineRule } from '../rule';
import { isClockTime } from '../facts';
import type { Finding, Span } from '../types';

// The zone may come after the end of a range: "pukul 08.00 s.d. 12.00 WIB".
const ZONE_NEAR = /^[^!?\n]{0,30}?\b(?:WIB|WITA|WIT|UTC|GMT)\b/i;
const HAS_ZONE = /\b(?:WIB|WITA|WIT|UTC|GMT)\b/i;
const FIGURE = /\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m))?/gi;
// What joins the two ends of a range written as two times: "jam 9 s.d. jam 3 sore", "08.00 - 10.00".
const UNTIL = /^(?:\s*[-–]\s*|\s+(?:s\.\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga|to|until)\s+)$/i;
// "am"/"pm" the time's span left out ("7.30 am"): the zone goes after it, not between.
const AM_PM_AFTER = /^\s*(?:[ap]\.m\.|[ap]m)(?![\p{L}\p{N}])/iu;

const ZONE_FIRST = /^\s*(?:WIB|WITA|WIT|UTC|GMT)\b/i;

interface ClockTime {
  /** The time, or the two ends of a range. */
  spans: Span[];
  /** A zone written on either end ("jam 9 WIB s.d. jam 3 sore", "7.30 am WIB to 5 pm"). */
  zoned: boolean;
}

/** The clock times of the draft, the two ends of a range as one ("jam 9 s.d. jam 3 sore"). */
function clockTimes(text: string, when: readonly Span[]): ClockTime[] {
  const out: ClockTime[] = [];
  for (const span of when) {
    if (!isClockTime(span)) continue;
    const zoned = HAS_ZONE.test(span.text);
    const previous = out[out.length - 1];
    const last = previous?.spans.at(-1);
    if (previous && last) {
      const gap = text.slice(last.end, span.start).replace(AM_PM_AFTER, '');
      const zone = ZONE_FIRST.exec(gap);
      if (UNTIL.test(zone ? gap.slice(zone[0].length) : gap)) {
        previous.spans.push(span);
        previous.zoned ||= zoned || zone !== null;
        continue;
      }
    }
    out.push({ spans: [span], zoned });
  }
  return out;
}

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
  title: { id: 'Jam tanpa zona waktu: tambahkan WIB, WITA, atau WIT', en: 'Times without a time zone: add the zone' },
  safeFix: true,
  scope: 'draft',
  check(doc, ctx) {
    const out: Finding[] = [];
    for (const time of clockTimes(doc.text, doc.facts.when)) {
      // A zone on either end is the range's zone.
      if (time.zoned) continue;
      const first = time.spans[0]!;
      const last = time.spans[time.spans.length - 1]!;
      let end = last.end;
      const amPm = AM_PM_AFTER.exec(doc.text.slice(end, end + 8));
      if (amPm) end += amPm[0].length;
      if (ZONE_NEAR.test(doc.text.slice(end, end + 60))) continue;
      const offset = zoneOffset(last.text);
      if (offset === null) continue;
      const at = amPm ? end : last.start + offset;
      const span = { start: first.start, end, text: doc.text.slice(first.start, end) };
      const zone = ctx.zoneLabel;
      out.push(
        finding(rule, ctx, doc.text, {
          severity: 'suggestion',
          span: { start: span.start, end: span.end },
          message: {
            id: `Tambahkan zona waktu setelah “${span.text}”`,
            en: `Add a time zone after “${span.text}”`,
          },
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
