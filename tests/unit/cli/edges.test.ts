/** The CLI at its edges (issue 13, items 13–16; issue 14, item 8): input that is not text,
 * truncated and empty drafts, control characters, strict --now and --time-zone, unknown
 * flags, huge invalid style packs, a BOM. Driven through main() with in-memory input. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NOW, runCli as run } from './run-cli';
import { MAX_INPUT_BYTES, readLimited } from '../../../src/cli/input';
import { escapeControls, notTextReason } from '../../../src/cli/text';

/** Whether a line holds a character a terminal may act on: C0 (newline included: one output
 * line is one line), DEL, C1, direction marks, line separators. */
function hasRawControl(line: string): boolean {
  return [...line].some((ch) => {
    const c = ch.codePointAt(0)!;
    return (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      [0x061c, 0x200e, 0x200f, 0x2028, 0x2029].includes(c) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    );
  });
}

describe('input that is not text (item 13)', () => {
  it('refuses a draft with a NUL byte, or one that is mostly control characters, naming it', async () => {
    const binary = await run(['check', 'image.png'], { 'image.png': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' });
    expect(binary.code).toBe(2);
    expect(binary.out).toEqual([]);
    expect(binary.err[0]).toBe('tutur: cannot read image.png: it is not text: it holds a NUL byte (character 9); Tutur reads UTF-8 text');
    const controls = await run(['check', '-'], {}, '\u0001\u0002\u0003\u0004ab\u0005\u0006');
    expect(controls.code).toBe(2);
    expect(controls.err[0]).toMatch(/^tutur: cannot read standard input: it is not text: 6 of its 8 characters are control characters/);
    const utf16 = await run(['check', '--jsonl', '-'], {}, 'B\u0000e\u0000s\u0000o\u0000k\u0000');
    expect(utf16.code).toBe(2);
    expect(utf16.err[0]).toMatch(/it holds a NUL byte/);
  });

  it('still checks a draft with a few control characters in it', async () => {
    expect(notTextReason('Besok \u001b[31mposyandu\u001b[0m buka.\t\r\n')).toBeNull();
    expect(notTextReason('')).toBeNull();
    const { code } = await run(['check', '-'], {}, 'Besok \u001b[31mposyandu\u001b[0m buka.');
    expect(code).toBe(0);
  });

  it('refuses a JSON line whose text holds a NUL, and goes on with the others', async () => {
    const input = ['{"id":1,"text":"Bes\\u0000ok"}', '{"id":2,"text":"Lusa buka."}'].join('\n');
    const { code, out, err } = await run(['check', '--jsonl', '-'], {}, input);
    expect(code).toBe(2);
    expect(out.map((l) => JSON.parse(l).id)).toEqual([2]);
    expect(err).toEqual(['tutur: line 1: "text": it is not text: it holds a NUL byte (character 4); Tutur reads UTF-8 text']);
  });

  it(`reads at most ${MAX_INPUT_BYTES} bytes of a stream, then stops it with a clear error`, async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(chunk);
      },
    });
    await expect(readLimited(endless)).rejects.toThrow('it is larger than 5 MB, the most Tutur reads');
    expect(endless.destroyed).toBe(true);
    expect(pulled).toBeLessThan(10);
    expect(await readLimited(Readable.from([Buffer.alloc(MAX_INPUT_BYTES, 'b')]))).toHaveLength(MAX_INPUT_BYTES);
    expect(await readLimited(Readable.from([Buffer.from('Halo ', 'utf8'), Buffer.from('dunia', 'utf8')]))).toBe('Halo dunia');
  });

  it('says the limit in tutur --help (and prints the help on stdout, exit 0)', async () => {
    for (const args of [['--help'], ['-h'], ['check', '--help']]) {
      const { code, out, err } = await run(args);
      expect(code).toBe(0);
      expect(err).toEqual([]);
      expect(out.join('\n')).toMatch(/standard input: UTF-8 text, at most 5 MB/);
    }
  });
});

