/** Issue 17, item 3: every message the panel shows reads as a finished sentence. Renders every
 * interface string (both locales, a realistic value for each $N) and every finding message, reason
 * and fix label the engine produces for a broad set of drafts (both languages, every audience and
 * platform, with and without a style pack), and fails on an unfilled placeholder, doubled or stacked
 * brackets, an empty message, or an Indonesian message that uses a term the interface does not. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import id from '../../../public/_locales/id/messages.json';
import { analyze, AUDIENCES, loadEnglishModel, loadSpeller, PLATFORMS, type AnalysisContext, type StylePack } from '../../../src/analysis';
import { KTP_ANNOUNCEMENT } from '../../fixtures/drafts';
import templates from '../../../src/ui/templates/templates.json';
import pack from '../../../examples/style-pack.kota-contoh.json';
import { COMPLETE, WITHOUT } from './warning-drafts';
import { NOW } from './helpers';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGUES: Record<'id' | 'en', Catalogue> = { id, en };

/** What's wrong with one rendered message, or undefined. */
export function wordingProblem(text: string, locale: 'id' | 'en'): string | undefined {
  if (text.trim() === '') return 'empty';
  if (/\$\d|\$[A-Za-z_]+\$/.test(text)) return 'unfilled $ placeholder';
  if (/\{[A-Za-z_]\w*\}/.test(text)) return 'unfilled {placeholder}';
  if (/\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/.test(text)) return 'undefined, NaN or null';
  if (/\(\s*\(|\)\s*\)|\[\s*\[|\]\s*\]/.test(text)) return 'doubled brackets';
  if (/[)\]]\s*[([]/.test(text)) return 'a bracket group directly followed by another';
  if (nested(text)) return 'a bracket group inside another';
  if (locale === 'id') {
    // One Indonesian term per concept, outside what the message quotes from the draft.
    const own = text.replace(/“[^”]*”|"[^"]*"|\[[^\]]*\]/g, '“…”');
    const term = /\b(audiens|postingan|posting|hashtag|link|thread|caption|followers?|playground|taman uji)\b/i.exec(own);
    if (term)
      return `“${term[1]}”: the interface says sasaran pembaca, unggahan, tagar, tautan, utas, keterangan, pengikut, halaman uji coba`;
  }
  return undefined;
}

function nested(text: string): boolean {
  let depth = 0;
  for (const ch of text.replace(/“[^”]*”/g, '“…”')) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth > 1) return true;
  }
  return false;
}

/** A realistic value for each $N of the keys that take one; other keys get a number. */
const SUBSTITUTIONS: Record<string, (string | number)[]> = {
  stateError: ['the analysis stopped'],
  truncatedNotice: [20000, 25400],
  fixVerifyFailed: ['Kamis, 26 November 2026'],
  fixVerifyFailedNoClipboard: ['Kamis, 26 November 2026'],
  counterLabel: ['X'],
  addWordLabel: ['Siantan'],
  wordAdded: ['Siantan'],
  threadPost: [2, 3],
  factPrompt_official: ['0411-112, https://kotacontoh.go.id, @pemkotcontoh'],
  optionsImportFailed: ['The file is not valid JSON.'],
  optionsSaveFailed: ['the storage quota is full'],
  optionsPackImported: ['Pemerintah Kota Contoh'],
  optionsPackInvalid: ['The file is not valid JSON.'],
  optionsPackTooMany: ['glossary', 600, 500],
  optionsPackTooBig: ['120 KB', '64 KB'],
  packMore: [12],
  siteEnableIntro: ['example.go.id'],
  siteDeclined: ['example.go.id'],
  siteEnabled: ['example.go.id'],
  siteError: ['example.go.id'],
  siteGranted: ['example.go.id'],
  siteTurnedOff: ['example.go.id'],
  adminWhat: ['Pemerintah Kota Contoh', 'Masyarakat umum'],
  adminWhatNoPack: ['Masyarakat umum'],
  adminConsoleForceInstall: ['abcdefghijklmnopabcdefghijklmnop', 'https://example.go.id/updates.xml'],
  adminExported: ['tutur.json'],
  adminBadPolicy: ['the pack is too big'],
  adminBadChromeId: ['abc'],
  adminBadUpdateUrl: ['ftp://example'],
  adminBadFirefoxUrl: ['ftp://example'],
};

/** As browser.i18n.getMessage renders a message: named placeholders, then $N, then $$. */
function render(entry: Catalogue[string], substitutions: (string | number)[]): string {
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {}))
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), content);
  return text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1])).replace(/\$\$/g, '$');
}

/** Long single-quoted string literals from the rules' own tests: the drafts each rule is known to fire on,
 * including rules added later. */
