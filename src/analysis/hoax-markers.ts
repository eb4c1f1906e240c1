/** The wording of chain messages and hoaxes as people write it (data/hoax-style.json): the listed phrases,
 * and the forms built from its "forms" word lists: pleas to share in every spelling ("TOLONG DISEBARLUASKAN",
 * "bagikan ke grup2 WA", "RT pls", "forward to all your groups"), unnamed authority ("kata teman yang kerja
 * di RS", "dapet info dr orang dalam") and alarm words stretched ("GEMPARRR"). trust.hoax-style flags them;
 * the hoax clarification checks read the same matchers (through lexicon.ts), so the two never disagree. */
import data from './data/hoax-style.json' with { type: 'json' };
import { readParagraph, type Doc } from './doc';
import { spansByLine } from './lines';
import { PhraseList, type PhraseMatch } from './text/phrases';
import { isAllCaps } from './text/tokens';

const F = data.forms;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Not inside a word, nor a word going on after a hyphen ("teman" in "teman-teman"). */
const E = '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';

/** A word in any case (the patterns' i flag), its last letter stretched or not ("tolonggg", "plsss"). */
function word(w: string): string {
  const last = w.slice(-1);
  const body = escape(w.slice(0, -1)).replace(/'/g, "['’]");
  return /\p{L}/u.test(last) ? `${body}${last}+` : escape(w);
}
/** A phrase, its words apart by any space; "seluas-luasnya" also "seluas luasnya" and "seluas2nya". */
function phrase(p: string): string {
  const redup = /^se(\p{L}+)-\1nya$/u.exec(p);
  if (redup) return `se${redup[1]}(?:[\\s-]*${redup[1]}|2)nya+`;
  return p.split(/\s+/).map(word).join('\\s+');
}
const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const any = (list: readonly string[]) => `(?:${byLength(list).map(phrase).join('|')})`;
/** A word said once or twice: "grup", "grup2", "grup-grup", "grup grup". */
const doubled = (list: readonly string[]) =>
  `(?:${byLength(list)
    .map((w) => `${phrase(w)}(?:2|[\\s-]${phrase(w)})?`)
    .join('|')})`;

/** A form: its pattern, and the words it can start with (lower case). */
interface Form {
  source: string;
  first: readonly string[];
  /** A match that is not one after all: what follows names the person ("kata adik Megawati"). */
  unless?: (text: string, end: number) => boolean;
}
/** A name right after: "Kata adik Megawati, …" quotes a named person. */
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;
const nameAfter = (text: string, end: number) => NAME_AFTER.test(text.slice(end, end + 3));
const firstWords = (...lists: (readonly string[])[]) => lists.flat().map((p) => p.split(/\s+/)[0]!.toLowerCase());

// ── share pressure ───────────────────────────────────────────────────────────────────────────────────
const ID = F.id;
const PLEAS = `${any(ID.please)}(?:[\\s,]+${any(ID.please)})*`;
const ALONE = any(ID.shareAlone);
const SHARE = any(ID.share);
const SHARED = any(ID.shared);
/** What is shared, in up to three words, said plainly: "info ini", "pesan ini ya" (not "foto kegiatan"). */
const WORDS = `(?:\\s+${any(ID.stops)}){0,3}`;
const DEST = `${WORDS}\\s+${any(ID.to)}\\s+(?:(?:semua|seluruh)\\s+)?${doubled(ID.groups)}(?:\\s+${any(ID.groupQualifiers)})?${E}`;
const WIDELY = `${WORDS}\\s+${any(ID.widely)}${E}`;
/** The plea stops, or names what to share: "tolong disebarkan.", "mohon bagikan info ini", not "bagikan pengalaman Anda". */
const STOP = `${E}(?=\\s*(?:$|[.!?,;:)\\]"”'’…]|${any(ID.stops)}${E}))`;
const EN = F.en;
const SHARE_EN = `(?<!(?:${EN.notShareBefore.map(escape).join('|')})\\s+)${any(EN.share)}(?:\\s*(?:&|and|\\+|/)\\s*${any(EN.share)})*`;
const PLEASE_EN = any(EN.please);
const OBJECT_EN = `\\s+${any(EN.objects)}${E}`;
const STOP_EN = `${E}(?=\\s*(?:$|[.!?,;:)\\]"”'’…]|(?:${byLength(EN.stops).map(escape).join('|')})(?![\\p{L}\\p{N}])))`;

