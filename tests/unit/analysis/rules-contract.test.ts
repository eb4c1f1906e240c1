/** The rule contract (src/analysis/rule.ts): one file per rule, named by its id, made with
 * defineRule, listed once in the registry; and what the engine promises around rules. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import type { Rule } from '../../../src/analysis/rule';
import { RULES } from '../../../src/analysis/rules';
import { KTP_ANNOUNCEMENT } from '../../fixtures/drafts';
import { NOW } from './helpers';

const RULES_DIR = resolve(import.meta.dirname, '../../../src/analysis/rules');
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('the rule contract', () => {
  it('has one file per rule, named by the rule’s id, each listed once in the registry', async () => {
    const ids: string[] = [];
    for (const file of ruleFiles) {
      const rule = ((await import(resolve(RULES_DIR, file))) as { default: Rule }).default;
      expect(rule.id, file).toBe(file.replace(/\.ts$/, ''));
      expect(RULES, `${rule.id} is in the registry`).toContain(rule);
      ids.push(rule.id);
    }
    expect([...RULES.map((r) => r.id)].sort()).toEqual(ids.sort());
  });

  it('makes every rule with defineRule: frozen, a line or a draft rule', () => {
    for (const rule of RULES) {
      expect(Object.isFrozen(rule), rule.id).toBe(true);
      expect(['line', 'draft'], rule.id).toContain(rule.scope);
    }
  });
});

describe('what the engine settles around rules', () => {
  it('reads a three-digit hotline as a contact, for the facts card and for structure.cta-missing alike', () => {
    const text = 'Pengumuman: Jalan Gajah Mada ditutup Senin, 30 November 2026. Darurat: 112.';
    const report = analyze(text, { now: NOW });
    expect(report.checklist.kinds).toContain('announcement');
    expect(report.checklist.contact.map((c) => c.text)).toEqual(['112']);
    expect(report.findings.filter((f) => f.rule === 'structure.cta-missing')).toEqual([]);
    // Without the hotline the same post has no way to act.
    const without = analyze(text.replace(' Darurat: 112.', ''), { now: NOW });
    expect(without.findings.filter((f) => f.rule === 'structure.cta-missing')).toHaveLength(1);
  });

  it('reads a count between 100 and 199 as a count, not a hotline', () => {
    expect(analyze('Akun ini punya lebih dari 120 ribu pengikut.', { now: NOW }).checklist.contact).toEqual([]);
    expect(analyze('Call centre 1500 567 dan ambulans 118.', { now: NOW }).checklist.contact.map((c) => c.text)).toEqual([
      '1500 567',
      '118',
    ]);
  });

  it('proposes the thread in the report, whether or not length.thread is ignored', () => {
    const shown = analyze(KTP_ANNOUNCEMENT, { now: NOW, platform: 'x' });
    const tip = shown.findings.find((f) => f.rule === 'length.thread');
    expect(shown.thread!.posts.length).toBeGreaterThanOrEqual(3);
    expect(tip!.data!.posts).toEqual(shown.thread!.posts);
    const ignored = analyze(KTP_ANNOUNCEMENT, { now: NOW, platform: 'x', disabledRules: ['length.thread'] });
    expect(ignored.findings.some((f) => f.rule === 'length.thread')).toBe(false);
    expect(ignored.thread).toEqual(shown.thread);
    expect(analyze('Pendek saja.', { now: NOW, platform: 'x' }).thread).toBeUndefined();
    expect(analyze(KTP_ANNOUNCEMENT, { now: NOW, platform: 'facebook' }).thread).toBeUndefined();
  });

  it('says which findings offer their word to the dictionary', () => {
    const { findings } = analyze('Gue udah daftar PKTDX di BPBD, pokoknya mantul.', { now: NOW, audience: 'public' });
    const acronym = findings.find((f) => f.rule === 'acronym.unexplained' && f.span?.text === 'PKTDX');
    expect(acronym!.dictionaryWord).toBe('PKTDX');
    // A known non-standard word or slang is no name or local term: nothing to add.
    const informal = findings.filter((f) => f.rule === 'spelling.non-standard' || f.rule === 'tone.formality');
    expect(informal.length).toBeGreaterThan(0);
    expect(informal.every((f) => f.dictionaryWord === undefined)).toBe(true);
    const long = analyze(
      'Dalam rangka meningkatkan pelayanan kepada masyarakat yang semakin hari semakin banyak dan semakin beragam kebutuhannya, maka dengan ini kami sampaikan bahwa seluruh kantor pelayanan di lingkungan pemerintah kota akan tetap buka pada hari Sabtu dan Minggu selama bulan Desember.',
      { now: NOW },
    );
    const sentence = long.findings.find((f) => f.rule === 'readability.long-sentence');
    expect(sentence).toBeDefined();
    expect(sentence!.dictionaryWord).toBeUndefined();
  });

  it('offers one edit once: the same fix of the same span from two rules is one tip', () => {
    // The organisation's preferred term and the standard spelling agree on this word.
    const stylePack = { preferredTerms: [{ avoid: 'himbauan', use: 'imbauan' }] };
    const { findings } = analyze('Himbauan kepada warga.', { now: NOW, stylePack });
    const edits = findings.filter((f) => f.span?.text === 'Himbauan' && f.fix?.replacement === 'Imbauan');
    expect(edits.map((f) => f.rule)).toEqual(['spelling.non-standard']);
    // Ignoring the spelling rule leaves the other rule's tip.
    const ignored = analyze('Himbauan kepada warga.', { now: NOW, stylePack, disabledRules: ['spelling.non-standard'] }).findings;
    expect(ignored.filter((f) => f.span?.text === 'Himbauan').map((f) => f.rule)).toEqual(['plain.jargon']);
  });

  it('offers one fix per span: of two different fixes, the lower-priority rule keeps its tip and loses its fix', () => {
    const stylePack = {
      preferredTerms: [
        { avoid: 'gaes', use: 'Sahabat' },
        { avoid: 'praktek', use: 'layanan' },
      ],
    };
    const { findings } = analyze('Halo gaes, praktek hari ini.', { now: NOW, stylePack, audience: 'government' });
    for (const word of ['gaes', 'praktek']) {
      const onWord = findings.filter((f) => f.span?.text === word);
      expect(onWord.length, word).toBeGreaterThanOrEqual(2);
      expect(onWord.filter((f) => f.fix).length, word).toBe(1);
    }
    // Correctness first: the standard spelling is the fix; the organisation's term stays as a tip.
    const praktek = findings.filter((f) => f.span?.text === 'praktek');
    expect(praktek.find((f) => f.fix)!.rule).toBe('spelling.non-standard');
    expect(praktek.find((f) => !f.fix)!.rule).toBe('plain.jargon');
  });

  it('hands out copies: changing a finding changes no later report', () => {
    const text = 'Rapat akan di adakan BESOK di Kantor Wali Kota.';
    const first = analyze(text, { now: NOW });
    const before = JSON.stringify(first.findings);
    for (const f of first.findings) {
      f.message = 'changed';
      if (f.span) f.span.start = 999;
      if (f.fix) f.fix.replacement = 'changed';
    }
    expect(JSON.stringify(analyze(text, { now: NOW }).findings)).toBe(before);
    const post = 'Darurat: 112.';
    analyze(post, { now: NOW }).checklist.contact[0]!.start = 999;
    expect(analyze(post, { now: NOW }).checklist.contact[0]!.start).toBe(9);
  });

  it('keys cached line findings by the day: a relative date follows the clock', () => {
    const text = 'Posyandu buka besok.';
    const date = (now: Date) => analyze(text, { now }).findings.find((f) => f.rule === 'time.relative-date')!.fix!.replacement;
    expect(date(NOW)).toContain('27 November 2026');
    expect(date(new Date('2026-11-27T03:00:00Z'))).toContain('28 November 2026');
    expect(date(NOW)).toContain('27 November 2026');
  });
});
