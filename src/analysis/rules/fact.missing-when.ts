/** fact.missing-when: an event, service or warning needs a date and time. */
import { missingFactRule } from '../facts/missing';

export default missingFactRule({
  id: 'fact.missing-when',
  fact: 'when',
  kinds: { event: 'warning', warning: 'warning', service: 'warning', announcement: 'suggestion', recruitment: 'suggestion', news: 'suggestion' },
  message: { id: 'Belum jelas kapan: sebut hari, tanggal, dan jam', en: 'No “when”: give the day, date and time' },
  why: {
    id: 'Unggahan tanpa tanggal bisa beredar ulang bertahun-tahun dan menyesatkan. Tulis lengkap, misalnya “Kamis, 26 November 2026, pukul 08.00–12.00 WIB”.',
    en: 'A post without a date can circulate again for years and mislead. Write it in full, e.g. “Thursday 26 November 2026, 08.00–12.00 WIB”.',
  },
});
