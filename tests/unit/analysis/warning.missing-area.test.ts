import { describe, expect, it } from 'vitest';
import { findings } from './helpers';
import { COMPLETE, NOT_WARNINGS, WITHOUT, warningRules } from './warning-drafts';

const RULE = 'warning.missing-area';

describe(RULE, () => {
  it('passes a complete warning (Indonesian and English)', () => {
    expect(warningRules(COMPLETE.id)).toEqual([]);
    expect(warningRules(COMPLETE.en)).toEqual([]);
  });
  it('finds a missing area alone, with an example of what to add (Indonesian)', () => {
    expect(warningRules(WITHOUT.area.id)).toEqual([RULE]);
    const [f] = findings(WITHOUT.area.id, RULE);
    expect(f!.message).toBe('Sebut wilayah terdampak sampai kelurahan atau jalan, misalnya “Kel. Siantan Hulu dan Jl. Khatulistiwa”');
    expect(f!.span).toBeUndefined();
  });
  it('finds a missing area alone (English)', () => {
    expect(warningRules(WITHOUT.area.en)).toEqual([RULE]);
    expect(findings(WITHOUT.area.en, RULE)[0]!.message).toMatch(/^Name the area down to the district or street, e\.g\. “/);
  });
  it('takes a district, street, RT/RW or radius as the area, but not a city alone or the place to go', () => {
    const warn = (area: string) =>
      `Peringatan dini banjir ${area} hingga pukul 20.00 WIB. Segera mengungsi. Informasi selanjutnya pukul 20.00 WIB.`;
    expect(findings(warn('di Kecamatan Pontianak Utara'), RULE)).toEqual([]);
    expect(findings(warn('di RT 03'), RULE)).toEqual([]);
    expect(findings('Erupsi Gunung Lewotobi: warga dalam radius 7 km diminta mengungsi hingga pemberitahuan lebih lanjut.', RULE)).toEqual(
      [],
    );
    expect(findings(warn('di Kota Pontianak'), RULE)).toHaveLength(1);
    expect(findings(warn('di Kalimantan Barat'), RULE)).toHaveLength(1);
    expect(findings('Peringatan dini banjir di Pontianak. Segera mengungsi ke Masjid Al-Falah.', RULE)).toHaveLength(1);
    expect(findings('Flood warning for Pontianak. Evacuate to the Al-Falah mosque on Jl. Gajah Mada.', RULE)).toEqual([]);
  });
  it('says nothing on posts that are no warning of a hazard', () => {
    for (const text of NOT_WARNINGS) expect(findings(text, RULE), text).toEqual([]);
  });
});