const SHARE_FORMS: Form[] = [
  // "tolong sebarkan", "yuk bantu viralkan ke grup"
  { source: `${PLEAS}\\s+${ALONE}(?:${DEST}|${WIDELY})?${E}`, first: firstWords(ID.please) },
  // "TOLONG DISEBARLUASKAN", "mohon dibagikan ya", "tlg share ke grup", not "mohon bagikan pengalaman Anda"
  { source: `${PLEAS}\\s+(?:${SHARE}|${SHARED})(?:${DEST}|${WIDELY}|${STOP})`, first: firstWords(ID.please) },
  // "bagikan ke grup2 WA", "sebar ke grup sebelah", "bagikan seluas luasnya"
  { source: `(?:${ALONE}|${SHARE})(?:${DEST}|${WIDELY})`, first: firstWords(ID.shareAlone, ID.share) },
  // "disebarluaskan seluas-luasnya", not "telah disebarluaskan seluas-luasnya" (a report)
  { source: `(?<!${any(ID.reported)}\\s+)${SHARED}${WIDELY}`, first: firstWords(ID.shared) },
  // "viralkan!!", "BAGIKAN!"
  { source: `(?:${ALONE}|${SHARE})(?=\\s*!)`, first: firstWords(ID.shareAlone, ID.share) },
  // "sebarkanlah", "VIRALKAN"
  { source: `${ALONE}${E}`, first: firstWords(ID.shareAlone) },
  // "please share widely", "pls RT", "PLS SHARE!!", "please forward to all your groups", not "please share your feedback"
  {
    source: `${PLEASE_EN}\\s+(?:help\\s+)?(?:${SHARE_EN}|${any(EN.pleaseOnly)})(?:${OBJECT_EN}|${STOP_EN})`,
    first: firstWords(EN.please),
  },
  // "RT pls", "retweet plz", "share & RT please"
  { source: `${SHARE_EN}[\\s,]+${PLEASE_EN}${E}`, first: firstWords(EN.share) },
  // "SHARE THIS", "share widely", "forward to all your groups", "retweet this"
  { source: `${SHARE_EN}${OBJECT_EN}`, first: firstWords(EN.share) },
  // "make this go viral", "help it go viral"
  { source: `(?:make|help|let['’]?s\\s+make)\\s+(?:this|it)\\s+(?:go\\s+)?viral${E}`, first: ['make', 'help', 'let', 'lets'] },
];

