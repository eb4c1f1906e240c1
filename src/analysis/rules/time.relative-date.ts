/** time.relative-date: "besok", "hari ini", "tomorrow" mean nothing to someone
 * reading the post two days later or after a share. Add the date. */
import lexicon from './time.relative-date.json' with { type: 'json' };
import { finding, defineRule } from '../rule';
import { addDays, DAY_NAMES, formatDate, MONTH_WORDS, weekday as weekdayOf, type CalendarDate } from '../time';
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

// "hari Minggu ini": Sunday, not the week ("minggu ini").
for (const [phrase, week] of Object.entries(lexicon.weekdayPhrases.id as Record<string, Week>)) {
  OFFSETS.set(phrase, { lang: 'id', weekday: 0, week });
}

// How people write each word ("bsk", "kmrn", "td malam", "tmrw"): a spelling reads as its word in every phrase.
const SPELLINGS: Record<Lang, Map<string, string[]>> = { id: new Map(), en: new Map() };
/** A spelling, lower case, to the word it stands for. */
const CANONICAL = new Map<string, string>();
for (const lang of ['id', 'en'] as const) {
  for (const [word, spellings] of Object.entries(lexicon.spellings[lang] as Record<string, string[]>)) {
    SPELLINGS[lang].set(word, spellings);
    for (const s of spellings) CANONICAL.set(s, word);
  }
}
/** Short forms that are other acronyms in capitals ("TD pagi" is blood pressure): not a date in capitals. */
const ABBREVIATIONS = new Set(lexicon.spellings.abbreviations);
const canonical = (written: string) =>
  written
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .map((w) => CANONICAL.get(w) ?? w)
    .join(' ');
/** An abbreviation written in capitals ("TD", "HR ini"). */
const capitalAbbreviation = (written: string) =>
  written.split(/\s+/).some((w) => ABBREVIATIONS.has(w.toLowerCase()) && w.length > 1 && w === w.toUpperCase());

/** Days from `today` to the weekday of this week or next week (weeks start on Monday). */
function daysTo(today: CalendarDate, weekday: number, week: Week): number {
  const fromMonday = (day: number) => (day + 6) % 7;
  return fromMonday(weekday) - fromMonday(weekdayOf(today)) + (week === 'next' ? 7 : 0);
}
const escape = (w: string) => w.replace(/'/g, "['’]");
/** A phrase as a pattern, each word with its spellings: "besok pagi" → "(?:besok|bsk|…)\s+(?:pagi|pgi)". */
const pattern = (phrase: string, lang: Lang) =>
  phrase
    .split(' ')
    .map((w) => {
      const spellings = SPELLINGS[lang].get(w);
      return spellings
        ? `(?:${[w, ...spellings]
            .sort((a, b) => b.length - a.length)
            .map(escape)
            .join('|')})`
        : escape(w);
    })
    .join('\\s+');
const phrases = [...OFFSETS.entries()].sort(([a], [b]) => b.length - a.length).map(([p, { lang }]) => pattern(p, lang));
const RELATIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
// Tried only where the first word of an expression starts.
// A word start is a run of letters: "jum'at" starts with "jum".
export const RELATIVE = wordStartPattern(
  RELATIVE_RE,
  [...OFFSETS.entries()].flatMap(([phrase, { lang }]) => {
    const first = /^[a-z]+/.exec(phrase)![0];
    return [first, ...(phrase.startsWith(first + ' ') || phrase === first ? (SPELLINGS[lang].get(first) ?? []) : [])];
  }),
  false,
);
// A month's name or its usual short form, both languages: "Desember", "Dec.", "Agt".
const MONTH = `(?:${[
  ...MONTH_WORDS,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'agu',
  'agt',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'des',
  'dec',
]
  .sort((a, b) => b.length - a.length)
  .join('|')})(?!\\p{L})\\.?`;
