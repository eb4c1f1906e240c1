import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'style.time-range';

describe('style.time-range', () => {
  it('joins a time range with an en dash and no spaces: "08.00 - 12.00" → "08.00–12.00"', () => {
    const text = 'Pelayanan pukul 08.00 - 12.00 WIB dan 13.00 – 15.30 WIB.';
    const found = findings(text, RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['08.00 - 12.00', '13.00 – 15.30']);
    expect(applyFix(text, found[0]!)).toBe('Pelayanan pukul 08.00–12.00 WIB dan 13.00 – 15.30 WIB.');
    expect(found[0]!.message).toBe('Tulis rentang waktu “08.00–12.00”, bukan “08.00 - 12.00”');
  });
  it('leaves a closed range, "selesai", prices, years and numbers alone', () => {
    expect(findings('Buka 08.00-12.00 WIB, 19.00 - selesai, Rp 10.000 - 20.000, 2010 - 2013, 3,5 - 4,5 kg.', RULE)).toEqual([]);
  });
  it('keeps the time zone rule’s view of the range', () => {
    // After the fix the range is still one time with one zone.
    expect(findings('Layanan 08.00–12.00 WIB.', 'time.missing-zone')).toEqual([]);
  });
  it('leaves English lines alone', () => {
    expect(findings('We are open 9:00 - 17:00 on weekdays.', RULE)).toEqual([]);
  });
});
