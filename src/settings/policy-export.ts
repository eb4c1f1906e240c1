/** The organisation's settings (style pack and default audience) written as the browser policies an administrator
 * deploys: Chrome's policy file for Linux, a Windows .reg file for Chrome and Edge, the JSON for the Google Admin
 * console, and Firefox's policies.json; each with the force-install entry when Tutur is self-hosted. What goes out is
 * first checked with the extension's own policy reader (parseManaged), so what a browser hands back is what was set. */
import type { Audience } from '../analysis/types';
import { parseManaged, type ManagedPolicy } from './managed';
import type { StylePackFile } from './style-pack';
import { describeProblem } from './validate';

/** Tutur's id in Firefox (the gecko id in wxt.config.ts): the key of its Firefox policies. */
export const FIREFOX_EXTENSION_ID = 'tutur@tutur.id';
export const CHROME_LINUX_POLICY_DIR = '/etc/opt/chrome/policies/managed/';
export const CHROMIUM_LINUX_POLICY_DIR = '/etc/chromium/policies/managed/';

export interface PolicyExportInput {
  stylePack: StylePackFile | null;
  defaultAudience: Audience;
  /** The id Chrome and Edge know Tutur by: the store's, or the one the self-hosting key gives (Chrome's and the
   * Windows file need it; Firefox's id is fixed, and the Admin console takes the id in its own form). */
  chromeId?: string;
  /** Self-hosted Chrome/Edge: the address of updates.xml (ExtensionInstallForcelist). Empty: no force-install. */
  updateUrl?: string;
  /** Firefox: the address of the signed XPI (ExtensionSettings install_url). Empty: no force-install. */
  firefoxInstallUrl?: string;
}

export type PolicyExportField = 'policy' | 'chromeId' | 'updateUrl' | 'firefoxInstallUrl';
export interface PolicyExportProblem {
  field: PolicyExportField;
  detail: string;
}

/** An export that passed the checks: every generator takes only this. */
export interface CheckedPolicyExport {
  /** The policy values, as the extension reads them back. */
  policy: ManagedPolicy;
  chromeId?: string;
  updateUrl?: string;
  firefoxInstallUrl?: string;
}

export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
}

const CHROME_ID = /^[a-p]{32}$/;

function checkUrl(field: PolicyExportField, raw: string | undefined, schemes: string[]): string | PolicyExportProblem | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { field, detail: value };
  }
  if (!schemes.includes(url.protocol) || (url.protocol !== 'file:' && !url.host)) return { field, detail: value };
  return url.href;
}

/** What each file uses besides the policy values: only those fields are checked for it. */
const USES: Record<PolicyFormat, readonly Exclude<PolicyExportField, 'policy'>[]> = {
  'chrome-linux': ['chromeId', 'updateUrl'],
  'windows-reg': ['chromeId', 'updateUrl'],
  'google-admin': [],
  firefox: ['firefoxInstallUrl'],
};

/** Check what is about to be exported as `format` (without one: for every format); the policy values with the
 * extension's own reader. */
export function checkPolicyExport(
  input: PolicyExportInput,
  format?: PolicyFormat,
): { ok: true; value: CheckedPolicyExport } | { ok: false; problems: PolicyExportProblem[] } {
  const uses = new Set(format ? USES[format] : Object.values(USES).flat());
  const problems: PolicyExportProblem[] = [];
  const raw = { defaultAudience: input.defaultAudience, ...(input.stylePack ? { stylePack: input.stylePack } : {}) };
  const { policy, problems: policyProblems } = parseManaged(raw);
  problems.push(...policyProblems.map((p) => ({ field: 'policy' as const, detail: describeProblem(p) })));
  const chromeId = input.chromeId?.trim() ?? '';
  if (uses.has('chromeId') && !CHROME_ID.test(chromeId)) problems.push({ field: 'chromeId', detail: chromeId });
  const updateUrl = uses.has('updateUrl') ? checkUrl('updateUrl', input.updateUrl, ['https:', 'http:']) : undefined;
  // Firefox also installs from a file on a shared drive.
  const firefoxInstallUrl = uses.has('firefoxInstallUrl')
    ? checkUrl('firefoxInstallUrl', input.firefoxInstallUrl, ['https:', 'http:', 'file:'])
    : undefined;
  for (const u of [updateUrl, firefoxInstallUrl]) if (typeof u === 'object') problems.push(u);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      policy,
      ...(uses.has('chromeId') ? { chromeId } : {}),
      ...(typeof updateUrl === 'string' ? { updateUrl } : {}),
      ...(typeof firefoxInstallUrl === 'string' ? { firefoxInstallUrl } : {}),
    },
  };
}

