/** Complete warnings in Indonesian and English, and each with one item taken out: the cases the
 * warning.missing-* tests share. */
import { analyze, type AnalysisContext } from '../../../src/analysis';
import { NOW } from './helpers';

export type WarningItem = 'area' | 'until' | 'level' | 'action' | 'update';

export const COMPLETE = {
  id: 'Peringatan dini banjir rob di Kelurahan Siantan Hulu dan Jl. Khatulistiwa, Kamis (26/11) pukul 17.00 s.d. 20.00 WIB. Status Siaga Darurat Banjir, menurut BPBD Kota Pontianak. Warga diminta segera mengungsi ke Masjid Al-Falah dan hindari Jl. Gajah Mada. Informasi selanjutnya pukul 20.00 WIB di @bpbdpontianak.',
  en: 'Flood warning for Jl. Khatulistiwa and Jl. Tanjung Raya, Thursday 26 November from 17.00 to 20.00 WIB. Alert level: Siaga, according to BPBD Pontianak. Residents should evacuate to the Al-Falah mosque now and avoid Jl. Gajah Mada. Next update at 20.00 WIB on @bpbdpontianak.',
};

/** Each complete warning with one item taken out (and nothing else). */
export const WITHOUT: Record<WarningItem, { id: string; en: string }> = {
  area: {
    id: COMPLETE.id
      .replace('di Kelurahan Siantan Hulu dan Jl. Khatulistiwa', 'di Kota Pontianak')
      .replace(' dan hindari Jl. Gajah Mada', ''),
    en: COMPLETE.en.replace('for Jl. Khatulistiwa and Jl. Tanjung Raya', 'for Pontianak').replace(' and avoid Jl. Gajah Mada', ''),
  },
  until: {
    id: COMPLETE.id.replace('pukul 17.00 s.d. 20.00 WIB', 'pukul 17.00 WIB'),
    en: COMPLETE.en.replace('from 17.00 to 20.00 WIB', 'from 17.00 WIB'),
  },
  level: {
    id: COMPLETE.id.replace('Status Siaga Darurat Banjir, menurut BPBD Kota Pontianak.', 'Informasi dari BPBD Kota Pontianak.'),
    en: COMPLETE.en.replace('Alert level: Siaga, according to BPBD Pontianak.', 'Information from BPBD Pontianak.'),
  },
  action: {
    id: COMPLETE.id.replace(
      'Warga diminta segera mengungsi ke Masjid Al-Falah dan hindari Jl. Gajah Mada.',
      'Posko BPBD ada di Masjid Al-Falah.',
    ),
    en: COMPLETE.en.replace(
      'Residents should evacuate to the Al-Falah mosque now and avoid Jl. Gajah Mada.',
      'The BPBD post is at the Al-Falah mosque.',
    ),
  },
  update: {
    id: COMPLETE.id.replace(' Informasi selanjutnya pukul 20.00 WIB di @bpbdpontianak.', ''),
    en: COMPLETE.en.replace(' Next update at 20.00 WIB on @bpbdpontianak.', ''),
  },
};

/** Posts that are no warning of a hazard: none of the warning checks apply. */
export const NOT_WARNINGS = [
  'Posyandu Melati buka Kamis (26/11) pukul 08.00 WIB di Jl. Khatulistiwa.',
  'Waspada hoaks! Pesan berantai itu tidak benar.',
  'Bupati meninjau lokasi banjir di Desa Sungai Ambawang, Kamis (26/11).',
  'The clinic on Jl. Khatulistiwa opens on Thursday at 08.00 WIB.',
];

/** The warning.* rules that fire on a text. */
export function warningRules(text: string, context: AnalysisContext = {}): string[] {
  return analyze(text, { now: NOW, ...context })
    .findings.filter((f) => f.rule.startsWith('warning.'))
    .map((f) => f.rule);
}