describe('the readable output (item 14; issue 14 item 8)', () => {
  it('says when the text was truncated', async () => {
    const text = 'Posyandu buka setiap Kamis di balai warga. '.repeat(600);
    const { code, out } = await run(['check', '--now', NOW, 'long.txt'], { 'long.txt': text });
    expect(code).toBe(0);
    expect(out[1]).toMatch(
      new RegExp(`^truncated: only the first \\d+ of ${text.length} characters were checked \\(the length counts them all\\)$`),
    );
    // Where the count itself is approximate (X's weighting past its cut), it says so.
    const x = await run(['check', '--platform', 'x', '--now', NOW, '-'], {}, 'a '.repeat(20_000));
    expect(x.out[0]).toMatch(/^stdin — .*, public, x: about \d+\/280 weighted$/);
  });

  it('says "empty" for an empty or whitespace-only draft, not a score', async () => {
    for (const text of ['', '   \n\t\n  ']) {
      const { code, out } = await run(['check', '-'], {}, text);
      expect(code).toBe(0);
      expect(out).toEqual(['stdin — empty: nothing to check']);
    }
  });

  it('shows control characters and escape sequences from the draft and the file name escaped', async () => {
    const text =
      'BESOK\u001bPOSYANDU BUKA \u001b[2J\u001b]0;pwned\u0007\u009b31m!!!\r\nMenurut kata Pak\u001b Budi, buka jam 9\tpagi di Balai \u202eWarga\u202c.';
    const name = 'post\u001b[31m.txt';
    const { code, out } = await run(['check', '--now', NOW, name], { [name]: text });
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(3);
    for (const line of out) expect(hasRawControl(line), line).toBe(false);
    expect(out[0]).toMatch(/^post\\u001b\[31m\.txt — /);
    const all = out.join('\n');
    for (const escaped of ['BESOK\\u001bPOSYANDU BUKA', 'Pak\\u001b Budi', 'jam 9\\tpagi']) expect(all).toContain(escaped);
  });

  it('keeps the JSON output free of raw C1 controls and direction marks, as the same JSON value', async () => {
    const text = 'Besok posyandu \u009b31mbuka\u202e jam 9.\u007f';
    const { out } = await run(['check', '--json', '--now', NOW, '-'], {}, text);
    const json = out.join('\n');
    expect(hasRawControl(json.replace(/\n/g, ''))).toBe(false);
    expect(json).toContain('\\u009b31m');
    const report = JSON.parse(json);
    expect(report.findings.length).toBeGreaterThan(0);
    const jsonl = await run(['check', '--jsonl', '-'], {}, JSON.stringify({ id: 1, text }));
    expect(hasRawControl(jsonl.out[0]!)).toBe(false);
    expect(JSON.parse(jsonl.out[0]!).id).toBe(1);
  });

  it('escapes control characters in error messages: options, JSON parse errors, pack problems', async () => {
    const option = await run(['check', '--audience', 'kids\u001b[2J']);
    expect(option.err[0]).toBe('tutur: --audience must be one of public, youth, government, not "kids\\u001b[2J"');
    const unknown = await run(['check', '--x\u001b[31m']);
    expect(unknown.err[0]).toBe('tutur: unknown option --x\\u001b[31m');
    const jsonl = await run(['check', '--jsonl', '-'], {}, '\u001b[31m{"id":1}\n{"id":2,"text":"x\u001b]0;t\u0007"}');
    expect(jsonl.code).toBe(2);
    expect(jsonl.err).toHaveLength(2);
    for (const line of jsonl.err) expect(hasRawControl(line), line).toBe(false);
    expect(jsonl.err[0]).toMatch(/^tutur: line 1: .*\\u001b/);
    const pack = JSON.stringify({ formatVersion: 1, name: 'X', glossary: { 'A\u001b[31mB': 'x' } });
    const bad = await run(['check', '--style-pack', 'pack.json', 'p.txt'], { 'pack.json': pack, 'p.txt': 'x' });
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^tutur: style pack pack\.json: glossary\.A\\u001b\[31mB/);
    const missing = await run(['check', 'nope\u009b.txt']);
    expect(missing.err[0]).toBe("tutur: cannot read nope\\u009b.txt: ENOENT: no such file, open 'nope\\u009b.txt'");
  });

  it('escapes each control character once, and leaves text without them as it is', () => {
    expect(escapeControls('a\u001bb\nc\td\u0000\u009b\u2066')).toBe('a\\u001bb\\nc\\td\\u0000\\u009b\\u2066');
    expect(escapeControls('Halo 👋🏽 dunia — “kutipan” é')).toBe('Halo 👋🏽 dunia — “kutipan” é');
    expect(escapeControls(escapeControls('x\u001by'))).toBe('x\\u001by');
  });
});

describe('--now, --time-zone and unknown flags (item 15)', () => {
  const fixOf = async (args: string[], text = 'Besok posyandu buka.') => {
    const { code, out, err } = await run(['check', '--json', ...args, '-'], {}, text);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    return report.findings.map((f: { rule: string; fix?: { replacement: string } }) => `${f.rule}: ${f.fix?.replacement ?? ''}`);
  };

  it('refuses anything that is not an ISO 8601 date or date-time', async () => {
    for (const now of [
      '1',
      '0',
      'Dec 1',
      '2026',
      '2026-11',
      '26-11-2026',
      '2026-13-01',
      '2026-02-30',
      '2026-11-26T24:00',
      '2026-11-26T10:60',
      '+275760-09-13',
      '99999-01-01',
      '2026-11-26T10:00+25:00',
      '2026-11-26 10:00',
      'now',
      '',
    ]) {
      const { code, out, err } = await run(['check', '--now', now, 'x.txt'], { 'x.txt': 'Besok buka.' });
      expect([now, code, out]).toEqual([now, 2, []]);
      expect(err[0]).toBe(
        `tutur: --now: "${now}" is not a date (use ISO 8601, e.g. 2026-11-26, 2026-11-26T10:00 or 2026-11-26T10:00:00+07:00)`,
      );
    }
    const old = await run(['check', '--now', '1899-12-31', 'x.txt'], { 'x.txt': 'Besok buka.' });
    expect([old.code, old.err[0]]).toEqual([2, 'tutur: --now: "1899-12-31" is out of range (years 1900 to 9999)']);
    const { code, err } = await run(['check', '--jsonl', '-'], {}, '{"id":1,"text":"Besok buka.","now":"Dec 1"}');
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^tutur: line 1: "now": "Dec 1" is not a date/);
  });

  it('accepts ISO 8601 dates and date-times; without an offset they are in the --time-zone', async () => {
    const friday = 'time.relative-date:  (Jumat, 27 November 2026)';
    expect(await fixOf(['--now', '2026-11-26'])).toContain(friday);
    expect(await fixOf(['--now', '2026-11-26T09:00'])).toContain(friday);
    expect(await fixOf(['--now', '2026-11-26T10:00:00.123+07:00'])).toContain(friday);
    expect(await fixOf(['--now', '2026-11-26T01:00:00Z'])).toContain(friday);
    expect(await fixOf(['--now', '2026-11-26t03:00:00+0700'])).toContain(friday);
    expect(await fixOf(['--now', '9999-12-31'])).toContain('time.relative-date:  (Sabtu, 1 Januari 10000)');
    // 23:30 on the 26th in Jayapura: "besok" is the 27th there, whatever the machine's zone.
    expect(await fixOf(['--time-zone', 'WIT', '--now', '2026-11-26T23:30'])).toContain(friday);
    expect(await fixOf(['--now', '2026-11-26T23:30', '--time-zone', 'Asia/Jayapura'])).toContain(friday);
    expect(await fixOf(['--now', '2026-11-26T23:30+07:00', '--time-zone', 'WIT'])).toContain(
      'time.relative-date:  (Sabtu, 28 November 2026)',
    );
  });

  it('reads a local --now in the style pack’s zone when no --time-zone is given', async () => {
    const pack = JSON.stringify({ formatVersion: 1, name: 'Kota Timur', timeZone: 'WIT' });
    const { out } = await run(['check', '--json', '--style-pack', 'pack.json', '--now', '2026-11-26T23:30', 'p.txt'], {
      'pack.json': pack,
      'p.txt': 'Besok posyandu buka.',
    });
    const fixes = JSON.parse(out.join('\n')).findings.map((f: { fix?: { replacement: string } }) => f.fix?.replacement);
    expect(fixes).toContain(' (Jumat, 27 November 2026)');
  });

  it('accepts WIB, WITA, WIT and the IANA zones that are one of them; refuses anything else', async () => {
    const zoneFix = async (zone: string) =>
      (await fixOf(['--now', NOW, '--time-zone', zone], 'Posyandu buka Kamis jam 9 pagi.')).find((f: string) =>
        f.startsWith('time.missing-zone'),
      );
    expect(await zoneFix('WITA')).toMatch(/WITA/);
    expect(await zoneFix('wit')).toMatch(/WIT\b/);
    expect(await zoneFix('Asia/Makassar')).toMatch(/WITA/);
    expect(await zoneFix('Asia/Pontianak')).toMatch(/WIB/);
    for (const zone of ['garbage', 'Europe/London', 'UTC', 'Asia/Tokyo', 'EST', '']) {
      const { code, out, err } = await run(['check', '--time-zone', zone, 'x.txt'], { 'x.txt': 'Besok buka.' });
      expect([zone, code, out]).toEqual([zone, 2, []]);
      expect(err[0]).toBe(
        `tutur: --time-zone must be WIB, WITA or WIT, or an IANA zone that is one of them (Asia/Makassar), not "${zone}"`,
      );
    }
  });

  it('treats an unknown short flag as an error, not a file name; -- ends the options', async () => {
    const flag = await run(['check', '-x'], { '-x': 'Besok buka.' });
    expect(flag.code).toBe(2);
    expect(flag.err[0]).toBe('tutur: unknown option -x');
    const file = await run(['check', '--', '-x'], { '-x': 'Besok posyandu buka.' });
    expect(file.code).toBe(0);
    expect(file.out[0]).toMatch(/^-x — Indonesian/);
    const stdin = await run(['check', '-'], {}, 'Besok posyandu buka.');
    expect(stdin.out[0]).toMatch(/^stdin — Indonesian/);
  });
});

