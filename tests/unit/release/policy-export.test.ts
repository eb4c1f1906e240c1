/** The policy files the options page exports for administrators (src/settings/policy-export.ts): each format's
 * shape, the force-install entries, the .reg escaping and encoding, and the round trip through the extension's own
 * policy reader (exported → read back as a browser would hand it over → parseManaged → the same settings). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { effectiveSettings, parseManaged } from '../../../src/settings/managed';
import {
  checkPolicyExport,
  chromeLinuxPolicy,
  firefoxPolicies,
  FIREFOX_EXTENSION_ID,
  googleAdminConsole,
  regString,
  utf16le,
  windowsRegistry,
  type CheckedPolicyExport,
  type PolicyExportInput,
} from '../../../src/settings/policy-export';
import { parseStylePack, type StylePackFile } from '../../../src/settings/style-pack';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const ID = 'jlemkacoojbmcgfoocdkmfgiblffjnpi';
const UPDATE_URL = 'https://intranet.example.go.id/tutur/updates.xml';
const XPI_URL = 'https://intranet.example.go.id/tutur/tutur-0.1.0.xpi';
const parsed = parseStylePack(readFileSync('examples/style-pack.kota-contoh.json', 'utf8'));
if (!parsed.ok) throw new Error('the sample pack is invalid');
/** The sample, plus what is hard to carry: quotes, backslashes, line breaks, non-Latin text, an emoji. */
const PACK: StylePackFile = {
  ...parsed.pack,
  bannedTerms: [...(parsed.pack.bannedTerms ?? []), { term: 'C:\\data "rahasia"', reason: 'Baris satu\nbaris dua\t— “kutip” 🚫 日本' }],
};
const INPUT: PolicyExportInput = { stylePack: PACK, defaultAudience: 'government', chromeId: ID };

