/** template.placeholder: a template's "[TANGGAL]" left unfilled would be
 * posted as is. Flagged until it is replaced. */
import { finding, fill, type ParagraphRule } from '../rule';
import type { Finding } from '../types';

// Templates mark what to fill in as capitals in square brackets: [TANGGAL], [NAMA TEMPAT], [DATE].
const PLACEHOLDER = /\[[A-Z0-9][A-Z0-9 ,./:–-]{1,40}\]/g;

const rule: ParagraphRule = {
  id: 'template.placeholder',
  category: 'correctness',
  scope: 'paragraph',
  check(p, ctx) {
    const out: Finding[] = [];
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(p.text); m !== null; m = PLACEHOLDER.exec(p.text)) {
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'error',
          span: { start: m.index, end: m.index + m[0].length },
          message: fill({ id: 'Isi bagian templat {slot}', en: 'Fill in the template’s {slot}' }, { slot: m[0] }),
          why: {
            id: 'Bagian dalam kurung siku berhuruf kapital adalah tempat isian templat. Ganti dengan keterangan sebenarnya sebelum mengunggah.',
            en: 'Capitals in square brackets mark what a template asks you to fill in. Replace them with the real details before posting.',
          },
        }),
      );
    }
    return out;
  },
};

export default rule;
