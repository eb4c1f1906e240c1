/** `tutur check --json` carries the warning checklist and the warning and authority findings (issue 18). */
import { describe, expect, it } from 'vitest';
import { NOW, runCli } from './run-cli';

describe('tutur check --json on a warning', () => {
  it('lists what the warning says per item, and what is missing as findings', async () => {
    const text = 'Peringatan dini banjir rob di Kelurahan Siantan Hulu hingga pukul 20.00 WIB. Segera mengungsi ke Masjid Al-Falah.';
    const { code, out } = await runCli(['check', '--json', '--now', NOW, '-'], {}, text);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    const w = report.checklist.warning;
    expect(w.area.map((s: { text: string }) => s.text)).toEqual(['Kelurahan Siantan Hulu']);
    expect(w.until.map((s: { text: string }) => s.text)).toEqual(['hingga pukul 20.00 WIB']);
    expect(w.scales).toEqual(['flood']);
    expect(w.level).toEqual([]);
    expect(w.action.map((s: { text: string }) => s.text)).toEqual(['Segera mengungsi']);
    expect(w.update).toEqual([]);
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules.filter((r: string) => r.startsWith('warning.'))).toEqual(['warning.missing-level', 'warning.missing-update']);
    expect(report.findings.find((f: { rule: string }) => f.rule === 'trust.authority').message).toContain('BNPB atau BPBD');
  });
});
