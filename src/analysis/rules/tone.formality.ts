/** tone.formality: the register should fit the audience. Government readers
 * expect formal words and "Bapak/Ibu"; young readers are put off by letter
 * formulas and warmed by "kamu"; the public sits in between. A register fix
 * applies only to text in the language it is written for: "guys" is
 * "Bapak/Ibu" in an Indonesian sentence, and stays in an English one. */
import data from './tone.formality.json' with { type: 'json' };
import { finding, fill, defineRule, type Draft, type DraftContext } from '../rule';
import { matchCase, PhraseList } from '../text/phrases';
import type { Token } from '../text/tokens';
import { formalAddress, isEnglishSlang, SLANG_WITHOUT_SPELLING } from '../lexicon';
import type { Sentence } from '../doc';
import type { Finding } from '../types';

// Informal words with a standard spelling (gue → saya, bgt → sekali) are a spelling matter;
// this rule keeps the slang that has none, so no word gets two tips.
const SLANG = SLANG_WITHOUT_SPELLING;
const STIFF = new PhraseList(data.stiff);
const CASUAL = new Set(data.casualPronouns);
const FORMAL = new PhraseList(data.formalPronouns);

/** Replace a word, or remove it with one neighbouring space. */
function replaceOrRemove(text: string, start: number, end: number, replacement: string) {
  if (replacement !== '') return { start, end, replacement };
  if (text[end] === ' ') return { start, end: end + 1, replacement: '' };
  if (text[start - 1] === ' ') return { start: start - 1, end, replacement: '' };
  return { start, end, replacement: '' };
}

/** Whether a sentence may take a register word's replacement: English slang's in a sentence not
 * read as Indonesian, Indonesian slang's (and the pronouns') in one not read as English. Dropping
 * a word ("wkwk", "lol") fits either language. */
function fitsLanguage(s: Sentence, english: boolean, drops = false): boolean {
  return drops || s.language !== (english ? 'id' : 'en');
}

