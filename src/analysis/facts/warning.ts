/** What a warning says of each item a complete warning carries (FEMA IS-247, Mileti & Sorensen): the
 * hazard, the area down to a district, street or building, until when, the official level where the
 * hazard has an official scale, a protective action, and the next update or the official channel.
 * Found line by line with the engine's per-line memo; the facts card's checklist and the five
 * warning.missing-* rules read the same result, so they never disagree. */
import data from './checklist.json' with { type: 'json' };
import places from '../data/places.json' with { type: 'json' };
import world from '../data/world-places.json' with { type: 'json' };
import type { Doc } from '../doc';
import { spansByLine } from '../lines';
import type { PostKind } from '../post-kind';
import { PhraseList } from '../text/phrases';
import { DAY_WORDS, MONTH_WORDS } from '../time';
import type { Span, WarningChecklist } from '../types';

/** When the next update comes ("informasi selanjutnya", "next update"); also the checklist's `update`. */
export const UPDATES = new PhraseList(data.update);
const CHANNELS = new PhraseList(data.warning.channel);
const PROTECT = new PhraseList(data.warning.protect);
const ALERT = new PhraseList(data.warning.alert);
const UNSCALED = new PhraseList(data.warning.unscaled);
const SCALES = Object.entries(data.warning.scales).map(([scale, words]) => [scale, new PhraseList(words)] as const);

/** A warning of a hazard: a post the engine reads as a warning that names a hazard ("banjir", "erupsi",
 * not "Waspada hoaks!"), and that warns when it also reads as news ("waspada", "diimbau"; not "Bupati
 * meninjau lokasi banjir"). */
export function isWarning(doc: Doc, kinds: ReadonlySet<PostKind>): boolean {
  if (!kinds.has('warning') || (kinds.has('news') && ALERT.findInDoc(doc).length === 0)) return false;
  return UNSCALED.findInDoc(doc).length > 0 || SCALES.some(([, list]) => list.findInDoc(doc).length > 0);
}

