import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'readability.dense';

describe('readability.dense', () => {
  it('flags a chain of Indonesian nominalisations', () => {
    const [f] = findings('Rapat membahas pelaksanaan pengawasan pembangunan jalan lingkungan.', RULE);
    expect(f!.span!.text).toBe('pelaksanaan pengawasan pembangunan');
  });
  it('flags a sentence heavy with -isasi and pe-an words', () => {
    expect(findings('Optimalisasi pelayanan membutuhkan revitalisasi kelembagaan dan digitalisasi administrasi.', RULE)).toHaveLength(1);
  });
  it('flags dense English', () => {
    expect(
      findings('Comprehensive implementation of infrastructure rehabilitation necessitates interdepartmental coordination.', RULE),
    ).toHaveLength(1);
  });
  it('is quiet on plain sentences', () => {
    expect(findings('Kami memperbaiki jalan di Kelurahan Sungai Jawi mulai Senin.', RULE)).toEqual([]);
    expect(findings('We are fixing the road in Sungai Jawi from Monday.', RULE)).toEqual([]);
  });
});
