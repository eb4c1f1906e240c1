/** `tutur check` lists the hoax clarification checklist: per item in --json, and readable in its plain output (issue 18). */
import { describe, expect, it } from 'vitest';
import { COMPLETE, WITHOUT } from '../analysis/clarification-drafts';
import { NOW, runCli } from './run-cli';

describe('tutur check on a hoax clarification', () => {
  it('--json carries the checklist per item, with spans', async () => {
    const { code, out } = await runCli(['check', '--json', '--now', NOW, '-'], {}, COMPLETE.id);
    expect(code).toBe(0);
    const c = JSON.parse(out.join('\n')).checklist.clarification;
    expect(c.label).toEqual([{ start: 0, end: 7, text: '[HOAKS]' }]);
    expect(c.fact.first.text).toMatch(/^Air PDAM Kota Pontianak aman diminum/);
    expect(c.fact.last.text).toBe('Hasil uji lengkap: https://dinkes.pontianak.go.id/uji-air.');
    expect(c.claim).toHaveLength(1);
    expect(c.claim[0].text).toBe('Beredar pesan berantai yang menyebut air PDAM tercemar limbah.');
    expect(c.claim[0].marked.text).toBe('tidak benar');
    expect(COMPLETE.id.slice(c.claim[0].start, c.claim[0].end)).toBe(c.claim[0].text);
    expect(c.source.map((s: { text: string }) => s.text)).toEqual([
      'menurut Dinas Kesehatan Kota Pontianak',
      'https://dinkes.pontianak.go.id/uji-air',
    ]);
    expect(c.pressure).toEqual([]);
  });
  it('lists the checklist in the readable output, and what is missing', async () => {
    const complete = (await runCli(['check', '--now', NOW, '-'], {}, COMPLETE.en)).out;
    const at = complete.indexOf('  clarification checklist');
    expect(at).toBeGreaterThan(0);
    expect(complete.slice(at + 1, at + 7)).toEqual([
      '    label       “[HOAX]”',
      '    fact first  “Tap water in Pontianak is safe to drink, according to the city Health Office, Thursday 26 November 2026.”',
      '    claim       “A chain message circulating claims that tap water is contaminated with sewage.” (marked false: “not true”)',
      '    fact last   “Full test results: https://dinkes.pontianak.go.id/water-tests.”',
      '    source      “https://dinkes.pontianak.go.id/water-tests”',
      '    pressure    none',
    ]);
    const unmarked = (await runCli(['check', '--now', NOW, '-'], {}, WITHOUT.unmarked.id)).out;
    expect(unmarked).toContain('    claim       “Beredar pesan berantai yang menyebut air PDAM tercemar limbah.” (not marked false)');
    expect(unmarked.some((l) => /clarification\.fact-first/.test(l))).toBe(true);
    const noSource = (await runCli(['check', '--now', NOW, '-'], {}, WITHOUT.source.id)).out;
    expect(noSource).toContain('    source      — missing');
  });
  it('lists the warning checklist too', async () => {
    const text = 'Peringatan dini banjir rob di Kelurahan Siantan Hulu hingga pukul 20.00 WIB. Segera mengungsi ke Masjid Al-Falah.';
    const { out } = await runCli(['check', '--now', NOW, '-'], {}, text);
    const at = out.indexOf('  warning checklist');
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at + 1, at + 7)).toEqual([
      '    hazard      “banjir rob”',
      '    area        “Kelurahan Siantan Hulu”',
      '    until       “hingga pukul 20.00 WIB”',
      '    level       — missing',
      '    action      “Segera mengungsi”',
      '    update      — missing',
    ]);
    expect(out).not.toContain('  clarification checklist');
  });
});
