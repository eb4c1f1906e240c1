/** Adversarial texts for `npm run bench`: families of pathological input (runs of titles and
 * initials, one huge word, tens of thousands of newlines, hashtags, emoji, mixed scripts …),
 * each timed at 5,000, 10,000 and 20,000 characters. A linear engine takes about twice as long
 * when the text doubles; the budget is at most 2.3× per doubling and 50 ms at 20,000 characters
 * (the engine analyses at most 20,000), new text each run, after the JIT has warmed up. The sizes
 * take turns and each family is timed for at least 1.5 s; a growth ratio compares the fastest
 * of many runs at each size, in processor time, so that neither a pause for garbage collection nor
 * other work on a shared machine reads as growth. The 50 ms are the median on the wall clock.
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
  // Every tag new in every run: the same "#Tag7" in each run would be read from the engine's bounded caches at 5k and
  // 10k but not at 20k (more tags than the caches hold), and that difference would read as growth.
  hashtags: (size, run) => `${salt(run)} ${Array.from({ length: size / 8 }, (_, i) => `#Tag${salt(run)}${i} `).join('')}`.slice(0, size),
  mentions: (size, run) => `${salt(run)} ${Array.from({ length: size / 8 }, (_, i) => `@akun${salt(run)}${i} `).join('')}`.slice(0, size),
  emoji: (size, run) => `${salt(run)} ${fill('😀', size)}`,
  'mixed scripts': (size, run) => `${salt(run)} ${fill('Pontianak 東京 Москва القاهرة ١٢٣ 😀 बाढ़ ', size)}`,
  'words, no full stop': (size, run) => `${salt(run)} ${fill('warga diminta waspada banjir ', size)}`,
  'link full of punctuation': (size, run) => `${salt(run)} https://pontianak.go.id/${fill('!', size)}a`,
  'shouted words': (size, run) => `${salt(run)} ${fill('AWAS BANJIR DI JALAN GAJAH MADA ', size)}`,
  // Found quadratic in review: an acronym that looks like a short form ("TD" for "tadi") made the relative-date rule
  // read the rest of the line again; a repeated expression grew by re-reading itself; each share request was checked
  // against every earlier one.
  'acronym before a time word': (size, run) => `${salt(run)} ${fill('TD pagi ', size)}`,
  'repeated relative dates': (size, run) => `${salt(run)} ${fill('besok ', size)}`,
  'share requests': (size, run) => `${salt(run)} ${fill('RT pls ', size)}`,
};

export interface FamilyResult {
  family: string;
  /** Median ms at each of ADVERSARIAL_SIZES (wall clock). */
  ms: number[];
  /** Median ms of processor time at each size: the wall clock less the time the machine gave to
   * other work (the bench machine is shared); garbage collection on V8's helper threads counts. */
  cpuMs: number[];
  /** Fastest processor time at each size, in ms. */
  fastest: number[];
  /** Runs timed at each size. */
  runs: number;
  /** The larger of the two growth ratios (10k/5k, 20k/10k), of the fastest run at each size, in
   * processor time: a pause for garbage collection or other work on the machine adds time to some
   * runs, which a ratio of medians of a few milliseconds magnifies; the fastest run shows what the
   * text itself costs. */
  growth: number;
}

export interface AdversarialOptions {
  /** At least this many runs at each size (9 by default). */
  minRuns?: number;
  /** … and more, up to `maxRuns`, until the family has been timed this long (ms, all sizes together):
   * a family that takes a few milliseconds gets dozens of runs (1,500 by default). */
  budgetMs?: number;
  maxRuns?: number;
  /** A full garbage collection before each family, so that one family's garbage is not collected
   * in the next one's runs. */
  gc?: () => void;
  log?: (line: string) => void;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Times every family. The sizes take turns, one run each per round, in a rotating order: a burst of
 * work elsewhere on the machine slows all three sizes alike instead of one, which a ratio would read
 * as growth. Warmed up first at every size, so that no size is timed while the JIT still works on it. */
export function benchAdversarial(
  analyze: (text: string, context?: AnalysisContext) => Report,
  context: AnalysisContext,
  { minRuns = 9, budgetMs = 1_500, maxRuns = 200, gc, log = () => {} }: AdversarialOptions = {},
): FamilyResult[] {
  const results: FamilyResult[] = [];
  let run = 0;
  for (const [family, make] of Object.entries(FAMILIES)) {
    log(`  ${family}…`);
    gc?.();
    for (let i = 0; i < 3; i++) for (const size of ADVERSARIAL_SIZES) analyze(make(size, run++), context);
    const wall: number[][] = ADVERSARIAL_SIZES.map(() => []);
    const cpu: number[][] = ADVERSARIAL_SIZES.map(() => []);
    let spent = 0;
    for (let round = 0; round < maxRuns && (round < minRuns || spent < budgetMs); round++) {
      for (let k = 0; k < ADVERSARIAL_SIZES.length; k++) {
        const which = (k + round) % ADVERSARIAL_SIZES.length;
        const text = make(ADVERSARIAL_SIZES[which]!, run++);
        const c0 = cpuNow();
        const t0 = performance.now();
        analyze(text, context);
        const ms = performance.now() - t0;
        cpu[which]!.push(cpuNow() - c0);
        wall[which]!.push(ms);
        spent += ms;
      }
    }
    const fastest = cpu.map((times) => Math.min(...times));
    // A ratio of two tiny times says nothing: below 0.5 ms a size counts as 0.5 ms.
    const floor = (x: number) => Math.max(x, 0.5);
    const growth = Math.max(floor(fastest[1]!) / floor(fastest[0]!), floor(fastest[2]!) / floor(fastest[1]!));
    results.push({ family, ms: wall.map(median), cpuMs: cpu.map(median), fastest, runs: wall[0]!.length, growth });
  }
  return results;
}

export function adversarialTable(results: readonly FamilyResult[]): string {
  const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const rows = results.map((r) => [
    r.family,
    ...r.ms.map(fmt),
    fmt(r.cpuMs[2]!),
    r.fastest.map(fmt).join(' / '),
    String(r.runs),
    `${r.growth.toFixed(2)}×`,
    r.growth <= MAX_GROWTH_PER_DOUBLING && r.ms[2]! <= MAX_MS_AT_20K ? 'met' : 'MISS',
  ]);
  const header = [
    'family',
    '5k ms',
    '10k ms',
    '20k ms',
    '20k ms processor',
    'fastest 5k / 10k / 20k (processor)',
    'runs',
    'growth per doubling (fastest)',
    `≤ ${MAX_GROWTH_PER_DOUBLING}× and ≤ ${MAX_MS_AT_20K} ms`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// Run alone: node scripts/run-ts.mjs scripts/bench-adversarial.ts
if (process.argv[1]?.includes('bench-adversarial')) {
  const { analyze, loadSpeller } = await import('../src/analysis');
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  // As in `npm run bench`: the panel loads the speller after its first tips, and the engine runs with it from then on.
  await loadSpeller();
  const results = benchAdversarial(
    analyze,
    { platform: 'x', audience: 'public', now: new Date('2025-11-28T09:00:00+07:00') },
    {
      gc: runInNewContext('gc') as () => void,
      log: (l) => process.stderr.write(`${l}\n`),
    },
  );
  console.log(adversarialTable(results));
}
