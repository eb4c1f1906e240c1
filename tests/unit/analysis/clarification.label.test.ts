import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { applyFix, findings, NOW } from './helpers';
import { COMPLETE, NOT_CLARIFICATIONS, WITHOUT, clarificationRules } from './clarification-drafts';

const RULE = 'clarification.label';

describe(RULE, () => {
  it('passes a complete clarification (Indonesian and English)', () => {
    expect(clarificationRules(COMPLETE.id)).toEqual([]);
    expect(clarificationRules(COMPLETE.en)).toEqual([]);
  });
  it('finds a missing label alone (Indonesian and English)', () => {
    expect(clarificationRules(WITHOUT.label.id)).toEqual([RULE]);
    expect(findings(WITHOUT.label.id, RULE)[0]!.message).toBe(
      'Awali klarifikasi dengan label yang dikenal pembaca, misalnya “[HOAKS]” atau “[KLARIFIKASI]”',
    );
    expect(clarificationRules(WITHOUT.label.en)).toEqual([RULE]);
    expect(findings(WITHOUT.label.en, RULE, { locale: 'en' })[0]!.message).toBe(
      'Start the clarification with a label readers know, e.g. “[HOAX]” or “[CLARIFICATION]”',
    );
    // "tidak benar" names no label: the tip suggests one, with no fix that guesses it.
    expect(findings(WITHOUT.label.id, RULE)[0]!.fix).toBeUndefined();
  });
  it('where the post calls the claim a hoax, its fix puts “[HOAKS]” at the start (Indonesian)', () => {
    const text = WITHOUT.label.id.replace('Informasi itu tidak benar.', 'Informasi itu hoaks.');
    const [f] = findings(text, RULE);
    expect(f!.fix!.label).toBe('Tambahkan “[HOAKS]” di awal');
    expect(applyFix(text, f!)).toBe(`[HOAKS] ${text}`);
  });
  it('where the post calls the claim a hoax, its fix puts “[HOAX]” at the start (English)', () => {
    const text = WITHOUT.label.en.replace('This is not true.', 'This is a hoax.');
    const [f] = findings(text, RULE, { locale: 'en' });
    expect(f!.fix!.label).toBe('Add “[HOAX]” at the start');
    expect(applyFix(text, f!)).toBe(`[HOAX] ${text}`);
    expect(clarificationRules(applyFix(text, f!))).toEqual([]);
  });
  it('puts a label word written bare at the start in brackets', () => {
    const text = WITHOUT.label.id.replace(/^/, 'Klarifikasi: ');
    const [f] = findings(text, RULE);
    expect(f!.span!.text).toBe('Klarifikasi: ');
    expect(applyFix(text, f!)).toBe(`[KLARIFIKASI] ${WITHOUT.label.id}`);
  });
  it('puts a label word written in capitals at the start in brackets', () => {
    const text = `HOAKS ${WITHOUT.label.id}`;
    const [f] = findings(text, RULE);
    expect(applyFix(text, f!)).toBe(`[HOAKS] ${WITHOUT.label.id}`);
    expect(findings(applyFix(text, f!), RULE)).toEqual([]);
  });
  it('takes the label the post calls the claim by, and none where it calls it nothing', () => {
    const misleading = WITHOUT.label.en.replace('This is not true.', 'This is misleading.');
    expect(applyFix(misleading, findings(misleading, RULE)[0]!)).toMatch(/^\[MISLEADING\] Tap water/);
    const disinformasi = WITHOUT.label.id.replace('Informasi itu tidak benar.', 'Informasi itu disinformasi.');
    expect(applyFix(disinformasi, findings(disinformasi, RULE)[0]!)).toMatch(/^\[DISINFORMASI\] Air PDAM/);
  });
  it('takes the labels readers know, after an emoji too, but not a label further on', () => {
    for (const label of ['[DISINFORMASI]', '[KLARIFIKASI]', '[MISLEADING]', '[SALAH/HOAKS]', '[Hoaks]', '⚠️ [HOAKS]', '[CEK FAKTA]'])
      expect(findings(COMPLETE.id.replace('[HOAKS]', label), RULE), label).toEqual([]);
    expect(findings(`Air PDAM aman. ${COMPLETE.id}`, RULE)).toHaveLength(1);
    // A fact-checker's verdict label alone makes the post a clarification.
    const salah = '[SALAH] Foto banjir di Jl. Gajah Mada itu rekaman tahun 2021, menurut BPBD Kota Pontianak.';
    expect(analyze(salah, { now: NOW }).checklist.clarification?.label.map((s) => s.text)).toEqual(['[SALAH]']);
  });
  it('a label is neither a template slot nor shouting', () => {
    const rules = analyze(COMPLETE.id, { now: NOW }).findings.map((f) => f.rule);
    for (const rule of ['template.placeholder', 'style.all-caps', 'style.caps-emphasis', 'acronym.unexplained'])
      expect(rules).not.toContain(rule);
  });
  it('reads a post that sets a story straight, or calls a message fake, as a clarification', () => {
    expect(
      findings(
        'Dinas Kesehatan Kota Pontianak meluruskan kabar bahwa vaksin campak menyebabkan autisme. Menurut Kemenkes, tidak ada bukti ilmiah tentang hal itu.',
        RULE,
      ),
    ).toHaveLength(1);
    expect(
      findings(
        'There is a fake message going around about cash aid via a link. Official aid is announced on dinsos.pontianak.go.id only.',
        RULE,
      ),
    ).toHaveLength(1);
  });
  it('says nothing on posts that are no hoax clarification', () => {
    for (const text of NOT_CLARIFICATIONS) expect(clarificationRules(text), text).toEqual([]);
  });
});