// ── unnamed authority ────────────────────────────────────────────────────────────────────────────────
const LEAD = any(ID.hearsayLeads);
const ONE = `(?:(?:seorang|salah\\s+satu|salah\\s+seorang)\\s+)?`;
const POSS = `\\s*${any(ID.possessives)}`;
const WORKS = `\\s+(?:yang|yg)\\s+${any(ID.works)}\\s+(?:di|sebagai|sbg|jadi|dr|dari)(?:\\s+[\\p{L}\\p{N}]+)?`;
const UNNAMED_FORMS: Form[] = [
  // "kata teman yang kerja di RS", "menurut temen gw", "info dr sodara"; "kata temen2 yg kerja di RS", not
  // "menurut teman-teman relawan"
  {
    source: `${LEAD}\\s+${ONE}${any(ID.relatives)}(?:${POSS})?(?:${WORKS})?${E}`,
    first: firstWords(ID.hearsayLeads),
    unless: nameAfter,
  },
  { source: `${LEAD}\\s+${doubled(ID.relatives)}(?:${POSS})?${WORKS}${E}`, first: firstWords(ID.hearsayLeads) },
  // "temen gw yg kerja di dinkes", "saudara saya yang bekerja sebagai perawat"
  {
    source: `${doubled(ID.relatives)}\\s*${any(ID.possessives)}${WORKS}${E}`,
    first: firstWords(ID.relatives),
  },
  // "dapet info dr orang dalam", "kata orang dalam", "orang dalam (whistleblower) CDC klaim"; not "tiga orang dalam rumah"
  {
    source: `(?:${LEAD}|${any(ID.insiderLeads)})\\s+${any(ID.insiders)}${E}`,
    first: firstWords(ID.hearsayLeads, ID.insiderLeads),
  },
  {
    source: `${any(ID.insiders)}(?:\\s*\\([^)]{0,30}\\))?(?:\\s+\\p{L}+)?\\s+(?:bilang|blg|mengatakan|menyebut|membocorkan|klaim|mengklaim|berkata|ngasih\\s+tau|kasih\\s+tau)${E}`,
    first: firstWords(ID.insiders),
  },
  // "sumber terpercaya", "sumber yg sangat valid", "sumber A1"
  {
    source: `sumber\\s+(?:(?:yang|yg)\\s+)?(?:(?:sangat|sgt|paling|amat)\\s+)?${any(ID.trusted)}${E}`,
    first: ['sumber'],
  },
  // "menurut kabar yang beredar", "dari info yg tersebar"
  {
    source: `(?:menurut|mnrt|dari|dr|kata)\\s+${any(ID.rumours)}\\s+(?:(?:yang|yg)\\s+)?${any(ID.circulating)}${E}`,
    first: ['menurut', 'mnrt', 'dari', 'dr', 'kata'],
  },
  // "my friend who works at", "a cousin who is a nurse", not "a friend who is in need"
  {
    source: `(?:from\\s+)?(?:my|a)\\s+${any(EN.relatives)}(?:['’]s\\s+\\p{L}+)?\\s+who\\s+(?:works|worked|is\\s+an?|was\\s+an?)${E}`,
    first: ['from', 'my', 'a'],
  },
  // "a reliable source", "from a trusted source", "an inside source"
  { source: `(?:from\\s+)?(?:a|an)\\s+${any(EN.trusted)}\\s+source${E}`, first: ['from', 'a', 'an'] },
  { source: `according\\s+to\\s+(?:(?:a|an)\\s+)?(?:friend|insider|insiders|someone|sources)${E}`, first: ['according'] },
];

// ── alarm words, stretched: "GEMPARRR", "VIRALLL" (the listed spelling is the phrase list's) ───────────
const ALARM_SINGLE = [...data.id.alarm, ...data.en.alarm].filter((w) => /^\p{L}+$/u.test(w));
const ALARM_FORMS: Form[] = [{ source: `(?:${byLength(ALARM_SINGLE).map(word).join('|')})${E}`, first: ALARM_SINGLE }];

/** "VIRALLL" → "viral": a stretched word as listed. */
const squeeze = (w: string) => w.replace(/(\p{L})\1+/gu, '$1');
/** "tolonggg" → "tolong", "plisss" → "plis": a word with its last letter stretched (the forms stretch only that
 * one) finds its forms. By character codes: this runs on every word of every line. */
function unstretch(w: string): string {
  let end = w.length;
  const last = w.charCodeAt(end - 1);
  while (end > 1 && w.charCodeAt(end - 2) === last) end--;
  return end === w.length ? w : w.slice(0, end);
}

/** A phrase list and forms, matched together: the earliest match, the longest where two start together. */
export class HoaxMarkers {
  private readonly phrases: PhraseList;
  /** Sticky patterns by the (squeezed) first word they can start with. */
  private readonly byFirst = new Map<string, { re: RegExp; unless: Form['unless'] }[]>();
  private readonly findInLine = (line: string): PhraseMatch[] => this.find(line);

