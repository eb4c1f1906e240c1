/** The panel's health-service template, filled in the way an officer would, passes its own checklist: the facts
 * card finds who, what, when, where, what to do and a contact, and no missing-fact tip is left. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import data from '../../../src/ui/templates/templates.json' with { type: 'json' };
import { NOW } from './helpers';

const service = data.templates.find((t) => t.id === 'health-service')!;

const FILL: Record<'id' | 'en', Record<string, string>> = {
  id: {
    '[NAMA LAYANAN]': 'Puskesmas Kampung Dalam membuka imunisasi anak gratis',
    '[PUSKESMAS/RSUD, ALAMAT]': 'Puskesmas Kampung Dalam, Jl. Tanjung Raya 2 No. 5, Pontianak Timur',
    '[HARI]': 'Senin, 30 November 2026,',
    '[JAM]': '08.00–12.00',
    '[KTP/KK/KARTU BPJS/BUKU KIA]': 'buku KIA dan KK',
    '[GRATIS/BIAYA]': 'gratis',
    '[KONTAK]': '0561-734567',
    '[TAUTAN]': 'https://dinkes.pontianak.go.id/imunisasi',
  },
  en: {
    '[SERVICE NAME]': 'Kampung Dalam Health Centre offers free child immunisation',
    '[HEALTH CENTRE/HOSPITAL, ADDRESS]': 'Kampung Dalam Health Centre, Jl. Tanjung Raya 2 No. 5, Pontianak Timur',
    '[DAYS]': 'Monday 30 November 2026',
    '[TIME]': '08.00–12.00',
    '[ID CARD/FAMILY CARD/BPJS CARD/KIA BOOK]': 'the KIA book and family card',
    '[FREE/PRICE]': 'free',
    '[CONTACT]': '0561-734567',
    '[LINK]': 'https://dinkes.pontianak.go.id/immunisation',
  },
};

const CHECKLIST_RULES = ['fact.missing-who', 'fact.missing-where', 'fact.missing-when', 'structure.cta-missing', 'template.placeholder'];

describe('the health-service template', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`filled in (${lang}), leaves no gap in its own checklist`, () => {
      let text = service.text[lang];
      for (const [slot, value] of Object.entries(FILL[lang])) text = text.split(slot).join(value);
      expect(text).not.toMatch(/\[[A-Z]/);
      const report = analyze(text, { now: NOW, locale: lang });
      expect(report.checklist.kinds).toContain('service');
      for (const item of ['who', 'when', 'where'] as const) expect(report.facts[item].length, item).toBeGreaterThan(0);
      expect(report.checklist.what).not.toBeNull();
      expect(report.checklist.action.length).toBeGreaterThan(0);
      expect(report.checklist.contact.length).toBeGreaterThan(0);
      expect(report.findings.filter((f) => CHECKLIST_RULES.includes(f.rule)).map((f) => f.rule)).toEqual([]);
    });
    it(`left as it is (${lang}), is flagged for its slots`, () => {
      const report = analyze(service.text[lang], { now: NOW, locale: lang });
      expect(report.findings.some((f) => f.rule === 'template.placeholder')).toBe(true);
    });
  }
});
