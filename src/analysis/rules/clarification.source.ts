/** clarification.source: a hoax clarification names the official body and links its page (or a fact-checker's),
 * so readers can check it themselves. */
import { clarificationCheck } from '../missing-fact';
import { defineRule } from '../rule';

export default defineRule({
  id: 'clarification.source',
  category: 'trust',
  scope: 'draft',
  check: clarificationCheck(({ source }) =>
    source.length > 0
      ? []
      : [
          {
            severity: 'warning',
            message: {
              id: 'Tautkan sumber resminya, misalnya “Sumber resmi: https://dinkes.pontianak.go.id/…” atau “menurut Dinas Kesehatan Kota Pontianak”',
              en: 'Link the official source, e.g. “Official source: https://dinkes.pontianak.go.id/…” or “according to the city Health Office”',
            },
            why: {
              id: 'Klarifikasi dipercaya bila pembaca bisa memeriksanya sendiri. Sebut lembaga yang berwenang dan tautkan laman resminya (.go.id), atau hasil pemeriksa fakta (cekfakta.com, turnbackhoax.id). Tanpa itu, bantahan hanya satu kabar lagi di antara kabar lain.',
              en: 'A clarification is believed when readers can check it themselves. Name the responsible body and link its official page (.go.id), or a fact-checker’s (cekfakta.com, turnbackhoax.id). Without that, the denial is one more rumour among others.',
            },
          },
        ],
  ),
});
