import { describe, expect, it } from 'vitest';
import { loadEnglishModel } from '../../../src/analysis';
import { findings } from './helpers';

const RULE = 'voice.passive';

describe('voice.passive (Indonesian)', () => {
  it('suggests active voice when most sentences are passive', () => {
    const text = 'Jalan ditutup sejak pagi. Warga diminta memutar. Bantuan disalurkan di posko.';
    const [f] = findings(text, RULE);
    expect(f!.message).toBe('Ada 3 kata kerja pasif dalam 3 dari 3 kalimat: sebutkan siapa pelakunya');
    expect(f!.span!.text).toBe('ditutup');
  });
  it('does not count di- words that are not verbs, or one passive among active sentences', () => {
    expect(findings('Dinas Kesehatan membuka diskusi digital. Dia hadir di kantor. Kami menunggu dini hari.', RULE)).toEqual([]);
    expect(findings('Kami menutup jalan. Warga diminta memutar. Petugas mengatur lalu lintas.', RULE)).toEqual([]);
  });
});

describe('voice.passive (English)', () => {
  it('counts be + participle', async () => {
    const text = 'The road was closed by the police. Residents were told to wait. Aid was given at the shelter.';
    expect(findings(text, RULE)[0]!.message).toBe('There are 3 passive verbs in 3 of 3 sentences: say who acts');
  });
  it('with compromise’s lexicon loaded, tells adjectives from participles', async () => {
    await loadEnglishModel();
    const states = 'The office is closed today. Residents are interested. The hall is open.';
    expect(findings(states, RULE)).toEqual([]);
    const passive = 'The road was closed by the police. Residents were told to wait. Aid was given at the shelter.';
    expect(findings(passive, RULE)).toHaveLength(1);
  });
});
