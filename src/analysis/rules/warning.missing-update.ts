/** warning.missing-update: a warning should say when and where the next update comes. */
import { defineRule } from '../rule';
import { missingWarningItem } from '../missing-fact';

export default defineRule({
  id: 'warning.missing-update',
  category: 'trust',
  scope: 'draft',
  check: missingWarningItem({
    item: 'update',
    message: {
      id: 'Sebut kapan dan di mana kabar berikutnya, misalnya “Informasi selanjutnya pukul 18.00 WIB di akun resmi @bpbdkota”',
      en: 'Say when and where the next update comes, e.g. “Next update at 6 pm WIB on our official account @bpbdkota”',
    },
    why: {
      id: 'Warga yang tahu kapan dan di mana kabar resmi berikutnya keluar tidak mencari ke grup pesan berantai. Pembaruan yang terjadwal dan bertanggal adalah cara BNPB dan BMKG melawan hoaks bencana (CDC CERC).',
      en: 'People who know when and where the next official update comes do not go looking in chain messages. Scheduled, timestamped updates are how BNPB and BMKG counter disaster hoaxes (CDC CERC).',
    },
  }),
});
