/** Calendar helpers: local dates in Indonesian time zones and date formatting
 * in Indonesian and English, without relying on the host's ICU locale data. */
import { LruCache } from './cache';

const ZONES: Record<string, string> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };
const LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export const DAY_NAMES = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
export const MONTH_NAMES = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** Day and month names in lower case, both languages ("senin", "monday", "desember"). */
export const DAY_WORDS: ReadonlySet<string> = new Set([...DAY_NAMES.id, ...DAY_NAMES.en].map((d) => d.toLowerCase()));
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES.id, ...MONTH_NAMES.en].map((m) => m.toLowerCase()));
export const isCalendarWord = (lower: string): boolean => DAY_WORDS.has(lower) || MONTH_WORDS.has(lower);

export interface ResolvedZone {
  iana: string;
  label: string;
}

// Zone names come from users and packs: keep the few in use, not every string ever given.
const zones = new LruCache<string, ResolvedZone>(64);

/** Accepts WIB/WITA/WIT or an IANA name; anything the host does not know falls back to WIB. */
export function resolveZone(zone: string | undefined): ResolvedZone {
  const key = (zone ?? 'WIB').trim();
  let resolved = zones.get(key);
  if (!resolved) zones.set(key, (resolved = checkZone(key)));
  return resolved;
}

function checkZone(key: string): ResolvedZone {
  const iana = ZONES[key.toUpperCase()] ?? key;
  try {
    new Intl.DateTimeFormat('en', { timeZone: iana });
  } catch {
    return { iana: 'Asia/Jakarta', label: 'WIB' };
  }
  return { iana, label: LABELS[iana] ?? (ZONES[key.toUpperCase()] ? key.toUpperCase() : iana) };
}

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const formatters = new LruCache<string, Intl.DateTimeFormat>(64);

let lastDate: { iana: string; minute: number; date: CalendarDate } | undefined;

export function localDate(now: Date, iana: string): CalendarDate {
  // Asked on every analysis with a fresh Date: the answer changes at most once a minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastDate && lastDate.iana === iana && lastDate.minute === minute) return lastDate.date;
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: iana, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(iana, f);
  }
  const parts = f.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const date = { year: get('year'), month: get('month'), day: get('day') };
  lastDate = { iana, minute, date };
  return date;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** "Jumat, 27 November 2026" / "Friday, 27 November 2026"; "27 November 2026" without the day's name. */
export function formatDate(date: CalendarDate, lang: 'id' | 'en', withDayName = true): string {
  const day = `${date.day} ${MONTH_NAMES[lang][date.month - 1]} ${date.year}`;
  return withDayName ? `${DAY_NAMES[lang][weekday(date)]}, ${day}` : day;
}
