/** The panel's hoax clarification template, filled in, passes every item of a clarification that works. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import data from '../../../src/ui/templates/templates.json' with { type: 'json' };
import { NOW } from './helpers';

const template = data.templates.find((t) => t.id === 'hoax-clarification')!;

/** What an officer would write in each slot. */
const FILL: Record<'id' | 'en', Record<string, string>> = {
  id: {
    '[FAKTA YANG BENAR]': 'Air PDAM Kota Pontianak aman diminum',
    '[SUMBER RESMI/PEJABAT]': 'Dinas Kesehatan Kota Pontianak',
    '[HARI, TANGGAL]': 'Kamis (26/11/2026)',
    '[ISI KLAIM YANG SALAH]': 'air PDAM tercemar limbah',
    '[TAUTAN RESMI]': 'https://dinkes.pontianak.go.id/uji-air',
  },
  en: {
    '[THE FACTS]': 'tap water in Pontianak is safe to drink',
    '[OFFICIAL SOURCE/OFFICIAL]': 'the city Health Office',
    '[DAY, DATE]': 'Thursday 26 November 2026',
    '[THE FALSE CLAIM]': 'tap water is contaminated with sewage',
    '[OFFICIAL LINK]': 'https://dinkes.pontianak.go.id/water-tests',
  },
};

const fill = (lang: 'id' | 'en') =>
  template.text[lang].replace(/\[[^\]]+\]/g, (slot) => {
    if (slot === '[HOAKS]' || slot === '[HOAX]') return slot; // the label stays
    const value = FILL[lang][slot];
    if (value === undefined) throw new Error(`no value for ${slot}`);
    return value;
  });

describe('the hoax clarification template', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`filled in, is a clarification that works (${lang})`, () => {
      const filled = fill(lang);
      const report = analyze(filled, { now: NOW });
      const c = report.checklist.clarification!;
      expect(c, filled).toBeDefined();
      expect(c.label).toHaveLength(1);
      expect(c.fact.first).not.toBeNull();
      expect(c.fact.last).not.toBeNull();
      expect(c.claim).toHaveLength(1);
      expect(c.claim[0]!.marked).not.toBeNull();
      expect(c.source.length).toBeGreaterThan(0);
      expect(c.pressure).toEqual([]);
      const rules = report.findings.map((f) => f.rule);
      expect(rules.filter((r) => r.startsWith('clarification.') || r === 'template.placeholder' || r === 'trust.hoax-style')).toEqual([]);
    });
  }
  it('opens with the label, and unfilled, names each item as a slot to fill', () => {
    expect(template.text.id).toMatch(/^\[HOAKS\] /);
    expect(template.text.en).toMatch(/^\[HOAX\] /);
    const report = analyze(template.text.id, { now: NOW });
    const slots = report.findings.filter((f) => f.rule === 'template.placeholder').map((f) => f.span!.text);
    expect(slots).not.toContain('[HOAKS]');
    expect(slots.length).toBeGreaterThanOrEqual(5);
  });
});
