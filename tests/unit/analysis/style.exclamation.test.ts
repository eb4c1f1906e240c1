import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'style.exclamation';

describe('style.exclamation', () => {
  it('collapses "!!!" to one mark (Indonesian)', () => {
    const text = 'Jalan Gajah Mada ditutup!!! Cari jalan lain.';
    const [f] = findings(text, RULE);
    expect(f!.span!.text).toBe('!!!');
    expect(applyFix(text, f!)).toBe('Jalan Gajah Mada ditutup! Cari jalan lain.');
  });
  it('turns "?!" into "?" (English)', () => {
    const text = 'Did you know the clinic is free?!';
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Did you know the clinic is free?');
  });
  it('leaves single marks alone', () => {
    expect(findings('Awas banjir! Apakah Anda siap? Yes!', RULE)).toEqual([]);
  });
});
