import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'tone.formality';

describe('tone.formality', () => {
  it('flags slang for government readers and removes or replaces it', () => {
    const text = 'Halo gaes, rapat koordinasi besok wkwk.';
    const found = findings(text, RULE, { audience: 'government' });
    expect(found.map((f) => f.span!.text)).toEqual(['gaes', 'wkwk']);
    expect(found[0]!.severity).toBe('warning');
    expect(applyFix(text, found[0]!)).toBe('Halo Bapak/Ibu, rapat koordinasi besok wkwk.');
    expect(applyFix(text, found[1]!)).toBe('Halo gaes, rapat koordinasi besok.');
  });
  it('leaves informal words with a standard spelling to spelling.non-standard (no double report)', () => {
    const text = 'Rapat ini penting bgt, gue harap semua hadir.';
    expect(findings(text, RULE, { audience: 'government' })).toEqual([]);
    expect(findings(text, 'spelling.non-standard', { audience: 'government' }).map((f) => f.fix!.replacement)).toEqual(['sekali', 'saya']);
  });
  it('lets young readers have their slang, but flags letter formulas for them', () => {
    expect(findings('Acaranya seru bgt, kuy datang!', RULE, { audience: 'youth' })).toEqual([]);
    const [f] = findings('Dengan hormat, kami mengundang kamu ke festival.', RULE, { audience: 'youth' });
    expect(f!.span!.text).toBe('Dengan hormat');
  });
  it('suggests "Anda" instead of "kamu" for government, and "kamu" instead of "Anda" for youth', () => {
    const g = findings('Kamu dapat mengunduh surat edaran di laman resmi.', RULE, { audience: 'government' });
    expect(g[0]!.fix!.replacement).toBe('Anda');
    const y = findings('Anda bisa daftar lomba sampai Jumat.', RULE, { audience: 'youth' });
    expect(y[0]!.fix!.replacement).toBe('Kamu');
  });
  it('points out mixed "Anda" and "kamu" for the public', () => {
    expect(findings('Anda bisa daftar online. Jangan lupa kamu bawa KTP.', RULE)).toHaveLength(1);
    expect(findings('Anda bisa daftar online. Jangan lupa bawa KTP.', RULE)).toEqual([]);
  });
  it('applies a register fix only to text in the language it is written for', () => {
    // A mixed post: "guys" → "Bapak/Ibu" is Indonesian register, no fix for the English sentence.
    const mixed = 'Pendaftaran dibuka besok di kantor kelurahan. See you there guys!!!';
    expect(findings(mixed, RULE, { audience: 'government' })).toEqual([]);
    expect(findings('Halo guys, rapat koordinasi dimulai pukul 09.00 WIB.', RULE, { audience: 'government' })[0]!.fix!.replacement).toBe(
      'Bapak/Ibu',
    );
    // English slang gets its English replacement in English text only; dropping "lol" fits either.
    expect(findings('Terima kasih thx semua yang sudah hadir di acara kami.', RULE, { audience: 'government' })).toEqual([]);
    const dropped = findings('Terima kasih semua yang sudah hadir di acara kami lol.', RULE, { audience: 'government' });
    expect(dropped.map((f) => [f.span!.text, f.fix!.replacement])).toEqual([['lol', '']]);
  });
  it('flags English slang for government readers', () => {
    const [f] = findings('We are gonna close the road tomorrow lol', RULE, { audience: 'government' });
    expect(f!.span!.text).toBe('gonna');
    expect(f!.fix!.replacement).toBe('going to');
  });
});
