/** spelling.abbreviation-dots: EYD V writes the abbreviations "sampai dengan", "atas nama",
 * "untuk perhatian" and "dengan alamat" with full stops ("s.d.", "a.n.", "u.p.", "d.a."), not
 * with a slash ("s/d", "a/n"). The slashed forms are Indonesian shorthand, so any sentence; links
 * and paths are left alone. */
import { finding, defineRule, type Localized } from '../rule';
import type { Finding } from '../types';

// "s/d" and "S/D" (in a line of capitals); the others in lower case only ("D/A" is digital/analogue).
const SLASHED = /(?<![\p{L}\p{N}/.@_-])(?:([sS])\/([dD])|(a)\/(n)|(u)\/(p)|(d)\/(a))(?![\p{L}\p{N}/_-])\.?/gu;

const WHY: Localized = {
  id: 'Menurut EYD V, singkatan dua kata ditulis dengan titik, bukan garis miring: s.d. untuk “sampai dengan”, a.n. untuk “atas nama”, u.p. untuk “untuk perhatian”, dan d.a. untuk “dengan alamat”.',
  en: 'EYD V writes these two-word abbreviations with full stops, not a slash: s.d. for “until”, a.n. for “on behalf of”, u.p. for “attention of” and d.a. for “care of”.',
};

const rule = defineRule({
  id: 'spelling.abbreviation-dots',
  category: 'correctness',
  title: { id: 'Singkatan: tulis titiknya sesuai EYD V', en: 'Abbreviations: write the dots as EYD V does' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    const links = p.tokens.filter((t) => t.kind !== 'word' && t.kind !== 'number');
    SLASHED.lastIndex = 0;
    for (let m = SLASHED.exec(p.text); m !== null; m = SLASHED.exec(p.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (links.some((t) => t.start < end && start < t.end)) continue;
      const [first, second] = m.slice(1).filter((g) => g !== undefined) as [string, string];
      const replacement = `${first}.${second}.`;
      out.push(
        finding(rule, ctx, p.text, {
          severity: ctx.audience === 'government' ? 'warning' : 'suggestion',
          span: { start, end },
          message: {
            id: `Singkatan ditulis “${replacement}”, bukan “${m[0]}”`,
            en: `Write the abbreviation “${replacement}”, not “${m[0]}”`,
          },
          why: WHY,
          fix: { start, end, replacement, label: { id: `Ubah jadi “${replacement}”`, en: `Change to “${replacement}”` } },
        }),
      );
    }
    return out;
  },
});

export default rule;
