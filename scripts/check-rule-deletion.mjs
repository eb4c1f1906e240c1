#!/usr/bin/env node
// `node scripts/check-rule-deletion.mjs [rule-id …]`: shows that every rule is a closed unit.
// For each rule (or the ones named), it deletes the rule's file (and its word list) and its
// line in src/analysis/rules/index.ts, then runs the type check and every unit test file of
// the engine that does not name the deleted rule (the rule's own tests go with it); then it puts everything back, whatever
// happened. Slow (a type check and a test run per rule): not part of `npm test`, whose lint
// step (tutur/closed-rule) and tests/unit/analysis/rules-contract.test.ts keep the contract.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const rulesDir = join(root, 'src/analysis/rules');
const registryPath = join(rulesDir, 'index.ts');
const testsDir = join(root, 'tests/unit/analysis');
const all = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const wanted = process.argv.slice(2);
const ids = wanted.length ? all.filter((id) => wanted.includes(id)) : all;
const registry = readFileSync(registryPath, 'utf8');
/** The type check's config while a rule is deleted: the project less the rule's own tests. */
const checkConfig = join(root, 'tsconfig.without-rule.json');
const run = (cmd, args) =>
  spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });

function withoutRule(id) {
  const importLine = registry.split('\n').find((l) => l.startsWith('import ') && l.endsWith(`from './${id}';`));
  if (!importLine) throw new Error(`${id}: no import line in the registry`);
  const name = importLine.split(' ')[1];
  return registry
    .split('\n')
    .filter((l) => l !== importLine && l.trim() !== `${name},`)
    .join('\n');
}

let moved = [];
/** Put the deleted rule back: after each rule, and when the run is stopped. */
function restore() {
  writeFileSync(registryPath, registry);
  rmSync(checkConfig, { force: true });
  for (const f of moved) renameSync(join(rulesDir, `${f}.deleted`), join(rulesDir, f));
  moved = [];
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (restore(), process.exit(130)));

let failed = 0;
for (const id of ids) {
  moved = [`${id}.ts`, `${id}.json`].filter((f) => existsSync(join(rulesDir, f)));
  for (const f of moved) renameSync(join(rulesDir, f), join(rulesDir, `${f}.deleted`));
  writeFileSync(registryPath, withoutRule(id));
  try {
    // The rule's own tests go with it (a test naming the rule, or importing its file).
    const namesRule = (f) => {
      const text = readFileSync(join(testsDir, f), 'utf8');
      return text.includes(`'${id}'`) || text.includes(`/${id}'`);
    };
    const testFiles = readdirSync(testsDir).filter((f) => f.endsWith('.test.ts'));
    const others = testFiles.filter((f) => !namesRule(f));
    writeFileSync(
      checkConfig,
      JSON.stringify({
        extends: './tsconfig.json',
        exclude: ['./.output', ...testFiles.filter(namesRule).map((f) => `tests/unit/analysis/${f}`)],
      }),
    );
    const types = run('node', ['node_modules/typescript7/bin/tsc', '--noEmit', '-p', checkConfig]);
    // One module graph for all the files (--no-isolate): ten times faster, and the engine's caches are shared as in the panel.
    const tests = run('npx', [
      'vitest',
      'run',
      '--project',
      'engine',
      '--no-isolate',
      ...others.map((f) => join('tests/unit/analysis', f)),
    ]);
    const ok = types.status === 0 && tests.status === 0;
    if (!ok) failed++;
    const summary = (tests.stdout.match(/Tests\s+.*\(\d+\)/) ?? ['no test summary'])[0];
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} without ${id}: type check ${types.status === 0 ? 'clean' : 'FAILED'}; ${others.length} test files, ${summary}`,
    );
    if (types.status !== 0) console.log(types.stdout.slice(0, 2000));
    if (tests.status !== 0)
      console.log(
        tests.stdout
          .split('\n')
          .filter((l) => /FAIL|×|Error/.test(l))
          .slice(0, 20)
          .join('\n'),
      );
  } finally {
    restore();
  }
}
console.log(`${ids.length - failed} of ${ids.length} rules deleted cleanly`);
process.exit(failed ? 1 : 0);
