import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { findings, NOW } from './helpers';

const ids = (text: string) =>
  analyze(text, { now: NOW })
    .findings.map((f) => f.rule)
    .filter((r) => r.startsWith('fact.'));

describe('fact.missing-who / -where / -when', () => {
  it('an event with who, where and when is complete (Indonesian)', () => {
    expect(
      ids('Dinas Kesehatan Kota Pontianak menggelar vaksinasi gratis di Puskesmas Kampung Bali, Kamis (26/11) pukul 08.00 WIB.'),
    ).toEqual([]);
  });
  it('an event with nothing concrete misses all three', () => {
    expect(ids('Akan digelar vaksinasi gratis untuk warga. Ayo datang!').sort()).toEqual([
      'fact.missing-when',
      'fact.missing-where',
      'fact.missing-who',
    ]);
  });
  it('a warning without a place is a warning-level finding', () => {
    const [f] = findings('BPBD mengeluarkan peringatan dini banjir rob, Kamis (26/11) pukul 17.00 WIB.', 'fact.missing-where');
    expect(f!.severity).toBe('warning');
  });
  it('works for English posts', () => {
    expect(ids('Free vaccination will be held at the Kampung Bali clinic on Monday, 30 November, at 8 am WIB.')).toEqual([
      'fact.missing-who',
    ]);
  });
  it('does not take "info lebih lanjut" (a pointer to more) for an announcement', () => {
    expect(ids('Untuk info lebih lanjut silakan hubungi call center 112.')).toEqual([]);
    expect(ids('For more information, call 112.')).toEqual([]);
    // "Info:" before the news still announces.
    expect(ids('Info: akan ada pemadaman listrik.').sort()).toEqual(['fact.missing-when', 'fact.missing-where', 'fact.missing-who']);
  });
  it('does not ask a thank-you post for facts', () => {
    expect(ids('Terima kasih atas semangat warga hari ini!')).toEqual([]);
  });
});
