/** Adversarial texts for `npm run bench`: families of pathological input (runs of titles and
 * initials, one huge word, tens of thousands of newlines, hashtags, emoji, mixed scripts …),
 * each timed at 5,000, 10,000 and 20,000 characters. A linear engine takes about twice as long
 * when the text doubles; the budget is at most 2.3× per doubling and 50 ms at 20,000 characters
 * (the engine analyses at most 20,000), new text each run, after the JIT has warmed up.
 * Run alone: `node scripts/run-ts.mjs scripts/bench-adversarial.ts`. */
import type { AnalysisContext, Report } from '../src/analysis';

export const ADVERSARIAL_SIZES = [5_000, 10_000, 20_000] as const;
export const MAX_GROWTH_PER_DOUBLING = 2.3;
export const MAX_MS_AT_20K = 50;

/** Repeat `unit` to exactly `size` characters (on a code-point boundary). */
function fill(unit: string, size: number): string {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** A different short word for every run, so that no run meets the engine's caches. */
const salt = (run: number) => `R${run.toString(36)}x`;

/** Each family makes a text of about `size` characters, different for every `run`. */
export const FAMILIES: Record<string, (size: number, run: number) => string> = {
  'titles "H. "': (size, run) => `${salt(run)} ${fill('H. ', size)}`,
  'titles "Ir. H. "': (size, run) => `${salt(run)} ${fill('Ir. H. ', size)}`,
  'initials "A. B. C."': (size, run) => `${salt(run)} ${fill([...LETTERS].map((l) => `${l}. `).join(''), size)}`,
  'capitalised run': (size, run) => `${salt(run)} ${fill('Dinas Kesehatan Kota Pontianak Budi Santoso ', size)}`,
  'one huge word': (size, run) => `${salt(run)}${fill('a', size)}`,
  'digits and dots': (size, run) => `${salt(run)} ${fill('1.', size)}`,
  'newlines only': (size, run) => `${salt(run)}${fill('\n', size)}`,
  'short lines': (size, run) => fill(`${salt(run)} Ok.\n`, size),
  hashtags: (size, run) => `${salt(run)} ${Array.from({ length: size / 8 }, (_, i) => `#Tag${i} `).join('')}`.slice(0, size),
  mentions: (size, run) => `${salt(run)} ${Array.from({ length: size / 8 }, (_, i) => `@akun${i} `).join('')}`.slice(0, size),
  emoji: (size, run) => `${salt(run)} ${fill('😀', size)}`,
  'mixed scripts': (size, run) => `${salt(run)} ${fill('Pontianak 東京 Москва القاهرة ١٢٣ 😀 बाढ़ ', size)}`,
  'words, no full stop': (size, run) => `${salt(run)} ${fill('warga diminta waspada banjir ', size)}`,
  'link full of punctuation': (size, run) => `${salt(run)} https://pontianak.go.id/${fill('!', size)}a`,
  'shouted words': (size, run) => `${salt(run)} ${fill('AWAS BANJIR DI JALAN GAJAH MADA ', size)}`,
};

export interface FamilyResult {
  family: string;
  /** Median ms at each of ADVERSARIAL_SIZES. */
  ms: number[];
  /** The larger of the two growth ratios (10k/5k, 20k/10k), of the fastest run at each size:
   * a pause for garbage collection or a busy machine adds time to some runs, which a ratio of
   * medians of a few milliseconds magnifies; the fastest run shows what the text itself costs. */
  growth: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Times every family; `runs` new texts per size (the median is reported). */
export function benchAdversarial(
  analyze: (text: string, context?: AnalysisContext) => Report,
  context: AnalysisContext,
  runs = 9,
  log: (line: string) => void = () => {},
): FamilyResult[] {
  const results: FamilyResult[] = [];
  let run = 0;
  for (const [family, make] of Object.entries(FAMILIES)) {
    log(`  ${family}…`);
    // Warm the JIT on this family's shape at the small size.
    for (let i = 0; i < 3; i++) analyze(make(ADVERSARIAL_SIZES[0], run++), context);
    const samples = ADVERSARIAL_SIZES.map((size) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const text = make(size, run++);
        const t0 = performance.now();
        analyze(text, context);
        times.push(performance.now() - t0);
      }
      return times;
    });
    const ms = samples.map(median);
    const fastest = samples.map((times) => Math.min(...times));
    // A ratio of two tiny times says nothing: below 0.5 ms a size counts as 0.5 ms.
    const floor = (x: number) => Math.max(x, 0.5);
    const growth = Math.max(floor(fastest[1]!) / floor(fastest[0]!), floor(fastest[2]!) / floor(fastest[1]!));
    results.push({ family, ms, growth });
  }
  return results;
}

export function adversarialTable(results: readonly FamilyResult[]): string {
  const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const rows = results.map((r) => [
    r.family,
    ...r.ms.map(fmt),
    `${r.growth.toFixed(2)}×`,
    r.growth <= MAX_GROWTH_PER_DOUBLING && r.ms[2]! <= MAX_MS_AT_20K ? 'met' : 'MISS',
  ]);
  const header = [
    'family',
    '5k ms',
    '10k ms',
    '20k ms',
    'growth per doubling (fastest runs)',
    `≤ ${MAX_GROWTH_PER_DOUBLING}× and ≤ ${MAX_MS_AT_20K} ms`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// Run alone: node scripts/run-ts.mjs scripts/bench-adversarial.ts
if (process.argv[1]?.includes('bench-adversarial')) {
  const { analyze } = await import('../src/analysis');
  const results = benchAdversarial(analyze, { platform: 'x', now: new Date('2025-11-28T09:00:00+07:00') }, 9, (l) =>
    process.stderr.write(`${l}\n`),
  );
  console.log(adversarialTable(results));
}
