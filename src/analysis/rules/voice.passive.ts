/** voice.passive: many passive sentences hide who acts ("jalan ditutup" — by
 * whom?). A suggestion when passives dominate the post. Indonesian: di- verbs;
 * English: a form of "be" plus a participle (compromise's lexicon, when loaded,
 * tells participles from adjectives such as "closed", "interested"). */
import data from './voice.passive.json' with { type: 'json' };
import { englishModel } from '../english';
import { isDiPlace } from '../lexicon';
import { finding, fill, defineRule } from '../rule';
import type { Sentence } from '../doc';
import type { LineModel } from '../lines';
import type { Token } from '../text/tokens';

const NOT_PASSIVE = new Set(data.notPassiveId);
const IRREGULAR = new Set(data.irregularParticiplesEn);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten']);

function isPassiveId(t: Token): boolean {
  const w = t.lower;
  if (!w.startsWith('di') || w.length < 5 || t.text !== w) return false;
  return !NOT_PASSIVE.has(w) && !isDiPlace(w.slice(2));
}

function isParticiple(word: string, next: Token | undefined): boolean {
  const tag = englishModel()?.tagOf(word);
  // "is closed" is a state; "is closed by the police" is a passive.
  if (tag === 'Adjective') return next?.lower === 'by';
  if (tag === 'Participle' || tag === 'PastTense') return true;
  return IRREGULAR.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** Passive verbs in one sentence. */
export function passivesIn(s: Sentence): Token[] {
  const out: Token[] = [];
  const w = s.words;
  for (let i = 0; i < w.length; i++) {
    if (s.language === 'en') {
      if (!BE.has(w[i]!.lower)) continue;
      // "was quickly repaired", "is not allowed"
      let j = i + 1;
      while (w[j] && (w[j]!.lower.endsWith('ly') || w[j]!.lower === 'not')) j++;
      if (w[j] && isParticiple(w[j]!.lower, w[j + 1])) out.push(w[j]!);
    } else if (isPassiveId(w[i]!)) {
      out.push(w[i]!);
    }
  }
  return out;
}

function passivesOfLine(_line: string, model: LineModel) {
  return model.sentences.flatMap((s) => passivesIn(s).map((t) => ({ start: t.start, end: t.end })));
}
// Two names for one search: the per-line memo is keyed by the function, and the English lexicon changes the answer.
const passivesWithModel = (line: string, model: LineModel) => passivesOfLine(line, model);
const passivesWithoutModel = (line: string, model: LineModel) => passivesOfLine(line, model);

export default defineRule({
  id: 'voice.passive',
  category: 'clarity',
  title: { id: 'Kalimat pasif: sebutkan siapa pelakunya', en: 'Passive sentences: say who acts' },
  scope: 'draft',
  check(doc, ctx, self) {
    // Found line by line and cached; the English lexicon changes the answer, so each state has its own memo.
    const passives = doc.perLine(ctx.englishModelLoaded ? passivesWithModel : passivesWithoutModel);
    const sentences = new Set(passives.map((t) => doc.sentences.findIndex((s) => t.start >= s.start && t.end <= s.end)));
    const total = passives.length;
    const share = doc.sentences.length ? sentences.size / doc.sentences.length : 0;
    if (total < 3 || share < 0.5) return [];
    const first = passives[0]!;
    return [
      finding(self, ctx, doc.text, {
        severity: 'suggestion',
        span: { start: first.start, end: first.end },
        message: fill(
          {
            id: 'Ada {n} kata kerja pasif dalam {k} dari {all} kalimat: sebutkan siapa pelakunya',
            en: 'There are {n} passive verbs in {k} of {all} sentences: say who acts',
          },
          { n: total, k: sentences.size, all: doc.sentences.length },
        ),
        why: {
          id: 'Kalimat pasif menyembunyikan pelakunya: “Jalan ditutup” — oleh siapa? Kalimat aktif lebih jelas dan lebih dipercaya: “Dinas Perhubungan menutup Jalan Gajah Mada.”',
          en: 'Passive sentences hide who acts: “The road was closed” — by whom? Active sentences are clearer and more trusted: “The Transport Office closed Jalan Gajah Mada.”',
        },
      }),
    ];
  },
});
