/** Self-hosting Tutur for an organisation (npm run release:selfhost): the extension id a key gives, the signed CRX3
 * packed by Chromium itself, and the update manifest (updates.xml) that Chrome's ExtensionInstallForcelist points
 * at. Shared by the release script and the end-to-end test that force-installs the package (tests/e2e/selfhost.test.ts). */
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const SELFHOST_DIR = '.output/selfhost';
/** Where a key made by the script is kept: outside .output/ (which builds wipe), git-ignored, out of the sources zip. */
export const DEFAULT_KEY_PATH = 'keys/tutur-selfhost.pem';

export class SelfhostError extends Error {}

/** Chrome's extension id: the SHA-256 of the DER public key (SubjectPublicKeyInfo), its first 32 hex digits written
 * with the letters a–p instead of 0–f. */
export function extensionIdFromPublicKey(spkiDer: Uint8Array): string {
  const hex = createHash('sha256').update(spkiDer).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export function publicKeyDer(key: KeyObject): Buffer {
  return (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
}

/** Read and check the admin's key: an RSA private key in PEM, as Chromium's --pack-extension-key takes it. */
export function readPrivateKey(path: string): KeyObject {
  if (!existsSync(path)) throw new SelfhostError(`key not found: ${path}`);
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(path));
  } catch (error) {
    throw new SelfhostError(`${path} is not a private key in PEM format (${(error as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'rsa')
    throw new SelfhostError(`${path} is a ${key.asymmetricKeyType ?? 'non-RSA'} key: Chromium packs extensions with an RSA key`);
  return key;
}

/** A new RSA 2048 key in PKCS#8 PEM, written readable by its owner only; never over an existing file. */
export function generateKey(path: string): KeyObject {
  if (existsSync(path)) throw new SelfhostError(`${path} exists already: it is not overwritten`);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  chmodSync(path, 0o600);
  return privateKey;
}

/** The base address the CRX and updates.xml are served from, ending with "/". */
export function parseBaseUrl(raw: string | undefined): URL {
  if (!raw) throw new SelfhostError('--base-url is required: the address the CRX and updates.xml will be served from');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SelfhostError(`--base-url ${JSON.stringify(raw)} is not an absolute URL (for example https://intranet.example.go.id/tutur/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SelfhostError(`--base-url must be an http(s) address, not ${url.protocol}`);
  if (url.search || url.hash) throw new SelfhostError('--base-url must not have a query or a fragment');
  if (url.username || url.password) throw new SelfhostError('--base-url must not carry a user name or password');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

const xmlAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Chrome's update manifest (the "gupdate" format). */
export function updatesXml(appId: string, codebase: string, version: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${xmlAttribute(appId)}'>
    <updatecheck codebase='${xmlAttribute(codebase)}' version='${xmlAttribute(version)}' />
  </app>
</gupdate>
`;
}

/** The crx_id a CRX3 file declares in its signed header (protobuf CrxFileHeader.signed_header_data, field 10000,
 * → SignedData.crx_id, field 1): 16 bytes, shown as an extension id. Throws when the file is no CRX3. */
export function crxIdOf(crx: Uint8Array): string {
  const view = Buffer.from(crx.buffer, crx.byteOffset, crx.byteLength);
  if (view.subarray(0, 4).toString('latin1') !== 'Cr24' || view.readUInt32LE(4) !== 3) throw new SelfhostError('not a CRX3 file');
  const header = view.subarray(12, 12 + view.readUInt32LE(8));
  const fields = (buf: Buffer) => {
    const out = new Map<number, Buffer>();
    let i = 0;
    const varint = () => {
      let n = 0;
      let shift = 1;
      for (;;) {
        const b = buf[i++];
        if (b === undefined) throw new SelfhostError('truncated CRX header');
        n += (b & 0x7f) * shift;
        shift *= 128;
        if (b < 0x80) return n;
      }
    };
    while (i < buf.length) {
      const tag = varint();
      const wire = tag % 8;
      if (wire === 2) {
        const len = varint();
        out.set(Math.floor(tag / 8), buf.subarray(i, i + len));
        i += len;
      } else if (wire === 0) varint();
      else throw new SelfhostError('unexpected field in CRX header');
    }
    return out;
  };
  const crxId = fields(fields(header).get(10000) ?? Buffer.alloc(0)).get(1);
  if (!crxId || crxId.length !== 16) throw new SelfhostError('the CRX header has no crx_id');
  return [...crxId.toString('hex')].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export interface PackResult {
  id: string;
  version: string;
  crxPath: string;
  updatesPath: string;
  idPath: string;
  updateUrl: string;
}

/** Pack `extensionDir` (a built extension) into `<outDir>/tutur-<version>.crx` with Chromium, signed with `keyPath`,
 * its manifest's update_url set to `<baseUrl>/updates.xml`, and write updates.xml and extension-id.txt beside it.
 * The version is the built manifest's. */
export function packSelfhost(options: {
  extensionDir: string;
  keyPath: string;
  baseUrl: URL;
  outDir: string;
  chromium: string;
}): PackResult {
  const extensionDir = resolve(options.extensionDir);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { version: string };
  const key = readPrivateKey(options.keyPath);
  const id = extensionIdFromPublicKey(publicKeyDer(key));
  if (!existsSync(options.chromium))
    throw new SelfhostError(`Chromium not found at ${options.chromium}: install it ("apt-get install -y chromium") or set TUTUR_CHROMIUM`);
  // Pack a copy in a scratch folder: Chromium writes <dir>.crx beside the folder, and a profile it needs.
  const scratch = mkdtempSync(join(tmpdir(), 'tutur-pack-'));
  try {
    const dir = join(scratch, 'tutur');
    cpSync(extensionDir, dir, { recursive: true });
    // Where the installed extension asks for updates: Chrome takes the policy's address for the first install
    // only, and afterwards asks the manifest's update_url (without one, the Chrome Web Store).
    const updateUrl = new URL('updates.xml', options.baseUrl).href;
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ ...manifest, update_url: updateUrl }, null, 2)}\n`);
    const run = spawnSync(
      options.chromium,
      [
        '--headless=new',
        '--no-sandbox',
        `--user-data-dir=${join(scratch, 'profile')}`,
        `--pack-extension=${dir}`,
        `--pack-extension-key=${resolve(options.keyPath)}`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const packed = `${dir}.crx`;
    if (run.status !== 0 || !existsSync(packed))
      throw new SelfhostError(`Chromium could not pack ${extensionDir} (exit ${run.status}): ${run.stderr || run.stdout}`.trim());
    // The id Chromium signed into the package must be the one the policy will name.
    const packedId = crxIdOf(readFileSync(packed));
    if (packedId !== id) throw new SelfhostError(`the CRX says ${packedId}, the key gives ${id}`);
    mkdirSync(options.outDir, { recursive: true });
    const crxName = `tutur-${manifest.version}.crx`;
    const crxPath = join(options.outDir, crxName);
    copyFileSync(packed, crxPath);
    chmodSync(crxPath, 0o644); // Chromium writes it private; a web server must be able to read it
    const updatesPath = join(options.outDir, 'updates.xml');
    writeFileSync(updatesPath, updatesXml(id, new URL(crxName, options.baseUrl).href, manifest.version));
    const idPath = join(options.outDir, 'extension-id.txt');
    writeFileSync(idPath, `${id}\n`);
    return { id, version: manifest.version, crxPath, updatesPath, idPath, updateUrl };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
