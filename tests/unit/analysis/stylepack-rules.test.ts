import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';
import type { StylePack } from '../../../src/analysis';

const PACK: StylePack = {
  name: 'Pemerintah Kota Contoh',
  hashtags: { required: ['#KotaContohMaju'], perPlatform: { instagram: ['#InfoKotaContoh'] } },
  bannedTerms: [{ term: 'orang gila', reason: 'Pakai “orang dengan gangguan jiwa (ODGJ)”.' }],
};

describe('hashtag.official-missing', () => {
  it('adds the required hashtag at the end, on its own line', () => {
    const text = 'Posyandu buka Kamis pukul 08.00 WIB.';
    const [f] = findings(text, 'hashtag.official-missing', { stylePack: PACK });
    expect(applyFix(text, f!)).toBe('Posyandu buka Kamis pukul 08.00 WIB.\n\n#KotaContohMaju');
  });
  it('joins an existing hashtag line, and adds per-platform tags', () => {
    const text = 'Clinic open today.\n#Health';
    const [f] = findings(text, 'hashtag.official-missing', { stylePack: PACK, platform: 'instagram' });
    expect(applyFix(text, f!)).toBe('Clinic open today.\n#Health #KotaContohMaju #InfoKotaContoh');
    expect(f!.message).toBe('This post lacks official hashtags: #KotaContohMaju #InfoKotaContoh');
  });
  it('is quiet with the tag present or without a style pack', () => {
    expect(findings('Posyandu buka. #kotacontohmaju', 'hashtag.official-missing', { stylePack: PACK })).toEqual([]);
    expect(findings('Posyandu buka.', 'hashtag.official-missing')).toEqual([]);
  });
});

describe('style.banned-term', () => {
  it('flags a banned term with the pack’s reason (both languages)', () => {
    const [f] = findings('Jangan sebut mereka orang gila.', 'style.banned-term', { stylePack: PACK });
    expect(f!.span!.text).toBe('orang gila');
    expect(f!.why).toBe('Pakai “orang dengan gangguan jiwa (ODGJ)”.');
    expect(findings('They are not orang gila.', 'style.banned-term', { stylePack: PACK })[0]!.message).toBe(
      '“orang gila” is not used by Pemerintah Kota Contoh',
    );
  });
});
