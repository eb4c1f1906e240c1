/** `tutur check`: the engine on the command line, for people and for batch
 * evaluation. `main` takes its input and output as parameters so tests can
 * drive it; src/cli/run.ts wires it to the process. */
import {
  analyze,
  AUDIENCES,
  loadEnglishModel,
  PLATFORMS,
  type AnalysisContext,
  type Audience,
  type Platform,
  type Report,
  type StylePack,
} from '../analysis';
import { enginePack } from '../settings/managed';
import { parseStylePack } from '../settings/style-pack';
import { describeProblem } from '../settings/validate';

export interface CliIO {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage: tutur check [--audience public|youth|government] [--platform ${PLATFORMS.join('|')}]
                   [--locale id|en] [--now ISO-DATE] [--time-zone WIB|WITA|WIT|IANA] [--media]
                   [--style-pack FILE] [--json] [FILE|-]
       tutur check --jsonl FILE|-      (one {"id","text","audience"?,"platform"?,"now"?} per line → one Report per line)`;

class UsageError extends Error {}

interface Options {
  context: AnalysisContext;
  json: boolean;
  jsonl: boolean;
  stylePackFile?: string;
  input: string;
}

function parseArgs(args: string[]): Options {
  if (args[0] !== 'check') throw new UsageError(args[0] ? `unknown command "${args[0]}"` : 'missing command');
  const options: Options = { context: {}, json: false, jsonl: false, input: '-' };
  const inputs: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
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
        options.context.now = parseDate(value(), '--now');
        break;
      case '--time-zone':
        options.context.timeZone = value();
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
        throw new UsageError('');
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
        inputs.push(arg);
    }
  }
  if (inputs.length > 1) throw new UsageError('give one input file (or - for standard input)');
  options.input = inputs[0] ?? '-';
  return options;
}

function parseDate(value: string, what: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`${what}: "${value}" is not a date (use ISO 8601, e.g. 2026-11-26T10:00:00+07:00)`);
  return date;
}

async function readInput(io: CliIO, input: string): Promise<string> {
  try {
    return input === '-' ? await io.readStdin() : await io.readFile(input);
  } catch (error) {
    throw new InputError(`cannot read ${input === '-' ? 'standard input' : input}: ${(error as Error).message}`);
  }
}
class InputError extends Error {}

/** The same validation as the options page: errors name the field and the line. */
async function loadStylePack(io: CliIO, file: string): Promise<StylePack> {
  const result = parseStylePack(await readInput(io, file));
  if (!result.ok) throw new InputError(`style pack ${file}: ${result.problems.map(describeProblem).join('; ')}`);
  return enginePack(result.pack)!;
}

const LANGUAGE_NAMES = { id: 'Indonesian', en: 'English', mixed: 'Indonesian and English', unknown: 'language unclear' };

/** Human-readable report: one line per finding with line:column, then the facts. */
export function formatReport(text: string, report: Report, name: string): string[] {
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${line}:${offset - before.lastIndexOf('\n')}`;
  };
  const { count, limit, unit } = report.length;
  const { total, parts } = report.score;
  const lines = [
    `${name} — ${LANGUAGE_NAMES[report.language]}, ${report.audience}, ${report.platform}: ${count}${limit ? `/${limit}` : ''} ${unit}`,
    `score ${total}/100 (clarity ${parts.clarity}, engagement ${parts.engagement}, trust ${parts.trust}, correctness ${parts.correctness})`,
  ];
  if (report.findings.length === 0) lines.push('  no findings');
  for (const f of report.findings) {
    const where = f.span ? position(f.span.start).padEnd(7) : '-'.padEnd(7);
    lines.push(`  ${where} ${f.severity.padEnd(10)} ${f.rule.padEnd(26)} ${f.message}`);
    if (f.fix) lines.push(`  ${''.padEnd(7)} ${''.padEnd(10)} ${''.padEnd(26)} fix: ${f.fix.label}`);
  }
  for (const key of ['who', 'where', 'when', 'source'] as const) {
    const spans = report.facts[key];
    lines.push(`  ${key.padEnd(6)} ${spans.length ? spans.map((s) => `“${s.text}”`).join(', ') : '—'}`);
  }
  return lines;
}

/** Runs one command; returns the exit code (0 ok, 2 bad usage or input). */
export async function main(args: string[], io: CliIO): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) io.err(`tutur: ${error.message}`);
      io.err(USAGE);
      return 2;
    }
    throw error;
  }
  try {
    if (options.stylePackFile) options.context.stylePack = await loadStylePack(io, options.stylePackFile);
    // compromise's English lexicon, up front, so results do not depend on timing.
    await loadEnglishModel();
    const input = await readInput(io, options.input);
    return options.jsonl ? runJsonl(input, options, io) : runOne(input, options, io);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      io.err(`tutur: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function runOne(text: string, options: Options, io: CliIO): number {
  const report = analyze(text, options.context);
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of formatReport(text, report, options.input === '-' ? 'stdin' : options.input)) io.out(line);
  return 0;
}

function runJsonl(input: string, options: Options, io: CliIO): number {
  let status = 0;
  const lines = input.split('\n');
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const lineNo = index + 1;
    try {
      const item: unknown = JSON.parse(raw);
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('expected a JSON object');
      const { id, text, audience, platform, now } = item as Record<string, unknown>;
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      if (audience !== undefined && !AUDIENCES.includes(audience as Audience))
        throw new Error(`"audience" must be one of ${AUDIENCES.join(', ')}`);
      if (platform !== undefined && !PLATFORMS.includes(platform as Platform))
        throw new Error(`"platform" must be one of ${PLATFORMS.join(', ')}`);
      if (now !== undefined && typeof now !== 'string') throw new Error('"now" must be an ISO date string');
      const context: AnalysisContext = {
        ...options.context,
        ...(audience !== undefined ? { audience: audience as Audience } : {}),
        ...(platform !== undefined ? { platform: platform as Platform } : {}),
        ...(now !== undefined ? { now: parseDate(now as string, '"now"') } : {}),
      };
      io.out(JSON.stringify({ id: id ?? null, ...analyze(text, context) }));
    } catch (error) {
      io.err(`tutur: line ${lineNo}: ${(error as Error).message}`);
      status = 2;
    }
  });
  return status;
}
