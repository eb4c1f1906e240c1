/** User text is never inserted as HTML: our code has no innerHTML-style sinks. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

describe('no HTML sinks in shipped code', () => {
  const files = [...sources('src'), ...sources('entrypoints')];
  it('scans a real set of files', () => expect(files.length).toBeGreaterThan(20));
  for (const file of files) {
    it(file, () => {
      const hits = readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, n: i + 1 }))
        .filter(({ line }) => SINKS.test(line));
      expect(hits.map((h) => `${file}:${h.n}: ${h.line.trim()}`)).toEqual([]);
    });
  }
});
