import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { findings, NOW } from './helpers';
import { COMPLETE, NOT_CLARIFICATIONS, WITHOUT, clarificationRules } from './clarification-drafts';

const RULE = 'clarification.fact-first';
const checklist = (text: string) => analyze(text, { now: NOW }).checklist.clarification!;
const messages = (text: string, locale: 'id' | 'en' = 'id') => findings(text, RULE, { locale }).map((f) => f.message);

describe(RULE, () => {
  it('passes a complete clarification: the fact first and last, the claim once, marked false (Indonesian and English)', () => {
    for (const text of [COMPLETE.id, COMPLETE.en]) {
      expect(clarificationRules(text)).toEqual([]);
      const c = checklist(text);
      expect(c.fact.first).not.toBeNull();
      expect(c.fact.last).not.toBeNull();
      expect(c.claim).toHaveLength(1);
      expect(c.claim[0]!.marked).not.toBeNull();
    }
    expect(checklist(COMPLETE.id).claim[0]!.marked!.text).toBe('tidak benar');
    expect(checklist(COMPLETE.en).claim[0]!.marked!.text).toBe('not true');
  });
  it('finds a post that opens with the false claim', () => {
    expect(clarificationRules(WITHOUT.opensWithClaim.id)).toEqual([RULE]);
    expect(messages(WITHOUT.opensWithClaim.id)).toEqual([
      'Buka dengan faktanya, baru sebut klaim yang salah, misalnya “[HOAKS] Air PDAM aman diminum, menurut Dinkes …”',
    ]);
    expect(clarificationRules(WITHOUT.opensWithClaim.en)).toEqual([RULE]);
    expect(messages(WITHOUT.opensWithClaim.en, 'en')).toEqual([
      'Open with the fact, then the false claim, e.g. “[HOAX] Tap water is safe to drink, says the Health Office …”',
    ]);
    expect(checklist(WITHOUT.opensWithClaim.id).fact.first).toBeNull();
  });
  it('finds a post that ends on the false claim', () => {
    expect(clarificationRules(WITHOUT.endsWithClaim.id)).toEqual([RULE]);
    expect(messages(WITHOUT.endsWithClaim.id)).toEqual(['Tutup dengan faktanya lagi, bukan dengan klaim yang salah']);
    expect(clarificationRules(WITHOUT.endsWithClaim.en)).toEqual([RULE]);
    expect(messages(WITHOUT.endsWithClaim.en, 'en')).toEqual(['End on the fact again, not on the false claim']);
    expect(checklist(WITHOUT.endsWithClaim.en).fact.last).toBeNull();
  });
  it('finds the false claim quoted twice', () => {
    expect(clarificationRules(WITHOUT.repeated.id)).toEqual([RULE]);
    expect(messages(WITHOUT.repeated.id)).toEqual(['Sebut klaim yang salah sekali saja (kini dikutip 2 kali)']);
    expect(clarificationRules(WITHOUT.repeated.en)).toEqual([RULE]);
    expect(messages(WITHOUT.repeated.en, 'en')).toEqual(['Quote the false claim once (it is quoted 2 times)']);
    expect(findings(WITHOUT.repeated.en, RULE)[0]!.span!.text).toBe('Messages claiming that it smells are false too.');
  });
  it('finds the false claim quoted without saying it is false', () => {
    expect(clarificationRules(WITHOUT.unmarked.id)).toEqual([RULE]);
    const [f] = findings(WITHOUT.unmarked.id, RULE);
    expect(f!.message).toMatch(/^Nyatakan bahwa klaim ini salah di tempat Anda mengutipnya/);
    expect(f!.span!.text).toBe('Beredar pesan berantai yang menyebut air PDAM tercemar limbah.');
    expect(clarificationRules(WITHOUT.unmarked.en)).toEqual([RULE]);
    expect(messages(WITHOUT.unmarked.en, 'en')[0]).toMatch(/^Say the claim is false where you quote it/);
    expect(checklist(WITHOUT.unmarked.en).claim[0]!.marked).toBeNull();
  });
  it('a sentence that points back to the claim ("Pesan yang beredar itu hoaks") is no second quote', () => {
    const text = COMPLETE.id.replace('Informasi itu tidak benar.', 'Pesan yang beredar itu hoaks.');
    expect(findings(text, RULE)).toEqual([]);
    expect(checklist(text).claim).toHaveLength(1);
    const en = COMPLETE.en.replace('This is not true.', 'The message circulating is false.');
    expect(findings(en, RULE)).toEqual([]);
  });
  it('says nothing on posts that are no hoax clarification', () => {
    for (const text of NOT_CLARIFICATIONS) expect(findings(text, RULE), text).toEqual([]);
  });
});

describe('the clarification checklist: share pressure and alarm copied from the hoax', () => {
  it('lists them (trust.hoax-style flags each), but not "jangan sebarkan"', () => {
    const copied = COMPLETE.id.replace('limbah.', 'limbah, “sebarkan sebelum dihapus!”.');
    const c = checklist(copied);
    expect(c.pressure.map((s) => s.text)).toEqual(['sebarkan', 'sebelum dihapus']);
    expect(findings(copied, 'trust.hoax-style').map((f) => f.span!.text)).toEqual(['sebarkan', 'sebelum dihapus']);
    expect(checklist(COMPLETE.id).pressure).toEqual([]);
    expect(checklist(`${COMPLETE.id} Jangan sebarkan pesan itu.`).pressure).toEqual([]);
    expect(checklist(COMPLETE.en.replace('[HOAX] ', '[HOAX] SHOCKING! ')).pressure.map((s) => s.text)).toEqual(['SHOCKING']);
  });
});
