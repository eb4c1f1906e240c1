/** fact.missing-where: an event, service or warning needs a concrete place. */
import { defineRule } from '../rule';
import { missingFact } from '../missing-fact';

export default defineRule({
  id: 'fact.missing-where',
  category: 'trust',
  scope: 'draft',
  check: missingFact({
    fact: 'where',
    kinds: {
      event: 'warning',
      warning: 'warning',
      service: 'warning',
      announcement: 'suggestion',
      recruitment: 'info',
      news: 'suggestion',
    },
    message: { id: 'Belum jelas di mana: sebut tempatnya', en: 'No “where”: name the place' },
    why: {
      id: 'Tanpa tempat yang konkret, warga tidak bisa datang atau menghindar. Sebut kelurahan/kecamatan, jalan, atau gedungnya, misalnya “Aula Kantor Camat Pontianak Barat, Jl. Komyos Sudarso”.',
      en: 'Without a concrete place people can neither come nor stay away. Give the district, street or building, e.g. “the hall of the Pontianak Barat district office, Jl. Komyos Sudarso”.',
    },
  }),
});
