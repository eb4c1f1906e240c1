/** style.exclamation: "!!!", "?!" read as shouting and as chain-message style. */
import { finding, defineRule } from '../rule';
import type { Finding } from '../types';

const REPEATED = /[!?](?:[!?1¡]|\s(?=[!?]))+/g;

const rule = defineRule({
  id: 'style.exclamation',
  category: 'trust',
  title: { id: 'Tanda baca berulang: cukup satu', en: 'Repeated punctuation: one is enough' },
  safeFix: true,
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    REPEATED.lastIndex = 0;
    for (let m = REPEATED.exec(p.text); m !== null; m = REPEATED.exec(p.text)) {
      const replacement = m[0].includes('?') ? '?' : '!';
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'suggestion',
          span: { start: m.index, end: m.index + m[0].length },
          message: { id: `Tulis satu tanda baca saja, bukan “${m[0]}”`, en: `Use one punctuation mark, not “${m[0]}”` },
          why: {
            id: 'Tanda seru berderet adalah ciri pesan berantai dan hoaks; satu tanda sudah cukup. Contoh: “Jalan ditutup!”, bukan “Jalan ditutup!!!”.',
            en: 'Strings of exclamation marks are a hallmark of chain messages and hoaxes; one is enough. Example: “Road closed!”, not “Road closed!!!”.',
          },
          fix: {
            start: m.index,
            end: m.index + m[0].length,
            replacement,
            label: { id: `Ganti dengan “${replacement}”`, en: `Replace with “${replacement}”` },
          },
        }),
      );
    }
    return out;
  },
});

export default rule;
