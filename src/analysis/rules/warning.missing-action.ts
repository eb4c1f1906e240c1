/** warning.missing-action: a warning should tell readers what to do to stay safe. */
import { defineRule } from '../rule';
import { missingWarningItem } from '../missing-fact';

export default defineRule({
  id: 'warning.missing-action',
  category: 'trust',
  scope: 'draft',
  check: missingWarningItem({
    item: 'action',
    message: {
      id: 'Tulis tindakan perlindungan yang konkret, misalnya “Segera mengungsi ke Masjid Al-Falah; hindari Jl. Gajah Mada”',
      en: 'Say what to do to stay safe, e.g. “Evacuate to the Al-Falah mosque now; avoid Jl. Gajah Mada”',
    },
    why: {
      id: '“Waspada” saja bukan tindakan. Warga lebih cepat bertindak bila diberi perintah yang jelas: apa yang dilakukan, ke mana, dan kapan (riset peringatan Mileti & Sorensen; CDC CERC). Bila hanya sebagian warga yang perlu bertindak, sebut siapa.',
      en: '“Stay alert” is not an action. People act sooner when told plainly what to do, where to go and when (Mileti & Sorensen’s warning research; CDC CERC). If only some people need to act, say who.',
    },
  }),
});