  constructor(phrases: readonly string[], forms: readonly Form[]) {
    this.phrases = new PhraseList(phrases);
    for (const form of forms) {
      const compiled = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${form.source})`, 'iuy'), unless: form.unless };
      for (const w of new Set(form.first.flatMap((f) => [f, unstretch(f)]))) {
        const list = this.byFirst.get(w);
        if (!list) this.byFirst.set(w, [compiled]);
        else list.push(compiled);
      }
    }
  }

  find(text: string): PhraseMatch[] {
    const found = this.phrases.find(text);
    const tokens = readParagraph(text).tokens;
    let after = 0;
    for (const t of tokens) {
      if (t.kind !== 'word' || t.start < after) continue;
      const forms = this.byFirst.get(t.lower) ?? this.byFirst.get(unstretch(t.lower));
      if (!forms) continue;
      let end = -1;
      for (const { re, unless } of forms) {
        re.lastIndex = t.start;
        const m = re.exec(text);
        if (m && t.start + m[0].length > end && !unless?.(text, t.start + m[0].length)) end = t.start + m[0].length;
      }
      if (end < 0) continue;
      const written = text.slice(t.start, end);
      found.push({ start: t.start, end, text: written, phrase: written.toLowerCase().replace(/\s+/g, ' ') });
      after = end;
    }
    if (found.length < 2) return found;
    // Earliest first, the longer of two at one place; one inside or across a kept match goes.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: PhraseMatch[] = [];
    for (const m of found) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
    return out;
  }

  /** Matches in a whole draft, found line by line with a per-line cache. */
  findInDoc(doc: Doc): PhraseMatch[] {
    return spansByLine(doc, this.findInLine, this);
  }

  test(text: string): boolean {
    return this.find(text).length > 0;
  }
}

/** Pressure to share ("sebarkan", "TOLONG DISEBARLUASKAN", "RT pls", "share before it's deleted"). */
export const SHARE_PRESSURE = new HoaxMarkers([...data.id.share, ...data.en.share], SHARE_FORMS);
/** Alarmist wording ("heboh", "GEMPARRR", "shocking"): it counts only where it shouts (isShoutedAlarm). */
export const ALARM_WORDS = new HoaxMarkers([...data.id.alarm, ...data.en.alarm], ALARM_FORMS);
/** Authority without a name ("kata seorang dokter", "kata teman yang kerja di RS", "a friend who works at"). */
export const UNNAMED_AUTHORITY = new HoaxMarkers([...data.id.unnamed, ...data.en.unnamed], UNNAMED_FORMS);

const CAPS_ONLY = new Set(data.forms.capsOnly);
const NOT_ALARM_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.forms.notAlarmBefore.map(escape).join('|')})\\.?\\s+$`, 'iu');
const NOT_ALARM_AFTER = new RegExp(`^(?:\\s*:?\\s*\\+?\\d|\\s+(?:${data.forms.notAlarmAfter.map(escape).join('|')})${E})`, 'iu');

/** Alarm words count only where they shout: at the start of a line, in capitals, or before "!". A word that is
 * also a plain term ("darurat", "urgent", "gawat") counts only in capitals or before "!", and never in a term
 * ("tanggap darurat", "pintu darurat", "urgent care") or before a number ("Darurat: 112"). */
export function isShoutedAlarm(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  const caps = isAllCaps(written);
  const bang = /^\s*!/.test(text.slice(end, end + 3));
  if (CAPS_ONLY.has(squeeze(written.toLowerCase()))) {
    if (!caps && !bang) return false;
    return !NOT_ALARM_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && !NOT_ALARM_AFTER.test(text.slice(end, end + 20));
  }
  return /^[\s\p{P}\p{S}]*$/u.test(text.slice(0, start)) || caps || bang;
}

/** "jangan sebarkan", "don't share this": the opposite of share pressure. */
const NEGATION = /(?:^|[^\p{L}])(?:jangan|jgn|tidak|bukan|tak|janganlah|don['’]t|do not|never|please don['’]t)\s+(?:\p{L}+\s+)?$/iu;
export const isNegatedShare = (text: string, start: number): boolean => NEGATION.test(text.slice(Math.max(0, start - 30), start));

const ADVICE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...F.id.advice, ...F.en.advice].map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])[^.!?\\n]{0,60}$`,
  'iu',
);
const SOURCE_WORD = /sumber|source/i;
/** "Pastikan informasi dari sumber terpercaya", "only trust a reliable source": advice, not a claim's source
 * (a source word after "pastikan", "hanya", "only", "check" in the same sentence). */
export const isSourceAdvice = (text: string, start: number, end: number): boolean =>
  SOURCE_WORD.test(text.slice(start, end)) && ADVICE.test(text.slice(Math.max(0, start - 80), start));
