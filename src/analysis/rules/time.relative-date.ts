/** time.relative-date: "besok", "hari ini", "tomorrow" mean nothing to someone
 * reading the post two days later or after a share. Add the date. */
import lexicon from './time.relative-date.json' with { type: 'json' };
import { finding, defineRule } from '../rule';
import { addDays, formatDate, weekday as weekdayOf, type CalendarDate } from '../time';
import type { Finding } from '../types';
import { scanWordStarts, wordStartPattern } from '../text/word-starts';

type Lang = 'id' | 'en';
type Week = 'this' | 'next';
/** days: from today (null: too vague for one date); or a weekday (0 = Sunday) of this or next week. */
type Offset = { lang: Lang; days: number | null } | { lang: Lang; weekday: number; week: Week };
const OFFSETS = new Map<string, Offset>();
for (const lang of ['id', 'en'] as const) {
  for (const [phrase, days] of Object.entries(lexicon[lang] as Record<string, number | null>)) {
    OFFSETS.set(phrase, { lang, days });
  }
}
// "Senin depan", "Sabtu ini", "next Friday"; a phrase listed above keeps its meaning ("minggu depan" is next week).
for (const lang of ['id', 'en'] as const) {
  const w = lexicon.weekdays[lang];
  const names: [string, number][] = [
    ...w.days.map((d, i): [string, number] => [d, i]),
    ...Object.entries(w.aliases as Record<string, string>).map(([a, d]): [string, number] => [a, w.days.indexOf(d)]),
  ];
  const words = Object.entries(('after' in w ? w.after : w.before) as Record<string, Week>);
  for (const [name, weekday] of names) {
    for (const [word, week] of words) {
      const phrase = 'after' in w ? `${name} ${word}` : `${word} ${name}`;
      if (!OFFSETS.has(phrase)) OFFSETS.set(phrase, { lang, weekday, week });
    }
  }
}

/** Days from `today` to the weekday of this week or next week (weeks start on Monday). */
function daysTo(today: CalendarDate, weekday: number, week: Week): number {
  const fromMonday = (day: number) => (day + 6) % 7;
  return fromMonday(weekday) - fromMonday(weekdayOf(today)) + (week === 'next' ? 7 : 0);
}
const phrases = [...OFFSETS.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+'));
const RELATIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
// Tried only where the first word of an expression starts.
// A word start is a run of letters: "jum'at" starts with "jum".
export const RELATIVE = wordStartPattern(
  RELATIVE_RE,
  [...OFFSETS.keys()].map((phrase) => /^[a-z]+/.exec(phrase)![0]),
  false,
);
// A date written right after the expression: "besok, Jumat (27/11)", "today (27 Nov)".
const DATE_FOLLOWS_RE =
  /^[\s,(–-]*(?:(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}\s*[/.-]\s*\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\p{L}*)/iu;

const rule = defineRule({
  id: 'time.relative-date',
  category: 'trust',
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    const today = ctx.today;
    for (const m of scanWordStarts(p.text, RELATIVE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (DATE_FOLLOWS_RE.test(p.text.slice(end, end + 40))) continue;
      const entry = OFFSETS.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!entry) continue;
      const phrase = m[0];
      const days = 'days' in entry ? entry.days : daysTo(today, entry.weekday, entry.week);
      if (days === null) {
        out.push(
          finding(rule, ctx, p.text, {
            severity: 'suggestion',
            span: { start, end },
            message: { id: `“${phrase}” tidak menyebut tanggal`, en: `“${phrase}” gives no date` },
            why: {
              id: 'Unggahan dibaca dan dibagikan ulang berhari-hari kemudian. Sebut tanggalnya, misalnya “Senin–Jumat, 30 November–4 Desember 2026”.',
              en: 'Posts are read and reshared days later. Give the dates, e.g. “Monday–Friday, 30 November–4 December 2026”.',
            },
          }),
        );
        continue;
      }
      // "Senin depan (30 November 2026)": the phrase already names the day.
      const date = formatDate(addDays(today, days), entry.lang, 'days' in entry);
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'warning',
          span: { start, end },
          message: {
            id: `“${phrase}” bisa salah dibaca kalau unggahan dibagikan ulang: tambahkan tanggalnya`,
            en: `“${phrase}” can be misread once the post is reshared: add the date`,
          },
          why: {
            id: `Pembaca yang melihat unggahan ini esok atau lusa tidak tahu “${phrase}” itu kapan. Contoh: “${phrase} (${date})”.`,
            en: `Someone who sees this post a day or two later cannot tell when “${phrase}” is. Example: “${phrase} (${date})”.`,
          },
          fix: {
            start: end,
            end,
            replacement: ` (${date})`,
            label: { id: `Tambahkan “(${date})”`, en: `Add “(${date})”` },
          },
        }),
      );
    }
    return out;
  },
});

export default rule;
