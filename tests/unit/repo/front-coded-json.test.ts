/** The extension's build ships the engine's word lists front-coded (config/front-coded-json.ts): every JSON file
 * of src/analysis, as the bundle's module builds it, must give back exactly the object the file holds. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { frontCode, frontCodedModule } from '../../../config/front-coded-json';

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );

describe('front-coded word lists', () => {
  it('every JSON file of the engine decodes to exactly what it holds, and the big lists are coded', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tutur-front-'));
    let coded = 0;
    for (const [i, file] of jsonFiles('src/analysis').entries()) {
      const json = readFileSync(file, 'utf8');
      const module = frontCodedModule(json);
      if (module === null) continue;
      coded++;
      const path = join(out, `m${i}.mjs`);
      writeFileSync(path, module);
      const { default: decoded } = (await import(pathToFileURL(path).href)) as { default: unknown };
      expect(decoded, file).toEqual(JSON.parse(json));
      expect(module.length, file).toBeLessThan(json.length);
    }
    // words.json (id, en), places.json (districts), dictionary-id.json, stopwords.json at least.
    expect(coded).toBeGreaterThanOrEqual(4);
  });

  it('keeps what differs from the word before, never half of a surrogate pair', () => {
    expect(frontCode(['abad', 'abadi', 'abai', 'b'])).toBe('0abad\n4i\n3i\n0b');
    const emoji = ['😀a', '😁b'];
    const coded = frontCode(emoji);
    // Both words start with the same high surrogate: it is not split off.
    expect(coded.split('\n')[1]!.charCodeAt(0) - 48).toBe(0);
  });
});
