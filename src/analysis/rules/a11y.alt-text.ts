/** a11y.alt-text: a draft with an image or video: remind to add a description
 * (people forget alt text more often than they refuse it). */
import data from './a11y.alt-text.json' with { type: 'json' };
import { finding, defineRule } from '../rule';

const ANSWERED = data.answered;

export default defineRule({
  id: 'a11y.alt-text',
  category: 'reach',
  scope: 'draft',
  check(doc, ctx, self) {
    if (!ctx.hasMedia) return [];
    const lower = doc.text.toLowerCase();
    if (ANSWERED.some((marker) => lower.includes(marker))) return [];
    return [
      finding(self, ctx, doc.text, {
        severity: 'info',
        message: {
          id: 'Ada gambar atau video: tambahkan deskripsinya (teks alternatif)',
          en: 'There is an image or video: add a description (alt text)',
        },
        why: {
          id: 'Warga tunanetra memakai pembaca layar. Isi kolom “teks alternatif”/“deskripsi” di platform dengan isi gambar, misalnya “Poster jadwal vaksinasi: Senin–Jumat, 08.00–12.00 WIB, Puskesmas Kampung Bali”.',
          en: 'Blind residents use screen readers. Fill in the platform’s “alt text”/“description” field with what the image shows, e.g. “Vaccination schedule poster: Monday–Friday, 8 am–noon WIB, Kampung Bali health centre”.',
        },
      }),
    ];
  },
});