function checked(input: Partial<PolicyExportInput> = {}): CheckedPolicyExport {
  const result = checkPolicyExport({ ...INPUT, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder('utf-16le', { ignoreBOM: true }).decode(content);

/** The settings a policy gives the extension: through its own reader, then precedence. */
function settingsFrom(raw: unknown) {
  const { policy, problems } = parseManaged(raw);
  expect(problems).toEqual([]);
  const effective = effectiveSettings(DEFAULT_SETTINGS, policy);
  return { stylePack: effective.stylePack, defaultAudience: effective.settings.defaultAudience, locked: [...effective.locked].sort() };
}
const EXPECTED = { stylePack: PACK, defaultAudience: 'government', locked: ['defaultAudience', 'stylePack'] };

/** The values of a .reg file by key, as regedit reads them (only what the export writes: "name"="string"). */
function readReg(bytes: Uint8Array): Map<string, Record<string, string>> {
  const keys = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text(bytes)
    .replace(/^\uFEFF/, '')
    .split('\r\n')) {
    const key = /^\[(-?)(.+)\]$/.exec(line);
    if (key) {
      current = key[1] ? undefined : (keys.get(key[2]!) ?? {});
      if (current) keys.set(key[2]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (value) current![value[1]!.replace(/\\(.)/g, '$1')] = value[2]!.replace(/\\(.)/g, '$1');
    else expect(line === '' || line.startsWith(';') || line === 'Windows Registry Editor Version 5.00', line).toBe(true);
  }
  return keys;
}

describe('checks before export', () => {
  it('passes the sample pack, an audience and a Chrome id; trims and normalises the addresses', () => {
    const e = checked({ updateUrl: `  ${UPDATE_URL} `, firefoxInstallUrl: XPI_URL });
    expect(e).toMatchObject({ chromeId: ID, updateUrl: UPDATE_URL, firefoxInstallUrl: XPI_URL });
    expect(e.policy).toEqual({ stylePack: PACK, defaultAudience: 'government' });
  });

  it('refuses what the extension would not read, naming each field', () => {
    const result = checkPolicyExport({
      stylePack: { ...PACK, timeZone: 'UTC' } as unknown as StylePackFile,
      defaultAudience: 'kids' as never,
      chromeId: 'not-an-id',
      updateUrl: 'ftp://intranet/updates.xml',
      firefoxInstallUrl: 'tutur.xpi',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(['chromeId', 'firefoxInstallUrl', 'policy', 'policy', 'updateUrl']);
    expect(result.problems.filter((p) => p.field === 'policy').map((p) => p.detail.split(':')[0])).toEqual([
      'stylePack.timeZone',
      'defaultAudience',
    ]);
  });

  it('checks, for one file, only what that file uses: Firefox and the Admin console need no Chrome id', () => {
    const noId = { ...INPUT, chromeId: '', firefoxInstallUrl: 'not a url', updateUrl: 'neither' };
    expect(checkPolicyExport({ ...noId, firefoxInstallUrl: XPI_URL }, 'firefox')).toMatchObject({ ok: true });
    expect(checkPolicyExport(noId, 'google-admin')).toMatchObject({ ok: true });
    const linux = checkPolicyExport(noId, 'chrome-linux');
    expect(linux.ok ? [] : linux.problems.map((p) => p.field)).toEqual(['chromeId', 'updateUrl']);
    const firefox = checkPolicyExport(noId, 'firefox');
    expect(firefox.ok ? [] : firefox.problems.map((p) => p.field)).toEqual(['firefoxInstallUrl']);
    // A Chrome file is never written without the id it is addressed to.
    const idless = checkPolicyExport(noId, 'google-admin');
    if (idless.ok) expect(() => chromeLinuxPolicy(idless.value)).toThrow(/Chrome extension id/);
  });

  it('exports without a pack (the audience only), and without force-install addresses', () => {
    const e = checked({ stylePack: null });
    expect(e.policy).toEqual({ defaultAudience: 'government' });
    expect(JSON.parse(chromeLinuxPolicy(e).content as string)).not.toHaveProperty('ExtensionInstallForcelist');
  });
});

describe('Chrome on Linux', () => {
  it('is tutur.json with the force-install entry and the extension’s policy under 3rdparty', () => {
    const file = chromeLinuxPolicy(checked({ updateUrl: UPDATE_URL }));
    expect(file.name).toBe('tutur.json');
    const policy = JSON.parse(file.content as string);
    expect(Object.keys(policy)).toEqual(['ExtensionInstallForcelist', '3rdparty']);
    expect(policy.ExtensionInstallForcelist).toEqual([`${ID};${UPDATE_URL}`]);
    expect(settingsFrom(policy['3rdparty'].extensions[ID])).toEqual(EXPECTED);
  });
});

describe('Windows .reg for Chrome and Edge', () => {
  it('escapes backslashes and quotes, and refuses a line break', () => {
    expect(regString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(regString(JSON.stringify({ t: 'x\ny "q" \\' }))).toBe('"{\\"t\\":\\"x\\\\ny \\\\\\"q\\\\\\" \\\\\\\\\\"}"');
    expect(() => regString('one\ntwo')).toThrow(/line break/);
  });

  it('is UTF-16 little-endian with a byte-order mark, as regedit expects', () => {
    expect([...utf16le('Aé😀')]).toEqual([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00, 0x3d, 0xd8, 0x00, 0xde]);
    const bytes = windowsRegistry(checked()).content as Uint8Array;
    expect([...bytes.slice(0, 6)]).toEqual([0xff, 0xfe, 0x57, 0x00, 0x69, 0x00]); // BOM, "Wi"
    expect(text(bytes)).toMatch(/^\uFEFFWindows Registry Editor Version 5\.00\r\n\r\n/);
    // Windows line ends only.
    expect(text(bytes).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('sets the same values for Chrome and Edge, first removing the old ones, and round-trips', () => {
    const file = windowsRegistry(checked({ updateUrl: UPDATE_URL }));
    expect(file.name).toBe('tutur-chrome-edge.reg');
    const content = text(file.content);
    for (const root of ['Google\\Chrome', 'Microsoft\\Edge']) {
      const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}\\3rdparty\\extensions\\${ID}\\policy`;
      expect(content.indexOf(`[-${key}]`)).toBeGreaterThan(0);
      expect(content.indexOf(`[-${key}]`)).toBeLessThan(content.indexOf(`[${key}]`));
      const values = readReg(file.content as Uint8Array);
      const policy = values.get(key)!;
      expect(Object.keys(policy).sort()).toEqual(['defaultAudience', 'stylePack']);
      // A policy whose schema is an object is a REG_SZ of JSON, which Chrome parses.
      expect(settingsFrom({ ...policy, stylePack: JSON.parse(policy.stylePack!) })).toEqual(EXPECTED);
      expect(values.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}\\ExtensionInstallForcelist`)).toEqual({
        '1': `${ID};${UPDATE_URL}`,
      });
    }
  });

  it('has no force-install key without an update address', () => {
    expect(text(windowsRegistry(checked()).content)).not.toContain('ExtensionInstallForcelist');
  });
});

describe('Google Admin console', () => {
  it('wraps each policy in { "Value": … } and round-trips', () => {
    const file = googleAdminConsole(checked({ updateUrl: UPDATE_URL }));
    expect(file.name).toBe('tutur-google-admin.json');
    const json = JSON.parse(file.content as string);
    expect(json.defaultAudience).toEqual({ Value: 'government' });
    expect(settingsFrom(Object.fromEntries(Object.entries(json).map(([k, v]) => [k, (v as { Value: unknown }).Value])))).toEqual(EXPECTED);
  });
});

describe('Firefox policies.json', () => {
  it('force-installs the signed XPI and gives the pack under 3rdparty, keyed by Tutur’s gecko id', () => {
    const file = firefoxPolicies(checked({ firefoxInstallUrl: XPI_URL }));
    expect(file.name).toBe('policies.json');
    const { policies } = JSON.parse(file.content as string);
    expect(policies.ExtensionSettings).toEqual({ [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: XPI_URL } });
    expect(settingsFrom(policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID])).toEqual(EXPECTED);
  });

  it('has no ExtensionSettings without an XPI address', () => {
    expect(JSON.parse(firefoxPolicies(checked()).content as string).policies).not.toHaveProperty('ExtensionSettings');
  });
});
