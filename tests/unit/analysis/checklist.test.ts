import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { NOW } from './helpers';

describe('report.checklist', () => {
  it('finds what, what to do, contacts and the next update in a warning', () => {
    const text =
      'Peringatan dini banjir rob di pesisir Pontianak, Kamis (26/11) pukul 17.00 WIB.\nSegera pindahkan barang ke tempat tinggi. Hubungi BPBD di 0561-733456 atau 112.\nInformasi selanjutnya pukul 20.00 WIB.';
    const c = analyze(text, { now: NOW }).checklist;
    expect(c.kinds).toContain('warning');
    expect(c.what!.text).toBe('Peringatan dini banjir rob di pesisir Pontianak, Kamis (26/11) pukul 17.00 WIB.');
    expect(c.action.map((s) => s.text)).toContain('Hubungi');
    expect(c.contact.map((s) => s.text)).toEqual(['0561-733456', '112']);
    expect(c.update.map((s) => s.text)).toEqual(['Informasi selanjutnya']);
  });
  it('is empty where a post says none of it (English)', () => {
    const c = analyze('Thank you, everyone!', { now: NOW }).checklist;
    expect(c).toEqual({ kinds: [], what: { start: 0, end: 20, text: 'Thank you, everyone!' }, action: [], contact: [], update: [] });
  });
});

describe('report.checklist with a style pack', () => {
  const pack = { contacts: { hotline: '0561-112', website: 'https://www.kotacontoh.go.id/', handles: ['@pemkotcontoh'] } };
  it('lists the organisation’s contacts and which the post names', () => {
    const c = analyze('Info lengkap di kotacontoh.go.id/siaga.', { now: NOW, stylePack: pack }).checklist;
    expect(c.official).toEqual({
      expected: ['0561-112', 'https://www.kotacontoh.go.id/', '@pemkotcontoh'],
      present: ['https://www.kotacontoh.go.id/'],
    });
  });
  it('counts the official website or account as a source for a figure', async () => {
    const rule = (text: string) => analyze(text, { now: NOW, stylePack: pack }).findings.filter((f) => f.rule === 'trust.missing-source');
    expect(rule('Sebanyak 120 rumah terendam.')).toHaveLength(1);
    expect(rule('Sebanyak 120 rumah terendam. Pantau @pemkotcontoh.')).toEqual([]);
  });
});
