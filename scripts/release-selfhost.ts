/** `npm run release:selfhost -- --base-url <url> [--key <pem>]`: Tutur packaged for an organisation's own server.
 * Writes .output/selfhost/tutur-<version>.crx (signed CRX3, packed by Chromium), updates.xml (what
 * ExtensionInstallForcelist points at) and extension-id.txt. Builds the production Chrome build first when it is
 * missing or older than its sources. Without --key it makes a key in keys/ (kept, git-ignored) or reuses the one
 * there: every later version must be signed with the same key, or browsers see a different extension. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_KEY_PATH, generateKey, packSelfhost, parseBaseUrl, readPrivateKey, SelfhostError, SELFHOST_DIR } from './selfhost';

const BUILD = '.output/chrome-mv3';
const USAGE = 'usage: npm run release:selfhost -- --base-url <https://…/tutur/> [--key <private key .pem>]';

function parseArgs(argv: string[]): { baseUrl?: string; key?: string } {
  const out: { baseUrl?: string; key?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new SelfhostError(`${name} needs a value\n${USAGE}`);
      return v;
    };
    if (name === '--base-url') out.baseUrl = value();
    else if (name === '--key') out.key = value();
    else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new SelfhostError(`unknown argument ${arg}\n${USAGE}`);
  }
  return out;
}

/** Newest modification time under the build's inputs. */
function newestSource(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Why the production Chrome build must be (re)built, or null when it is current. */
function buildNeeded(version: string): string | null {
  const manifestPath = join(BUILD, 'manifest.json');
  if (!existsSync(manifestPath)) return 'no build yet';
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string; key?: string };
  if (manifest.version !== version) return `the build is version ${manifest.version}, package.json says ${version}`;
  if (manifest.key) return 'the build has a fixed key (not a production build)';
  const inputs = ['src', 'entrypoints', 'public', 'assets', 'config', 'wxt.config.ts', 'package.json', 'package-lock.json'];
  if (newestSource(inputs) > statSync(manifestPath).mtimeMs) return 'sources changed since the last build';
  return null;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const baseUrl = parseBaseUrl(args.baseUrl);
  if (baseUrl.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(baseUrl.hostname))
    console.warn(`warning: ${baseUrl.href} is plain http; serve the updates over https outside a test network`);

  let keyPath = args.key;
  if (keyPath) readPrivateKey(keyPath);
  else if (existsSync(DEFAULT_KEY_PATH)) {
    keyPath = DEFAULT_KEY_PATH;
    readPrivateKey(keyPath);
    console.log(`Signing with the key made earlier: ${resolve(keyPath)}`);
  } else {
    keyPath = DEFAULT_KEY_PATH;
    generateKey(keyPath);
    console.log(
      [
        `Made a new signing key: ${resolve(keyPath)}`,
        'KEEP THIS FILE, and keep it private (a copy in your organisation’s secret store). It fixes Tutur’s extension id:',
        'every later version must be signed with it (--key), or browsers will not take it as an update of this one.',
      ].join('\n'),
    );
  }

  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const why = buildNeeded(version);
  if (why) {
    console.log(`Building the production Chrome build (${why})…`);
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new SelfhostError('the build failed');
  }

  const result = packSelfhost({
    extensionDir: BUILD,
    keyPath,
    baseUrl,
    outDir: SELFHOST_DIR,
    chromium: process.env.TUTUR_CHROMIUM ?? '/usr/bin/chromium',
  });
  console.log(
    [
      `Tutur ${result.version} for self-hosting, in ${SELFHOST_DIR}/:`,
      `  ${result.crxPath}`,
      `  ${result.updatesPath}`,
      `  ${result.idPath}`,
      `Extension id: ${result.id}`,
      `Upload the .crx and updates.xml to ${baseUrl.href}, then force-install with the policy`,
      `  ExtensionInstallForcelist: ["${result.id};${result.updateUrl}"]`,
      'The options page’s "For administrators" section writes the policy files (docs/admins.md).',
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof SelfhostError)) throw error;
  console.error(`release:selfhost: ${error.message}`);
  process.exit(1);
}
