/** The real `tutur` command (bin/tutur.mjs) in pipelines (issue 13, items 12 and 13): a reader
 * that goes away, standard input with no end, a binary file. Each case runs a child process. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/tutur.mjs');
const dir = mkdtempSync(join(tmpdir(), 'tutur-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A generous bound for a child that should end by itself: it only keeps a broken build from hanging the suite.
const CHILD: SpawnSyncOptions = { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 };
const tutur = (args: string[], options: SpawnSyncOptions = {}) => spawnSync(process.execPath, [BIN, ...args], { ...CHILD, ...options });

describe('tutur in a pipeline', { timeout: 240_000 }, () => {
  it('exits quietly, with status 0, when the reader goes away (| head -1)', () => {
    const posts = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ id: i, text: `Besok posyandu ${i} buka jam 9 di balai RW ${i}.` }),
    );
    const file = join(dir, 'posts.jsonl');
    writeFileSync(file, posts.join('\n'));
    const script = '"$0" "$1" check --jsonl "$2" | head -1; echo "tutur exited ${PIPESTATUS[0]}" >&2';
    const result = spawnSync('bash', ['-c', script, process.execPath, BIN, file], CHILD);
    expect(result.stderr).toBe('tutur exited 0\n');
    expect(JSON.parse(String(result.stdout)).id).toBe(0);
  });

  it('stops reading standard input past 5 MB, with a clear error', () => {
    const big = tutur(['check', '-'], { input: Buffer.alloc(6 * 1024 * 1024, 'Besok buka. ') });
    expect([big.status, big.stdout]).toEqual([2, '']);
    expect(big.stderr).toBe(
      'tutur: cannot read standard input: it is larger than 5 MB, the most Tutur reads (split the text, or the --jsonl file)\n',
    );
  });

  it('stops reading an endless input (/dev/zero as standard input or as the file)', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const piped = tutur(['check', '--json'], { stdio: [zero, 'pipe', 'pipe'] });
      expect([piped.status, piped.signal, piped.stdout]).toEqual([2, null, '']);
      expect(piped.stderr).toMatch(/^tutur: cannot read standard input: it is larger than 5 MB/);
    } finally {
      closeSync(zero);
    }
    const named = tutur(['check', '/dev/zero']);
    expect([named.status, named.signal]).toEqual([2, null]);
    expect(named.stderr).toMatch(/^tutur: cannot read \/dev\/zero: it is larger than 5 MB/);
  });

  it('refuses a binary file instead of analysing it', () => {
    const file = join(dir, 'photo.jpg');
    writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    const result = tutur(['check', file]);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(/: it is not text: it holds a NUL byte \(character \d+\); Tutur reads UTF-8 text\n$/);
  });
});
