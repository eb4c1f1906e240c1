/** style.punctuation-spacing: a comma or full stop sits right after its word, with one space
 * after it ("kami, warga", not "kami , warga" or "kami,warga"). The same in Indonesian (EYD V)
 * and English. Numbers (1.000, 3,5, 08.00), links, e-mail addresses, mentions, ellipses ("..."),
 * abbreviations and initials (s.d., S.Pd., A.Yani) and emoticons (",-)" "._.") are left alone. */
import { finding, defineRule, type Localized } from '../rule';
import type { Finding } from '../types';

// Where to look: the commas and full stops (an ASCII scan, no Unicode regex over the line).
const MARKS = /[.,]/g;
// What may stand before the space before a mark: a word, a figure, a closing bracket or quote.
const BEFORE_SPACE = /[\p{L}\p{N}\p{M})"”’']/u;
const LETTER = /\p{L}/u;
// A full stop before a capitalised word of two letters or more starts a sentence (" .We"); without
// the space before it, the word must have three ("kami.Warga"; not "Tempo.Co")…
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const CAPITALISED_3 = /^\p{Lu}\p{Ll}{2}/u;
// …after a word of two letters or more with a small letter in it (not an initial, "A.Yani", nor "ASP.Net").
const WORD_BEFORE_STOP = /(?:^|[^\p{L}\p{N}.@/_-])(?=\p{L}*\p{Ll})\p{L}{2,}$/u;

const WHY: Localized = {
  id: 'Menurut EYD V, koma dan titik ditulis rapat dengan kata di depannya dan diikuti satu spasi: “kami, warga”, bukan “kami , warga” atau “kami,warga”.',
  en: 'A comma or full stop follows its word directly and takes one space after it: “we, the residents”, not “we , the residents” or “we,the residents”.',
};

/** Whether the code unit at `i` is the second half of a surrogate pair. */
const isLowSurrogate = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0;
};

const rule = defineRule({
  id: 'style.punctuation-spacing',
  category: 'correctness',
  title: { id: 'Spasi di sekitar tanda baca: rapikan', en: 'Spacing around punctuation: tidy it' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    const text = p.text;
    // Links, e-mail addresses, mentions, hashtags and numbers keep their dots and commas.
    const kept = p.tokens.filter((t) => t.kind !== 'word');
    const inKept = (i: number) => kept.some((t) => t.start <= i && i < t.end);
    const severity = ctx.audience === 'government' ? 'warning' : 'suggestion';
    const add = (start: number, end: number, replacement: string) => {
      const written = text.slice(start, end);
      const mark = written.includes(',') ? { id: 'koma', en: 'comma' } : { id: 'titik', en: 'full stop' };
      out.push(
        finding(rule, ctx, text, {
          severity,
          span: { start, end },
          message: {
            id: `Rapikan spasi di sekitar ${mark.id}: tulis “${replacement}”, bukan “${written}”`,
            en: `Fix the spacing around a ${mark.en}: write “${replacement}”, not “${written}”`,
          },
          why: WHY,
          fix: {
            start,
            end,
            replacement,
            label: { id: `Rapikan ${mark.id}`, en: `Fix the ${mark.en}` },
          },
        }),
      );
    };

    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
      const at = m.index;
      const mark = m[0];
      const next = text.charAt(at + 1);
      const prev = text.charAt(at - 1);
      if (prev === ' ' || prev === '\t') {
        // A space (or several) before the mark, after a word or a figure.
        let start = at - 1;
        while (start > 0 && (text.charAt(start - 1) === ' ' || text.charAt(start - 1) === '\t')) start--;
        const before = start > 0 ? String.fromCodePoint(text.codePointAt(start - 1 - (isLowSurrogate(text, start - 1) ? 1 : 0))!) : '';
        if (before === '' || !BEFORE_SPACE.test(before) || inKept(at)) continue;
        // ". . ." and "ya , , ,": spaced dots or marks in a row are a style, not one misplaced mark.
        if (/^[ \t]*[.,]/.test(text.slice(at + 1, at + 8))) continue;
        if (mark === '.') {
          // "tunggu ...", " .com", " .5", " ._.": an ellipsis, a domain, a number or an emoticon; but
          // " .Warga" starts a sentence.
          if (next !== '' && !/[\s"”’')\]]/u.test(next) && !CAPITALISED.test(text.slice(at + 1, at + 3))) continue;
        } else {
          if (next !== '' && !/[\s\p{L}\p{N}"”’')\]]/u.test(next)) continue;
          // "3 ,5": a decimal written apart, not a list.
          if (/\p{N}/u.test(before) && /\p{N}/u.test(next)) continue;
        }
        add(start, at + 1, mark + (/[\p{L}\p{N}]/u.test(next) ? ' ' : ''));
        continue;
      }
      if (prev === '' || next === '' || inKept(at) || inKept(at - 1) || inKept(at + 1)) continue;
      if (mark === ',') {
        // A comma between two letters: "warga,kami".
        if (LETTER.test(prev) && LETTER.test(next)) add(at, at + 1, ', ');
      } else if (CAPITALISED_3.test(text.slice(at + 1, at + 4)) && WORD_BEFORE_STOP.test(text.slice(Math.max(0, at - 40), at))) {
        // A full stop between a word and a capitalised one: "kami.Warga".
        add(at, at + 1, '. ');
      }
    }
    return out;
  },
});

export default rule;
