/** template.placeholder: a template's "[TANGGAL]" left unfilled would be
 * posted as is. Flagged until it is replaced. */
import { finding, fill, defineRule } from '../rule';
import type { Finding } from '../types';
import { findSlots } from '../text/placeholders';

const rule = defineRule({
  id: 'template.placeholder',
  category: 'correctness',
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const slot of findSlots(p.text)) {
      out.push(
        finding(rule, ctx, p.text, {
          severity: 'error',
          span: slot,
          message: fill(
            { id: 'Isi bagian templat {slot}', en: 'Fill in the template’s {slot}' },
            { slot: p.text.slice(slot.start, slot.end) },
          ),
          why: {
            id: 'Bagian dalam kurung siku berhuruf kapital adalah tempat isian templat. Ganti dengan keterangan sebenarnya sebelum mengunggah.',
            en: 'Capitals in square brackets mark what a template asks you to fill in. Replace them with the real details before posting.',
          },
        }),
      );
    }
    return out;
  },
});

export default rule;
