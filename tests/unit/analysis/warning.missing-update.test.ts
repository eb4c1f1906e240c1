import { describe, expect, it } from 'vitest';
import { findings } from './helpers';
import { COMPLETE, NOT_WARNINGS, WITHOUT, warningRules } from './warning-drafts';

const RULE = 'warning.missing-update';

describe(RULE, () => {
  it('passes a complete warning (Indonesian and English)', () => {
    expect(findings(COMPLETE.id, RULE)).toEqual([]);
    expect(findings(COMPLETE.en, RULE)).toEqual([]);
  });
  it('finds a missing next update alone, with an example of what to add (Indonesian and English)', () => {
    expect(warningRules(WITHOUT.update.id)).toEqual([RULE]);
    expect(findings(WITHOUT.update.id, RULE)[0]!.message).toContain('“Informasi selanjutnya pukul 18.00 WIB di akun resmi @bpbdkota”');
    expect(warningRules(WITHOUT.update.en)).toEqual([RULE]);
    expect(findings(WITHOUT.update.en, RULE)[0]!.message).toContain('“Next update at 6 pm WIB on our official account @bpbdkota”');
  });
  it('takes the next update or the official channel to follow', () => {
    const warn = (next: string) => `Kebakaran di Jl. Gajah Mada hingga pukul 20.00 WIB. Hindari jalan itu. ${next}`;
    for (const next of [
      'Update berikutnya pukul 18.00 WIB.',
      'Pantau informasi resmi di damkar.pontianak.go.id.',
      'Ikuti perkembangan di akun resmi @damkarptk.',
    ])
      expect(findings(warn(next), RULE), next).toEqual([]);
    expect(findings(warn('Terima kasih.'), RULE)).toHaveLength(1);
    expect(findings('Fire on Jl. Gajah Mada until 20.00 WIB. Avoid the area. Further updates on our official account.', RULE)).toEqual([]);
  });
  it('says nothing on posts that are no warning of a hazard', () => {
    for (const text of NOT_WARNINGS) expect(findings(text, RULE), text).toEqual([]);
  });
});
