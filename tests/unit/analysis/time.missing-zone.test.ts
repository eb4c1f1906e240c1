import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/analysis';
import { applyFix, findings } from './helpers';

const RULE = 'time.missing-zone';

/** Applies the rule's fixes one at a time, the first or the last offered each round, until none is left. */
function settle(text: string, pick: (found: Finding[]) => Finding): string {
  for (let round = 0; round < 10; round++) {
    const found = findings(text, RULE);
    if (found.length === 0) return text;
    text = applyFix(text, pick(found));
  }
  throw new Error(`no fixpoint: ${text}`);
}

describe('time.missing-zone', () => {
  it('adds WIB after a clock time (Indonesian)', () => {
    const text = 'Posyandu buka Kamis pukul 08.00 di Balai RW 05.';
    const [f] = findings(text, RULE);
    expect(f!.span!.text).toBe('pukul 08.00');
    expect(applyFix(text, f!)).toBe('Posyandu buka Kamis pukul 08.00 WIB di Balai RW 05.');
  });
  it('puts the zone after the last time of a range, and after the start of "– selesai"', () => {
    expect(applyFix('Layanan pukul 08.00-12.00.', findings('Layanan pukul 08.00-12.00.', RULE)[0]!)).toBe('Layanan pukul 08.00-12.00 WIB.');
    const text = 'Acara pukul 19.00 - selesai.';
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Acara pukul 19.00 WIB - selesai.');
  });
  it('reads a range written with "s.d." or "sampai" as one time, and puts the zone after "pagi"/"malam"', () => {
    const range = 'Layanan buka pukul 08.00 s.d. 15.00 setiap hari.';
    const found = findings(range, RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['pukul 08.00 s.d. 15.00']);
    expect(applyFix(range, found[0]!)).toBe('Layanan buka pukul 08.00 s.d. 15.00 WIB setiap hari.');
    expect(findings('Buka pukul 08.00 sampai 15.00 WIB.', RULE)).toEqual([]);
    const evening = 'Senam sehat jam 6 pagi di Taman Alun Kapuas.';
    expect(applyFix(evening, findings(evening, RULE)[0]!)).toBe('Senam sehat jam 6 pagi WIB di Taman Alun Kapuas.');
    const english = 'Open at 9 am to 5 pm on Monday.';
    expect(applyFix(english, findings(english, RULE)[0]!)).toBe('Open at 9 am to 5 pm WIB on Monday.');
  });
  it('reads a range written as two times as one time with one zone, whatever the order of the fixes', () => {
    const text = 'Pelayanan jam 9 s.d. jam 3 sore di kantor kelurahan.';
    const found = findings(text, RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['jam 9 s.d. jam 3 sore']);
    expect(applyFix(text, found[0]!)).toBe('Pelayanan jam 9 s.d. jam 3 sore WIB di kantor kelurahan.');
    const first = settle(text, (f) => f[0]!);
    expect(settle(text, (f) => f[f.length - 1]!)).toBe(first);
    // A zone on either end is the range's zone.
    expect(findings('Pelayanan jam 9 WIB s.d. jam 3 sore.', RULE)).toEqual([]);
    expect(findings('Buka pukul 08.00 WIB s.d. 12.00.', RULE)).toEqual([]);
    const english = 'We open 7.30 am to 5 pm on weekdays.';
    expect(settle(english, (f) => f[0]!)).toBe('We open 7.30 am to 5 pm WIB on weekdays.');
    expect(settle(english, (f) => f[f.length - 1]!)).toBe('We open 7.30 am to 5 pm WIB on weekdays.');
    expect(findings('We open 7.30 am WIB to 5 pm on weekdays.', RULE)).toEqual([]);
  });
  it('puts the zone after "am" or "pm", not between the time and it', () => {
    const text = 'The office opens 7.30 am on weekdays.';
    const [f] = findings(text, RULE);
    expect(f!.span!.text).toBe('7.30 am');
    expect(applyFix(text, f!)).toBe('The office opens 7.30 am WIB on weekdays.');
    expect(applyFix('Doors open 7.30 a.m. sharp.', findings('Doors open 7.30 a.m. sharp.', RULE)[0]!)).toBe(
      'Doors open 7.30 a.m. WIB sharp.',
    );
  });
  it('uses the context zone (WITA for Makassar) and English times', () => {
    const text = 'The briefing starts at 9 am at city hall.';
    const [f] = findings(text, RULE, { timeZone: 'WITA' });
    expect(f!.fix!.replacement).toBe(' WITA');
    expect(applyFix(text, f!)).toBe('The briefing starts at 9 am WITA at city hall.');
  });
  it('is quiet when the zone is there or comes after the range', () => {
    expect(findings('Buka pukul 08.00 WIB.', RULE)).toEqual([]);
    expect(findings('Buka pukul 08.00 s.d. 12.00 WIT.', RULE)).toEqual([]);
    expect(findings('Opens at 10:00 UTC.', RULE)).toEqual([]);
    expect(findings('Skor akhir 2-1 dan nomor 3.', RULE)).toEqual([]);
  });
});