// A date written right after the expression: "besok, Jumat (27/11)", "today (27 Nov)", "today, Dec. 10".
const DATE_FOLLOWS_RE = new RegExp(
  `^[\\s,(–-]*(?:(?:hari\\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\b|\\d{1,2}\\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\\p{L}*|${MONTH}\\s*\\d{1,2}\\b|(?:tanggal|tgl\\.?)\\s*\\d{1,2}\\b)`,
  'iu',
);
// A date written right before it: "Rabu (9/12) hari ini", "9 Desember 2026 besok", "Dec. 10 tonight". A time
// ("pukul 19.00 malam ini") is no date: a bare number pair counts only with a slash or in brackets.
const DATE_PRECEDES_RE = new RegExp(
  `(?:\\(\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{2,4})?\\s*\\)|(?<![\\d.:])\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{2,4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?\\)?|${MONTH}\\s*\\d{1,2}(?:,?\\s+\\d{4})?\\)?|(?:tanggal|tgl\\.?)\\s*\\d{1,2})[\\s,–-]*$`,
  'iu',
);
/** A date right before or right after the expression. */
const dated = (text: string, start: number, end: number) =>
  DATE_FOLLOWS_RE.test(text.slice(end, end + 40)) || DATE_PRECEDES_RE.test(text.slice(Math.max(0, start - 30), start));

