/** Property test: fixes never hurt the text. On generated realistic posts (names, places,
 * acronyms, Roman numerals, links, hashtags, mentions, dates, weekdays, ranges), applying every
 * offered fix, in any order, settles within 10 rounds on one text; no span is offered two
 * different fixes; and no fix changes a protected token (link, hashtag, mention, e-mail, phone,
 * number, glossary term, place name, a word of the user's dictionary). The posts are a tenth of
 * FUZZ_RUNS: FUZZ_RUNS=20000 for a long local run. */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, AUDIENCES, loadSpeller, type AnalysisContext, type Finding } from '../../../src/analysis';
import { NOW } from './helpers';

const RUNS = Math.max(20, Math.round(Number(process.env.FUZZ_RUNS ?? 2000) / 10));

const GLOSSARY = { SIKOCO: 'Sistem Informasi Koperasi' };
const DICTIONARY = ['Kamtono', 'SIPANDU'];

/** Pieces of a post, each with the tokens in it no fix may change. */
const PIECES: readonly [string, ...string[]][] = [
  ['Wali Kota Edi Kamtono membuka acara di Pasar Terong.', 'Kamtono', 'Pasar Terong'],
  ['Harga terong di pasar Terong Baru naik.', 'Terong Baru'],
  ['Warga Kota Pontianak diminta waspada.', 'Kota Pontianak'],
  ['Kantor pindah ke Jl. Gajah Mada No. 5.', 'Jl. Gajah Mada', '5'],
  ['AWAS BANJIR ROB DI KOTA PONTIANAK!!!'],
  ['PENCAIRAN BLT TAHAP III DIMULAI.', 'III'],
  ['BLT tahap IV cair.', 'IV'],
  ['Unduh aplikasi SIKOCO sekarang.', 'SIKOCO'],
  ['PENDAFTARAN APLIKASI SIKOCO DIBUKA.', 'SIKOCO'],
  ['Aplikasi SIPANDU sudah bisa diunduh.', 'SIPANDU'],
  ['Bawa buku KIA ke posyandu.', 'KIA'],
  ['Program KIA dimulai.', 'KIA'],
  ['BPBD membuka posko.', 'BPBD'],
  ['Info: https://pontianak.go.id/ktp?x=1', 'https://pontianak.go.id/ktp?x=1'],
  ['Kunjungi www.pontianak.go.id ya.', 'www.pontianak.go.id'],
  ['#PontianakKota #pontianakbersatu', '#PontianakKota', '#pontianakbersatu'],
  ['Hubungi @pemkotpontianak atau info@pontianak.go.id.', '@pemkotpontianak', 'info@pontianak.go.id'],
  ['Telepon 0561-736123 atau 112.', '0561-736123', '112'],
  ['Anggaran Rp 2,5 miliar, naik 45%.', '2,5', '45%'],
  ['Layanan buka Kamis (26/11) pukul 08.00-12.00.', '(26/11)', '08.00-12.00'],
  ['Pelayanan jam 9 s.d. jam 3 sore.', '9', '3'],
  ['We open 7.30 am to 5 pm on weekdays.', '7.30', '5'],
  ['Pasar murah buka hari Sabtu besok.'],
  ['Besok besok jangan lupa bawa KTP.', 'KTP'],
  ['Lusa, Minggu, pasar tutup.'],
  ['Hari ini pendaftaran dibuka, kemarin sudah 200 pendaftar.', '200'],
  ['Acara pada 26 November 2026 pukul 19.00 - selesai.', '26 November 2026', '19.00'],
  ['Warga yg belum vaksin nggak perlu khawatir.'],
  ['Himbauan: praktek cuci tangan menurunkan resiko diare.'],
  ['Halo gaes, rapat koordinasi besok wkwk.'],
  ['See you there guys!!!'],
  ['OMG jalan ditutup sampai sore.'],
  ['Kamu dapat mengunduh surat edaran di laman resmi.'],
  ['PERHATIAN: RSUD SOEDARSO TUTUP.', 'RSUD'],
  ['Pemkot Pontianak dirumah saja.', 'Pontianak'],
  ['📢 PENGUMUMAN PENTING UNTUK WARGA KABUPATEN KUBU RAYA'],
  ['Besok pukul 08.00 ada vaksinasi di Puskesmas Kampung Dalam.', '08.00', 'Kampung Dalam'],
  ['Senam sehat Sabtu ini jam 6 pagi, Senin depan libur.', '6'],
  ['Join us this Saturday at 9 am, and again next Friday!!', '9'],
  ['We are gonna close the road tomorrow lol.', 'tomorrow'],
  ['Anda bisa daftar lomba sampai Jumat, kamu juga ya.'],
  ['Buka pukul 08.00 WIB s.d. 12.00 di Kelurahan Senen.', '08.00', '12.00', 'Senen'],
  ['Dengan hormat, kami mengundang Bapak/Ibu ke Kantor Camat.', 'Kantor Camat'],
  ['Kelas XII SMAN 1 Pontianak libur tgl. 5 Desember.', 'XII', 'SMAN 1', '5 Desember'],
  // Typos (spelling.typo, once the speller is loaded) among names it must not touch.
  ['Pemerintha kota menggunkan dana untuk kesehtan warga.'],
  ['PERINGATN: Edi Kamtono dan Santi Wulandari meninjau Kelurahan Sungai Bangkong.', 'Kamtono', 'Santi Wulandari', 'Sungai Bangkong'],
];

