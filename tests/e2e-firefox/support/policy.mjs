// Firefox enterprise policy for the end-to-end tests: written as root for one test file and undone after it.
// Plain JavaScript so that scripts/test.mjs (Node 20 runs no TypeScript) can undo a crashed run's leftover too.
// Firefox on Linux reads /etc/firefox/policies/policies.json ("SysConfD", even for Debian's firefox-esr) and,
// only when that file does not exist, policies.json in the distribution folder beside the binary; it reads the
// file once, at startup.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const FIREFOX_POLICY_FILE = process.env.TUTUR_FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';

// Firefox reads only the file's "policies" key, so this one marks the file as the tests' own.
const MARK = 'tuturE2eTest';
const backupOf = (file) => `${file}.tutur-e2e-backup`;

/** The mark of a policy file the tests wrote, or null (no file, or somebody else's). */
function markOf(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))[MARK] ?? null;
  } catch {
    return null;
  }
}

/** Make `policies` the machine's Firefox policy; a file already there is kept aside for removeFirefoxPolicy(). */
export function writeFirefoxPolicy(policies, file = FIREFOX_POLICY_FILE) {
  removeFirefoxPolicy(file);
  // Left by a crashed run beside a file that is not the tests': keep both rather than guess.
  if (existsSync(backupOf(file))) throw new Error(`${backupOf(file)} exists: put it back by hand, or delete it`);
  const created = [];
  for (let dir = dirname(file); !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) renameSync(file, backupOf(file));
  const mark = { note: 'Written by Tutur’s end-to-end tests and removed after them', created };
  writeFileSync(file, `${JSON.stringify({ [MARK]: mark, policies }, null, 2)}\n`);
}

/** Undo writeFirefoxPolicy(), also after a crashed run: remove the tests' file and the folders made for it, and
 * put back the file that was there. Anybody else's policy file is left alone. */
export function removeFirefoxPolicy(file = FIREFOX_POLICY_FILE) {
  const mark = markOf(file);
  if (mark) rmSync(file);
  if (!existsSync(file) && existsSync(backupOf(file))) renameSync(backupOf(file), file);
  for (const dir of [...(mark?.created ?? [])].reverse()) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}
