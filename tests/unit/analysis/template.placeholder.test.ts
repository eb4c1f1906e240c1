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

describe('templates as shipped', () => {
  it('every template, in both languages, is flagged only for its slots until they are filled', async () => {
    const { analyze } = await import('../../../src/analysis');
    const { default: data } = await import('../../../src/ui/templates/templates.json', { with: { type: 'json' } });
    for (const t of data.templates) {
      for (const lang of ['id', 'en'] as const) {
        const text = t.text[lang];
        const rules = new Set(analyze(text).findings.map((f) => f.rule));
        expect(rules.has('template.placeholder'), `${t.id} ${lang}`).toBe(true);
        for (const noisy of ['style.all-caps', 'style.caps-emphasis', 'acronym.unexplained', 'spelling.non-standard', 'trust.hoax-style'])
          expect(rules.has(noisy), `${t.id} ${lang}: ${noisy}`).toBe(false);
        const filled = text.replace(/\[[^\]]+\]/g, 'Pontianak');
        expect(
          analyze(filled).findings.some((f) => f.rule === 'template.placeholder'),
          `${t.id} ${lang} filled`,
        ).toBe(false);
      }
    }
  });
});
