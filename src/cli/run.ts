/** Process wiring for the CLI (run through bin/tutur.mjs). */
import { createReadStream } from 'node:fs';
import { main } from './index';
import { readLimited } from './input';

// A reader that goes away (`tutur check … | head -1`) is not an error: stop, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

process.exitCode = await main(process.argv.slice(2), {
  readFile: (path) => readLimited(createReadStream(path)),
  readStdin: () => readLimited(process.stdin),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
