import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { findings, NOW } from './helpers';
import { COMPLETE, NOT_CLARIFICATIONS, WITHOUT, clarificationRules } from './clarification-drafts';

const RULE = 'clarification.source';
const source = (text: string) => analyze(text, { now: NOW }).checklist.clarification!.source.map((s) => s.text);

describe(RULE, () => {
  it('passes a complete clarification, listing its named body and official link (Indonesian and English)', () => {
    expect(clarificationRules(COMPLETE.id)).toEqual([]);
    expect(source(COMPLETE.id)).toEqual(['menurut Dinas Kesehatan Kota Pontianak', 'https://dinkes.pontianak.go.id/uji-air']);
    expect(clarificationRules(COMPLETE.en)).toEqual([]);
    expect(source(COMPLETE.en)).toContain('https://dinkes.pontianak.go.id/water-tests');
  });
  it('finds a missing source alone (Indonesian)', () => {
    expect(clarificationRules(WITHOUT.source.id)).toEqual([RULE]);
    const [f] = findings(WITHOUT.source.id, RULE);
    expect(f!.message).toMatch(/^Tautkan sumber resminya, misalnya “Sumber resmi: https:/);
    expect(f!.severity).toBe('warning');
  });
  it('finds a missing source alone (English)', () => {
    expect(clarificationRules(WITHOUT.source.en)).toEqual([RULE]);
    expect(findings(WITHOUT.source.en, RULE, { locale: 'en' })[0]!.message).toMatch(/^Link the official source, e\.g\. “Official source: /);
  });
  it('takes a named body, an official link or a fact-checker’s page; not any link', () => {
    expect(findings(`${WITHOUT.source.id} Sumber: https://turnbackhoax.id/2026/11/26/air-pdam`, RULE)).toEqual([]);
    expect(findings(`${WITHOUT.source.id} Cek di https://pontianak.go.id.`, RULE)).toEqual([]);
    expect(findings(WITHOUT.source.id.replace('aman diminum,', 'aman diminum, menurut BPOM,'), RULE)).toEqual([]);
    expect(findings(`${WITHOUT.source.id} Info: https://bit.ly/air-pdam`, RULE)).toHaveLength(1);
    // The office that says the fact is named: "Dinas Kesehatan … menyatakan", "the Pontianak City Health Office found".
    expect(
      findings(
        WITHOUT.source.id.replace(
          'Air PDAM Kota Pontianak aman diminum',
          'Dinas Kesehatan Kota Pontianak menyatakan air PDAM aman diminum',
        ),
        RULE,
      ),
    ).toEqual([]);
    expect(
      findings(
        WITHOUT.source.en.replace(
          'Tap water in Pontianak is safe to drink',
          'Tests by the Pontianak City Health Office found tap water safe to drink',
        ),
        RULE,
      ),
    ).toEqual([]);
  });
  it('says nothing on posts that are no hoax clarification', () => {
    for (const text of NOT_CLARIFICATIONS) expect(findings(text, RULE), text).toEqual([]);
  });
});
