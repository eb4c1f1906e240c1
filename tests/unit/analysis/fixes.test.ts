/** "Fix all safe" and a group's "apply all": which fixes go in, and the one edit that does them all. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, combineFixes, compatibleFixes, loadSpeller, MAX_ANALYSED_CHARS, safeFixes, type Fix } from '../../../src/analysis';
import { applyFix, NOW } from './helpers';

const SLOPPY_ID =
  'BESOK pasar murah dibuka jam 9 di kantor camat!!! Warga yg ingin datang silahkan bawa KTP. ' +
  'Pendaftaran hari senin pelan pelan saja, lokasi di tutup jam 3 sore. #pasarmurahpontianak';
const SLOPPY_EN = 'Tomorrow the clinic opens at 9 am on jalan Merdeka!!! Vaccines are free , bring your ID.#healthypontianak';

beforeAll(async () => {
  await loadSpeller();
});

/** The text after applying each fix on its own, from the last to the first. */
function oneByOne(text: string, fixes: readonly Fix[]): string {
  for (const fix of [...fixes].sort((a, b) => b.start - a.start)) text = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
  return text;
}

describe('safeFixes', () => {
  it('takes the deterministic fixes of at least six different rules, in text order', () => {
    const chosen = safeFixes(analyze(SLOPPY_ID, { now: NOW }).findings);
    const rules = new Set(chosen.map((c) => c.finding.rule));
    expect(rules).toEqual(
      new Set([
        'time.relative-date',
        'time.missing-zone',
        'style.exclamation',
        'spelling.non-standard',
        'spelling.capital-day-month',
        'spelling.reduplication',
        'spelling.di-preposition',
        'hashtag.camel-case',
      ]),
    );
    const starts = chosen.map((c) => c.fix.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('never takes a typo guess or a rewrite of meaning', () => {
    const text = 'Pemerintha kota mengajak gaes semua dalam rangka sosialisasi. Kamu bisa daftar besok.';
    const report = analyze(text, { now: NOW, audience: 'government' });
    const offered = report.findings.filter((f) => f.fix).map((f) => f.rule);
    // The draft has a typo, slang, a bureaucratic phrase: all offer fixes, none of them is "safe".
    expect(offered).toEqual(expect.arrayContaining(['spelling.typo', 'plain.jargon']));
    const safe = safeFixes(report.findings).map((c) => c.finding.rule);
    for (const rule of ['spelling.typo', 'plain.jargon', 'tone.formality']) expect(safe).not.toContain(rule);
    expect(safe).toContain('time.relative-date');
  });

  it('leaves out a finding that offers a choice (its fix is a guess among several)', () => {
    const report = analyze(SLOPPY_ID, { now: NOW });
    const withChoice = { ...report.findings.find((f) => f.fix?.safe)! };
    withChoice.fix = { ...withChoice.fix!, safe: undefined } as Fix;
    expect(safeFixes([withChoice])).toEqual([]);
  });

  it('on a post over the platform limit, marks fixes that lengthen it and leaves them out', () => {
    const over = `${'Informasi layanan Disdukcapil untuk warga kota. '.repeat(6)}Besok BPBD membuka posko.`;
    const report = analyze(over, { now: NOW, platform: 'x' });
    expect(report.length.count).toBeGreaterThan(report.length.limit);
    const relative = report.findings.find((f) => f.rule === 'time.relative-date')!;
    expect(relative.fix!.lengthens).toBe(relative.fix!.replacement.length);
    expect(safeFixes(report.findings).map((c) => c.finding.rule)).not.toContain('time.relative-date');
    // The same post under the limit: nothing is marked, the date goes in with the others.
    const short = analyze('Besok BPBD membuka posko di Kelurahan Siantan.', { now: NOW, platform: 'x' });
    expect(short.findings.find((f) => f.rule === 'time.relative-date')!.fix!.lengthens).toBeUndefined();
    expect(safeFixes(short.findings).map((c) => c.finding.rule)).toContain('time.relative-date');
  });
});

describe('combineFixes', () => {
  it.each([SLOPPY_ID, SLOPPY_EN])('is one edit equal to applying each fix on its own: %s', (text) => {
    const fixes = safeFixes(analyze(text, { now: NOW }).findings).map((c) => c.fix);
    expect(fixes.length).toBeGreaterThanOrEqual(3);
    const edit = combineFixes(text, fixes)!;
    expect(edit.start).toBe(fixes[0]!.start);
    expect(edit.end).toBe(fixes[fixes.length - 1]!.end);
    const once = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    expect(once).toBe(oneByOne(text, fixes));
  });

  it('keeps the text between the fixes, to the code unit', () => {
    const text = 'a 👋🏽 yg b\nc yg d';
    const first = text.indexOf('yg');
    const second = text.lastIndexOf('yg');
    const fixes: Fix[] = [
      { start: first, end: first + 2, replacement: 'yang', label: '' },
      { start: second, end: second + 2, replacement: 'yang', label: '' },
    ];
    expect(combineFixes(text, fixes)).toEqual({ start: first, end: second + 2, replacement: 'yang b\nc yang' });
    expect(combineFixes(text, [])).toBeNull();
    // A fix that changes nothing is no edit.
    expect(combineFixes(text, [{ start: first, end: first + 2, replacement: 'yg', label: '' }])).toBeNull();
  });

  it('fix all, round after round, settles and agrees with applying the fixes one at a time', () => {
    let all = SLOPPY_ID;
    for (let i = 0; i < 10; i++) {
      const fixes = safeFixes(analyze(all, { now: NOW }).findings).map((c) => c.fix);
      const edit = combineFixes(all, fixes);
      if (!edit) break;
      all = all.slice(0, edit.start) + edit.replacement + all.slice(edit.end);
    }
    expect(safeFixes(analyze(all, { now: NOW }).findings)).toEqual([]);
    let single = SLOPPY_ID;
    for (let i = 0; i < 40; i++) {
      const next = safeFixes(analyze(single, { now: NOW }).findings)[0];
      if (!next) break;
      single = applyFix(single, next.finding);
    }
    expect(all).toBe(single);
    expect(all).toContain('#PasarMurahPontianak');
    expect(all).toContain('KTP');
  });
});

describe('compatibleFixes', () => {
  it('keeps the first of two fixes that overlap or touch, and one of two insertions at one point', () => {
    const f = (start: number, end: number, replacement = 'x'): Fix => ({ start, end, replacement, label: '' });
    expect(compatibleFixes([f(4, 8), f(0, 5), f(10, 12), f(12, 12), f(20, 20), f(20, 20, 'y')])).toEqual([f(0, 5), f(10, 12), f(20, 20)]);
  });
});

describe('fixes on a draft longer than the engine reads', () => {
  it('never end inside a word cut by the 20,000-character limit', () => {
    const head = 'Warga diminta tetap tenang dan mengikuti arahan petugas. '.repeat(400).slice(0, 19_964);
    const text = `${head}\n\nPERHATIAN KEPADA SELURUH WARGA MASYARAKAT`;
    expect(text.length).toBeGreaterThan(MAX_ANALYSED_CHARS);
    // The limit falls inside a word ("MASYA|RAKAT").
    expect(text.slice(MAX_ANALYSED_CHARS - 1, MAX_ANALYSED_CHARS + 1)).toMatch(/^\p{L}\p{L}$/u);
    const report = analyze(text, { now: NOW });
    expect(report.truncated!.analysedChars).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    const fixes = safeFixes(report.findings).map((c) => c.fix);
    const edit = combineFixes(text, fixes);
    const after = edit ? text.slice(0, edit.start) + edit.replacement + text.slice(edit.end) : text;
    // No word is left half lower case, half capitals.
    expect(after).not.toMatch(/\p{Ll}\p{Lu}{2,}/u);
    for (const f of report.findings)
      if (f.fix) expect(/\s/.test(text[f.fix.end] ?? ' ') || !/\p{L}/u.test(text[f.fix.end - 1] ?? '')).toBe(true);
  });
});

describe('"fix all safe" near the platform limit', () => {
  it('takes fixes that lengthen the post only while it stays within the limit', () => {
    const base = 'BPBD dan RSUD membuka posko hari ini pukul 09.00 di Kelurahan Siantan Hulu!!! ';
    const text = (base + 'Warga yang membutuhkan bantuan dapat datang langsung ke posko bersama keluarga. '.repeat(3)).slice(0, 279);
    const report = analyze(text, { now: NOW, platform: 'x' });
    expect(report.length.count).toBeLessThanOrEqual(280);
    const unbounded = safeFixes(report.findings);
    const within = safeFixes(report.findings, { text, length: report.length, platform: 'x' });
    const lengthAfter = (chosen: typeof within) => {
      const edit = combineFixes(
        text,
        chosen.map((c) => c.fix),
      );
      return analyze(edit ? text.slice(0, edit.start) + edit.replacement + text.slice(edit.end) : text, { now: NOW, platform: 'x' }).length
        .count;
    };
    // Without the limit the fixes would push the post far over it; within it, they stop in time.
    expect(lengthAfter(unbounded)).toBeGreaterThan(280);
    expect(lengthAfter(within)).toBeLessThanOrEqual(280);
    // Fixes that add nothing ("!!!" → "!") still go in.
    expect(within.length).toBeGreaterThan(0);
  });
});
