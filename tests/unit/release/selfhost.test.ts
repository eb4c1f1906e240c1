/** The self-hosting helpers behind `npm run release:selfhost` (scripts/selfhost.ts). Chromium's packing itself is
 * exercised end to end in tests/e2e/selfhost.test.ts. */
import { describe, expect, it } from 'vitest';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  crxIdOf,
  extensionIdFromPublicKey,
  generateKey,
  parseBaseUrl,
  publicKeyDer,
  readPrivateKey,
  SelfhostError,
  updatesXml,
} from '../../../scripts/selfhost';
import { E2E_PUBLIC_KEY } from '../../../config/e2e-extension-key';

const scratch = () => mkdtempSync(join(tmpdir(), 'tutur-selfhost-unit-'));

describe('extension id from a key', () => {
  it('is the id Chromium gives the e2e build for its public key', () => {
    expect(extensionIdFromPublicKey(Buffer.from(E2E_PUBLIC_KEY, 'base64'))).toBe('mcfmmelfaobpfjlfoaoalcfjbnpgdpjn');
  });

  it('is 32 letters a–p from the SHA-256 of the DER public key, the same from the private key', () => {
    const path = join(scratch(), 'k.pem');
    const key = generateKey(path);
    const id = extensionIdFromPublicKey(publicKeyDer(key));
    expect(id).toMatch(/^[a-p]{32}$/);
    const der = createPublicKey(key).export({ type: 'spki', format: 'der' });
    const hex = createHash('sha256').update(der).digest('hex');
    expect(id[0]).toBe(String.fromCharCode(97 + parseInt(hex[0]!, 16)));
    expect(extensionIdFromPublicKey(publicKeyDer(readPrivateKey(path)))).toBe(id);
  });
});

describe('keys', () => {
  it('a generated key is RSA in PKCS#8 PEM, readable by its owner only, and never overwritten', () => {
    const path = join(scratch(), 'keys', 'tutur.pem');
    generateKey(path);
    const pem = readFileSync(path, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(readPrivateKey(path).asymmetricKeyType).toBe('rsa');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(() => generateKey(path)).toThrow(/exists already/);
    expect(readFileSync(path, 'utf8')).toBe(pem);
  });

  it('a missing file, a file that is no key and a key that is not RSA are refused, saying which', () => {
    const dir = scratch();
    expect(() => readPrivateKey(join(dir, 'none.pem'))).toThrow(/key not found/);
    writeFileSync(join(dir, 'text.pem'), 'not a key');
    expect(() => readPrivateKey(join(dir, 'text.pem'))).toThrow(/not a private key in PEM format/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    writeFileSync(join(dir, 'ec.pem'), ec);
    expect(() => readPrivateKey(join(dir, 'ec.pem'))).toThrow(SelfhostError);
    expect(() => readPrivateKey(join(dir, 'ec.pem'))).toThrow(/ec key: Chromium packs extensions with an RSA key/);
  });
});

describe('--base-url', () => {
  it('gets a trailing slash, so the CRX and updates.xml sit inside it', () => {
    expect(parseBaseUrl('https://intranet.example.go.id/tutur').href).toBe('https://intranet.example.go.id/tutur/');
    expect(parseBaseUrl('http://127.0.0.1:8080/').href).toBe('http://127.0.0.1:8080/');
  });

  it.each([
    [undefined, /--base-url is required/],
    ['', /--base-url is required/],
    ['intranet/tutur', /not an absolute URL/],
    ['ftp://intranet/tutur/', /http\(s\) address/],
    ['file:///srv/tutur/', /http\(s\) address/],
    ['https://intranet/tutur/?v=1', /query or a fragment/],
    ['https://admin:secret@intranet/tutur/', /user name or password/],
  ])('%j is refused', (raw, message) => {
    expect(() => parseBaseUrl(raw)).toThrow(message);
  });
});

describe('updates.xml', () => {
  it('is Chrome’s gupdate response with the app id, the CRX address and the version', () => {
    const xml = updatesXml('jlemkacoojbmcgfoocdkmfgiblffjnpi', 'https://intranet.example.go.id/tutur/tutur-0.2.0.crx', '0.2.0');
    expect(xml).toBe(`<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='jlemkacoojbmcgfoocdkmfgiblffjnpi'>
    <updatecheck codebase='https://intranet.example.go.id/tutur/tutur-0.2.0.crx' version='0.2.0' />
  </app>
</gupdate>
`);
  });

  it('escapes what an address may hold that XML would misread', () => {
    expect(updatesXml('a', "https://h/x?a=1&b='2'", '1')).toContain("codebase='https://h/x?a=1&amp;b=&apos;2&apos;'");
  });
});

describe('CRX3 header', () => {
  // A minimal CRX3: magic, version 3, header length, then CrxFileHeader { 10000: SignedData { 1: crx_id } }.
  const crx = (crxId: Buffer) => {
    const signed = Buffer.concat([Buffer.from([0x0a, crxId.length]), crxId]);
    const header = Buffer.concat([Buffer.from([0x82, 0xf1, 0x04, signed.length]), signed]);
    const prefix = Buffer.alloc(12);
    prefix.write('Cr24', 0, 'latin1');
    prefix.writeUInt32LE(3, 4);
    prefix.writeUInt32LE(header.length, 8);
    return Buffer.concat([prefix, header, Buffer.from('PK')]);
  };

  it('names the id the package was signed for', () => {
    expect(crxIdOf(crx(Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')))).toBe('aaabacadaeafagahaiajakalamanaoap');
  });

  it('a zip or a CRX2 is no CRX3', () => {
    expect(() => crxIdOf(Buffer.from('PK\u0003\u0004 not a crx'))).toThrow(/not a CRX3/);
    const crx2 = crx(Buffer.alloc(16));
    crx2.writeUInt32LE(2, 4);
    expect(() => crxIdOf(crx2)).toThrow(/not a CRX3/);
  });
});

describe('npm run release:selfhost', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/release-selfhost.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it.each([
    [[], /--base-url is required/],
    [['--base-url'], /--base-url needs a value/],
    [['--base-url', 'intranet/tutur'], /not an absolute URL/],
    [['--base-url=https://intranet/tutur/', '--key', 'keys/none-such.pem'], /key not found: keys\/none-such\.pem/],
    [['--base-url', 'https://intranet/tutur/', '--key', 'README.md'], /README\.md is not a private key in PEM format/],
    [['--base-url', 'https://intranet/tutur/', '--verbose'], /unknown argument --verbose/],
  ])(
    '%j stops with a clear error, before building or packing anything',
    (args, message) => {
      const result = run(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^release:selfhost: /m);
      expect(result.stderr).toMatch(message);
      expect(existsSync('keys/none-such.pem')).toBe(false);
    },
    60_000,
  );
});
