import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';
import { splitWords } from '../../../src/analysis/rules/hashtag.camel-case';

const RULE = 'hashtag.camel-case';

describe('hashtag.camel-case', () => {
  it('keeps acronyms in capitals and leaves an acronym with a year alone (#CPNS2026)', () => {
    expect(findings('Daftar sekarang #CPNS2026', RULE)).toEqual([]);
    expect(findings('Meriahkan #hutpontianak', RULE)[0]!.fix!.replacement).toBe('#HUTPontianak');
    expect(findings('Info dari #bpbdkalbar', RULE)[0]!.fix!.replacement).toBe('#BPBDKalbar');
  });
  it('splits Indonesian one-case hashtags with the gazetteer and vocabulary', () => {
    const text = 'Ayo ikut! #pontianakkota #jagakesehatan';
    const found = findings(text, RULE);
    expect(found.map((f) => f.fix!.replacement)).toEqual(['#PontianakKota', '#JagaKesehatan']);
    expect(applyFix(text, found[0]!)).toBe('Ayo ikut! #PontianakKota #jagakesehatan');
  });
  it('splits English and all-caps tags', () => {
    expect(findings('Stay safe #stayhealthy #FLOODALERT', RULE).map((f) => f.fix!.replacement)).toEqual(['#StayHealthy', '#FloodAlert']);
  });
  it('leaves CamelCase, single words and unsplittable tags alone', () => {
    expect(findings('#PontianakBersih #banjir #xqzvwk', RULE)).toEqual([]);
  });
  it('keeps digits as their own part', () => {
    expect(splitWords('pontianak2026')).toEqual(['pontianak', '2026']);
  });
});
