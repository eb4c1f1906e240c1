/** fact.missing-when: an event, service or warning needs a date and time. */
import { defineRule } from '../rule';
import { missingFact } from '../missing-fact';

export default defineRule({
  id: 'fact.missing-when',
  category: 'trust',
  scope: 'draft',
  check: missingFact({
    fact: 'when',
    kinds: {
      event: 'warning',
      warning: 'warning',
      service: 'warning',
      announcement: 'suggestion',
      recruitment: 'suggestion',
      news: 'suggestion',
    },
    message: { id: 'Belum jelas kapan: sebut hari, tanggal, dan jam', en: 'No “when”: give the day, date and time' },
    why: {
      id: 'Unggahan tanpa tanggal bisa beredar ulang bertahun-tahun dan menyesatkan. Tulis lengkap, misalnya “Kamis, 26 November 2026, pukul 08.00–12.00 WIB”.',
      en: 'A post without a date can circulate again for years and mislead. Write it in full, e.g. “Thursday 26 November 2026, 08.00–12.00 WIB”.',
    },
  }),
});
