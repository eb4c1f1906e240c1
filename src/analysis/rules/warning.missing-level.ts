/** warning.missing-level: a warning about a hazard with an official scale (volcano, weather, tsunami,
 * flood) should state the level that has been set. Never for other hazards, and never a level of one's own. */
import data from './warning.missing-level.json' with { type: 'json' };
import { defineRule, type Localized } from '../rule';
import { missingWarningItem } from '../missing-fact';

const EXAMPLES: Record<string, Localized> = data.examples;

export default defineRule({
  id: 'warning.missing-level',
  category: 'trust',
  scope: 'draft',
  check: missingWarningItem({
    item: 'level',
    message: ({ scales }) => {
      const example = EXAMPLES[scales[0]!] ?? EXAMPLES.weather!;
      return {
        id: `Sebut level resminya bila sudah ditetapkan, misalnya ${example.id}`,
        en: `State the official level if one has been set, e.g. ${example.en}`,
      };
    },
    why: {
      id: 'Level resmi (Waspada, Siaga, Awas; Level I–IV gunung api; status tanggap darurat) memberi tahu seberapa serius bahayanya dengan kata yang sudah dikenal warga. Tulis hanya level yang ditetapkan lembaga berwenang (PVMBG, BMKG, pemerintah daerah atau BPBD), jangan membuat level sendiri; bila belum ada penetapan, abaikan saran ini.',
      en: 'The official level (Waspada, Siaga, Awas; volcano Levels I–IV; an emergency status) tells how serious the danger is in words people already know. Write only a level the responsible body has set (PVMBG, BMKG, the local government or BPBD), never one of your own; if none has been set, ignore this tip.',
    },
  }),
});
