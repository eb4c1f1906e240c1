/** A large style pack is indexed once per pack object, not once per analysis (issue 14, item 4): a 10,000-term
 * pack cost 8 ms per 280-character post when the banned-term rule rebuilt its reasons on every call, and 2.4 s
 * before the first one while 10,000 case-insensitive patterns were built. The pack's lists here count how often
 * their entries are read: after the first analysis, never again. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index';
import type { StylePack } from '../../../src/analysis/types';

const TERMS = 2_000;

/** An array whose element reads are counted (map, iteration and indexing all read elements). */
function counted<T>(items: T[]): { list: T[]; reads(): number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

/** A glossary whose listing is counted (Object.entries, Object.keys, JSON.stringify list its keys). */
function countedRecord(record: Record<string, string>): { record: Record<string, string>; listings(): number } {
  let listings = 0;
  const proxy = new Proxy(record, {
    ownKeys(target) {
      listings++;
      return Reflect.ownKeys(target);
    },
  });
  return { record: proxy, listings: () => listings };
}

describe('a large style pack is indexed once', () => {
  const banned = counted([
    { term: 'kota mati', reason: 'Menakutkan warga.' },
    ...Array.from({ length: TERMS }, (_, i) => ({ term: `istilah lama ${i}` })),
  ]);
  const preferred = counted([
    { avoid: 'penyandang cacat', use: 'penyandang disabilitas' },
    ...Array.from({ length: TERMS }, (_, i) => ({ avoid: `sebutan lama ${i}`, use: `sebutan baru ${i}` })),
  ]);
  const glossary = countedRecord(Object.fromEntries(Array.from({ length: TERMS }, (_, i) => [`UPT${i}`, `Unit Pelaksana Teknis ${i}`])));
  const pack: StylePack = { name: 'Pemkot Contoh', bannedTerms: banned.list, preferredTerms: preferred.list, glossary: glossary.record };
  const post = (n: number) => `Laporan ${n}: jangan sebut kota mati, tulis penyandang disabilitas, bukan penyandang cacat. UPT${n} buka.`;
  const rulesOf = (text: string) => analyze(text, { stylePack: pack, audience: 'public' }).findings.map((f) => f.rule);

  it('reads the pack’s lists for the first analysis, and not for the next ones', () => {
    expect(rulesOf(post(0))).toEqual(expect.arrayContaining(['style.banned-term', 'plain.jargon', 'acronym.unexplained']));
    const after = { banned: banned.reads(), preferred: preferred.reads(), glossary: glossary.listings() };
    expect(after.banned).toBeGreaterThan(TERMS);
    expect(after.preferred).toBeGreaterThan(TERMS);
    expect(after.glossary).toBeGreaterThan(0);
    for (let n = 1; n <= 20; n++) expect(rulesOf(post(n))).toEqual(expect.arrayContaining(['style.banned-term', 'plain.jargon']));
    expect({ banned: banned.reads(), preferred: preferred.reads(), glossary: glossary.listings() }).toEqual(after);
  });

  it('still flags with the pack’s reason, from the index', () => {
    const f = analyze(post(99), { stylePack: pack }).findings.find((x) => x.rule === 'style.banned-term')!;
    expect(f.span!.text).toBe('kota mati');
    expect(f.why).toBe('Menakutkan warga.');
  });
});