function chromeIdOf(e: CheckedPolicyExport): string {
  if (!e.chromeId) throw new Error('this policy file needs the Chrome extension id');
  return e.chromeId;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** ExtensionInstallForcelist's entry: "<id>;<update URL>". */
export const forceInstallEntry = (e: CheckedPolicyExport) => (e.updateUrl ? `${chromeIdOf(e)};${e.updateUrl}` : undefined);

/** (a) Chrome on Linux: /etc/opt/chrome/policies/managed/tutur.json (Chromium: /etc/chromium/policies/managed/). */
export function chromeLinuxPolicy(e: CheckedPolicyExport): ExportFile {
  const entry = forceInstallEntry(e);
  return {
    name: 'tutur.json',
    type: 'application/json',
    content: json({ ...(entry ? { ExtensionInstallForcelist: [entry] } : {}), '3rdparty': { extensions: { [chromeIdOf(e)]: e.policy } } }),
  };
}

/** A REG_SZ value's data in a .reg file: backslashes and quotes escaped. A .reg string cannot hold a line break;
 * the policy's JSON is written on one line (JSON escapes the line breaks inside its strings). */
export function regString(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error('a .reg string value cannot hold a line break');
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Text as regedit expects a "Version 5.00" file: UTF-16 little-endian with a byte-order mark. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i] = unit & 0xff;
    bytes[3 + 2 * i] = unit >> 8;
  }
  return bytes;
}

const REG_BROWSERS = [
  ['Google Chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome'],
  ['Microsoft Edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'],
] as const;

/** (b) Windows, Chrome and Edge: a .reg file. Each policy value is a REG_SZ; the pack is its JSON, which Chrome and
 * Edge parse for a policy whose schema is an object. The old values go first, so a field left out is removed. */
export function windowsRegistry(e: CheckedPolicyExport): ExportFile {
  const entry = forceInstallEntry(e);
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; Tutur: the organisation’s settings for Google Chrome and Microsoft Edge (docs/admins.md in Tutur’s sources).',
    '; Import as an administrator (double-click, or "reg import tutur-chrome-edge.reg"), or deploy the same values by Group Policy.',
  ];
  for (const [name, root] of REG_BROWSERS) {
    const key = `${root}\\3rdparty\\extensions\\${chromeIdOf(e)}\\policy`;
    lines.push('', `; ${name}`, `[-${key}]`, '', `[${key}]`);
    for (const [field, value] of Object.entries(e.policy))
      lines.push(`${regString(field)}=${regString(typeof value === 'string' ? value : JSON.stringify(value))}`);
  }
  if (entry) {
    lines.push(
      '',
      '; Force-install from your own server. If ExtensionInstallForcelist already lists other extensions, change "1" to a free number.',
    );
    lines.push(
      '; Outside an Active Directory domain (or device management), Windows Chrome and Edge force-install only from their stores.',
    );
    for (const [, root] of REG_BROWSERS) lines.push('', `[${root}\\ExtensionInstallForcelist]`, `"1"=${regString(entry)}`);
  }
  return { name: 'tutur-chrome-edge.reg', type: 'application/octet-stream', content: utf16le(`${lines.join('\r\n')}\r\n`) };
}

/** (c) Google Admin console: Devices → Chrome → Apps & extensions → Tutur → "Policy for extensions". Each policy as
 * { "<name>": { "Value": <value> } }, the format Chromium's guide for administrators gives for the console. The
 * force-install itself is chosen in the console ("Add from a custom URL", installation policy "Force install"). */
export function googleAdminConsole(e: CheckedPolicyExport): ExportFile {
  const wrapped = Object.fromEntries(Object.entries(e.policy).map(([k, value]) => [k, { Value: value }]));
  return { name: 'tutur-google-admin.json', type: 'application/json', content: json(wrapped) };
}

/** (d) Firefox: policies.json (/etc/firefox/policies/ on Linux, the distribution folder elsewhere). */
export function firefoxPolicies(e: CheckedPolicyExport): ExportFile {
  return {
    name: 'policies.json',
    type: 'application/json',
    content: json({
      policies: {
        ...(e.firefoxInstallUrl
          ? { ExtensionSettings: { [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: e.firefoxInstallUrl } } }
          : {}),
        '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: e.policy } },
      },
    }),
  };
}

export const POLICY_FORMATS = {
  'chrome-linux': chromeLinuxPolicy,
  'windows-reg': windowsRegistry,
  'google-admin': googleAdminConsole,
  firefox: firefoxPolicies,
} as const;
export type PolicyFormat = keyof typeof POLICY_FORMATS;
