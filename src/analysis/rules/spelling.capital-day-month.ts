/** spelling.capital-day-month: EYD V capitalises the names of days and months ("Senin",
 * "Januari"). "minggu" is also the word for a week ("minggu depan",
 * "dua minggu"), so it is capitalised only where it is the day: after "hari", before a date,
 * or beside another day ("Sabtu dan Minggu"). */
import { finding, defineRule, type Localized } from '../rule';
import type { Sentence } from '../doc';
import type { Token } from '../text/tokens';
import type { Finding } from '../types';

const DAYS: ReadonlySet<string> = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu']);
const MONTHS: ReadonlySet<string> = new Set([
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
]);
/** What joins two days in a list: "Sabtu dan Minggu", "Sabtu, Minggu", "Sabtu s.d. Minggu". */
const JOINERS: ReadonlySet<string> = new Set(['dan', 'atau', 'hingga', 'sampai', 'dengan', 's', 'd', 'serta']);

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const isDay = (lower: string) => DAYS.has(lower) && lower !== 'minggu';

/** Whether "minggu" at word `i` of `s` is Sunday rather than a week. */
function isSunday(s: Sentence, i: number): boolean {
  const { words, tokens } = s;
  const t = words[i]!;
  const before = words[i - 1];
  if (before?.lower === 'hari') return true;
  // A date after it: "Minggu (29/11)", "Minggu, 29 November".
  const k = tokens.indexOf(t);
  const next = tokens[k + 1];
  if (next?.kind === 'number' && next.start - t.end <= 3) {
    if (/^\d{1,2}\/\d{1,2}/.test(next.text)) return true;
    const month = tokens[k + 2];
    if (/^\d{1,2}$/.test(next.text) && month?.kind === 'word' && MONTHS.has(month.lower)) return true;
  }
  // Beside another day: "Sabtu dan Minggu", "Minggu, Senin".
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    const w = words[j];
    if (!w || !isDay(w.lower)) continue;
    const between = j < i ? words.slice(j + 1, i) : words.slice(i + 1, j);
    if (between.every((b) => JOINERS.has(b.lower))) return true;
  }
  return false;
}

/** The capitalised form of a lower-case word, or of its day and month parts ("senin-jumat"), if any. */
function capitalised(t: Token, s: Sentence, i: number): string | undefined {
  if (t.text !== t.lower || (!DAYS.has(t.lower) && !MONTHS.has(t.lower) && !t.lower.includes('-'))) return undefined;
  const parts = t.text.split('-');
  let changed = false;
  const out = parts.map((part) => {
    const sunday = part === 'minggu' && (parts.length > 1 ? parts.some(isDay) : isSunday(s, i));
    if (!(isDay(part) || MONTHS.has(part) || sunday)) return part;
    changed = true;
    return capitalise(part);
  });
  return changed ? out.join('-') : undefined;
}

const WHY: Localized = {
  id: 'Menurut EYD V, nama hari dan bulan diawali huruf kapital: Senin, Jumat, Januari, Agustus. Kata “minggu” yang berarti pekan tetap ditulis dengan huruf kecil: minggu depan.',
  en: 'EYD V capitalises the names of days and months: Senin, Jumat, Januari, Agustus. The word “minggu” meaning a week stays lower case: minggu depan.',
};

const rule = defineRule({
  id: 'spelling.capital-day-month',
  category: 'correctness',
  title: { id: 'Nama hari dan bulan: awali dengan huruf kapital', en: 'Day and month names: start with a capital' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    // In any sentence: the names are Indonesian words, and a sentence's language may change while
    // the writer fixes it (so would the tip). "april", "november" take a capital in English too.
    for (const s of p.sentences) {
      s.words.forEach((t, i) => {
        if (ctx.dictionary.has(t.lower)) return;
        const replacement = capitalised(t, s, i);
        if (replacement === undefined) return;
        out.push(
          finding(rule, ctx, p.text, {
            severity: ctx.audience === 'government' ? 'warning' : 'suggestion',
            span: { start: t.start, end: t.end },
            message: {
              id: `Tulis nama hari dan bulan dengan huruf kapital: “${replacement}”`,
              en: `Write day and month names with a capital: “${replacement}”`,
            },
            why: WHY,
            fix: { start: t.start, end: t.end, replacement, label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` } },
          }),
        );
      });
    }
    return out;
  },
});

export default rule;
