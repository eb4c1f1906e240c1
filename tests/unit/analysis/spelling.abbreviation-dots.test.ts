import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'spelling.abbreviation-dots';
const fixes = (text: string) => findings(text, RULE).map((f) => [f.span!.text, f.fix!.replacement]);

describe('spelling.abbreviation-dots', () => {
  it('writes "s/d" as "s.d.", "a/n" as "a.n.", "u/p" as "u.p."', () => {
    const text = 'Pelayanan pukul 08.00 s/d 12.00 WIB, transfer a/n Dinas Sosial, surat u/p Kepala Dinas.';
    expect(fixes(text)).toEqual([
      ['s/d', 's.d.'],
      ['a/n', 'a.n.'],
      ['u/p', 'u.p.'],
    ]);
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe(
      'Pelayanan pukul 08.00 s.d. 12.00 WIB, transfer a/n Dinas Sosial, surat u/p Kepala Dinas.',
    );
  });
  it('takes the full stop already there and keeps capitals: "s/d." → "s.d.", "S/D" → "S.D."', () => {
    expect(fixes('Tanggal 1 s/d. 5 Desember.')).toEqual([['s/d.', 's.d.']]);
    expect(fixes('LIBUR 1 S/D 5 DESEMBER')).toEqual([['S/D', 'S.D.']]);
  });
  it('leaves links, paths, "s.d." and other slashes alone', () => {
    expect(fixes('Lihat https://pontianak.go.id/s/d dan 08.00 s.d. 12.00, km/jam, dan/atau, D/A.')).toEqual([]);
  });
  it('leaves English lines alone: their slashes are no Indonesian shorthand', () => {
    expect(fixes('The form says n/a, w/o a fee, and/or 60 km/h; S/N 42, I/O and A/C.')).toEqual([]);
  });
});
