import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'structure.cta-missing';

describe('structure.cta-missing', () => {
  it('flags an event announcement with no way to act (Indonesian)', () => {
    expect(findings('Pelatihan menjahit gratis digelar Sabtu (28/11) di Aula Kantor Camat Pontianak Barat.', RULE)).toHaveLength(1);
  });
  it('flags an English service post with no call to action', () => {
    expect(findings('Free vaccination at the Kampung Bali clinic on Monday.', RULE)).toHaveLength(1);
  });
  it('counts a link, a phone number, a mention or an action verb as a call to action', () => {
    expect(findings('Pelatihan menjahit gratis. Daftar di pontianak.go.id/pelatihan', RULE)).toEqual([]);
    expect(findings('Pelatihan menjahit gratis. Info: 0561-736541', RULE)).toEqual([]);
    expect(findings('Pelatihan menjahit gratis, hubungi kantor kelurahan.', RULE)).toEqual([]);
    expect(findings('Free vaccination on Monday. Call the clinic to book.', RULE)).toEqual([]);
  });
  it('does not ask a non-announcement for a call to action', () => {
    expect(findings('Terima kasih warga Pontianak atas semangatnya hari ini.', RULE)).toEqual([]);
  });
});