function draftsFromRuleTests(): string[] {
  const dir = join(__dirname);
  const out = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && f !== 'message-wording.test.ts')
    .sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.){25,})'/g)) {
      const text = m[1]!.replace(/\\n/g, '\n').replace(/\\'/g, "'").replace(/\\\\/g, '\\');
      if (/\s/.test(text)) out.add(text);
    }
  }
  return [...out];
}

/** Drafts as civil servants write them: sloppy and clean, both languages. */
const DRAFTS: string[] = [
  KTP_ANNOUNCEMENT,
  COMPLETE.id,
  COMPLETE.en,
  ...Object.values(WITHOUT).flatMap((w) => [w.id, w.en]),
  ...templates.templates.flatMap((t) => [t.text.id, t.text.en]),
  'PENTING!!! Pendaftaran vaksin dibuka besok di puskesmas, 2 orang sudah daftar. Sebarkan!!! gaes jangan sampai ketinggalan ya',
  'Kata gaul: gaes, mantul, gercep. Yuk ikutan, guys! Info lgsg cek link di bio ya kak, thx 🙏🙏🙏🔥🔥🔥😍😍',
  'Pengumuman: Pelayanan KTP di Kantor Disdukcapil tutup hari senin tanggal 30 november 2026 karena ada kegiatan. Dimohon warga untuk datang di hari lain. Untuk info lebih lanjut hub. kami di no. telp. yg tertera.',
  'Diinformasikan kepada masyarakat bahwasanya dalam rangka optimalisasi sinergitas pelayanan publik maka dilakukan implementasi akselerasi digitalisasi administrasi kependudukan secara komprehensif dan terintegrasi oleh pihak terkait sehingga masyarakat diharapkan dapat memanfaatkan fasilitas tersebut dengan sebaik-baiknya demi terwujudnya tata kelola pemerintahan yang baik dan bersih.',
  'Menurut sumber terpercaya, air PDAM tercemar!! Jangan minum air keran. Bagikan ke semua grup WA sebelum dihapus!',
  'Banjir di Pontianak. Warga harap waspada.',
  'Gempa M5,2 mengguncang Kota Contoh pagi ini. Belum ada laporan kerusakan.',
  'Rapat koordinasi TPPS, BKKBN, dan DP3AKB dgn OPD terkait di ruang rapat lt. 2 jam 9 pagi.',
  'Vaksinasi gratis di Puskesmas Siantan hari Kamis jam 08.00 - 12.00. Bawa KTP.',
  'Kami mengundang warga untuk hadir. #pemkotpontianak #PontianakKotaKhatulistiwa #info #berita #layanan #warga #kota #pontianak #kalbar #indonesia #publik',
  'Selamat pagi @warga1 @warga2 @warga3 @warga4 @warga5 @warga6 @warga7 cek https://a.go.id https://b.go.id https://c.go.id https://d.go.id',
  'Di umumkan bahwa pendaftaran sekolah di buka minggu depan. Anak anak wajib membawa akte kelahiran ,fotocopy KK dan pas foto .',
  'Pelayanan dilaksanakan oleh petugas. Berkas diperiksa oleh panitia. Hasil diumumkan oleh dinas. Keputusan ditetapkan oleh kepala dinas.',
  'Orang gila berkeliaran di kota mati. Masyarakat kurang mampu di Kota Seribu Taman dapat bantuan dari BPBD dan SIKOCO.',
  'Road closure tomorrow on Main Street from 8am - 5pm!!! Residents are advised to use alternative routes. It is reported that the bridge was damaged by the flood.',
  'URGENT: share this with everyone before it gets deleted!!! A trusted source says the water is poisoned. 5 people already sick.',
  'The city will hold a free health check at the community centre on saturday. Bring your ID card. Contact the DPKP for more info.',
  'Its a great day 2 join us guys, u wont regret it lol. Pls RT and follow for more updates!!!',
  'Free vaccination at Siantan health centre, Thursday 08.00–12.00. Register at https://dinkes.pontianak.go.id or call 0561-733456.',
  `${'Pemerintah Kota Pontianak membuka pendaftaran pelatihan kerja gratis bagi warga, dan pelatihan meliputi menjahit, tata boga, perbaikan ponsel, serta pemasaran digital bagi pelaku usaha kecil yang ingin berkembang. '.repeat(3)}Daftar sekarang.`,
  `${'The city opens free job training for residents, with courses in sewing, cooking, phone repair and digital marketing for small businesses that want to grow. '.repeat(3)}Sign up now.`,
  'Pendaftaran [NAMA PROGRAM] dibuka mulai [TANGGAL]. Hubungi [KONTAK].',
  'Untuk audiens milenial: postingan ini berisi link pendaftaran dan hashtag resmi.',
];