describe('style packs and JSON lines files (item 16)', () => {
  const hugePack = (entries: number) => {
    const glossary = Object.fromEntries(Array.from({ length: entries }, (_, i) => [`K${i}`, i]));
    return JSON.stringify({ formatVersion: 1, name: 'X', glossary }, null, 1);
  };

  it('reports the first 50 problems of a pack with 30,000, one a line, and counts the rest', async () => {
    const { code, err } = await run(['check', '--style-pack', 'pack.json', 'p.txt'], { 'pack.json': hugePack(30_000), 'p.txt': 'x' });
    expect(code).toBe(2);
    expect(err[0]).toBe('tutur: style pack pack.json: 30000 problems');
    expect(err[1]).toBe('  glossary.K0 (line 5): expected text');
    expect(err[50]).toBe('  glossary.K49 (line 54): expected text');
    expect(err[51]).toBe('  … and 29950 more (the first 50 are listed)');
    expect(err).toHaveLength(52);
  });

  it('accepts a UTF-8 BOM at the start of a --jsonl file, a style pack and a draft', async () => {
    const input = '\uFEFF' + ['{"id":1,"text":"Besok posyandu buka."}', '{"id":2,"text":"Lusa buka."}'].join('\r\n');
    const jsonl = await run(['check', '--jsonl', 'in.jsonl'], { 'in.jsonl': input });
    expect(jsonl.err).toEqual([]);
    expect(jsonl.out.map((l) => JSON.parse(l).id)).toEqual([1, 2]);
    const pack = '\uFEFF' + JSON.stringify({ formatVersion: 1, name: 'X' });
    const draft = await run(['check', '--json', '--style-pack', 'pack.json', 'p.txt'], { 'pack.json': pack, 'p.txt': '\uFEFFHalo.' });
    expect(draft.err).toEqual([]);
    expect(JSON.parse(draft.out.join('\n')).length.count).toBe(5);
  });
});
