import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'spelling.di-preposition';

describe('spelling.di-preposition', () => {
  it('separates the place preposition: "dirumah" → "di rumah", "dimana" → "di mana"', () => {
    const text = 'Warga diminta tetap dirumah. Dimana posko terdekat?';
    const found = findings(text, RULE);
    expect(found.map((f) => f.fix!.replacement)).toEqual(['di rumah', 'Di mana']);
    expect(applyFix(text, found[0]!)).toBe('Warga diminta tetap di rumah. Dimana posko terdekat?');
  });
  it('joins the passive prefix: "di laksanakan" → "dilaksanakan"', () => {
    const text = 'Kegiatan di laksanakan di Aula Kantor Wali Kota.';
    const [f, ...rest] = findings(text, RULE);
    expect(rest).toHaveLength(0);
    expect(applyFix(text, f!)).toBe('Kegiatan dilaksanakan di Aula Kantor Wali Kota.');
  });
  it('leaves correct Indonesian alone', () => {
    expect(findings('Jalan ditutup di depan pasar. Warga dirumahkan? Tidak. Di Bali dan di pekan raya.', RULE)).toEqual([]);
  });
  it('does not touch English sentences', () => {
    expect(findings('The dinner is served at the city hall. Discussions continue.', RULE)).toEqual([]);
  });
});
