/** The panel's warning template, filled in, passes every item of a complete warning. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import data from '../../../src/ui/templates/templates.json' with { type: 'json' };
import { NOW } from './helpers';

const warning = data.templates.find((t) => t.id === 'warning')!;

/** What an officer would write in each slot. */
const FILL: Record<'id' | 'en', Record<string, string>> = {
  id: {
    '[JENIS BAHAYA]': 'banjir rob',
    '[KELURAHAN/KECAMATAN, JALAN]': 'Kelurahan Siantan Hulu, Jl. Khatulistiwa',
    '[HARI, TANGGAL]': 'Kamis, 26 November 2026,',
    '[JAM]': '17.00',
    '[LEVEL RESMI BILA ADA, MIS. SIAGA]': 'Siaga Darurat Banjir',
    '[SUMBER RESMI, MIS. BMKG/BPBD]': 'BPBD Kota Pontianak',
    '[TINDAKAN, MIS. MENGUNGSI KE TEMPAT AMAN]': 'mengungsi ke Masjid Al-Falah',
    '[JALAN/KAWASAN BERBAHAYA]': 'Jl. Gajah Mada',
    '[NOMOR KONTAK RESMI]': '0561-733456',
    '[JAM UPDATE BERIKUTNYA]': '20.00',
    '[AKUN/SITUS RESMI]': '@bpbdpontianak',
  },
  en: {
    '[HAZARD]': 'coastal flooding',
    '[DISTRICT/VILLAGE, STREET]': 'Siantan Hulu, Jl. Khatulistiwa',
    '[DAY, DATE]': 'Thursday 26 November 2026',
    '[TIME]': '17.00',
    '[OFFICIAL LEVEL IF SET, E.G. SIAGA]': 'Siaga',
    '[OFFICIAL SOURCE, E.G. BMKG/BPBD]': 'BPBD Pontianak',
    '[ACTION, E.G. EVACUATE TO A SAFE PLACE]': 'evacuate to the Al-Falah mosque',
    '[DANGEROUS ROADS/AREAS]': 'Jl. Gajah Mada',
    '[OFFICIAL CONTACT]': '0561-733456',
    '[TIME OF NEXT UPDATE]': '20.00',
    '[OFFICIAL ACCOUNT/WEBSITE]': '@bpbdpontianak',
  },
};

describe('the warning template', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`filled in, is a complete warning with the right authority (${lang})`, () => {
      const filled = warning.text[lang].replace(/\[[^\]]+\]/g, (slot) => {
        const value = FILL[lang][slot];
        if (value === undefined) throw new Error(`no value for ${slot}`);
        return value;
      });
      const report = analyze(filled, { now: NOW });
      const w = report.checklist.warning!;
      expect(w, filled).toBeDefined();
      for (const item of ['hazard', 'area', 'until', 'level', 'action', 'update'] as const)
        expect(w[item]!.length, item).toBeGreaterThan(0);
      const rules = report.findings.map((f) => f.rule);
      expect(rules.filter((r) => r.startsWith('warning.') || r === 'trust.authority' || r === 'template.placeholder')).toEqual([]);
    });
  }
  it('unfilled, names each item as a slot to fill', () => {
    expect(warning.text.id).toMatch(/hingga|s\.d\./);
    const report = analyze(warning.text.id, { now: NOW });
    expect(report.findings.filter((f) => f.rule === 'template.placeholder').length).toBeGreaterThanOrEqual(10);
  });
});
