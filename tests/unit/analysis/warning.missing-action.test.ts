import { describe, expect, it } from 'vitest';
import { findings } from './helpers';
import { COMPLETE, NOT_WARNINGS, WITHOUT, warningRules } from './warning-drafts';

const RULE = 'warning.missing-action';

describe(RULE, () => {
  it('passes a complete warning (Indonesian and English)', () => {
    expect(findings(COMPLETE.id, RULE)).toEqual([]);
    expect(findings(COMPLETE.en, RULE)).toEqual([]);
  });
  it('finds a missing protective action alone, with an example of what to add (Indonesian and English)', () => {
    expect(warningRules(WITHOUT.action.id)).toEqual([RULE]);
    expect(findings(WITHOUT.action.id, RULE)[0]!.message).toContain('“Segera mengungsi ke Masjid Al-Falah; hindari Jl. Gajah Mada”');
    expect(warningRules(WITHOUT.action.en)).toEqual([RULE]);
    expect(findings(WITHOUT.action.en, RULE)[0]!.message).toContain('“Evacuate to the Al-Falah mosque now; avoid Jl. Gajah Mada”');
  });
  it('takes a concrete imperative, not "tetap waspada" or a phone number', () => {
    const warn = (act: string) => `Kebakaran di Jl. Gajah Mada hingga pukul 20.00 WIB. ${act} Informasi selanjutnya di @damkarptk.`;
    for (const act of ['Hindari Jl. Gajah Mada.', 'Jangan melintas di sekitar lokasi.', 'Tutup pintu dan jendela.', 'Gunakan masker.'])
      expect(findings(warn(act), RULE), act).toEqual([]);
    expect(findings(warn('Tetap waspada.'), RULE)).toHaveLength(1);
    expect(findings(warn('Hubungi 112.'), RULE)).toHaveLength(1);
    expect(findings('Fire on Jl. Gajah Mada until 20.00 WIB. Stay indoors and close doors and windows.', RULE)).toEqual([]);
    expect(findings('Fire on Jl. Gajah Mada until 20.00 WIB. Stay alert.', RULE)).toHaveLength(1);
  });
  it('says nothing on posts that are no warning of a hazard', () => {
    for (const text of NOT_WARNINGS) expect(findings(text, RULE), text).toEqual([]);
  });
});
