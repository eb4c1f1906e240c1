import { describe, expect, it } from 'vitest';
import { NOW, runCli as run } from './run-cli';

describe('tutur check', () => {
  it('prints findings readably with line:column and the fix', async () => {
    const { code, out } = await run(['check', '--now', NOW, 'post.txt'], { 'post.txt': 'Halo.\nBesok posyandu buka.' });
    expect(code).toBe(0);
    expect(out[0]).toBe('post.txt — Indonesian, public, generic: 26 characters');
    expect(out.some((l) => /^\s+2:1\s+warning\s+time\.relative-date/.test(l))).toBe(true);
    expect(out.some((l) => l.includes('fix: Tambahkan “(Jumat, 27 November 2026)”'))).toBe(true);
  });

  it('prints a typo’s suggestions: the fix, then the others', async () => {
    const { code, out } = await run(['check', '--now', NOW, '-'], {}, 'Buka tangal 5 Desember.');
    expect(code).toBe(0);
    const at = out.findIndex((l) => /^\s+1:6\s+warning\s+spelling\.typo\s/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(out[at + 1]).toMatch(/fix: Ganti dengan “tanggal”$/);
    expect(out[at + 2]).toMatch(/^\s+or: {2}“[^”]+”(, “[^”]+”)*$/);
  });

  it('gives a typo’s other suggestions in the JSON Report as alternatives', async () => {
    const { out } = await run(['check', '--json', '--now', NOW, '-'], {}, 'Buka tangal 5 Desember.');
    const typo = JSON.parse(out.join('\n')).findings.find((f: { rule: string }) => f.rule === 'spelling.typo');
    expect(typo.fix).toMatchObject({ start: 5, end: 11, replacement: 'tanggal' });
    expect(typo.alternatives.length).toBeGreaterThan(0);
    for (const a of typo.alternatives)
      expect(a).toMatchObject({ start: 5, end: 11, replacement: expect.any(String), label: expect.any(String) });
    expect(typo.dictionaryWord).toBe('tangal');
  });

  it('prints the Report as JSON, with the options applied', async () => {
    const { code, out } = await run(
      ['check', '--json', '--platform', 'x', '--audience', 'youth', '--locale', 'en', '--now', NOW, '-'],
      {},
      'Besok posyandu buka.',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ language: 'id', audience: 'youth', platform: 'x', length: { limit: 280, unit: 'weighted' } });
    expect(report.findings.find((f: { rule: string }) => f.rule === 'time.relative-date').message).toMatch(/can be misread/);
  });

  it('reads JSON lines and writes one Report per line with the same id', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Besok posyandu buka.', now: NOW }),
      JSON.stringify({ id: 7, text: 'The clinic opens tomorrow.', platform: 'bluesky', audience: 'government', now: NOW }),
    ].join('\n');
    const { code, out, err } = await run(['check', '--jsonl', '-'], {}, input);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const reports = out.map((l) => JSON.parse(l));
    expect(reports.map((r) => [r.id, r.language, r.platform, r.audience])).toEqual([
      ['a', 'id', 'generic', 'public'],
      [7, 'en', 'bluesky', 'government'],
    ]);
  });

  it('names a bad line on stderr, exits 2, and still processes the others', async () => {
    const input = [
      '{"id":1,"text":"Besok buka."}',
      '{"id":2,"text":',
      '{"id":3}',
      '{"id":4,"text":"ok","audience":"kids"}',
      '{"id":5,"text":"Lusa buka."}',
    ].join('\n');
    const { code, out, err } = await run(['check', '--jsonl', 'in.jsonl'], { 'in.jsonl': input });
    expect(code).toBe(2);
    expect(out.map((l) => JSON.parse(l).id)).toEqual([1, 5]);
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/^tutur: line 2: /);
    expect(err[1]).toBe('tutur: line 3: "text" must be a string');
    expect(err[2]).toMatch(/^tutur: line 4: "audience" must be one of/);
  });

  it('exits 2 with a clear message for an unreadable file or a bad option', async () => {
    const missing = await run(['check', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toBe("tutur: cannot read nope.txt: ENOENT: no such file, open 'nope.txt'");
    const bad = await run(['check', '--audience', 'kids', 'x.txt']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toBe('tutur: --audience must be one of public, youth, government, not "kids"');
    const date = await run(['check', '--now', 'yesterday']);
    expect(date.err[0]).toMatch(/"yesterday" is not a date/);
  });

  it('applies a style pack file, and rejects a malformed one', async () => {
    const pack = JSON.stringify({ formatVersion: 1, name: 'Kota Contoh', hashtags: { required: ['#KotaContoh'] } });
    const ok = await run(['check', '--json', '--style-pack', 'pack.json', 'p.txt'], { 'pack.json': pack, 'p.txt': 'Posyandu buka.' });
    expect(JSON.parse(ok.out.join('\n')).findings.map((f: { rule: string }) => f.rule)).toContain('hashtag.official-missing');
    const bad = await run(['check', '--style-pack', 'pack.json', 'p.txt'], { 'pack.json': '{nope', 'p.txt': 'x' });
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^tutur: style pack pack.json: \(file\) \(line 1\): not valid JSON/);
    const wrong = await run(['check', '--style-pack', 'pack.json', 'p.txt'], {
      'pack.json': '{\n "formatVersion": 1,\n "name": "X",\n "glossary": { "BPBD": 5 }\n}',
      'p.txt': 'x',
    });
    expect(wrong.err[0]).toBe('tutur: style pack pack.json: glossary.BPBD (line 4): expected text');
  });
});
