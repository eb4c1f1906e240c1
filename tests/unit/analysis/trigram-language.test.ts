/** trigramLanguage() is a fast path for franc(text, { only: ['ind', 'eng'] }):
 * it must give franc's answer on every text. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { trigramLanguage } from '../../../src/analysis/trigram-language';

const francIndOrEng = (text: string) => franc(text, { only: ['ind', 'eng'], minLength: 24 });

const PIECES = [
  'Warga diimbau tetap waspada',
  'heavy rain is forecast tomorrow',
  ' ',
  '.',
  '12.00',
  '@pemkotcendana',
  '#CendanaSiaga',
  'https://cendanakota.go.id',
  'É',
  'ñ',
  '😀',
  '\ud800',
  'Привет',
  'Σ',
  '日本語',
  '\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
  '\u00a0',
  '\u200b',
  'the',
  'yang',
  'dan',
  'of',
];
const text = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('trigramLanguage', () => {
  it('agrees with franc on sentences', () => {
    for (const sentence of [
      'Peringatan dini BPBD: hujan lebat diprakirakan turun besok pukul 13.00–18.00 WIB.',
      'Residents along the Cendana River: DO NOT CROSS while the current is strong.',
      '@pemkotcendana #CendanaSiaga',
      'Praktek dokter gratis untuk warga lanjut usia',
      'Привет мир, это тест на другом алфавите',
      '1234567890 1234567890 1234567890',
      '',
    ]) {
      expect(trigramLanguage(sentence, 24)).toBe(francIndOrEng(sentence));
    }
  });

  it('agrees with franc on arbitrary text', () => {
    fc.assert(
      fc.property(text, (t) => trigramLanguage(t, 24) === francIndOrEng(t)),
      { numRuns: 3000 },
    );
  });
});
