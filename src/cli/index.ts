/** `tutur check`: the engine on the command line, for people and for batch
 * evaluation. `main` takes its input and output as parameters so tests can
 * drive it; src/cli/run.ts wires it to the process. */
import {
  analyze,
  AUDIENCES,
  loadEnglishModel,
  loadSpeller,
  PLATFORMS,
  type AnalysisContext,
  type Audience,
  type Platform,
  type Report,
  type Span,
  type StylePack,
} from '../analysis';
// The engine's own reading of a zone name, so the CLI accepts exactly the zones it knows.
import { resolveZone } from '../analysis/time';
import { enginePack } from '../settings/managed';
import { parseStylePack } from '../settings/style-pack';
import { describeProblem, MAX_PROBLEMS } from '../settings/validate';
import { MAX_INPUT_NAME } from './input';
import { escapeControls, notTextReason, stripBom, terminalSafeJson } from './text';

export interface CliIO {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  `usage: tutur check [--audience public|youth|government] [--platform ${PLATFORMS.join('|')}]`,
  `                   [--locale id|en] [--now ISO-8601] [--time-zone WIB|WITA|WIT|IANA] [--media]`,
  `                   [--style-pack FILE] [--json] [--] [FILE|-]`,
  `       tutur check --jsonl FILE|-      (one {"id","text","audience"?,"platform"?,"now"?} per line → one Report per line)`,
  ``,
  `  FILE|-       the draft, or - (the default) for standard input: UTF-8 text, at most ${MAX_INPUT_NAME}`,
  `  --now        the moment the draft is read at: an ISO 8601 date or date-time, 2026-11-26,`,
  `               2026-11-26T09:00 (in the --time-zone) or 2026-11-26T09:00:00+07:00`,
  `  --time-zone  WIB (the default), WITA or WIT, or an IANA zone that is one of them (Asia/Makassar)`,
];

class UsageError extends Error {}
class HelpRequest extends Error {}

interface Options {
  context: AnalysisContext;
  json: boolean;
  jsonl: boolean;
  stylePackFile?: string;
  /** --now as given: read once the zone is known (a pack may set it). */
  now?: string;
  input: string;
}

function parseArgs(args: string[]): Options {
  if (args[0] !== 'check') throw new UsageError(args[0] ? `unknown command "${args[0]}"` : 'missing command');
  const options: Options = { context: {}, json: false, jsonl: false, input: '-' };
  const inputs: string[] = [];
  let onlyInputs = false;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyInputs) {
      inputs.push(arg);
      continue;
    }
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--audience': {
        const v = value();
        if (!AUDIENCES.includes(v as Audience)) throw new UsageError(`--audience must be one of ${AUDIENCES.join(', ')}, not "${v}"`);
        options.context.audience = v as Audience;
        break;
      }
      case '--platform': {
        const v = value();
        if (!PLATFORMS.includes(v as Platform)) throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')}, not "${v}"`);
        options.context.platform = v as Platform;
        break;
      }
      case '--locale': {
        const v = value();
        if (v !== 'id' && v !== 'en') throw new UsageError(`--locale must be id or en, not "${v}"`);
        options.context.locale = v;
        break;
      }
      case '--now':
        options.now = value();
        parseDate(options.now, '--now', 'WIB'); // a bad date is a usage error, before any input is read
        break;
      case '--time-zone':
        options.context.timeZone = parseZone(value());
        break;
      case '--media':
        options.context.hasMedia = true;
        break;
      case '--style-pack':
        options.stylePackFile = value();
        break;
      case '--json':
        options.json = true;
        break;
      case '--jsonl':
        options.jsonl = true;
        break;
      case '-h':
      case '--help':
        throw new HelpRequest();
      case '--':
        onlyInputs = true;
        break;
      default:
        // "-" alone is standard input; any other "-x" is an option we do not know, never a file name.
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        inputs.push(arg);
    }
  }
  if (inputs.length > 1) throw new UsageError('give one input file (or - for standard input)');
  options.input = inputs[0] ?? '-';
  return options;
}

/** Indonesia's zones, as the engine labels them (resolveZone), and their fixed offsets (no daylight saving). */
const ZONE_OFFSET_MINUTES: Record<string, number> = { WIB: 7 * 60, WITA: 8 * 60, WIT: 9 * 60 };

/** WIB, WITA, WIT (any case), or an IANA zone the engine labels as one of them (Asia/Pontianak → WIB).
 * Anything else is an error: the engine would silently read it as WIB, or write it into a fix. */
function parseZone(value: string): string {
  const name = value.trim();
  const zone = resolveZone(name);
  const known = Object.hasOwn(ZONE_OFFSET_MINUTES, zone.label) && (zone.iana === name || zone.label === name.toUpperCase());
  if (!known)
    throw new UsageError(`--time-zone must be WIB, WITA or WIT, or an IANA zone that is one of them (Asia/Makassar), not "${value}"`);
  return zone.label;
}

