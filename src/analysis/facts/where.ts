/** Where: Indonesian places from the gazetteer (provinces and regencies on
 * their own; districts only after a trigger word), areas after "Kecamatan/
 * Kelurahan/Desa …", venues ("Kantor …", "Puskesmas …") and streets ("Jl. …"). */
import places from '../data/places.json' with { type: 'json' };
import triggers from './where.json' with { type: 'json' };
import offices from './who.json' with { type: 'json' };
import world from '../data/world-places.json' with { type: 'json' };
import { isDictionaryWord, isOrdinaryWord, isPlaceWord, isStopword } from '../lexicon';
import { PhraseList } from '../text/phrases';
import { DAY_WORDS, MONTH_WORDS } from '../time';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { adjacent, capitalisedRunEnd, isCapitalised, namesEndingIn, tokenAt } from './names';
import { mergeSpans } from './names';

type Level = 'world' | 'province' | 'regency' | 'district';
const MAX_NAME_WORDS = 5;

const gazetteer = new Map<string, Level>();
const key = (words: string) => words.toLowerCase().replace(/\s+/g, ' ');
for (const p of places.provinces) gazetteer.set(key(p), 'province');
for (const r of places.regencies) {
  gazetteer.set(key(r.name), 'regency');
  gazetteer.set(key(`${r.type} ${r.name}`), 'regency');
}
// An alias takes the level of the place it names (Jaksel is a city, Kalbar a province).
for (const [alias, name] of Object.entries(places.aliases)) gazetteer.set(key(alias), gazetteer.get(key(name)) ?? 'regency');
for (const w of world.places) if (!gazetteer.has(key(w))) gazetteer.set(key(w), 'world');
const ambiguous = new Set(places.ambiguousDistricts.map(key));
for (const d of places.districts) if (!gazetteer.has(key(d)) && !ambiguous.has(key(d))) gazetteer.set(key(d), 'district');

const AREAS = new PhraseList(triggers.areas);
const VENUES = new PhraseList(triggers.venues);
const STREETS = new PhraseList(triggers.streets);
const PREPOSITIONS = new Set(triggers.prepositions);
const HEADS = new Set(triggers.heads);
const OFFICES = new Set(offices.titles.filter((t) => !t.includes(' ')));
const COMMON_WORD_PLACES = new Set(triggers.commonWordPlaces);
// Area words whose names the gazetteer holds (not villages, streets or rivers).
const GAZETTEER_AREAS = new Set(triggers.gazetteerAreas);

// The first words of area, venue and street words ("jalan", "kota", "rumah" of "rumah sakit").
const TRIGGER_WORDS = new Set([...triggers.areas, ...triggers.venues, ...triggers.streets].map((t) => t.split(' ')[0]!));

/** An area, venue or street word ("jalan", "kota", "rsud"): the start of a place, not its name. */
export function isPlaceTrigger(lower: string): boolean {
  return TRIGGER_WORDS.has(lower);
}

/** Whether lower-case words could hold a place: an area, venue or street word, or a word that
 * starts a gazetteer name ("pontianak", "kubu" of "kubu raya"). */
export function mayNamePlace(words: readonly string[]): boolean {
  namePrefixes ??= gazetteerPrefixes();
  return words.some((w) => TRIGGER_WORDS.has(w) || gazetteer.has(w) || namePrefixes!.has(w));
}

/** Whether a lower-case name is a place in the gazetteer (countries, provinces, regencies, districts). */
export function isPlaceName(lowerName: string): boolean {
  return gazetteer.has(lowerName);
}

/** Every run of words a longer gazetteer name starts with ("kota", "kota baru" …): past
 * any other run no name can match, so lookup stops there (built once the gazetteer is full). */
let namePrefixes: Set<string> | undefined;
function gazetteerPrefixes(): Set<string> {
  const prefixes = new Set<string>();
  for (const name of gazetteer.keys())
    for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) prefixes.add(name.slice(0, at));
  return prefixes;
}

/** The longest gazetteer name starting at token `i`, as [level, last token index, name]. */
function lookup(text: string, tokens: readonly Token[], i: number): [Level, number, string] | null {
  namePrefixes ??= gazetteerPrefixes();
  let best: [Level, number, string] | null = null;
  let name = '';
  for (let j = i; j < tokens.length && j < i + MAX_NAME_WORDS; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || (j > i && !adjacent(text, tokens[j - 1]!, t))) break;
    name = j === i ? t.lower : `${name} ${t.lower}`;
    const level = gazetteer.get(name);
    if (level) best = [level, j, name];
    if (!namePrefixes.has(name)) break;
  }
  return best;
}