// The patterns below are ASCII (plus dashes in the BMP) and take no `u` flag: with `i`, V8 folds case through
// Unicode tables under `u`, which made LEVEL about 8× slower (56 µs against 7 µs on a 280-character post).
const alternation = (words: Iterable<string>) => [...words].map((w) => w.replace(/[.'’]/g, (c) => `\\${c}`)).join('|');
const DAYS = alternation(DAY_WORDS);
const MONTHS = alternation(MONTH_WORDS);
const CLOCK = String.raw`\d{1,2}[.:]\d{2}`;
const DATE = String.raw`\d{1,2}(?:\s+(?:${MONTHS})\b|\/\d{1,2}\b)`;
/** What may follow "hingga"/"until" as an end: a day, date, time or time word, or a condition ("… selesai"). */
const END = String.raw`(?:(?:hari|tanggal|tgl\.?|pukul|jam|besok|lusa|nanti|malam|sore|siang|pagi|akhir|tonight|midnight|noon|tomorrow|the end|further notice|${DAYS}|${MONTHS})\b|${CLOCK}|${DATE}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|(?:ada\s+)?pemberitahuan(?:\s+(?:lebih\s+lanjut|selanjutnya))?|waktu yang|(?:\S+\s+){0,3}?(?:selesai|normal|aman|kondusif|dicabut)\b)(?:\s+(?:${CLOCK}|${DATE}))?(?:\s*(?:WIB|WITA|WIT)\b)?`;
const UNTIL = new RegExp(
  [
    String.raw`\b(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s\/d|until|till|through)\s+${END}`,
    // A range: "17.00–20.00 WIB", "1–3 Desember", "08.00 s.d. 12.00".
    String.raw`\b${CLOCK}\s*(?:[-–—]|to|s\.\s?d\.?|s\/d|sampai|hingga)\s*${CLOCK}`,
    String.raw`\b\d{1,2}\s*[-–—]\s*${DATE}`,
    // A duration: "selama 3 hari", "3 jam ke depan", "for the next 6 hours".
    String.raw`\bselama\s+\d+\s+(?:jam|hari|pekan|minggu)\b|\b\d+\s+(?:jam|hari)\s+ke\s+depan\b|\bfor the next\s+\d+\s+(?:hours?|days?)\b`,
  ].join('|'),
  'gi',
);

/** The official level: "Level III (Siaga)", "status Awas", "Siaga 2", "tanggap darurat", BMKG's "peringatan
 * dini cuaca", a colour-coded warning; or a plain statement that no level has been set. */
const LEVEL = new RegExp(
  [
    String.raw`\b(?:status|level|tingkat|berstatus|alert level|warning level)\s*:?\s*(?:iv|i{1,3}|[1-4]|normal|waspada|siaga|awas|darurat|tanggap darurat|siaga darurat|red|orange|amber|yellow|merah|oranye|kuning)\b`,
    String.raw`\((?:level\s+)?(?:normal|waspada|siaga|awas)\)`,
    String.raw`\bsiaga\s+(?:[1-4]|iv|i{1,3})\b`,
    String.raw`\b(?:siaga|tanggap|transisi)\s+darurat\b`,
    String.raw`\bperingatan\s+dini\s+(?:cuaca|tsunami|hujan|gelombang)\b`,
    String.raw`\bperingatan\s+(?:kuning|oranye|merah)\b|\b(?:yellow|amber|orange|red)\s+(?:warning|alert)\b`,
    String.raw`\b(?:tsunami|weather)\s+warning\b|\bstate\s+of\s+emergency\b`,
    String.raw`\bbelum\s+ada\s+penetapan\s+status\b|\bno\s+(?:official\s+)?alert\s+(?:level\s+)?has\s+been\s+(?:issued|declared)\b`,
  ].join('|'),
  'gi',
);

/** Areas finer than a city the facts miss: "RT 03", "RW 05", "radius 7 km dari kawah", "within 5 km". */
const FINE_AREA = /\b(?:RT|RW)\.?\s*\d+\b|\b(?:radius|within)\s+\d+(?:[.,]\d+)?\s*(?:km|kilometers?|kilometres?|meter|m)\b/gi;

const matches = (re: RegExp) => (line: string) => [...line.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const findUntil = matches(UNTIL);
const findLevel = matches(LEVEL);
const findFineArea = matches(FINE_AREA);

// A province, regency or city, or a place abroad, named alone ("Kota Pontianak"): not yet the area a warning means.
const COARSE = new Set<string>(
  [
    ...places.provinces,
    ...places.regencies.flatMap((r) => [r.name, `${r.type} ${r.name}`]),
    ...Object.keys(places.aliases),
    ...world.places,
  ].map((p) => p.toLowerCase()),
);
const COARSE_PREFIX = /^(?:kota|kabupaten|kab\.|provinsi|prov\.|city of|province of)\s+/;
const isCoarse = (place: string) => {
  const lower = place.toLowerCase().replace(/\s+/g, ' ');
  return COARSE.has(lower) || COARSE.has(lower.replace(COARSE_PREFIX, ''));
};

// Where to go ("mengungsi ke Masjid Al-Falah", "evacuate to …") is not the area the warning is about.
const DESTINATION = /(?:^|[^\p{L}])(?:ke|menuju|to|towards)\s+$/iu;
const isDestination = (text: string, start: number) => DESTINATION.test(text.slice(Math.max(0, start - 10), start));

const withText = (doc: Doc, spans: readonly { start: number; end: number }[]): Span[] =>
  [...spans].sort((a, b) => a.start - b.start).map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));

/** Each draft's checklist, for the five rules that read it (the engine hands them one draft object). */
const byDoc = new WeakMap<Doc, WarningChecklist>();

/** The warning checklist of a draft the engine reads as a warning (`isWarning`); `where` are its where facts. */
export function warningChecklist(doc: Doc, where: readonly Span[]): WarningChecklist {
  let found = byDoc.get(doc);
  if (!found) byDoc.set(doc, (found = findWarningItems(doc, where)));
  return found;
}

function findWarningItems(doc: Doc, where: readonly Span[]): WarningChecklist {
  const scaled = SCALES.map(([scale, list]) => [scale, list.findInDoc(doc)] as const).filter(([, found]) => found.length > 0);
  const hazard = [...scaled.flatMap(([, found]) => found), ...UNSCALED.findInDoc(doc)];
  return {
    hazard: withText(doc, dropInner(hazard)),
    area: withText(doc, [
      ...where.filter((w) => !isCoarse(w.text) && !isDestination(doc.text, w.start)),
      ...spansByLine(doc, findFineArea),
    ]),
    until: withText(doc, spansByLine(doc, findUntil)),
    scales: scaled.map(([scale]) => scale),
    level: scaled.length ? withText(doc, spansByLine(doc, findLevel)) : null,
    action: withText(doc, PROTECT.findInDoc(doc)),
    update: withText(doc, [...UPDATES.findInDoc(doc), ...CHANNELS.findInDoc(doc)]),
  };
}

/** "banjir rob" once, not also its "banjir" (two lists may match the same words). Linear: a
 * pasted draft may name a hazard thousands of times. */
function dropInner<S extends { start: number; end: number }>(spans: S[]): S[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: S[] = [];
  for (const s of sorted) if (out.length === 0 || s.end > out[out.length - 1]!.end) out.push(s);
  return out;
}
