/** The facts card shows the clarification checklist for a hoax clarification, in both languages. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { t, type UiLocale } from '../../src/ui/i18n';
import { renderFactsCard } from './support/facts-card';
import { COMPLETE, WITHOUT } from './analysis/clarification-drafts';

afterEach(cleanup);

const card = renderFactsCard;

const ITEMS = ['label', 'fact-first', 'claim', 'fact-last', 'source', 'pressure'];
const present = (c: Element) =>
  Object.fromEntries(
    ITEMS.map((item) => [
      item,
      c.querySelector(`[data-checklist="clarification"] [data-fact="clarification-${item}"]`)?.getAttribute('data-present'),
    ]),
  );
const all = (value: string) => Object.fromEntries(ITEMS.map((item) => [item, value]));

describe('the facts card’s clarification checklist', () => {
  for (const locale of ['id', 'en'] as UiLocale[]) {
    it(`shows every item of a complete clarification as there (${locale})`, () => {
      const c = card(COMPLETE[locale], locale);
      expect(c.textContent).toContain(t(locale, 'clarificationTitle'));
      expect(present(c)).toEqual(all('true'));
      expect(c.textContent).toContain(locale === 'id' ? '[HOAKS]' : '[HOAX]');
      expect(c.textContent).toContain(t(locale, 'clarificationPressureNone'));
    });
    it(`prompts for each missing item (${locale})`, () => {
      const cases: [string, string, string][] = [
        [WITHOUT.label[locale], 'label', 'factPrompt_clarificationLabel'],
        [WITHOUT.opensWithClaim[locale], 'fact-first', 'factPrompt_clarificationFactFirst'],
        [WITHOUT.endsWithClaim[locale], 'fact-last', 'factPrompt_clarificationFactLast'],
        [WITHOUT.unmarked[locale], 'claim', 'factPrompt_clarificationClaim'],
        [WITHOUT.repeated[locale], 'claim', 'factPrompt_clarificationClaim'],
        [WITHOUT.source[locale], 'source', 'factPrompt_clarificationSource'],
      ];
      for (const [text, item, key] of cases) {
        const c = card(text, locale);
        expect(present(c), item).toEqual({ ...all('true'), [item]: 'false' });
        expect(c.querySelector(`[data-fact="clarification-${item}"]`)!.textContent).toContain(
          t(locale, key as 'factPrompt_clarificationLabel'),
        );
        cleanup();
      }
    });
  }
  it('names the share pressure copied from the hoax', () => {
    const c = card(COMPLETE.id.replace('limbah.', 'limbah, “sebarkan sebelum dihapus!”.'), 'id');
    expect(present(c).pressure).toBe('false');
    expect(c.querySelector('[data-fact="clarification-pressure"]')!.textContent).toContain('“sebarkan”, “sebelum dihapus”');
  });
  it('is not shown for a post that is no hoax clarification', () => {
    const c = card('Posyandu Melati buka Kamis (26/11) pukul 08.00 WIB di Jl. Khatulistiwa.', 'id');
    expect(c.querySelector('[data-checklist="clarification"]')).toBeNull();
  });
});
