import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RELATIVE } from '../../../src/analysis/rules/time.relative-date';
import { analyze, safeFixes } from '../../../src/analysis';
import { applyFix, findings, NOW } from './helpers';
import { globalScan, scan, whenText } from './word-start-text';

const RULE = 'time.relative-date';

describe('time.relative-date (Indonesian)', () => {
  it('adds the absolute date after "besok"', () => {
    const text = 'Besok kami buka layanan KTP keliling di Kantor Camat.';
    const [f, ...rest] = findings(text, RULE);
    expect(rest).toHaveLength(0);
    expect(f!.span).toEqual({ start: 0, end: 5, text: 'Besok' });
    expect(f!.fix).toMatchObject({ start: 5, end: 5, replacement: ' (Jumat, 27 November 2026)' });
    expect(applyFix(text, f!)).toBe('Besok (Jumat, 27 November 2026) kami buka layanan KTP keliling di Kantor Camat.');
  });

  it('handles "hari ini", "lusa" and "kemarin" in one post', () => {
    const text = 'Hari ini pendaftaran dibuka, lusa ditutup. Kemarin sudah 200 pendaftar.';
    const dates = findings(text, RULE).map((f) => f.fix?.replacement);
    expect(dates).toEqual([' (Kamis, 26 November 2026)', ' (Sabtu, 28 November 2026)', ' (Rabu, 25 November 2026)']);
  });

  it('uses the time zone: 01:30 WIB on the 27th is already Friday', () => {
    const lateNight = new Date('2026-11-26T18:30:00Z');
    const [f] = findings('Besok posyandu buka.', RULE, { now: lateNight });
    expect(f!.fix!.replacement).toBe(' (Sabtu, 28 November 2026)');
    // 18:30 UTC is still the 26th in UTC-based zones.
    const [g] = findings('Besok posyandu buka.', RULE, { now: lateNight, timeZone: 'Europe/London' });
    expect(g!.fix!.replacement).toBe(' (Jumat, 27 November 2026)');
  });

  it('dates a day of next week or this week: "Senin depan", "Sabtu ini" (NOW is Thursday 26 November 2026)', () => {
    const text = 'PPDB dibuka Senin depan dan ditutup Jumat depan; senam sehat Sabtu ini.';
    const found = findings(text, RULE);
    expect(found.map((f) => [f.span!.text, f.fix!.replacement])).toEqual([
      ['Senin depan', ' (30 November 2026)'],
      ['Jumat depan', ' (4 Desember 2026)'],
      ['Sabtu ini', ' (28 November 2026)'],
    ]);
    expect(applyFix(text, found[0]!)).toBe('PPDB dibuka Senin depan (30 November 2026) dan ditutup Jumat depan; senam sehat Sabtu ini.');
    // On a Monday, "Senin depan" is a week later.
    const monday = new Date('2026-11-30T03:00:00Z');
    expect(findings('Rapat Senin depan.', RULE, { now: monday })[0]!.fix!.replacement).toBe(' (7 Desember 2026)');
    // "Minggu depan" stays "next week", not "next Sunday"; a written date silences it.
    expect(findings('Rapat minggu depan.', RULE)[0]!.fix).toBeUndefined();
    expect(findings('Jangan lupa join weekend ini ya!', RULE)[0]!.span!.text).toBe('weekend ini');
    expect(findings("Rapat Jum'at depan, 4 Desember.", RULE)).toEqual([]);
  });

  it('dates "tadi pagi" and "dini hari tadi", and flags "tadi malam" without a date', () => {
    const found = findings('Gempa terjadi dini hari tadi, kebakaran tadi pagi, hujan deras tadi malam.', RULE);
    expect(found.map((f) => [f.span!.text, f.fix?.replacement])).toEqual([
      ['dini hari tadi', ' (Kamis, 26 November 2026)'],
      ['tadi pagi', ' (Kamis, 26 November 2026)'],
      ['tadi malam', undefined],
    ]);
  });
  it('flags vague "minggu depan" without inventing a date', () => {
    const [f] = findings('Vaksinasi lanjutan minggu depan.', RULE);
    expect(f!.span!.text).toBe('minggu depan');
    expect(f!.fix).toBeUndefined();
  });

  it('stays quiet when the date is already there or the word is not a relative date', () => {
    expect(findings('Besok, Jumat (27/11), kami buka layanan.', RULE)).toEqual([]);
    expect(findings('Hari ini (26 November 2026) layanan buka.', RULE)).toEqual([]);
    expect(findings('Keesokan harinya besoknya warga kembali.', RULE)).toEqual([]);
    expect(findings('Layanan buka Kamis, 26 November 2026 pukul 08.00 WIB.', RULE)).toEqual([]);
  });
});

