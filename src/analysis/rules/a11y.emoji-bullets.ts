/** a11y.emoji-bullets: emoji where a screen reader's listener hears noise. Two places:
 * - as list markers: three or more list lines in a row (blank lines between them allowed), and
 *   the emoji that start them ("✅ Bawa KTP", "📍 Lokasi: …"): a screen reader reads the emoji's
 *   name on every line ("check mark button, Bawa KTP, check mark button, …"). The fix puts a
 *   plain bullet "•" in its place (a keycap "1️⃣" becomes "1."), and leaves the line otherwise as
 *   it is;
 * - inside a sentence, standing for a word: an emoji with a word right before it and a word in
 *   lower case right after it ("Ayo 👉 ke posko", "we ❤️ our city"); no fix, since only the
 *   writer knows the word.
 * How many emoji a post has is emoji.count's, and so is a line of emoji only. */
import { defineRule, finding, type DraftContext } from '../rule';
import { emojiIn } from '../norms';
import type { LineModel } from '../lines';
import type { Finding } from '../types';

interface Mark {
  start: number;
  end: number;
  /** marker: an emoji that starts a list line; bullet: a plain list marker ("•", "-", "1."); inline: an emoji between words. */
  kind: 'marker' | 'bullet' | 'inline';
  /** For a marker: what replaces it. */
  replacement?: string;
}

/** A plain list marker at the start of a line: a bullet, a dash, a number ("1." "2)"). */
const PLAIN_BULLET = /^[ \t]*(?:[•·▪▫◦‣∙*\-–—>]|\d{1,2}[.)])[ \t]+\S/;
const KEYCAP = /^([0-9])\uFE0F?\u20E3$/;
const KEYCAP_TEN = '\u{1F51F}';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const LOWER_START = /^\p{Ll}/u;

const isBlank = (text: string, from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x0d) return false;
  }
  return true;
};

/** The plain marker for an emoji marker: "1." for a keycap, "•" otherwise. */
function plainMarker(emoji: string): string {
  const keycap = KEYCAP.exec(emoji);
  if (keycap) return `${keycap[1]}.`;
  return emoji === KEYCAP_TEN ? '10.' : '•';
}

/** One line's list marker (emoji or plain) and its emoji between words. Module level: the engine memoises it per line. */
function marksOfLine(line: string, model: LineModel): Mark[] {
  const out: Mark[] = [];
  if (PLAIN_BULLET.test(line)) out.push({ start: 0, end: 0, kind: 'bullet' });
  const emoji = emojiIn(line);
  if (emoji.length === 0) return out;
  // Emoji that touch one another are one group ("👉👉").
  const groups: { start: number; end: number }[] = [];
  for (const e of emoji) {
    const last = groups[groups.length - 1];
    if (last && last.end === e.start) last.end = e.end;
    else groups.push({ start: e.start, end: e.end });
  }
  const first = groups[0]!;
  if (out.length === 0 && isBlank(line, 0, first.start)) {
    // A list line: the emoji, then words (a line of emoji only is emoji.count's).
    let after = first.end;
    while (after < line.length && isBlank(line, after, after + 1)) after++;
    LETTER_OR_DIGIT.lastIndex = after;
    if (LETTER_OR_DIGIT.test(line)) {
      const marker = line.slice(first.start, first.end);
      const replacement = plainMarker(marker) + (after === first.end ? ' ' : '');
      out.push({ start: first.start, end: first.end, kind: 'marker', replacement });
    }
  }
  const tokens = model.tokens;
  let t = 0;
  for (const g of groups) {
    while (t < tokens.length && tokens[t]!.end <= g.start) t++;
    const before = tokens[t - 1];
    // Some emoji are letters to the tokeniser ("ℹ️"): the word after starts after the group.
    while (t < tokens.length && tokens[t]!.start < g.end) t++;
    const next = tokens[t];
    if (!before || !next || before.kind !== 'word' || next.kind !== 'word') continue;
    if (!isBlank(line, before.end, g.start) || !isBlank(line, g.end, next.start)) continue;
    if (!LOWER_START.test(next.text)) continue;
    // Both words in one sentence (no full stop between them).
    if (!model.sentences.some((s) => s.start <= before.start && next.end <= s.end)) continue;
    out.push({ start: g.start, end: g.end, kind: 'inline' });
  }
  return out;
}

/** A list needs this many lines. */
const MIN_LIST = 3;
/** At most this many markers, and this many emoji between words, are reported at a time (no post has a
 * longer list; a draft of thousands of list lines would otherwise cost a finding and a fix per line on
 * every keystroke). Fixing them brings the next. */
const MAX_REPORTED = 50;

