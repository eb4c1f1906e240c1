/** What a built extension page loads: its HTML's scripts and styles and every
 * chunk they import, statically or on demand (compromise loads on demand). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function pageFiles(buildDir: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(buildDir, file), 'utf8');
    // Minified imports: from"./x.js", import("./x.js"), import"./x.js" — all relative to /chunks/.
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([\w.-]+\.js)["']/g)) visit(`chunks/${m[1]}`);
  };
  const page = readFileSync(join(buildDir, html), 'utf8');
  for (const m of page.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)) visit(m[1]!);
  return [...seen];
}

export const gzipSize = (buildDir: string, files: string[]) =>
  files.reduce((n, f) => n + gzipSync(readFileSync(join(buildDir, f)), { level: 9 }).length, 0);
