/** A style pack of about 32 KB, as a large organisation's would be: the sample pack with 150 more acronyms and
 * 240 more banned terms, one of them (BANNED) for a draft to use. Bigger than one storage.sync item may hold
 * (8 KB), which is what the Chromium and Firefox suites import it to show (issue 14, item 4). */
import { readFileSync } from 'node:fs';

const sample = JSON.parse(readFileSync('examples/style-pack.kota-contoh.json', 'utf8'));

export const BANNED = 'zona merah palsu';
export const BANNED_REASON = 'Sebut status resmi dari BPBD.';

export const BIG_PACK = {
  ...sample,
  name: 'Pemerintah Kota Contoh (panduan lengkap)',
  glossary: {
    ...sample.glossary,
    ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`UPT${i}`, `Unit Pelaksana Teknis Nomor ${i} Kota Contoh`])),
  },
  bannedTerms: [
    ...sample.bannedTerms,
    { term: BANNED, reason: BANNED_REASON },
    ...Array.from({ length: 240 }, (_, i) => ({ term: `istilah usang ${i}`, reason: `Diganti menurut surat edaran nomor ${i}.` })),
  ],
} as const;

/** The file as an organisation would hand it out. */
export const BIG_PACK_TEXT = `${JSON.stringify(BIG_PACK, null, 2)}\n`;

/** A draft that uses the banned term. */
export const DRAFT_WITH_BANNED = `Wilayah ini bukan ${BANNED}. Tetap tenang dan ikuti arahan petugas.`;
