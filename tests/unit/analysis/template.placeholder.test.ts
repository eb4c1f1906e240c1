import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'template.placeholder';

describe('template.placeholder', () => {
  it('flags unfilled template slots (Indonesian and English)', () => {
    expect(findings('Posyandu buka [HARI, TANGGAL] di [TEMPAT].', RULE).map((f) => f.span!.text)).toEqual(['[HARI, TANGGAL]', '[TEMPAT]']);
    const [f] = findings('The clinic opens on [DATE].', RULE);
    expect(f!.severity).toBe('error');
    expect(f!.message).toBe('Fill in the template’s [DATE]');
  });
  it('ignores ordinary brackets', () => {
    expect(findings('Badan Penanggulangan Bencana Daerah (BPBD) [foto: posko] [1]', RULE)).toEqual([]);
  });
});