/** The sentence holding an offset (sentences are in order). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function slangFindings(doc: Draft, ctx: DraftContext): Finding[] {
  const out: Finding[] = [];
  for (const s of doc.sentences) {
    for (const t of s.words) {
      if (ctx.dictionary.has(t.lower)) continue;
      const formal = SLANG.get(t.lower);
      if (formal === undefined || !fitsLanguage(s, isEnglishSlang(t.lower), formal === '')) continue;
      out.push(slangFinding(doc, ctx, t, formal));
    }
  }
  return out;
}

function slangFinding(doc: Draft, ctx: DraftContext, t: Token, formal: string): Finding {
  const edit = replaceOrRemove(doc.text, t.start, t.end, formal === '' ? '' : matchCase(t.text, formal));
  return finding(rule, ctx, doc.text, {
    severity: ctx.audience === 'government' ? 'warning' : 'suggestion',
    span: { start: t.start, end: t.end },
    message: fill(
      { id: '“{word}” adalah kata gaul yang kurang cocok untuk {audience}', en: '“{word}” is slang, which does not suit {audienceEn}' },
      {
        word: t.text,
        audience: ctx.audience === 'government' ? 'pembaca pemerintahan' : 'masyarakat umum',
        audienceEn: ctx.audience === 'government' ? 'government readers' : 'the general public',
      },
    ),
    why: {
      id: 'Akun resmi yang memakai bahasa gaul terdengar kurang serius bagi pembaca umum dan sesama instansi. Untuk anak muda, bahasa santai boleh dipakai: pilih sasaran pembaca “Milenial & Gen Z” bila merekalah sasarannya.',
      en: 'An official account using slang sounds less serious to the general public and to other agencies. For young readers a casual tone is fine; pick the “Young people” audience if they are the target.',
    },
    fix: {
      ...edit,
      label:
        formal === ''
          ? { id: `Hapus “${t.text}”`, en: `Remove “${t.text}”` }
          : { id: `Ganti dengan “${edit.replacement}”`, en: `Replace with “${edit.replacement}”` },
    },
  });
}

function pronounFindings(doc: Draft, ctx: DraftContext): Finding[] {
  // Indonesian forms of address, in text not read as English.
  const casual = doc.sentences.flatMap((s) => (fitsLanguage(s, false) ? s.words.filter((t) => CASUAL.has(t.lower)) : []));
  const formal = FORMAL.findInDoc(doc).filter((m) => {
    const s = sentenceAt(doc.sentences, m.start);
    return s === undefined || fitsLanguage(s, false);
  });
  if (ctx.audience === 'government') {
    return casual
      .filter((t) => formalAddress(t.lower) !== undefined)
      .map((t) => {
        const replacement = matchCase(t.text, formalAddress(t.lower)!);
        return finding(rule, ctx, doc.text, {
          severity: 'suggestion',
          span: { start: t.start, end: t.end },
          message: fill(
            { id: '“{word}” terlalu akrab untuk pembaca pemerintahan', en: '“{word}” is too familiar for government readers' },
            { word: t.text },
          ),
          why: {
            id: 'Untuk sesama instansi dan pejabat, sapaan “Anda” atau “Bapak/Ibu” lebih tepat daripada “kamu”.',
            en: 'For officials and other agencies, address readers as “Anda” or “Bapak/Ibu” rather than “kamu”.',
          },
          fix: {
            start: t.start,
            end: t.end,
            replacement,
            label: { id: `Ganti dengan “${replacement}”`, en: `Replace with “${replacement}”` },
          },
        });
      });
  }
  if (ctx.audience === 'youth') {
    return formal
      .filter((m) => m.phrase === 'anda')
      .map((m) =>
        finding(rule, ctx, doc.text, {
          severity: 'info',
          span: { start: m.start, end: m.end },
          message: { id: '“Anda” terasa berjarak untuk anak muda', en: '“Anda” feels distant to young readers' },
          why: {
            id: 'Milenial dan Gen Z lebih merasa diajak bicara dengan “kamu”. Pakai satu sapaan secara konsisten dalam satu unggahan.',
            en: 'Young Indonesian readers feel addressed by “kamu” rather than the formal “Anda”. Use one form of address throughout a post.',
          },
          fix: {
            start: m.start,
            end: m.end,
            replacement: matchCase(m.text, 'kamu'),
            label: { id: 'Ganti dengan “kamu”', en: 'Replace with “kamu”' },
          },
        }),
      );
  }
  // The public: either register works, but not both in one post.
  const mixed = casual.find((t) => t.lower === 'kamu') && formal.find((m) => m.phrase === 'anda');
  if (!mixed) return [];
  const first = formal.find((m) => m.phrase === 'anda')!;
  return [
    finding(rule, ctx, doc.text, {
      severity: 'suggestion',
      span: { start: first.start, end: first.end },
      message: { id: '“Anda” dan “kamu” dipakai bersamaan', en: '“Anda” and “kamu” are both used' },
      why: {
        id: 'Campuran sapaan membuat nada unggahan goyah. Pilih satu: “Anda” untuk nada resmi, “kamu” untuk nada akrab.',
        en: 'Mixing forms of address makes the tone wobble. Pick one: the formal “Anda” or the familiar “kamu”.',
      },
    }),
  ];
}

function stiffFindings(doc: Draft, ctx: DraftContext): Finding[] {
  if (ctx.audience !== 'youth') return [];
  return STIFF.findInDoc(doc).map((m) =>
    finding(rule, ctx, doc.text, {
      severity: 'suggestion',
      span: { start: m.start, end: m.end },
      message: fill(
        { id: 'Rumusan surat dinas “{phrase}” terasa kaku untuk anak muda', en: 'Letter formula “{phrase}” feels stiff to young readers' },
        { phrase: m.text },
      ),
      why: {
        id: 'Bahasa surat dinas membuat anak muda berhenti membaca. Bicara langsung: “Kamu bisa daftar mulai Senin, 30 November 2026.”',
        en: 'Official-letter language makes young people stop reading. Speak directly: “You can sign up from Monday, 30 November 2026.”',
      },
    }),
  );
}

// No "Add to dictionary": the words flagged here are known slang and forms of address, not names
// or local terms (a word the user put in the dictionary anyway is still left alone).
const rule = defineRule({
  id: 'tone.formality',
  category: 'clarity',
  title: { id: 'Ragam bahasa: sesuaikan dengan sasaran pembaca', en: 'Register: fit it to the audience' },
  scope: 'draft',
  check(doc, ctx) {
    const slang = ctx.audience === 'youth' ? [] : slangFindings(doc, ctx);
    return [...slang, ...pronounFindings(doc, ctx), ...stiffFindings(doc, ctx)];
  },
});

export default rule;
