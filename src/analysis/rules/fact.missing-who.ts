/** fact.missing-who: readers trust a post that says which office or official stands behind it. */
import { defineRule } from '../rule';
import { missingFact } from '../missing-fact';

export default defineRule({
  id: 'fact.missing-who',
  category: 'trust',
  scope: 'draft',
  check: missingFact({
    fact: 'who',
    kinds: {
      announcement: 'suggestion',
      event: 'suggestion',
      warning: 'warning',
      service: 'suggestion',
      recruitment: 'suggestion',
      news: 'warning',
    },
    message: { id: 'Belum jelas siapa: sebut instansi atau pejabatnya', en: 'No “who”: name the office or official' },
    why: {
      id: 'Pembaca lebih percaya pada informasi yang jelas sumbernya. Sebut instansi dan, bila ada, pejabat yang bertanggung jawab, misalnya “BPBD Kota Pontianak” atau “Camat Pontianak Kota, Budi Santoso”.',
      en: 'People trust information whose source is clear. Name the office and, where there is one, the responsible official, e.g. “the Pontianak City Disaster Agency (BPBD)” or “Pontianak Kota district head Budi Santoso”.',
    },
  }),
});
