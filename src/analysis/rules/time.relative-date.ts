/** time.relative-date: "besok", "hari ini", "tomorrow" mean nothing to someone
 * reading the post two days later or after a share. Add the date. */
import lexicon from './time.relative-date.json' with { type: 'json' };
import { finding, type ParagraphRule } from '../rule';
import { addDays, formatDate, localDate } from '../time';
import type { Finding } from '../types';
import { scanWordStarts, wordStartPattern } from '../text/word-starts';

type Lang = 'id' | 'en';
const OFFSETS = new Map<string, { lang: Lang; days: number | null }>();
for (const lang of ['id', 'en'] as const) {
  for (const [phrase, days] of Object.entries(lexicon[lang] as Record<string, number | null>)) {
    OFFSETS.set(phrase, { lang, days });
  }
}
const phrases = [...OFFSETS.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+'));
const RELATIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
// Tried only where the first word of an expression starts.
export const RELATIVE = wordStartPattern(RELATIVE_RE, [...OFFSETS.keys()].map((phrase) => phrase.split(' ')[0]!), false);
// A date written right after the expression: "besok, Jumat (27/11)", "today (27 Nov)".
const DATE_FOLLOWS_RE =
  /^[\s,(–-]*(?:(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}\s*[/.-]\s*\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\p{L}*)/iu;

const rule: ParagraphRule = {
  id: 'time.relative-date',
  category: 'trust',
  scope: 'paragraph',
  check(p, ctx) {
    const out: Finding[] = [];
    const today = localDate(ctx.now, ctx.timeZone);
    for (const m of scanWordStarts(p.text, RELATIVE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (DATE_FOLLOWS_RE.test(p.text.slice(end, end + 40))) continue;
      const entry = OFFSETS.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!entry) continue;
      const phrase = m[0];
      if (entry.days === null) {
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
      const date = formatDate(addDays(today, entry.days), entry.lang);
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
};

export default rule;
