/** warning.missing-area: a warning should say where it applies, finer than a city. */
import { defineRule } from '../rule';
import { missingWarningItem } from '../missing-fact';

export default defineRule({
  id: 'warning.missing-area',
  category: 'trust',
  scope: 'draft',
  check: missingWarningItem({
    item: 'area',
    message: {
      id: 'Sebut wilayah terdampak sampai kelurahan atau jalan, misalnya “Kel. Siantan Hulu dan Jl. Khatulistiwa”',
      en: 'Name the area down to the district or street, e.g. “Siantan Hulu and Jl. Khatulistiwa”',
    },
    why: {
      id: 'Warga bertindak bila tahu peringatan itu berlaku untuk tempatnya (riset peringatan Mileti & Sorensen; FEMA IS-247). Nama kota saja terlalu luas: sebut kelurahan, kecamatan atau desa, jalan, gedung, atau radius dari sumber bahaya (“radius 5 km dari kawah”).',
      en: 'People act when they know a warning is about where they are (Mileti & Sorensen’s warning research; FEMA IS-247). A city is too wide: name the district or village, the street, the building, or a radius from the hazard (“within 5 km of the crater”).',
    },
  }),
});
