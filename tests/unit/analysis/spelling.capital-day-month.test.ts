import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'spelling.capital-day-month';
const fixes = (text: string) => findings(text, RULE).map((f) => [f.span!.text, f.fix!.replacement]);

describe('spelling.capital-day-month', () => {
  it('capitalises day and month names in Indonesian: "senin" → "Senin", "januari" → "Januari"', () => {
    const text = 'Rapat hari senin, 30 november 2026, dan kamis 7 januari.';
    expect(fixes(text)).toEqual([
      ['senin', 'Senin'],
      ['november', 'November'],
      ['kamis', 'Kamis'],
      ['januari', 'Januari'],
    ]);
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Rapat hari Senin, 30 november 2026, dan kamis 7 januari.');
  });
  it('capitalises each day of a range written with a hyphen: "senin-jumat" → "Senin-Jumat"', () => {
    expect(fixes('Layanan buka senin-jumat.')).toEqual([['senin-jumat', 'Senin-Jumat']]);
  });
  it('capitalises "minggu" only where it is Sunday, not a week', () => {
    expect(fixes('Libur sabtu dan minggu; hari minggu tutup; minggu (29/11) dan minggu, 6 desember buka.')).toEqual([
      ['sabtu', 'Sabtu'],
      ['minggu', 'Minggu'],
      ['minggu', 'Minggu'],
      ['minggu', 'Minggu'],
      ['minggu', 'Minggu'],
      ['desember', 'Desember'],
    ]);
    expect(fixes('Dua minggu lagi, minggu depan, tiap minggu dan seminggu sekali.')).toEqual([]);
  });
  it('leaves names already capitalised, capitals and other words alone', () => {
    expect(fixes('Senin, 30 November 2026. RAPAT SENIN. Jumatan di masjid, Maret-April.')).toEqual([]);
  });
  it('leaves English lines alone', () => {
    expect(fixes('The office opens on monday in january, see you next may.')).toEqual([]);
  });
});
