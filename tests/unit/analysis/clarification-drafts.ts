/** Complete hoax clarifications in Indonesian and English, and each with one item taken out: the cases the
 * clarification.* tests share. */
import { analyze, type AnalysisContext } from '../../../src/analysis';
import { NOW } from './helpers';

export const COMPLETE = {
  id: '[HOAKS] Air PDAM Kota Pontianak aman diminum, menurut Dinas Kesehatan Kota Pontianak, Kamis (26/11/2026).\n\nBeredar pesan berantai yang menyebut air PDAM tercemar limbah. Informasi itu tidak benar.\n\nSekali lagi: air PDAM aman diminum. Hasil uji lengkap: https://dinkes.pontianak.go.id/uji-air.',
  en: '[HOAX] Tap water in Pontianak is safe to drink, according to the city Health Office, Thursday 26 November 2026.\n\nA chain message circulating claims that tap water is contaminated with sewage. This is not true.\n\nTo repeat: tap water is safe to drink. Full test results: https://dinkes.pontianak.go.id/water-tests.',
};

export type ClarificationItem = 'label' | 'opensWithClaim' | 'endsWithClaim' | 'repeated' | 'unmarked' | 'source';

const replaced = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`“${from}” is not in the draft`);
  return text.replace(from, to);
};

/** Each complete clarification with one item taken out (and nothing else). */
export const WITHOUT: Record<ClarificationItem, { id: string; en: string }> = {
  label: { id: replaced(COMPLETE.id, '[HOAKS] ', ''), en: replaced(COMPLETE.en, '[HOAX] ', '') },
  // The claim first, the fact after it.
  opensWithClaim: {
    id: '[HOAKS] Beredar pesan berantai yang menyebut air PDAM tercemar limbah. Informasi itu tidak benar.\n\nAir PDAM Kota Pontianak aman diminum, menurut Dinas Kesehatan Kota Pontianak, Kamis (26/11/2026). Hasil uji lengkap: https://dinkes.pontianak.go.id/uji-air.',
    en: '[HOAX] A chain message circulating claims that tap water is contaminated with sewage. This is not true.\n\nTap water in Pontianak is safe to drink, according to the city Health Office, Thursday 26 November 2026. Full test results: https://dinkes.pontianak.go.id/water-tests.',
  },
  // The fact first, the claim last.
  endsWithClaim: {
    id: '[HOAKS] Air PDAM Kota Pontianak aman diminum, menurut Dinas Kesehatan Kota Pontianak, Kamis (26/11/2026). Hasil uji lengkap: https://dinkes.pontianak.go.id/uji-air.\n\nInformasi itu tidak benar: beredar pesan berantai yang menyebut air PDAM tercemar limbah.',
    en: '[HOAX] Tap water in Pontianak is safe to drink, according to the city Health Office, Thursday 26 November 2026. Full test results: https://dinkes.pontianak.go.id/water-tests.\n\nThis is not true: a chain message circulating claims that tap water is contaminated with sewage.',
  },
  repeated: {
    id: replaced(COMPLETE.id, 'Informasi itu tidak benar.', 'Informasi itu tidak benar. Pesan yang menyebut air PDAM berbau juga hoaks.'),
    en: replaced(COMPLETE.en, 'This is not true.', 'This is not true. Messages claiming that it smells are false too.'),
  },
  unmarked: {
    id: replaced(COMPLETE.id, ' Informasi itu tidak benar.', ''),
    en: replaced(COMPLETE.en, ' This is not true.', ''),
  },
  source: {
    id: replaced(
      replaced(COMPLETE.id, ', menurut Dinas Kesehatan Kota Pontianak', ''),
      ' Hasil uji lengkap: https://dinkes.pontianak.go.id/uji-air.',
      '',
    ),
    en: replaced(
      replaced(COMPLETE.en, ', according to the city Health Office', ''),
      ' Full test results: https://dinkes.pontianak.go.id/water-tests.',
      '',
    ),
  },
};

/** Posts that are no hoax clarification: none of the clarification checks apply. */
export const NOT_CLARIFICATIONS = [
  'Posyandu Melati buka Kamis (26/11) pukul 08.00 WIB di Jl. Khatulistiwa.',
  'Diskominfo menggelar sosialisasi anti hoaks di Aula Kantor Wali Kota, Kamis (26/11).',
  'Pendaftar yang memberikan data tidak benar akan didiskualifikasi. Daftar di https://sscasn.bkn.go.id.',
  'Mari lawan hoaks dan jangan menyebarkan berita bohong di grup WhatsApp keluarga.',
  'The clinic on Jl. Khatulistiwa opens on Thursday at 08.00 WIB.',
  'Join us to fight misinformation at the digital literacy workshop on Thursday.',
  // Awareness posts: the most common openers of Kominfo's campaigns (found in review).
  'Waspada hoaks! Jangan mudah percaya pesan berantai yang beredar di WhatsApp. Cek kebenarannya di situs resmi kominfo.go.id.',
  'Awas hoaks menjelang Pemilu. Saring sebelum sharing ya, Sobat!',
  'Kenali ciri-ciri hoaks: judul provokatif, tanpa sumber, minta disebarkan.',
  'Beware of fake news about the floods: check the official accounts first.',
];

/** The clarification.* rules that fire on a text. */
export function clarificationRules(text: string, context: AnalysisContext = {}): string[] {
  return analyze(text, { now: NOW, ...context })
    .findings.filter((f) => f.rule.startsWith('clarification.'))
    .map((f) => f.rule);
}
