import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { findings, NOW } from './helpers';
import { COMPLETE, NOT_WARNINGS, WITHOUT, warningRules } from './warning-drafts';

const RULE = 'warning.missing-level';

describe(RULE, () => {
  it('passes a complete warning (Indonesian and English)', () => {
    expect(findings(COMPLETE.id, RULE)).toEqual([]);
    expect(findings(COMPLETE.en, RULE)).toEqual([]);
  });
  it('finds a missing level alone, with an example on the hazard’s own scale (Indonesian and English)', () => {
    expect(warningRules(WITHOUT.level.id)).toEqual([RULE]);
    expect(findings(WITHOUT.level.id, RULE)[0]!.message).toBe(
      'Sebut level resminya bila sudah ditetapkan, misalnya “Status siaga darurat banjir, ditetapkan Wali Kota”',
    );
    expect(warningRules(WITHOUT.level.en)).toEqual([RULE]);
    const volcano = findings('Volcano warning: Mount Lewotobi is erupting; residents within 7 km must evacuate now.', RULE);
    expect(volcano[0]!.message).toBe(
      'State the official level if one has been set, e.g. “Mount Lewotobi Laki-laki is at Level III (Siaga), according to PVMBG”',
    );
    // It never asks for a level of one's own.
    expect(findings(WITHOUT.level.id, RULE)[0]!.why).toContain('jangan membuat level sendiri');
  });
  it('takes the official scales’ wording, not "tetap waspada"', () => {
    const volcano = (level: string) => `Erupsi Gunung Lewotobi ${level}. Warga dalam radius 7 km diminta mengungsi.`;
    for (const level of ['berstatus Level III (Siaga)', 'naik ke Level IV', 'status Awas'])
      expect(findings(volcano(level), RULE), level).toEqual([]);
    expect(findings(volcano('terus terjadi, tetap waspada'), RULE)).toHaveLength(1);
    expect(findings('Peringatan dini cuaca: hujan lebat di Kecamatan Pontianak Utara hingga pukul 17.00 WIB.', RULE)).toEqual([]);
    expect(findings('Hujan lebat di Kecamatan Pontianak Utara hingga pukul 17.00 WIB, tetap waspada.', RULE)).toHaveLength(1);
  });
  it('never asks for a level where the hazard has no official scale (fire, earthquake, road closure)', () => {
    for (const text of [
      'Kebakaran di Jl. Gajah Mada: hindari jalan itu hingga pukul 20.00 WIB. Informasi selanjutnya di @damkarptk.',
      'Gempa dirasakan di Kecamatan Sambas. Segera keluar dari bangunan.',
      'Road closure on Jl. Gajah Mada until further notice: use an alternative route.',
    ]) {
      expect(findings(text, RULE), text).toEqual([]);
      expect(analyze(text, { now: NOW }).checklist.warning!.level, text).toBeNull();
    }
  });
  it('says nothing on posts that are no warning of a hazard', () => {
    for (const text of NOT_WARNINGS) expect(findings(text, RULE), text).toEqual([]);
  });
});
