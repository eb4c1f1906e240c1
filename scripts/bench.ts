/** `npm run bench`: how fast `analyze()` is, next to the English NLP libraries
 * people would otherwise reach for, and whether the engine's budgets hold.
 * A benchmark, not a test: it reports and never fails on a slow run.
 *
 *   npm run bench                       full run (≥ ~1 s per measurement)
 *   QUICK=1 npm run bench               a few runs each, for development
 *   npm run bench -- --json out.json    also write the raw figures
 *
 * Honest numbers: the engine caches per paragraph, so every timed "cold" run
 * analyses a text whose paragraphs it has never seen (a running counter in each
 * paragraph, see bench-texts.ts); texts are generated before the timing starts.
 * The cached case (the same text again) and the one-character edit are
 * reported separately. */
import { adversarialTable, benchAdversarial, MAX_GROWTH_PER_DOUBLING, MAX_MS_AT_20K } from './bench-adversarial';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nlp from 'compromise';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import retextEquality from 'retext-equality';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { analyze, loadSpeller, type AnalysisContext } from '../src/analysis';
import { BENCH_LANGUAGES, BENCH_SIZES, benchPost, type BenchLanguage, type BenchSize } from './bench-texts';
import { largePack, PACK_TERMS } from './bench-pack';
import { enginePack } from '../src/settings/managed';

/** The project root (the entry is scripts/bench.ts; import.meta.url is the launcher's bundle). */
const ROOT = resolve(dirname(process.argv[1]!), '..');
const QUICK = process.env.QUICK === '1';
const WARMUP = QUICK ? 3 : 20;
const MIN_RUNS = QUICK ? 5 : 30;
const TARGET_MS = QUICK ? 100 : 1_000;
const MAX_RUNS = QUICK ? 1_000 : 20_000;
/** The engine's caches evict the oldest of 4,000 entries (insertion order): keep
 * the edit case's new paragraphs well under that, so the post's unchanged
 * paragraphs stay cached, as they would while someone types. */
const MAX_EDIT_RUNS = 3_000;

const jsonIndex = process.argv.indexOf('--json');
const jsonOut = jsonIndex === -1 ? undefined : process.argv[jsonIndex + 1];
if (jsonIndex !== -1 && !jsonOut) throw new Error('--json needs a file name');

const CONTEXT: AnalysisContext = { platform: 'x', audience: 'public', now: new Date('2025-11-28T09:00:00+07:00') };
const tutur = (text: string) => analyze(text, CONTEXT);
// The panel loads the Indonesian speller after its first tips: the engine is timed with it loaded, as it runs from then on.
await loadSpeller();

/** gc() between measurements: --expose-gc when given, else switched on here. */
const gc: () => void = (() => {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
})();

/** A different number for every text the benchmark generates. */
let counter = 10_000;
const fresh = (language: BenchLanguage, size: BenchSize) => (count: number) =>
  Array.from({ length: count }, () => benchPost(language, size, counter++));

// ── measuring ───────────────────────────────────────────────────────────────

interface Stats {
  runs: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}
interface Measured extends Stats {
  samples: number[];
}
type Outcome = Measured | { error: string };
const ok = (o: Outcome | undefined): o is Measured => o !== undefined && !('error' in o);

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function stats(samples: number[]): Measured {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: samples.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    mean: samples.reduce((s, x) => s + x, 0) / samples.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    samples,
  };
}

async function timeEach(texts: readonly string[], fn: (text: string) => unknown): Promise<number[]> {
  const out = new Array<number>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t0 = performance.now();
    const r = fn(texts[i]!);
    if (r instanceof Promise) await r;
    out[i] = performance.now() - t0;
  }
  return out;
}

/** Warm up, estimate the cost of one run, then time enough runs for ~TARGET_MS.
 * `inputs(n)` returns the next n texts (generated here, outside the timing). */
