#!/usr/bin/env node
// `npx tutur check …`: runs src/cli/run.ts through the TypeScript launcher
// (Node 20 cannot run TypeScript itself; see scripts/run-ts.mjs).
import { fileURLToPath } from 'node:url';

const launcher = fileURLToPath(new URL('../scripts/run-ts.mjs', import.meta.url));
const entry = fileURLToPath(new URL('../src/cli/run.ts', import.meta.url));
process.argv = [process.argv[0], launcher, entry, ...process.argv.slice(2)];
await import(launcher);
