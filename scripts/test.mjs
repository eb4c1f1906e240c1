#!/usr/bin/env node
// `npm test`: every check, in order, even when an earlier one fails, so one run
// shows everything that is wrong. Writes test-results/summary.json, which
// .ci/run turns into the line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { removeFirefoxPolicy } from '../tests/e2e-firefox/support/policy.mjs';

const RESULTS = 'test-results';
rmSync(`${RESULTS}/summary.json`, { force: true });
mkdirSync(RESULTS, { recursive: true });

/** Warnings web-ext may report that we know and accept (see docs/architecture.md, "Firefox"). */
const ACCEPTED_LINT_WARNINGS = new Set([
  // Preact's own dangerouslySetInnerHTML code path in the panel bundle; Tutur never uses it (tests/unit/no-html.test.ts).
  'UNSAFE_VAR_ASSIGNMENT',
]);

function run(cmd, args, { capture = false } = {}) {
  const result = spawnSync(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

/** passed/failed of a vitest run from its JSON report; a run that never produced one failed. */
function vitestCounts(file, exitedOk) {
  if (!existsSync(file)) return { passed: 0, failed: 1, note: 'no report (the run did not start)' };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  // A suite that failed to load, or a hook that threw, fails the step even with no failed test.
  const brokenSuites = r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
  const failed = r.numFailedTests + skipped + brokenSuites + (exitedOk || r.numFailedTests + brokenSuites > 0 ? 0 : 1);
  return { passed: r.numPassedTests, failed, note: skipped ? `${skipped} skipped (counted as failed)` : '' };
}

const steps = [];
function step(name, fn) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const counts = fn();
  steps.push({ name, ...counts, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return counts.failed === 0;
}
const check = (ok, note = '') => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, note });
const vitest = (name, args) => {
  const file = `${RESULTS}/${name}.json`;
  rmSync(file, { force: true });
  const { ok } = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  return vitestCounts(file, ok);
};

step('typecheck (TypeScript 7, tsc --noEmit)', () => check(run('npm', ['run', '--silent', 'typecheck']).ok));
step('lint (ESLint + typescript-eslint)', () => check(run('npm', ['run', '--silent', 'lint']).ok));
step('unit tests (vitest)', () => vitest('unit', []));
const built = step('builds (Chrome, Firefox, Chrome e2e, Firefox e2e)', () => check(run('npm', ['run', '--silent', 'build:all']).ok));
// tests/e2e/managed.test.ts writes a Chromium policy for the e2e build and removes it; never leave one behind.
const POLICY = `${process.env.TUTUR_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed'}/tutur-e2e-test.json`;
step('end-to-end tests in Chromium (vitest + playwright-core)', () => {
  rmSync(POLICY, { force: true });
  const counts = built ? vitest('e2e', ['-c', 'vitest.e2e.config.ts']) : { passed: 0, failed: 1, note: 'not run: the build failed' };
  rmSync(POLICY, { force: true });
  return counts;
});
// The same journeys in Firefox ESR (tests/e2e-firefox/): the e2e and production Firefox builds, the real sidebar.
const FIREFOX = process.env.TUTUR_FIREFOX ?? '/usr/bin/firefox-esr';
step('end-to-end tests in Firefox ESR (puppeteer-core, WebDriver BiDi)', () => {
  if (!built) return { passed: 0, failed: 1, note: 'not run: the build failed' };
  if (!existsSync(FIREFOX)) {
    console.log(
      `  Firefox not found at ${FIREFOX}: install it with "apt-get install -y firefox-esr", or point TUTUR_FIREFOX at a Firefox binary.`,
    );
    return { passed: 0, failed: 1, note: `Firefox not found at ${FIREFOX} (never skipped)` };
  }
  // tests/e2e-firefox/managed.test.ts writes a Firefox policies.json and undoes it; never leave it behind.
  removeFirefoxPolicy();
  const counts = vitest('e2e-firefox', ['-c', 'vitest.firefox.config.ts']);
  removeFirefoxPolicy();
  return counts;
});
step('web-ext lint (Firefox build)', () => {
  if (!built) return check(false, 'not run: the build failed');
  const { stdout } = run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { capture: true });
  let report;
  try {
    report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  } catch {
    return check(false, 'web-ext printed no JSON report');
  }
  const unexpected = [...report.errors, ...report.warnings.filter((w) => !ACCEPTED_LINT_WARNINGS.has(w.code))];
  for (const m of unexpected) console.log(`  ${m.code}: ${m.message} (${m.file ?? ''})`);
  console.log(
    `  ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexpected.length + report.errors.length} accepted)`,
  );
  return check(unexpected.length === 0, unexpected.length ? `${unexpected.length} unexpected` : '');
});

const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log('\n━━ summary ━━');
// Worded "N tests passed" on purpose: .ci/run prints the one plain "N passed, N failed" line CI reads.
for (const s of steps)
  console.log(
    `${s.failed ? '✗' : '✓'} ${s.name}: ${s.passed} tests passed, ${s.failed} failed (${s.seconds}s)${s.note ? ` — ${s.note}` : ''}`,
  );
console.log(`Total: ${passed} tests passed, ${failed} failed`);
writeFileSync(`${RESULTS}/summary.json`, JSON.stringify({ passed, failed, steps }, null, 2));
process.exit(failed === 0 ? 0 : 1);