async function measure(
  label: string,
  inputs: (count: number) => string[],
  fn: (text: string) => unknown,
  maxRuns = MAX_RUNS,
): Promise<Outcome> {
  process.stderr.write(`  ${label}…\n`);
  try {
    const warm = (await timeEach(inputs(WARMUP), fn)).slice(Math.floor(WARMUP / 2)).sort((a, b) => a - b);
    const estimate = Math.max(quantile(warm, 0.5), 0.001);
    const runs = Math.min(maxRuns, Math.max(MIN_RUNS, Math.ceil(TARGET_MS / estimate)));
    const texts = inputs(runs);
    gc();
    return stats(await timeEach(texts, fn));
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

// ── peers (English-only libraries) ──────────────────────────────────────────

// retext() is unified + retext-latin; retext-english, used after it, replaces the parser.
const retextProcessor = retext()
  .use(retextEnglish)
  .use(retextReadability)
  .use(retextPassive)
  .use(retextSimplify)
  .use(retextEquality)
  .freeze();
const runRetext = (text: string) => retextProcessor.run(retextProcessor.parse(text));
const runCompromise = (text: string) => nlp(text);

async function harperLinter(): Promise<((text: string) => Promise<unknown>) | string> {
  try {
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    return (text: string) => linter.lint(text);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

// ── side-panel bundle ───────────────────────────────────────────────────────

interface BundleSize {
  files: string[];
  raw: number;
  gzip: number;
  /** Of `gzip`, the Indonesian speller's chunks (its code, its dictionary, its ranking list), loaded after the first tips. */
  speller: number;
}

const SPELLER_CHUNK = /\/(?:speller|dictionary-id-stems|frequency-id)-[\w-]+\.js$/;

/** The JS and CSS sidepanel.html loads, with the chunks they import, gzipped (level 9) one by one. */
function sidePanelBundle(root = join(ROOT, '.output/chrome-mv3')): BundleSize | undefined {
  const html = join(root, 'sidepanel.html');
  if (!existsSync(html)) return undefined;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      visit(spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec));
    }
  };
  for (const m of readFileSync(html, 'utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const ref = m[1]!;
    visit(ref.startsWith('/') ? join(root, ref) : resolve(root, ref));
  }
  let raw = 0;
  let gzip = 0;
  let speller = 0;
  for (const file of seen) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    const size = gzipSync(bytes, { level: 9 }).length;
    gzip += size;
    if (SPELLER_CHUNK.test(file)) speller += size;
  }
  return { files: [...seen].map((f) => f.slice(root.length + 1)).sort(), raw, gzip, speller };
}

// ── the run ─────────────────────────────────────────────────────────────────

interface CaseResult {
  language: BenchLanguage;
  size: BenchSize;
  chars: number;
  paragraphs: number;
  tutur: Outcome;
  cached: Outcome;
  compromise: Outcome;
  retext: Outcome;
  harper?: Outcome;
}

const started = Date.now();
process.stderr.write(`Tutur benchmark${QUICK ? ' (QUICK=1: few runs, figures are rough)' : ''}\n`);
const harper = await harperLinter();

/** Before the first measurement, each engine reads every kind of text for a while: without it
 * the first row (id ~280) was timed while the JIT was still optimising, up to 1.5× slower than
 * the same texts timed later in the run. */
async function warmUp(label: string, fn: (text: string) => unknown, languages: readonly BenchLanguage[]): Promise<void> {
  process.stderr.write(`  warming up ${label}…\n`);
  const until = performance.now() + TARGET_MS;
  while (performance.now() < until) {
    for (const language of languages) {
      for (const size of BENCH_SIZES) {
        const r = fn(benchPost(language, size, counter++));
        if (r instanceof Promise) await r;
      }
    }
  }
}
await warmUp('Tutur', tutur, BENCH_LANGUAGES);
await warmUp('compromise', runCompromise, BENCH_LANGUAGES);
await warmUp('retext', runRetext, BENCH_LANGUAGES);
if (typeof harper !== 'string') await warmUp('Harper', harper, ['en']);
gc();

const cases: CaseResult[] = [];
for (const language of BENCH_LANGUAGES) {
  for (const size of BENCH_SIZES) {
    const name = `${language} ${size}`;
    process.stderr.write(`${name}\n`);
    const sample = benchPost(language, size, counter);
    gc();
    const cold = await measure('Tutur (new text each run)', fresh(language, size), tutur);
    gc();
    const same = benchPost(language, size, counter++);
    tutur(same);
    const cached = await measure('Tutur (same text again)', (n) => new Array<string>(n).fill(same), tutur);
    gc();
    const compromise = await measure('compromise', fresh(language, size), runCompromise);
    gc();
    const retextRun = await measure('retext', fresh(language, size), runRetext);
    gc();
    let harperRun: Outcome | undefined;
    if (language === 'en')
      harperRun = typeof harper === 'string' ? { error: harper } : await measure('Harper', fresh(language, size), harper);
    gc();
    cases.push({
      language,
      size,
      chars: sample.length,
      paragraphs: sample.split('\n').length,
      tutur: cold,
      cached,
      compromise,
      retext: retextRun,
      harper: harperRun,
    });
  }
}

/** One-character edits of an analysed 3,000-character Indonesian post: each run
 * changes one letter at a new position (spread over all paragraphs), so exactly
 * one paragraph is new to the caches and the others are not. */
process.stderr.write('one-character edit, id 3000\n');
const editBase = benchPost('id', 3_000, counter++);
tutur(editBase);
const editInputs = (() => {
  const seen = new Set([editBase]);
  const positions = Array.from({ length: editBase.length }, (_, i) => i).filter(
    (i) => editBase[i] !== '\n' && !/[\uD800-\uDFFF]/.test(editBase[i]!),
  );
  let stride = 997;
  while (positions.length % stride === 0) stride += 2;
  const letters = 'aeiouktnr';
  let k = 0;
  return (count: number) => {
    const out: string[] = [];
    while (out.length < count) {
      const at = positions[(k * stride) % positions.length]!;
      const letter = letters[Math.floor(k / positions.length) % letters.length]!;
      k++;
      const text = editBase.slice(0, at) + (editBase[at] === letter ? 'x' : letter) + editBase.slice(at + 1);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
    return out;
  };
})();
gc();
const edit = await measure('Tutur (one character changed)', editInputs, tutur, MAX_EDIT_RUNS);

/** A large organisation's style pack (bench-pack.ts): what it costs to index once, and per analysis of a
 * ~280-character post, next to the same posts without a pack measured just before. */
process.stderr.write(`style pack of ${PACK_TERMS} terms per list, id 280\n`);
const bigPack = enginePack(largePack(PACK_TERMS))!;
const withPack = (text: string) => analyze(text, { ...CONTEXT, stylePack: bigPack });
const indexStart = performance.now();
withPack(benchPost('id', 280, counter++));
const packIndexMs = performance.now() - indexStart;
gc();
const packBase = await measure('Tutur, no pack', fresh('id', 280), tutur);
gc();
const packRun = await measure(`Tutur, ${PACK_TERMS}-term pack`, fresh('id', 280), withPack);

process.stderr.write('adversarial texts\n');
const adversarial = benchAdversarial(analyze, CONTEXT, {
  minRuns: QUICK ? 3 : 9,
  budgetMs: QUICK ? 300 : 1_500,
  gc,
  log: (line) => process.stderr.write(`${line}\n`),
});

const bundle = sidePanelBundle();

// ── report ──────────────────────────────────────────────────────────────────

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const cell = (o: Outcome | undefined, pick: (s: Measured) => number = (s) => s.median) =>
  o === undefined ? '—' : ok(o) ? ms(pick(o)) : 'error';
const ratio = (peer: Outcome | undefined, base: Outcome) => (ok(peer) && ok(base) ? peer.median / base.median : undefined);
const ratioText = (label: string, r: number | undefined) =>
  r === undefined ? undefined : r >= 1 ? `${label} ${r.toFixed(1)}× slower` : `${label} ${(1 / r).toFixed(1)}× faster`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    '| ' + r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const versionOf = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
};
const peers = `compromise ${versionOf('compromise')}, retext-english ${versionOf('retext-english')} + readability ${versionOf('retext-readability')}, passive ${versionOf('retext-passive')}, simplify ${versionOf('retext-simplify')}, equality ${versionOf('retext-equality')}, harper.js ${versionOf('harper.js')}`;
console.log(`\nTutur analysis benchmark${QUICK ? ' — QUICK=1 (few runs: rough figures)' : ''}`);
console.log(
  `Node ${process.version} · ${cpu} (${cpus().length} logical cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}) · ${new Date().toISOString()}`,
);
console.log(`analyze(text, { platform: 'x', audience: 'public', now: ${CONTEXT.now!.toISOString()} }); times in ms.`);
console.log(`Peers: ${peers}.`);
console.log(`"Tutur" = cold: every run's paragraphs are new to the engine's caches. Peers also get a new text each run.\n`);

console.log(
  table(
    [
      'case',
      'chars',
      'runs',
      'Tutur median',
      'Tutur p95',
      'compromise median',
      'retext median',
      'Harper median',
      'peer median / Tutur median',
    ],
    cases.map((c) => [
      `${c.language} ~${c.size}`,
      String(c.chars),
      ok(c.tutur) ? String(c.tutur.runs) : '—',
      cell(c.tutur),
      cell(c.tutur, (s) => s.p95),
      cell(c.compromise),
      cell(c.retext),
      cell(c.harper),
      [
        ratioText('compromise', ratio(c.compromise, c.tutur)),
        ratioText('retext', ratio(c.retext, c.tutur)),
        ratioText('Harper', ratio(c.harper, c.tutur)),
      ]
        .filter(Boolean)
        .join(', '),
    ]),
  ),
);
console.log(
  '\ncompromise, retext and Harper are English-only: on Indonesian text their output means nothing, but their cost is what it is. Harper runs on the English texts only.',
);

console.log('\nCached and incremental (the engine caches per paragraph):\n');
console.log(
  table(
    ['case', 'chars', 'runs', 'median', 'p95', 'note'],
    [
      ...cases.map((c) => [
        `${c.language} ~${c.size}, same text again`,
        String(c.chars),
        ok(c.cached) ? String(c.cached.runs) : '—',
        cell(c.cached),
        cell(c.cached, (s) => s.p95),
        ok(c.cached) && ok(c.tutur) ? `${(c.tutur.median / c.cached.median).toFixed(1)}× faster than cold` : '',
      ]),
      [
        'id ~3000, one character changed',
        String(editBase.length),
        ok(edit) ? String(edit.runs) : '—',
        cell(edit),
        cell(edit, (s) => s.p95),
        'a new position each run; one paragraph re-read',
      ],
    ],
  ),
);

interface Budget {
  name: string;
  actual: string;
  met: boolean | undefined;
}
const budgets: Budget[] = [];
const median = (o: Outcome | undefined) => (ok(o) ? o.median : undefined);
const check = (name: string, value: number | undefined, show: (v: number) => string, pass: (v: number) => boolean) =>
  budgets.push({ name, actual: value === undefined ? 'not measured' : show(value), met: value === undefined ? undefined : pass(value) });
for (const c of cases.filter((c) => c.size === 280)) {
  check(
    `~280 chars (${c.language}): median ≤ 0.5 ms`,
    median(c.tutur),
    (v) => `${ms(v)} ms`,
    (v) => v <= 0.5,
  );
  check(
    `~280 chars (${c.language}): ≥ 10× faster than retext`,
    ratio(c.retext, c.tutur),
    (v) => `${v.toFixed(1)}×`,
    (v) => v >= 10,
  );
}
for (const c of cases.filter((c) => c.size === 3_000)) {
  check(
    `~3,000 chars (${c.language}): median ≤ 5 ms`,
    median(c.tutur),
    (v) => `${ms(v)} ms`,
    (v) => v <= 5,
  );
}
check(
  'one-character edit of a ~3,000-char post: median ≤ 1 ms',
  median(edit),
  (v) => `${ms(v)} ms`,
  (v) => v <= 1,
);
check(
  `~280 chars (id) with a ${PACK_TERMS}-term pack: median ≤ 1.5× without`,
  ratio(packRun, packBase),
  (v) => `${v.toFixed(2)}×`,
  (v) => v <= 1.5,
);
for (const r of adversarial)
  budgets.push({
    name: `adversarial "${r.family}": ≤ ${MAX_GROWTH_PER_DOUBLING}× per doubling, ≤ ${MAX_MS_AT_20K} ms at 20k`,
    actual: `${r.growth.toFixed(2)}×, ${ms(r.ms[2]!)} ms`,
    met: r.growth <= MAX_GROWTH_PER_DOUBLING && r.ms[2]! <= MAX_MS_AT_20K,
  });
if (bundle) {
  check(
    `side-panel bundle (${bundle.files.length} files) without the speller's chunks: ≤ 400 KB gzipped`,
    bundle.gzip - bundle.speller,
    (v) => `${(v / 1024).toFixed(1)} KB gzipped (${(bundle.raw / 1024).toFixed(0)} KB raw, all chunks)`,
    (v) => v <= 400 * 1024,
  );
  check(
    "the speller's chunks, loaded after the first tips: ≤ 125 KB gzipped",
    bundle.speller,
    (v) => `${(v / 1024).toFixed(1)} KB gzipped`,
    (v) => v <= 125 * 1024,
  );
} else {
  budgets.push({ name: 'side-panel bundle: ≤ 400 KB gzipped', actual: 'run npm run build first', met: undefined });
}

console.log(
  `\nWith a style pack of ${PACK_TERMS} acronyms, ${PACK_TERMS} preferred and ${PACK_TERMS} banned terms (indexed once: the first analysis took ${ms(packIndexMs)} ms):\n`,
);
console.log(
  table(
    ['case', 'runs', 'median', 'p95', 'note'],
    [
      [
        'id ~280, no pack',
        ok(packBase) ? String(packBase.runs) : '—',
        cell(packBase),
        cell(packBase, (s) => s.p95),
        'measured just before',
      ],
      [
        `id ~280, ${PACK_TERMS}-term pack`,
        ok(packRun) ? String(packRun.runs) : '—',
        cell(packRun),
        cell(packRun, (s) => s.p95),
        ok(packRun) && ok(packBase) ? `${(packRun.median / packBase.median).toFixed(2)}× the median without a pack` : '',
      ],
    ],
  ),
);

console.log('\nAdversarial texts (new text each run, median ms at 5,000 / 10,000 / 20,000 characters):\n');
console.log(adversarialTable(adversarial));

console.log('\nBudgets (this run):\n');
const nameWidth = Math.max(...budgets.map((b) => b.name.length));
for (const b of budgets)
  console.log(`  ${b.met === undefined ? '[  ?  ]' : b.met ? '[ met ]' : '[ MISS]'}  ${b.name.padEnd(nameWidth)}  ${b.actual}`);
console.log(
  `\n(${((Date.now() - started) / 1000).toFixed(1)} s${QUICK ? '; QUICK=1 figures are rough, run without it before quoting them' : ''})`,
);

if (jsonOut) {
  writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpu,
        peers,
        cores: cpus().length,
        loadavg: loadavg(),
        quick: QUICK,
        context: CONTEXT,
        unit: 'ms',
        cases,
        edit: { chars: editBase.length, ...edit },
        stylePack: { terms: PACK_TERMS, indexMs: packIndexMs, withoutPack: packBase, withPack: packRun },
        adversarial,
        bundle: bundle ?? null,
        budgets,
      },
      null,
      1,
    ) + '\n',
  );
  console.log(`Raw figures written to ${jsonOut}`);
}