describe('time.relative-date: a day named next to the expression (NOW is Thursday 26 November 2026)', () => {
  it('lets the day decide "besok" and "kemarin": "Sabtu besok" is the coming Saturday', () => {
    const text = 'Pasar murah buka hari Sabtu besok.';
    const [f, ...rest] = findings(text, RULE);
    expect(rest).toHaveLength(0);
    expect(f!.span!.text).toBe('Sabtu besok');
    expect(applyFix(text, f!)).toBe('Pasar murah buka hari Sabtu besok (28 November 2026).');
    expect(findings(applyFix(text, f!), RULE)).toEqual([]);
    expect(findings('Kerja bakti besok Sabtu pagi.', RULE)[0]!.fix!.replacement).toBe(' (28 November 2026)');
    expect(findings('Rapat Senin kemarin dibatalkan.', RULE)[0]!.fix!.replacement).toBe(' (23 November 2026)');
    // The day that "besok" is anyway: the date, without naming the day twice.
    expect(findings('Jumat besok kantor tutup.', RULE)[0]!.fix!.replacement).toBe(' (27 November 2026)');
    expect(findings('Besok, Jumat, kantor tutup.', RULE)).toEqual([]);
  });
  it('says so, and offers no fix, when the day contradicts the expression', () => {
    const [f] = findings('Lusa, Minggu, pasar tutup.', RULE);
    expect(f!.span!.text).toBe('Lusa, Minggu');
    expect(f!.fix).toBeUndefined();
    expect(f!.message).toBe('“Lusa” jatuh pada Sabtu, 28 November 2026, bukan hari Minggu: periksa harinya');
    expect(findings('Hari ini Sabtu, layanan tutup.', RULE)[0]!.fix).toBeUndefined();
  });
  it('gives one date to an expression said twice', () => {
    const text = 'Besok besok jangan lupa bawa KTP.';
    const found = findings(text, RULE);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('Besok besok (Jumat, 27 November 2026) jangan lupa bawa KTP.');
    // With a hyphen it is another word: "besok-besok" is some day, "kemarin-kemarin" the other day.
    expect(findings('Besok-besok jangan begitu lagi ya.', RULE)).toEqual([]);
    expect(findings('Kemarin-kemarin sudah diumumkan.', RULE)).toEqual([]);
  });
  it('reads English the same way: "tomorrow, Saturday" on a Thursday is a contradiction', () => {
    const [f] = findings('Tomorrow, Saturday, the clinic opens.', RULE);
    expect(f!.fix).toBeUndefined();
    expect(f!.message).toBe('“Tomorrow” is Friday, 27 November 2026, not a Saturday: check the day');
    expect(findings('Tomorrow, Friday, the clinic opens.', RULE)).toEqual([]);
  });
});

describe('time.relative-date (English)', () => {
  it('adds the date in English after "tomorrow"', () => {
    const text = 'The clinic opens tomorrow at 8am.';
    const [f] = findings(text, RULE);
    expect(f!.span!.text).toBe('tomorrow');
    expect(applyFix(text, f!)).toBe('The clinic opens tomorrow (Friday, 27 November 2026) at 8am.');
  });

  it('dates "next Friday" and "this Saturday"', () => {
    const found = findings('Join us this Saturday, and again next Friday.', RULE);
    expect(found.map((f) => [f.span!.text, f.fix!.replacement])).toEqual([
      ['this Saturday', ' (28 November 2026)'],
      ['next Friday', ' (4 December 2026)'],
    ]);
  });
  it('reads "tonight" and "yesterday"', () => {
    const dates = findings('Roads close tonight. Yesterday the river rose.', RULE).map((f) => f.fix?.replacement);
    expect(dates).toEqual([' (Thursday, 26 November 2026)', ' (Wednesday, 25 November 2026)']);
  });

  it('stays quiet on dated text and on look-alike words', () => {
    expect(findings('Tomorrow, Friday 27 November, the clinic opens.', RULE)).toEqual([]);
    expect(findings('Tomorrowland tickets and todays deals', RULE)).toEqual([]);
  });

  it('writes messages in the requested locale', () => {
    const [f] = findings('The clinic opens tomorrow.', RULE, { locale: 'id', now: NOW });
    expect(f!.message).toContain('tambahkan tanggalnya');
  });
});

