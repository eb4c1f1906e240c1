/** A Vite plugin for the extension's build: the engine's word lists (src/analysis/**.json) ship front-coded.
 * Each long list of strings becomes one string in which every word keeps only what differs from the word
 * before it ("abad", "abadi" → "abad", "4i"), decoded once when the panel loads (a few milliseconds for all
 * lists). The module still exports the same object, so the engine's code and its tests read the JSON as it
 * is; only the bundle changes: the side panel's lists take about a fifth less space gzipped
 * (tests/e2e/builds.test.ts holds the panel to 400 KB). The data files stay readable and reviewable. */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Lists shorter than this are left as they are: the decoder would cost more than it saves. */
const MIN_ITEMS = 200;
/** The longest shared prefix one character encodes ('0' + n). */
const MAX_PREFIX = 60;
const VIRTUAL = '\0front-coded:';

export function frontCode(words: readonly string[]): string {
  let prev = '';
  return words
    .map((word) => {
      let n = 0;
      while (n < MAX_PREFIX && n < prev.length && n < word.length && prev.charCodeAt(n) === word.charCodeAt(n)) n++;
      // Never split a surrogate pair between the kept prefix and the new suffix.
      if (n > 0 && /[\ud800-\udbff]/.test(word[n - 1]!)) n--;
      prev = word;
      return String.fromCharCode(48 + n) + word.slice(n);
    })
    .join('\n');
}

/** The decoder, as it goes into the bundle. */
const DECODE = `function frontDecoded(s){const out=[];let prev='';for(const line of s.split('\\n')){prev=prev.slice(0,line.charCodeAt(0)-48)+line.slice(1);out.push(prev)}return out}`;

const isWordList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length >= MIN_ITEMS && value.every((v) => typeof v === 'string' && !v.includes('\n'));

/** The module for one JSON file: its top-level word lists front-coded, everything else as it was. */
export function frontCodedModule(json: string): string | null {
  const data = JSON.parse(json) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const entries = Object.entries(data as Record<string, unknown>);
  if (!entries.some(([, v]) => isWordList(v))) return null;
  const fields = entries.map(
    ([k, v]) => `${JSON.stringify(k)}:${isWordList(v) ? `frontDecoded(${JSON.stringify(frontCode(v))})` : JSON.stringify(v)}`,
  );
  return `${DECODE}\nexport default {${fields.join(',')}};\n`;
}

export function frontCodedJson(): Plugin {
  return {
    name: 'tutur:front-coded-json',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json') || !importer?.includes('/src/analysis/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.includes('/src/analysis/')) return null;
      const module = frontCodedModule(readFileSync(resolved.id, 'utf8'));
      // Not ending in .json: Vite's own JSON plugin must leave the module to this one.
      return module === null ? null : `${VIRTUAL}${resolved.id}.js`;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const file = id.slice(VIRTUAL.length, -'.js'.length);
      this.addWatchFile(file);
      return frontCodedModule(readFileSync(file, 'utf8'));
    },
  };
}
