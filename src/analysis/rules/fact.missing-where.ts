/** fact.missing-where: an event, service or warning needs a concrete place. */
import { missingFactRule } from '../facts/missing';

export default missingFactRule({
  id: 'fact.missing-where',
  fact: 'where',
  kinds: { event: 'warning', warning: 'warning', service: 'warning', announcement: 'suggestion', recruitment: 'info', news: 'suggestion' },
  message: { id: 'Belum jelas di mana: sebut tempatnya', en: 'No “where”: name the place' },
  why: {
    id: 'Tanpa tempat yang konkret, warga tidak bisa datang atau menghindar. Sebut kelurahan/kecamatan, jalan, atau gedungnya, misalnya “Aula Kantor Camat Pontianak Barat, Jl. Komyos Sudarso”.',
    en: 'Without a concrete place people can neither come nor stay away. Give the district, street or building, e.g. “the hall of the Pontianak Barat district office, Jl. Komyos Sudarso”.',
  },
});
