/** spelling.di-preposition: EYD V writes the preposition apart ("di rumah",
 * "di mana") and the passive prefix joined ("dibangun", "dilaksanakan"). */
import data from './spelling.di-preposition.json' with { type: 'json' };
import { finding, defineRule } from '../rule';
import { isDiPlace } from '../lexicon';
import { indonesianWords } from '../text/sentences';
import type { Finding } from '../types';

const VERBS = new Set(data.verbs);
const NOUNS_IN_KAN = new Set(data.nounsEndingInKan);

/** A verb form that takes the passive prefix: a listed root, or a -kan verb. */
function isVerb(word: string): boolean {
  return VERBS.has(word) || (word.length >= 6 && word.endsWith('kan') && !NOUNS_IN_KAN.has(word) && !isDiPlace(word));
}

const rule = defineRule({
  id: 'spelling.di-preposition',
  offersDictionary: true,
  category: 'correctness',
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const [t, i, { words }] of indonesianWords(p.sentences, ctx.dictionary)) {
      // "dirumah" → "di rumah"
      if (t.lower.startsWith('di') && t.lower.length > 4 && isDiPlace(t.lower.slice(2))) {
        const replacement = `${t.text.slice(0, 2)} ${t.text.slice(2)}`;
        out.push(
          finding(rule, ctx, p.text, {
            severity: 'warning',
            span: { start: t.start, end: t.end },
            message: { id: `“${t.text}” ditulis terpisah: “${replacement}”`, en: `“${t.text}” is written apart: “${replacement}”` },
            why: {
              id: '“Di” sebagai kata depan (menunjukkan tempat) ditulis terpisah: di rumah, di sini, di mana. “Di-” yang menempel hanya untuk kata kerja pasif: dibangun, ditutup.',
              en: 'Indonesian writes “di” apart when it means “at/in” (di rumah, di sini, di mana), and joined only as the passive prefix (dibangun, ditutup).',
            },
            fix: { start: t.start, end: t.end, replacement, label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` } },
          }),
        );
        continue;
      }
      // "di bangun" → "dibangun"
      const next = words[i + 1];
      if (t.lower === 'di' && next && /^\s+$/.test(p.text.slice(t.end, next.start)) && next.text === next.lower && isVerb(next.lower)) {
        const replacement = `${t.text}${next.text}`;
        out.push(
          finding(rule, ctx, p.text, {
            severity: 'warning',
            span: { start: t.start, end: next.end },
            message: {
              id: `“${t.text} ${next.text}” ditulis serangkai: “${replacement}”`,
              en: `“${t.text} ${next.text}” is written as one word: “${replacement}”`,
            },
            why: {
              id: 'Awalan “di-” pada kata kerja pasif ditulis serangkai: dibangun, dilaksanakan, disampaikan. Yang terpisah hanya kata depan tempat: di rumah.',
              en: 'The passive prefix “di-” is joined to its verb: dibangun, dilaksanakan, disampaikan. Only the place preposition stands apart: di rumah.',
            },
            fix: {
              start: t.start,
              end: next.end,
              replacement,
              label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` },
            },
          }),
        );
      }
    }
    return out;
  },
});

export default rule;