interface Rendered {
  where: string;
  text: string;
}

function renderFindings(text: string, context: AnalysisContext, where: string, out: Rendered[]): void {
  for (const f of analyze(text, { now: NOW, ...context }).findings) {
    const at = `${where} · ${f.rule}`;
    out.push({ where: `${at} · message`, text: f.message }, { where: `${at} · why`, text: f.why });
    // Any other text a finding carries for the panel (a group title …).
    for (const [field, value] of Object.entries(f))
      if (typeof value === 'string' && !['rule', 'severity', 'category', 'message', 'why', 'dictionaryWord'].includes(field))
        out.push({ where: `${at} · ${field}`, text: value });
    if (f.fix) out.push({ where: `${at} · fix`, text: f.fix.label });
    for (const a of f.alternatives ?? []) out.push({ where: `${at} · alternative`, text: a.label });
  }
}

/** One line per rule, field and problem (the same template fails in every context). */
function problems(rendered: Rendered[], locale: 'id' | 'en'): string[] {
  const seen = new Map<string, string>();
  for (const r of rendered) {
    const problem = wordingProblem(r.text, locale);
    const key = `${r.where.split(' · ').slice(1).join(' · ')} · ${problem}`;
    if (problem && !seen.has(key)) seen.set(key, `${r.where}: ${problem}: ${r.text}`);
  }
  return [...seen.values()];
}

describe('message wording', () => {
  beforeAll(async () => {
    await Promise.all([loadSpeller(), loadEnglishModel()]);
  });

  it('the checker catches what the issue quoted from the panel', () => {
    expect(wordingProblem('Terlalu panjang untuk X: 355/280 karakter (hitungan X) (75 lebih)', 'id')).toBeDefined();
    expect(wordingProblem('Tutur memeriksa $1 dari $2 karakter pertama', 'id')).toBeDefined();
    expect(wordingProblem('Too long for {platform}', 'en')).toBeDefined();
    expect(wordingProblem('Kurangi menjadi undefined tagar', 'id')).toBeDefined();
    expect(wordingProblem('Situs lain ((terdeteksi))', 'id')).toBeDefined();
    expect(wordingProblem('Sesuaikan dengan audiens', 'id')).toBeDefined();
    expect(wordingProblem('Ganti “postingan” dengan “unggahan”.', 'id')).toBeUndefined();
    expect(wordingProblem('75 karakter lebih dari batas X (280).', 'id')).toBeUndefined();
  });

  for (const locale of ['id', 'en'] as const) {
    it(`renders every interface string in ${locale} without a placeholder, a stacked bracket or an empty message`, () => {
      const rendered: Rendered[] = [];
      for (const [key, entry] of Object.entries(CATALOGUES[locale])) {
        const slots = new Set(
          [
            ...entry.message.matchAll(/\$(\d)/g),
            ...Object.values(entry.placeholders ?? {}).flatMap((p) => [...p.content.matchAll(/\$(\d)/g)]),
          ].map((m) => Number(m[1])),
        );
        const given = SUBSTITUTIONS[key] ?? [];
        const substitutions = [...Array(Math.max(0, ...slots, given.length)).keys()].map((i) => given[i] ?? 3);
        rendered.push({ where: key, text: render(entry, substitutions) });
      }
      expect(problems(rendered, locale)).toEqual([]);
    });

    it(`renders every finding's message, reason and fix label in ${locale} cleanly, for every audience and platform`, () => {
      const rendered: Rendered[] = [];
      const packs: (StylePack | undefined)[] = [undefined, pack as StylePack];
      // Every draft in a third of the audience × platform pairs, each pair with a third of the drafts.
      DRAFTS.forEach((draft, i) => {
        AUDIENCES.forEach((audience, a) =>
          PLATFORMS.forEach((platform, p) => {
            if ((i + a + p) % 3 !== 0) return;
            const stylePack = packs[(i + p) % 2];
            renderFindings(draft, { locale, audience, platform, stylePack }, `draft ${i} ${audience} ${platform}`, rendered);
          }),
        );
      });
      draftsFromRuleTests().forEach((draft, i) => {
        const audience = AUDIENCES[i % AUDIENCES.length]!;
        const platform = PLATFORMS[i % PLATFORMS.length]!;
        renderFindings(draft, { locale, audience, platform }, `test draft ${i} ${audience} ${platform}`, rendered);
      });
      const rules = new Set(rendered.map((r) => r.where.split(' · ')[1]));
      // The drafts reach most rules, or this test would prove little.
      expect(rules.size).toBeGreaterThanOrEqual(40);
      expect(problems(rendered, locale)).toEqual([]);
    }, 120_000);
  }
});