describe('time.relative-date: relative dates as people write them (issue 16.5; NOW is Thursday 26 November 2026)', () => {
  const spans = (text: string) => findings(text, RULE).map((f) => [f.span!.text, f.fix?.replacement]);

  it('reads colloquial Indonesian spellings: "kmrn sore", "bsk pagi", "td malam", "tadi subuh", "minggu dpn"', () => {
    expect(spans('Kmrn sore banjir, bsk pagi kerja bakti, ntar malam pemadaman.')).toEqual([
      ['Kmrn sore', ' (Rabu, 25 November 2026)'],
      ['bsk pagi', ' (Jumat, 27 November 2026)'],
      ['ntar malam', ' (Kamis, 26 November 2026)'],
    ]);
    expect(spans('Tadi subuh terjadi kebakaran; kemaren lusa gempa.')).toEqual([
      ['Tadi subuh', ' (Kamis, 26 November 2026)'],
      ['kemaren lusa', ' (Selasa, 24 November 2026)'],
    ]);
    // Too vague for one date: flagged, no fix.
    expect(spans('Hujan deras td malam, rapat minggu dpn.')).toEqual([
      ['td malam', undefined],
      ['minggu dpn', undefined],
    ]);
  });
  it('keeps the writer’s capitals and adds the date after them', () => {
    const text = 'TADI SUBUH terjadi kebakaran. KEMAREN banjir.';
    const found = findings(text, RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['TADI SUBUH', 'KEMAREN']);
    expect(applyFix(text, found[0]!)).toBe('TADI SUBUH (Kamis, 26 November 2026) terjadi kebakaran. KEMAREN banjir.');
  });
  it('dates a one-word short form once its spelling is fixed: "bsk" is for spelling.non-standard first', () => {
    const text = 'Bsk kantor tutup.';
    expect(findings(text, RULE).map((f) => f.span!.text)).toEqual(['Bsk']);
    // "Fix all safe", twice: the spelling, then the date.
    let fixed = text;
    for (let round = 0; round < 2; round++) {
      const report = analyze(fixed, { now: NOW });
      const fixes = safeFixes(report.findings).filter(({ finding }) =>
        ['time.relative-date', 'spelling.non-standard'].includes(finding.rule),
      );
      for (const { fix } of [...fixes].reverse()) fixed = fixed.slice(0, fix.start) + fix.replacement + fixed.slice(fix.end);
    }
    expect(fixed).toBe('Besok (Jumat, 27 November 2026) kantor tutup.');
  });
  it('reads "hari Minggu ini" as Sunday, not as this week', () => {
    expect(spans('Kantor tutup hari Minggu ini dan hari Minggu depan.')).toEqual([
      ['hari Minggu ini', ' (29 November 2026)'],
      ['hari Minggu depan', ' (6 Desember 2026)'],
    ]);
    expect(spans('Vaksinasi minggu ini.')).toEqual([['minggu ini', undefined]]);
  });
  it('does not read an acronym in capitals as a short form: "TD" is blood pressure', () => {
    expect(findings('Cek TD pagi hari di puskesmas.', RULE)).toEqual([]);
    expect(findings('Ibu hamil wajib besuk ke posyandu.', RULE)).toEqual([]);
    // What follows the acronym is read on its own; in lower case "td" is "tadi".
    expect(spans('Cek TD pagi ini.')).toEqual([['pagi ini', ' (Kamis, 26 November 2026)']]);
    expect(spans('Cek td pagi, hasilnya normal.')).toEqual([['td pagi', ' (Kamis, 26 November 2026)']]);
  });
  it('reads English short forms and relative times: "tmrw", "tonite", "later today", "within the hour", "last night"', () => {
    expect(spans('Tmrw the clinic opens; roads close tonite and later today.')).toEqual([
      ['Tmrw', ' (Friday, 27 November 2026)'],
      ['tonite', ' (Thursday, 26 November 2026)'],
      ['later today', ' (Thursday, 26 November 2026)'],
    ]);
    expect(spans('Power is back within the hour. Last night the river rose; yesterday evening it fell.')).toEqual([
      ['within the hour', undefined],
      ['Last night', undefined],
      ['yesterday evening', ' (Wednesday, 25 November 2026)'],
    ]);
    expect(findings('An hour-by-hour guide to the weekend market.', RULE)).toEqual([]);
  });
  it('stays quiet when the date stands beside it, before or after (Indonesian)', () => {
    expect(findings('Rabu (9/12) hari ini layanan buka.', RULE)).toEqual([]);
    expect(findings('Hari ini, 9 Desember 2026, layanan buka.', RULE)).toEqual([]);
    expect(findings('Pada 9 Desember 2026 besok pasar buka.', RULE)).toEqual([]);
    expect(findings('Rapat tanggal 9 besok di aula.', RULE)).toEqual([]);
    // A time is no date, nor is a village number.
    expect(spans('Pukul 19.00 malam ini pemadaman.')).toEqual([['malam ini', ' (Kamis, 26 November 2026)']]);
    expect(spans('Warga Desa 5 besok kerja bakti.')).toEqual([['besok', ' (Jumat, 27 November 2026)']]);
  });
  it('stays quiet when the date stands beside it, before or after (English)', () => {
    expect(findings('The clinic opens tomorrow (Wednesday, Dec. 9).', RULE)).toEqual([]);
    expect(findings('The clinic is open today, Dec. 10.', RULE)).toEqual([]);
    expect(findings('On December 10 tonight the market opens late.', RULE)).toEqual([]);
    expect(spans('The clinic opens today, Dear residents.')).toEqual([['today', ' (Thursday, 26 November 2026)']]);
  });
});

describe('time.relative-date’s fast path', () => {
  it('finds the relative dates one scan of the pattern finds', () => {
    const post = 'Besok pagi, the day after tomorrow, akhir  pekan ini; TONIGHT! esok hari. Kmrn sore, bsk, TD pagi, tmrw.';
    expect(scan(post, RELATIVE)).toEqual(globalScan(post, RELATIVE));
    fc.assert(
      fc.property(whenText, (t) => JSON.stringify(scan(t, RELATIVE)) === JSON.stringify(globalScan(t, RELATIVE))),
      { numRuns: 3000 },
    );
  });
});
