/** style.time-range: EYD V joins the two ends of a range of times with an en dash and no spaces
 * ("08.00–12.00"), not with a spaced hyphen ("08.00 - 12.00"). Times written the Indonesian way
 * ("08.00") anywhere, with a colon only outside English sentences; a time
 * range already written close ("08.00-12.00") is left as it is, and so is "08.00 - selesai". */
import { finding, defineRule, type Localized } from '../rule';
import type { Finding } from '../types';

// Two clock times ("08.00", "8:30"), with a hyphen or dash between them that has spaces around it or is an em dash.
const RANGE =
  /(?<![\d.:,/])([01]?\d|2[0-4])[.:]([0-5]\d)(?:[ \t]*—[ \t]*|[ \t]+[-–—][ \t]*|[ \t]*[-–—][ \t]+)([01]?\d|2[0-4])[.:]([0-5]\d)(?![\d.:,/]\d)/g;

const WHY: Localized = {
  id: 'Menurut EYD V, rentang waktu ditulis dengan tanda pisah “–” tanpa spasi: pukul 08.00–12.00 WIB.',
  en: 'EYD V joins a range of times with an en dash “–” and no spaces: pukul 08.00–12.00 WIB.',
};

const rule = defineRule({
  id: 'style.time-range',
  category: 'correctness',
  title: { id: 'Rentang waktu: pakai tanda pisah', en: 'Time ranges: use an en dash' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    RANGE.lastIndex = 0;
    for (let m = RANGE.exec(p.text); m !== null; m = RANGE.exec(p.text)) {
      // "08.00" is the Indonesian way to write a time; "9:00" in an English sentence is English's.
      const sentence = p.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
      if (m[0].includes(':') && sentence?.language === 'en') continue;
      // The dash and its spaces, between the two times.
      const firstEnd = m.index + m[1]!.length + 1 + m[2]!.length;
      const secondStart = m.index + m[0].length - m[3]!.length - 1 - m[4]!.length;
      const written = p.text.slice(m.index, m.index + m[0].length);
      const replacement = `${p.text.slice(m.index, firstEnd)}–${p.text.slice(secondStart, m.index + m[0].length)}`;
      out.push(
        finding(rule, ctx, p.text, {
          severity: ctx.audience === 'government' ? 'warning' : 'suggestion',
          span: { start: m.index, end: m.index + m[0].length },
          message: {
            id: `Tulis rentang waktu “${replacement}”, bukan “${written}”`,
            en: `Write the time range “${replacement}”, not “${written}”`,
          },
          why: WHY,
          fix: {
            start: firstEnd,
            end: secondStart,
            replacement: '–',
            label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` },
          },
        }),
      );
    }
    return out;
  },
});

export default rule;