// Day names (0 = Sunday) in both languages, with their aliases: "jum'at", "ahad".
const WEEKDAYS = new Map<string, number>();
for (const lang of ['id', 'en'] as const) {
  const w = lexicon.weekdays[lang];
  w.days.forEach((d, i) => WEEKDAYS.set(d, i));
  for (const [alias, d] of Object.entries(w.aliases as Record<string, string>)) WEEKDAYS.set(alias, w.days.indexOf(d));
}
const DAY = [...WEEKDAYS.keys()].map((d) => d.replace("'", "['’]")).join('|');
// A day named right before the expression ("hari Sabtu besok") or right after it ("besok, Sabtu").
const DAY_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${DAY})\\s+$`, 'iu');
const DAY_AFTER_RE = new RegExp(`^\\s*,?\\s*(?:hari\\s+)?(${DAY})(?![\\p{L}\\p{N}])`, 'iu');
const dayNumber = (name: string) => WEEKDAYS.get(name.toLowerCase().replace('’', "'"))!;

/** With a day named next to it, "besok" means the coming one ("Sabtu besok" on a Thursday is
 * Saturday) and "kemarin" the last one ("Senin kemarin"): days from today to that day. Other
 * expressions ("lusa", "hari ini", "tomorrow") name one day only: null. */
function daysToNamed(entry: { lang: Lang; days: number }, today: CalendarDate, day: number): number | null {
  if (entry.lang !== 'id' || (entry.days !== 1 && entry.days !== -1)) return null;
  const ahead = (day - weekdayOf(today) + 7) % 7 || 7;
  return entry.days === 1 ? ahead : ahead - 7 || -7;
}

interface Expression {
  start: number;
  end: number;
  /** The expression as written (both words of "besok besok"). */
  phrase: string;
  entry: Offset;
}

/** Longer than any relative expression: how far past an acronym a phrase read again may reach. */
const LONGEST_PHRASE = 64;

/** The relative expressions of a line; one said twice ("besok besok") is one. Written with a hyphen
 * it is another word, no date: "besok-besok" is "some day", "kemarin-kemarin" "the other day".
 * Linear in the line: an acronym's words are read again within a phrase's reach only, and a repeated
 * expression grows by its end, not by re-reading what it holds. */
function expressions(text: string): Expression[] {
  const out: { start: number; end: number; entry: Offset; key: string; repeated: boolean }[] = [];
  const matches = scanWordStarts(text, RELATIVE);
  // Matches read again after an acronym, waiting before matches[i].
  const reread: RegExpExecArray[] = [];
  let i = 0;
  while (reread.length > 0 || i < matches.length) {
    const m = reread.length > 0 ? reread.shift()! : matches[i++]!;
    if (capitalAbbreviation(m[0])) {
      // "TD pagi ini" is no "tadi pagi": what follows the acronym is read again ("pagi ini"), as far as a
      // phrase starting inside this match can reach; the first reading stands after that.
      const from = m.index + /^\S+/.exec(m[0])![0].length;
      const matchEnd = m.index + m[0].length;
      const again = scanWordStarts(text.slice(from, Math.min(text.length, matchEnd + LONGEST_PHRASE)), RELATIVE).filter(
        (r) => (r.index += from) < matchEnd,
      );
      const reach = again.reduce((e, r) => Math.max(e, r.index + r[0].length), matchEnd);
      while (i < matches.length && matches[i]!.index < reach) i++;
      reread.unshift(...again);
      continue;
    }
    const key = canonical(m[0]);
    const entry = OFFSETS.get(key);
    if (!entry) continue;
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, m.index) : '';
    if (last && !last.repeated && /^\s*-\s*$/.test(gap) && last.key === key) {
      out.pop();
      continue;
    }
    if (last && /^\s{1,3}$/.test(gap) && last.key.endsWith(key)) {
      last.end = m.index + m[0].length;
      last.repeated = true;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, entry, key, repeated: false });
  }
  return out.map(({ start, end, entry }) => ({ start, end, entry, phrase: text.slice(start, end) }));
}

const rule = defineRule({
  id: 'time.relative-date',
  category: 'trust',
  title: { id: 'Tanggal relatif: tambahkan tanggalnya', en: 'Relative dates: add the date' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    const today = ctx.today;
    for (const { start: phraseStart, end: phraseEnd, phrase: written, entry } of expressions(p.text)) {
      let start = phraseStart;
      let end = phraseEnd;
      let phrase = written;
      let days = 'days' in entry ? entry.days : daysTo(today, entry.weekday, entry.week);
      // A day named next to a dated expression: it agrees, decides the date, or contradicts it.
      let named = false;
      if ('days' in entry && days !== null) {
        const before = DAY_BEFORE_RE.exec(p.text.slice(Math.max(0, start - 12), start));
        const after = before ? null : DAY_AFTER_RE.exec(p.text.slice(end, end + 20));
        const day = before?.[1] ?? after?.[1];
        if (day !== undefined) {
          const wanted = dayNumber(day);
          const agrees = weekdayOf(addDays(today, days)) === wanted;
          // "besok, Jumat" on a Thursday: the day is there already (a date after it is checked below).
          if (agrees && after) continue;
          if (before) start -= before[0].length;
          else end += after![0].length;
          phrase = p.text.slice(start, end);
          named = true;
          if (!agrees) {
            const decided = daysToNamed({ lang: entry.lang, days }, today, wanted);
            if (decided === null) {
              if (dated(p.text, start, end)) continue;
              out.push(contradiction(p.text, ctx, { start, end }, written, day, addDays(today, days), entry.lang));
              continue;
            }
            days = decided;
          }
        }
      }
      if (dated(p.text, start, end)) continue;
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
      // "Senin depan (30 November 2026)", "Sabtu besok (28 November 2026)": the phrase already names the day.
      const date = formatDate(addDays(today, days), entry.lang, 'days' in entry && !named);
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

/** "hari ini, Sabtu" on a Thursday: the text says two different days. The tip says so; no fix guesses which. */
function contradiction(
  text: string,
  ctx: { locale: 'id' | 'en' },
  span: { start: number; end: number },
  expression: string,
  day: string,
  date: CalendarDate,
  lang: Lang,
): Finding {
  const meant = formatDate(date, lang);
  const dayName = DAY_NAMES[lang][dayNumber(day)];
  return finding(rule, ctx, text, {
    severity: 'warning',
    span,
    message: {
      id: `“${expression}” jatuh pada ${meant}, bukan hari ${dayName}: periksa harinya`,
      en: `“${expression}” is ${meant}, not a ${dayName}: check the day`,
    },
    why: {
      id: `Teks menyebut dua hari yang berbeda. Tulis tanggal yang dimaksud, misalnya “${dayName}, …”, agar pembaca tidak datang pada hari yang salah.`,
      en: `The text names two different days. Write the date you mean, e.g. “${dayName}, …”, so readers do not come on the wrong day.`,
    },
  });
}

export default rule;