/** The years --now takes: four digits, as ISO 8601 writes them, from 1900 (Date.UTC reads 0–99 as 1900–1999). */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** An ISO 8601 date (2026-11-26) or date-time (2026-11-26T09:00, with seconds, fractions and an
 * offset or Z); without an offset it is a time in `zone`. Nothing else: `new Date("1")` is 2001. */
function parseDate(value: string, what: string, zone: string): Date {
  const bad = () =>
    new UsageError(`${what}: "${value}" is not a date (use ISO 8601, e.g. 2026-11-26, 2026-11-26T10:00 or 2026-11-26T10:00:00+07:00)`);
  const m = ISO_8601.exec(value.trim());
  if (!m) throw bad();
  const n = (i: number) => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  if (year < MIN_YEAR || year > MAX_YEAR) throw new UsageError(`${what}: "${value}" is out of range (years ${MIN_YEAR} to ${MAX_YEAR})`);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) throw bad();
  if (hour > 23 || minute > 59 || second > 59) throw bad();
  let offset = ZONE_OFFSET_MINUTES[zone] ?? ZONE_OFFSET_MINUTES.WIB!;
  const written = m[8]?.toUpperCase();
  if (written === 'Z') offset = 0;
  else if (written) {
    const digits = written.slice(1).replace(':', '');
    const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
    if (hours > 23 || minutes > 59) throw bad();
    offset = (written[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const milliseconds = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset * 60_000);
}

/** Read, then refused unless it is text; a leading BOM is dropped. */
async function readInput(io: CliIO, input: string): Promise<string> {
  const name = input === '-' ? 'standard input' : input;
  let text: string;
  try {
    text = stripBom(input === '-' ? await io.readStdin() : await io.readFile(input));
  } catch (error) {
    throw new InputError(`cannot read ${name}: ${(error as Error).message}`);
  }
  const notText = notTextReason(text);
  if (notText) throw new InputError(`cannot read ${name}: ${notText}`);
  return text;
}
/** An error about the input; `details` are printed on lines of their own after it. */
class InputError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** The same validation as the options page: errors name the field and the line. */
async function loadStylePack(io: CliIO, file: string): Promise<StylePack> {
  const result = parseStylePack(await readInput(io, file));
  if (result.ok) return enginePack(result.pack)!;
  const { problems, more = 0 } = result;
  if (problems.length === 1 && more === 0) throw new InputError(`style pack ${file}: ${describeProblem(problems[0]!)}`);
  // A pack with 30,000 bad entries: the first ones, one a line, and a count.
  const details = problems.map((p) => `  ${describeProblem(p)}`);
  if (more > 0) details.push(`  … and ${more} more (the first ${MAX_PROBLEMS} are listed)`);
  throw new InputError(`style pack ${file}: ${problems.length + more} problems`, details);
}

const LANGUAGE_NAMES = { id: 'Indonesian', en: 'English', mixed: 'Indonesian and English', unknown: 'language unclear' };

/** Human-readable report: one line per finding with line:column, then the facts. Text from
 * the draft (and the file name) is shown with its control characters escaped. */
export function formatReport(text: string, report: Report, name: string): string[] {
  if (text.trim() === '') return [escapeControls(`${name} — empty: nothing to check`)];
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${line}:${offset - before.lastIndexOf('\n')}`;
  };
  const { count, limit, unit, approximate } = report.length;
  const { total, parts } = report.score;
  const lines = [
    `${name} — ${LANGUAGE_NAMES[report.language]}, ${report.audience}, ${report.platform}: ${approximate ? 'about ' : ''}${count}${limit ? `/${limit}` : ''} ${unit}`,
  ];
  if (report.truncated)
    lines.push(
      `truncated: only the first ${report.truncated.analysedChars} of ${report.truncated.totalChars} characters were checked (the length counts them all)`,
    );
  lines.push(
    `score ${total}/100 (clarity ${parts.clarity}, engagement ${parts.engagement}, trust ${parts.trust}, correctness ${parts.correctness})`,
  );
  if (report.findings.length === 0) lines.push('  no findings');
  for (const f of report.findings) {
    const where = f.span ? position(f.span.start).padEnd(7) : '-'.padEnd(7);
    lines.push(`  ${where} ${f.severity.padEnd(10)} ${f.rule.padEnd(26)} ${f.message}`);
    if (f.fix) lines.push(`  ${''.padEnd(7)} ${''.padEnd(10)} ${''.padEnd(26)} fix: ${f.fix.label}`);
    if (f.alternatives?.length)
      lines.push(`  ${''.padEnd(7)} ${''.padEnd(10)} ${''.padEnd(26)} or:  ${f.alternatives.map((a) => `“${a.replacement}”`).join(', ')}`);
  }
  for (const key of ['who', 'where', 'when', 'source'] as const) {
    const spans = report.facts[key];
    lines.push(`  ${key.padEnd(6)} ${spans.length ? spans.map((s) => `“${s.text}”`).join(', ') : '—'}`);
  }
  lines.push(...formatChecklists(report));
  return lines.map((line) => escapeControls(line));
}

const quoted = (spans: readonly Span[]) => spans.map((s) => `“${s.text}”`).join(', ');
const item = (name: string, value: string) => `    ${name.padEnd(11)} ${value}`;
const foundOrMissing = (spans: readonly Span[]) => (spans.length ? quoted(spans) : '— missing');

/** The warning and hoax clarification checklists, as the facts card shows them: each item, what says it or "missing". */
function formatChecklists({ checklist }: Report): string[] {
  const lines: string[] = [];
  const { warning, clarification } = checklist;
  if (warning) {
    lines.push('  warning checklist');
    for (const key of ['hazard', 'area', 'until', 'level', 'action', 'update'] as const) {
      const spans = warning[key];
      // Only hazards with an official scale have a level to state.
      if (spans !== null) lines.push(item(key, foundOrMissing(spans)));
    }
  }
  if (clarification) {
    const { label, fact, claim, source, pressure } = clarification;
    lines.push('  clarification checklist');
    lines.push(item('label', foundOrMissing(label)));
    lines.push(item('fact first', fact.first ? quoted([fact.first]) : '— missing (it opens with the false claim)'));
    if (claim.length === 0) lines.push(item('claim', '— not quoted'));
    for (const q of claim)
      lines.push(item('claim', `${quoted([q])} ${q.marked ? `(marked false: “${q.marked.text}”)` : '(not marked false)'}`));
    lines.push(item('fact last', fact.last ? quoted([fact.last]) : '— missing (it ends on the false claim)'));
    lines.push(item('source', foundOrMissing(source)));
    lines.push(item('pressure', pressure.length ? `${quoted(pressure)} (copied from the hoax)` : 'none'));
  }
  return lines;
}

/** Runs one command; returns the exit code (0 ok, 2 bad usage or input). Nothing from the
 * input reaches `out` or `err` with a raw control character. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const err = (line: string) => io.err(escapeControls(line));
  let options: Options;
  try {
    if (args[0] === '-h' || args[0] === '--help' || args[0] === 'help') throw new HelpRequest();
    options = parseArgs(args);
  } catch (error) {
    if (error instanceof HelpRequest) {
      USAGE.forEach((line) => io.out(line));
      return 0;
    }
    if (error instanceof UsageError) {
      err(`tutur: ${error.message}`);
      USAGE.forEach((line) => io.err(line));
      return 2;
    }
    throw error;
  }
  try {
    if (options.stylePackFile) options.context.stylePack = await loadStylePack(io, options.stylePackFile);
    const zone = options.context.timeZone ?? options.context.stylePack?.timeZone ?? 'WIB';
    if (options.now !== undefined) options.context.now = parseDate(options.now, '--now', zone);
    // compromise's English lexicon and the Indonesian speller's dictionary, up front, so results do not depend on timing.
    await Promise.all([loadEnglishModel(), loadSpeller()]);
    const input = await readInput(io, options.input);
    return options.jsonl ? await runJsonl(input, options, zone, io) : runOne(input, options, io);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      err(`tutur: ${error.message}`);
      if (error instanceof InputError) error.details.forEach(err);
      return 2;
    }
    throw error;
  }
}

function runOne(text: string, options: Options, io: CliIO): number {
  const report = analyze(text, options.context);
  if (options.json) io.out(terminalSafeJson(JSON.stringify(report, null, 2)));
  else for (const line of formatReport(text, report, options.input === '-' ? 'stdin' : options.input)) io.out(line);
  return 0;
}

/** One line at a time, giving the event loop a turn between lines: a reader that went away
 * (`| head -1`) is noticed at once instead of after the whole file. */
async function runJsonl(input: string, options: Options, zone: string, io: CliIO): Promise<number> {
  let status = 0;
  const lines = input.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.trim() === '') continue;
    try {
      const item: unknown = JSON.parse(raw);
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('expected a JSON object');
      const { id, text, audience, platform, now } = item as Record<string, unknown>;
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      const notText = notTextReason(text);
      if (notText) throw new Error(`"text": ${notText}`);
      if (audience !== undefined && !AUDIENCES.includes(audience as Audience))
        throw new Error(`"audience" must be one of ${AUDIENCES.join(', ')}`);
      if (platform !== undefined && !PLATFORMS.includes(platform as Platform))
        throw new Error(`"platform" must be one of ${PLATFORMS.join(', ')}`);
      if (now !== undefined && typeof now !== 'string') throw new Error('"now" must be an ISO date string');
      const context: AnalysisContext = {
        ...options.context,
        ...(audience !== undefined ? { audience: audience as Audience } : {}),
        ...(platform !== undefined ? { platform: platform as Platform } : {}),
        ...(now !== undefined ? { now: parseDate(now as string, '"now"', zone) } : {}),
      };
      io.out(terminalSafeJson(JSON.stringify({ id: id ?? null, ...analyze(text, context) })));
    } catch (error) {
      io.err(escapeControls(`tutur: line ${index + 1}: ${(error as Error).message}`));
      status = 2;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return status;
}