const MARKER_WHY = {
  id: 'Pembaca layar membacakan nama setiap emoji, jadi daftar berpenanda emoji terdengar seperti “tanda centang, Bawa KTP, tanda centang, Bawa KK …”. “Making your social media posts accessible” dari Government Digital Service (GOV.UK), panduan media sosial Section508.gov dan panduan “Accessible social media” universitas meminta emoji tidak dipakai sebagai penanda daftar: pakai “•”, “-” atau angka.',
  en: 'Screen readers read out every emoji’s name, so a list marked with emoji sounds like “check mark button, Bring your ID card, check mark button, Bring your family card …”. The Government Digital Service’s “Making your social media posts accessible” (GOV.UK), Section508.gov’s social media guidance and universities’ “Accessible social media” guides ask for no emoji as list markers: use “•”, “-” or numbers.',
};

const INLINE_WHY = {
  id: 'Pembaca layar membacakan nama emoji di tempatnya, jadi “Ayo 👉 ke posko” terdengar “Ayo telunjuk menunjuk ke kanan ke posko”, dan makna emoji bisa ditafsirkan berbeda. GOV.UK (Government Digital Service), Section508.gov dan panduan “Accessible social media” universitas meminta emoji menambah kata, bukan menggantikannya, dan diletakkan di akhir kalimat.',
  en: 'Screen readers read an emoji’s name where it stands, so “we ❤️ our city” is heard as “we red heart our city”, and an emoji’s meaning is open to different readings. GOV.UK (Government Digital Service), Section508.gov and universities’ “Accessible social media” guides ask for emoji that add to the words rather than replace them, placed at the end of a sentence.',
};

/** `fix`: false when the list's markers differ (✅ and ❌, 🟢 and 🔴): then they carry meaning ("do" and "don't"),
 * and one plain bullet for all would turn a "don't" into a "do". */
function markerFinding(text: string, ctx: DraftContext, m: Mark, fix: boolean): Finding {
  const emoji = text.slice(m.start, m.end);
  const shown = m.replacement!.trim();
  return finding(rule, ctx, text, {
    severity: 'suggestion',
    span: { start: m.start, end: m.end },
    message: {
      id: `Emoji “${emoji}” sebagai penanda daftar: pembaca layar membacakan namanya di setiap baris`,
      en: `The emoji “${emoji}” as a list marker: screen readers read its name on every line`,
    },
    why: MARKER_WHY,
    fix: fix
      ? {
          start: m.start,
          end: m.end,
          replacement: m.replacement!,
          label: { id: `Ganti dengan “${shown}”`, en: `Replace with “${shown}”` },
        }
      : undefined,
  });
}

function inlineFinding(text: string, ctx: DraftContext, m: Mark): Finding {
  const emoji = text.slice(m.start, m.end);
  return finding(rule, ctx, text, {
    severity: 'suggestion',
    span: { start: m.start, end: m.end },
    message: {
      id: `Emoji “${emoji}” di tengah kalimat menggantikan kata: tuliskan katanya`,
      en: `The emoji “${emoji}” stands for a word mid-sentence: write the word`,
    },
    why: INLINE_WHY,
  });
}

const rule = defineRule({
  id: 'a11y.emoji-bullets',
  category: 'reach',
  title: { id: 'Emoji sebagai penanda daftar atau pengganti kata', en: 'Emoji as list markers or in place of words' },
  safeFix: true,
  scope: 'draft',
  check(doc, ctx) {
    const marks = doc.perLine(marksOfLine);
    if (marks.length === 0) return [];
    const out: Finding[] = [];
    // Lists: runs of list lines, blank lines allowed between them; a line of text ends a run.
    let run: Mark[] = [];
    let items = 0;
    let reported = 0;
    let inline = 0;
    const close = () => {
      // Keycaps become their numbers and keep their meaning; two other kinds of marker may mean two things.
      const oneMarker = new Set(run.filter((m) => m.replacement!.trim() === '•').map((m) => doc.text.slice(m.start, m.end))).size <= 1;
      if (items >= MIN_LIST) for (const m of run) if (reported++ < MAX_REPORTED) out.push(markerFinding(doc.text, ctx, m, oneMarker));
      run = [];
      items = 0;
    };
    let k = 0;
    for (const p of doc.paragraphs) {
      let marker: Mark | undefined;
      let bullet = false;
      // Every mark of a line lies in [p.start, p.end): a bullet's at the line's start, an emoji's on the emoji.
      for (; k < marks.length && marks[k]!.start < p.end; k++) {
        const m = marks[k]!;
        if (m.kind === 'marker') marker = m;
        else if (m.kind === 'bullet') bullet = true;
        else if (inline++ < MAX_REPORTED) out.push(inlineFinding(doc.text, ctx, m));
      }
      if (marker || bullet) {
        items++;
        if (marker) run.push(marker);
      } else if (!isBlank(p.text, 0, p.text.length)) close();
    }
    close();
    return out.sort((a, b) => a.span!.start - b.span!.start);
  },
});

export default rule;
