/** Property tests: analyze() on arbitrary text (astral characters, ZWJ emoji,
 * combining marks, right-to-left scripts, lone surrogates, NUL, "\r\n", up to
 * 1 MB), every audience and platform. FUZZ_RUNS=20000 for a long local run. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, AUDIENCES, MAX_ANALYSED_CHARS, PLATFORMS, type Report } from '../../../src/analysis';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const BIG_RUNS = Math.max(10, Math.round(RUNS / 100));
/** A freeze guard, not a speed measure (npm run bench measures speed): one call must not hang. */
const FREEZE_MS = 200;

// Pieces that stress tokenising, counting and offsets, mixed with arbitrary code units.
const PIECES = [
  'Besok',
  'AWAS BANJIR',
  '!!!',
  '?!',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  'e\u0301',
  '👨‍👩‍👧',
  '👍🏽',
  '🇮🇩',
  '1️⃣',
  '\u200d',
  '\ufeff',
  '\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
  '\u05e2\u05d1\u05e8\u05d9\u05ea',
  '日本語',
  '\ud800',
  '\udc00',
  'https://pontianak.go.id/a?b=1',
  'www.x.com',
  'a@b.co',
  '@warga',
  '@user@mastodon.social',
  '#pontianakkota',
  '#',
  '@',
  'pukul 08.00',
  'Kamis (26/11)',
  '[TANGGAL]',
  '(BPBD)',
  'dirumah',
  'di laksanakan',
  'nggak',
  'praktek',
  'Dalam rangka',
  'kata seorang dokter',
  'Sebarkan',
  'Rp 2,5 miliar',
  '45%',
  'Jl. Ahmad Yani No. 5',
  'Kecamatan Pontianak Kota',
  '.',
  ',',
  '"',
  '“',
  '”',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const context = fc.record({
  audience: fc.constantFrom(...AUDIENCES),
  platform: fc.constantFrom(...PLATFORMS),
  locale: fc.constantFrom('id' as const, 'en' as const),
  hasMedia: fc.boolean(),
});

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** Not between the two halves of a surrogate pair. */
const onCodePointBoundary = (s: string, i: number) =>
  !(i > 0 && i < s.length && isLowSurrogate(s.charCodeAt(i)) && isHighSurrogate(s.charCodeAt(i - 1)));

function timed(input: string, ctx: Parameters<typeof analyze>[1]): Report {
  // A single slow call may be a GC pause; a second one in a row is a freeze.
  for (let attempt = 0; ; attempt++) {
    const t0 = performance.now();
    const report = analyze(input, ctx);
    const ms = performance.now() - t0;
    if (ms <= FREEZE_MS || attempt === 1) {
      expect(ms, `analyze took ${ms.toFixed(0)} ms on ${input.length} chars`).toBeLessThanOrEqual(FREEZE_MS);
      return report;
    }
  }
}

function checkReport(input: string, report: Report) {
  expect(report.score.total).toBeGreaterThanOrEqual(0);
  expect(report.score.total).toBeLessThanOrEqual(100);
  for (const f of report.findings) {
    for (const range of [f.span, f.fix]) {
      if (!range) continue;
      expect(range.start).toBeGreaterThanOrEqual(0);
      expect(range.end).toBeGreaterThanOrEqual(range.start);
      expect(range.end).toBeLessThanOrEqual(input.length);
      expect(onCodePointBoundary(input, range.start), `${f.rule} start`).toBe(true);
      expect(onCodePointBoundary(input, range.end), `${f.rule} end`).toBe(true);
    }
    if (f.span) expect(f.span.text).toBe(input.slice(f.span.start, f.span.end));
    if (f.fix && input.isWellFormed()) {
      const applied = input.slice(0, f.fix.start) + f.fix.replacement + input.slice(f.fix.end);
      expect(applied.isWellFormed(), `${f.rule} fix makes ill-formed text`).toBe(true);
    }
  }
  for (const spans of Object.values(report.facts)) for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
}

describe('analyze() on arbitrary text', () => {
  it(`never throws; spans and fixes stay inside the text on code-point boundaries (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, context, (input, ctx) => {
        checkReport(input, timed(input, ctx));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`handles texts up to 1 MB, analysing the first ${MAX_ANALYSED_CHARS} characters with a notice (${BIG_RUNS} runs)`, () => {
    const big = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1_000, max: 1_000_000 }))
      .map(([parts, size]) => {
        const unit = parts.join('') || 'a';
        return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      });
    fc.assert(
      fc.property(big, context, (input, ctx) => {
        const report = timed(input, ctx);
        checkReport(input, report);
        if (input.length > MAX_ANALYSED_CHARS)
          expect(report.truncated).toEqual({ analysedChars: expect.any(Number), totalChars: input.length });
        else expect(report.truncated).toBeUndefined();
      }),
      // Shrinking megabyte strings takes longer than it helps: report the first failure as it is.
      { numRuns: BIG_RUNS, endOnFailure: true },
    );
  }, 120_000);

  it('one long line of letters or digits is not quadratic (the case fuzzing found)', () => {
    for (const input of ['a'.repeat(1_000_000), '9'.repeat(1_000_000), 'a.'.repeat(500_000), '@'.repeat(1_000_000)])
      checkReport(input, timed(input, { platform: 'x' }));
  });

  it('rejects a non-string with a clear error', () => {
    expect(() => analyze(42 as unknown as string)).toThrow('analyze(text): text must be a string');
  });
});
