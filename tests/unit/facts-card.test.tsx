/** The facts card shows the warning checklist for a warning of a hazard, in both languages. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { t, type UiLocale } from '../../src/ui/i18n';
import { renderFactsCard } from './support/facts-card';

afterEach(cleanup);

const card = renderFactsCard;

const WARNING =
  'Peringatan dini banjir rob di Kelurahan Siantan Hulu, Kamis (26/11) pukul 17.00 WIB. Warga diminta segera mengungsi ke Masjid Al-Falah.';

describe('the facts card’s warning checklist', () => {
  for (const locale of ['id', 'en'] as UiLocale[]) {
    it(`shows what a warning says and prompts for the rest (${locale})`, () => {
      const c = card(WARNING, locale);
      const fact = (k: string) => c.querySelector(`[data-checklist="warning"] [data-fact="warning-${k}"]`)!;
      expect(c.textContent).toContain(t(locale, 'warningTitle'));
      expect(fact('area').getAttribute('data-present')).toBe('true');
      expect(fact('area').textContent).toContain('Kelurahan Siantan Hulu');
      expect(fact('action').textContent).toContain('segera mengungsi');
      for (const missing of ['until', 'level', 'update'] as const) {
        expect(fact(missing).getAttribute('data-present'), missing).toBe('false');
        const key = `factPrompt_warning${missing[0]!.toUpperCase()}${missing.slice(1)}` as 'factPrompt_warningUntil';
        expect(fact(missing).textContent).toContain(t(locale, key));
      }
      // The next update is asked for once, among the warning's items.
      expect(c.querySelector('[data-fact="update"]')).toBeNull();
    });
  }
  it('asks for no level where the hazard has no official scale', () => {
    const c = card('Kebakaran di Jl. Gajah Mada: hindari jalan itu hingga pukul 20.00 WIB.', 'id');
    expect(c.querySelector('[data-fact="warning-area"]')).not.toBeNull();
    expect(c.querySelector('[data-fact="warning-level"]')).toBeNull();
  });
  it('is not shown for a post that warns of no hazard', () => {
    const c = card('Posyandu Melati buka Kamis (26/11) pukul 08.00 WIB di Jl. Khatulistiwa.', 'id');
    expect(c.querySelector('[data-checklist="warning"]')).toBeNull();
  });
});

describe('the facts card folds', () => {
  const COMPLETE =
    'Dinas Kesehatan Kota Pontianak membuka vaksinasi gratis di Puskesmas Kampung Dalam, Kamis (26/11) pukul 08.00 WIB. ' +
    'Daftar di https://dinkes.pontianak.go.id, sumber: Dinkes Kota Pontianak.';
  it('opens by itself when something is missing, and its summary line names what', () => {
    const c = card(WARNING, 'id');
    const details = c.querySelector('.facts details')!;
    expect(details.hasAttribute('open')).toBe(true);
    const missing = [...c.querySelectorAll('[data-present="false"] dt')].map((dt) => dt.textContent!.replace('○', '').trim());
    expect(missing.length).toBeGreaterThan(0);
    const summary = c.querySelector('.facts-summary')!.textContent!;
    for (const label of missing) expect(summary).toContain(label);
    expect(c.querySelector('.facts')!.getAttribute('data-missing')).toBe(String(missing.length));
  });
  it('stays folded when nothing is missing, its items still there', () => {
    const c = card(COMPLETE, 'en');
    expect(c.querySelectorAll('[data-present="false"]')).toHaveLength(0);
    expect(c.querySelector('.facts details')!.hasAttribute('open')).toBe(false);
    expect(c.querySelector('[data-fact="where"]')!.getAttribute('data-present')).toBe('true');
    expect(c.querySelector('.facts-summary')!.textContent).not.toContain(t('en', 'factsMissing', '').trim());
  });
});
