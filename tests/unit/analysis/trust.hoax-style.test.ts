import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'trust.hoax-style';

describe('trust.hoax-style (Indonesian)', () => {
  it('flags pressure to share and unnamed authority', () => {
    const found = findings('Kata seorang dokter, air kelapa menyembuhkan DBD. Sebarkan ke grup keluarga!', RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['Kata seorang dokter', 'Sebarkan ke grup']);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });
  it('flags "katanya" as hearsay before a claim, not as the tag of a quote', () => {
    expect(findings('Katanya air PDAM tercemar.', RULE).map((f) => f.span!.text)).toEqual(['Katanya']);
    expect(findings('Air PDAM katanya tercemar.', RULE).map((f) => f.span!.text)).toEqual(['katanya']);
    // A press release: the speaker is named, "katanya" tags the next quote.
    expect(findings('“Air mulai surut,” kata Budi. “Warga tetap waspada,” katanya.', RULE)).toEqual([]);
    expect(findings('Air mulai surut, katanya.', RULE)).toEqual([]);
  });
  it('flags an alarmist opener only where it shouts', () => {
    expect(findings('HEBOH! Jembatan Kapuas retak.', RULE).map((f) => f.span!.text)).toEqual(['HEBOH']);
    expect(findings('Warga heboh menyambut festival.', RULE)).toEqual([]);
  });
  it('is quiet on an ordinary official post', () => {
    expect(findings('BPBD Kota Pontianak mengimbau warga di bantaran sungai waspada banjir rob, Kamis (26/11).', RULE)).toEqual([]);
  });
});

describe('trust.hoax-style (English)', () => {
  it('flags "share before it is deleted" and "a doctor said"', () => {
    const found = findings('A doctor said the water is poisoned. Share before it is deleted!', RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['A doctor said', 'Share before it is deleted']);
  });
  it('flags a sensational opener and messages in the text language', () => {
    const [f] = findings('BREAKING: the bridge is closed.', RULE);
    expect(f!.message).toMatch(/ sounds sensational: open with the facts$/);
  });
  it('reports a word that is both alarm and clickbait once', () => {
    expect(findings('SHOCKING!!! Market prices fell.', RULE).map((f) => f.span!.text)).toEqual(['SHOCKING']);
  });
  it('flags clickbait hyperbole anywhere in English', () => {
    expect(findings('This incredible trick will make you rethink recycling.', RULE).map((f) => f.span!.text)).toEqual([
      'incredible',
      'will make you',
    ]);
  });
  it('is quiet on plain news', () => {
    expect(findings('The city health office said the clinic opens on Monday.', RULE)).toEqual([]);
  });
});
