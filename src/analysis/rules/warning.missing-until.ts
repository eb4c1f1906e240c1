/** warning.missing-until: a warning should say until when it applies. */
import { defineRule } from '../rule';
import { missingWarningItem } from '../missing-fact';

export default defineRule({
  id: 'warning.missing-until',
  category: 'trust',
  scope: 'draft',
  check: missingWarningItem({
    item: 'until',
    message: {
      id: 'Sebut sampai kapan berlaku, misalnya “hingga pukul 20.00 WIB” atau “sampai pemberitahuan lebih lanjut”',
      en: 'Say until when it applies, e.g. “until 8 pm WIB” or “until further notice”',
    },
    why: {
      id: 'Tanpa batas waktu, warga tidak tahu kapan aman kembali, dan pesan lama terus dibagikan seolah masih berlaku. Tulis jam atau tanggal berakhirnya, rentang waktunya (“17.00–20.00 WIB”), atau “sampai pemberitahuan lebih lanjut”.',
      en: 'Without an end, people do not know when it is safe again, and an old message keeps being shared as if it still applied. Give the end time or date, the range (“5–8 pm WIB”), or “until further notice”.',
    },
  }),
});