const post = fc
  .array(fc.nat(PIECES.length - 1), { minLength: 1, maxLength: 6 })
  .chain((picks) =>
    fc.tuple(fc.constant(picks), fc.array(fc.constantFrom(' ', '\n', '\n\n'), { minLength: picks.length, maxLength: picks.length })),
  );

const context = fc.record({
  audience: fc.constantFrom(...AUDIENCES),
  glossary: fc.boolean(),
});

function contextOf(c: { audience: AnalysisContext['audience']; glossary: boolean }): AnalysisContext {
  return { now: NOW, audience: c.audience, dictionary: DICTIONARY, stylePack: c.glossary ? { glossary: GLOSSARY } : undefined };
}

/** Two edits that overlap or touch (an insertion at the edge of another edit): one waits for the next round. */
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start <= b.end && b.start <= a.end;

/** One round: the fixes offered, in `order`'s order, each applied unless it touches one applied
 * before (the next round offers it again on the new text). */
function round(text: string, ctx: AnalysisContext, order: (fixes: Finding[]) => Finding[]): [string, number] {
  const fixes = analyze(text, ctx).findings.filter((f) => f.fix);
  // Never two different fixes for one span.
  for (const f of fixes)
    for (const g of fixes)
      if (f.span && g.span && f.span.start === g.span.start && f.span.end === g.span.end && f.fix!.replacement !== g.fix!.replacement)
        throw new Error(`two fixes for “${f.span.text}” in ${JSON.stringify(text)}: ${f.rule} and ${g.rule}`);
  const chosen: Finding[] = [];
  for (const f of order(fixes)) if (!chosen.some((g) => overlaps(f.fix!, g.fix!))) chosen.push(f);
  chosen.sort((a, b) => b.fix!.start - a.fix!.start);
  for (const f of chosen) text = text.slice(0, f.fix!.start) + f.fix!.replacement + text.slice(f.fix!.end);
  return [text, fixes.length];
}

/** Applies fixes round after round until none is offered; throws after 10 rounds. */
function settle(text: string, ctx: AnalysisContext, order: (fixes: Finding[]) => Finding[]): string {
  for (let i = 0; i < 10; i++) {
    const [next, offered] = round(text, ctx, order);
    if (offered === 0) return text;
    text = next;
  }
  const left = analyze(text, ctx).findings.filter((f) => f.fix);
  if (left.length === 0) return text;
  throw new Error(`no fixpoint after 10 rounds: ${JSON.stringify(text)} still offers ${JSON.stringify(left.map((f) => [f.rule, f.fix]))}`);
}

/** How often a token occurs; a hashtag in any case (hashtag.camel-case capitalises its words, which
 * keeps the same tag). */
const count = (text: string, token: string) =>
  token.startsWith('#') ? text.toLowerCase().split(token.toLowerCase()).length - 1 : text.split(token).length - 1;

describe('fixes never hurt the text', () => {
  beforeAll(async () => {
    await loadSpeller();
  });
  it('applying every fix in any order settles on one text within 10 rounds, and keeps every protected token', () => {
    fc.assert(
      fc.property(post, context, fc.integer(), ([picks, gaps], c, seed) => {
        const text = picks.map((i, k) => PIECES[i]![0] + gaps[k]!).join('');
        const ctx = contextOf(c);
        const forward = settle(text, ctx, (f) => f);
        const backward = settle(text, ctx, (f) => [...f].reverse());
        // A shuffle by the seed: any order at all.
        let s = seed;
        const shuffled = settle(text, ctx, (f) =>
          f
            .map((x) => [x, (s = (s * 1103515245 + 12345) | 0)] as const)
            .sort((a, b) => a[1] - b[1])
            .map(([x]) => x),
        );
        expect(backward).toBe(forward);
        expect(shuffled).toBe(forward);
        for (const i of picks)
          for (const token of PIECES[i]!.slice(1)) {
            if (token === 'SIKOCO' && !c.glossary) continue;
            expect(count(forward, token), `${token} in ${JSON.stringify(forward)}`).toBeGreaterThanOrEqual(count(text, token));
          }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