export function findWhere(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number) => spans.push({ start, end, text: text.slice(start, end) });

  // A line in lower case has no capitals to tell a name by: see lowerCaseNameEnd.
  const lowerCase = !/\p{Lu}/u.test(text);
  // Trigger word + a capitalised name: "Kecamatan Pontianak Kota", "Puskesmas Kampung Bali", "Jl. Ahmad Yani No. 1".
  for (const list of [AREAS, VENUES, STREETS]) {
    let covered = 0;
    for (const m of list.find(text)) {
      // A trigger inside the name just found is part of it ("Jl. Jl. Jl. …" was quadratic).
      if (m.start < covered) continue;
      const next = tokenAt(tokens, m.end);
      // Only spaces between the trigger and the name ("kota, BPBD" is not a place).
      if (!tokens[next] || !/^[ \t]{0,2}$/.test(text.slice(m.end, tokens[next]!.start))) continue;
      // A trigger inside a place name is no trigger: "Camat Pontianak Kota Budi" names no "Kota Budi".
      if (!lowerCase && list === AREAS && continuesName(text, tokens, tokenAt(tokens, m.start))) continue;
      let end = lowerCase ? lowerCaseNameEnd(tokens, next) : venueNameEnd(text, tokens, next);
      if (end === -1) continue;
      // "operasi pasar Senin (30/11)": a day with its date is when, not the market's name.
      if (end === next && isDayWithDate(text, tokens[next]!)) continue;
      // The gazetteer knows cities, regencies, provinces and districts: their name ends where its entry
      // does, and what follows is someone's name ("Kota Pontianak Edi Kamtono" is "Kota Pontianak").
      if (list === AREAS && GAZETTEER_AREAS.has(m.phrase)) {
        const known = lookup(text, tokens, next);
        if (known && known[1] < end) end = known[1];
      }
      let last = end;
      // Street numbers: "Jl. Rahadi Usman No. 3".
      const no = tokens[last + 1];
      if (list === STREETS && no && /^no$/i.test(no.text) && tokens[last + 2]?.kind === 'number') last += 2;
      add(m.start, tokens[last]!.end);
      covered = tokens[last]!.end;
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const found = lookup(text, tokens, i);
    if (!found) continue;
    const [level, last, name] = found;
    const prev = tokens[i - 1];
    const afterPreposition = prev !== undefined && PREPOSITIONS.has(prev.lower) && adjacent(text, prev, t);
    // Districts, and names that are also ordinary words (Batu, Malang, Padang), need "di/ke/dari" first.
    if ((level === 'district' || COMMON_WORD_PLACES.has(name)) && !afterPreposition) continue;
    // People type place names in lower case too ("di pontianak"); ordinary words never count that way.
    if (!isCapitalised(t) && (isStopword(name) || name.length < 4 || (level === 'district' && last === i))) continue;
    add(t.start, tokens[last]!.end);
    i = last;
  }
  // English order: "Supadio Airport", "Gajah Mada Street", "Kapuas River".
  if (!lowerCase) spans.push(...namesEndingIn(text, tokens, HEADS));
  return mergeSpans(spans, text);
}

/** The capitalised name after a trigger, which may open with a number ("SMPN 1 Pontianak", "Posko 3"). */
function venueNameEnd(text: string, tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (first?.kind !== 'number') return capitalisedRunEnd(text, tokens, from);
  let end = from;
  // "Jalan 28 Oktober": a month after the number is part of the name.
  const month = tokens[end + 1];
  if (month && adjacent(text, first, month) && isCapitalised(month) && MONTH_WORDS.has(month.lower)) end++;
  const after = tokens[end + 1];
  const runEnd = after && adjacent(text, tokens[end]!, after) ? capitalisedRunEnd(text, tokens, end + 1) : -1;
  return runEnd === -1 ? end : runEnd;
}

const DATE_AFTER = /^\s*(?:\(\s*\d|,?\s*\d{1,2}\s+\p{L})/u;

function isDayWithDate(text: string, t: Token): boolean {
  return DAY_WORDS.has(t.lower) && DATE_AFTER.test(text.slice(t.end, t.end + 12));
}

/** The token at `index` goes on the place name before it ("Pontianak Kota", a district); after
 * an ordinary word it starts a name of its own ("Di Kota Pontianak", "Warga Desa Sungai Asam"). */
function continuesName(text: string, tokens: readonly Token[], index: number): boolean {
  const prev = tokens[index - 1];
  // After an office the place starts: "Lurah Sungai Bangkong" is the lurah of Sungai Bangkong.
  if (prev === undefined || !isCapitalised(prev) || isStopword(prev.lower) || OFFICES.has(prev.lower)) return false;
  return (isPlaceWord(prev.lower) || !isOrdinaryWord(prev.lower)) && adjacent(text, prev, tokens[index]!);
}

/** In a line written all in lower case ("di jalan ahmad yani"), the name after a
 * trigger is a run of words that no dictionary knows, place words and numbers
 * ("jalan ahmad yani", "desa dieng kulon"); other dictionary words end it. */
function lowerCaseNameEnd(tokens: readonly Token[], from: number): number {
  const isNamePart = (t: Token | undefined) =>
    t !== undefined &&
    (t.kind === 'number' || (t.kind === 'word' && !isStopword(t.lower) && (isPlaceWord(t.lower) || !isDictionaryWord(t.lower))));
  const first = tokens[from];
  if (first?.kind !== 'word' || !isNamePart(first)) return -1;
  let end = from;
  while (end - from < MAX_NAME_WORDS - 1 && isNamePart(tokens[end + 1]) && tokens[end + 1]!.start - tokens[end]!.end <= 1) end++;
  return end;
}
