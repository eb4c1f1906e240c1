import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { findings, NOW } from './helpers';
import { COMPLETE, NOT_WARNINGS, WITHOUT, warningRules } from './warning-drafts';

const RULE = 'warning.missing-until';

describe(RULE, () => {
  it('passes a complete warning (Indonesian and English)', () => {
    expect(findings(COMPLETE.id, RULE)).toEqual([]);
    expect(findings(COMPLETE.en, RULE)).toEqual([]);
  });
  it('finds a missing end alone, with an example of what to add (Indonesian and English)', () => {
    expect(warningRules(WITHOUT.until.id)).toEqual([RULE]);
    expect(findings(WITHOUT.until.id, RULE)[0]!.message).toContain('“sampai pemberitahuan lebih lanjut”');
    expect(warningRules(WITHOUT.until.en)).toEqual([RULE]);
    expect(findings(WITHOUT.until.en, RULE)[0]!.message).toContain('“until further notice”');
  });
  it('takes an end time, a date, a range, a duration or "until further notice", not a height', () => {
    const warn = (when: string) =>
      `Penutupan jalan di Jl. Gajah Mada ${when}. Hindari Jl. Gajah Mada. Informasi selanjutnya di akun resmi @dishubptk.`;
    for (const end of [
      'hingga pukul 22.00 WIB',
      'sampai Jumat (27/11)',
      's.d. 30 November 2026',
      'sampai pemberitahuan lebih lanjut',
      'selama 3 hari',
      'hingga perbaikan selesai',
    ])
      expect(findings(warn(end), RULE), end).toEqual([]);
    expect(findings(warn('mulai pukul 08.00 WIB'), RULE)).toHaveLength(1);
    expect(findings('Banjir setinggi 30 hingga 50 cm di Jl. Gajah Mada. Hindari jalan itu.', RULE)).toHaveLength(1);
    expect(findings('Road closure on Jl. Gajah Mada until further notice. Use an alternative route.', RULE)).toEqual([]);
    expect(findings('Road closure on Jl. Gajah Mada from 08.00 WIB. Use an alternative route.', RULE)).toHaveLength(1);
  });
  it('reads the whole end into the checklist', () => {
    const until = (text: string) => analyze(text, { now: NOW }).checklist.warning!.until.map((s) => s.text);
    expect(until('Penutupan jalan di Jl. Gajah Mada sampai pemberitahuan lebih lanjut.')).toEqual(['sampai pemberitahuan lebih lanjut']);
    expect(until('Banjir di Jl. Gajah Mada, berlaku pukul 17.00–20.00 WIB.')).toEqual(['17.00–20.00']);
  });
  it('says nothing on posts that are no warning of a hazard', () => {
    for (const text of NOT_WARNINGS) expect(findings(text, RULE), text).toEqual([]);
  });
});
