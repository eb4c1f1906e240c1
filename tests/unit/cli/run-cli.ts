/** Runs the CLI's main() with in-memory files and standard input, collecting what it prints. */
import { main, type CliIO } from '../../../src/cli';

export function runCli(args: string[], files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
    readStdin: async () => stdin,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  return main(args, io).then((code) => ({ code, out, err }));
}

/** Thursday 26 November 2026, 10:00 WIB. */
export const NOW = '2026-11-26T10:00:00+07:00';
