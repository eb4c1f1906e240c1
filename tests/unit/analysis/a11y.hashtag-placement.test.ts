import { describe, expect, it } from 'vitest';
import { analyze, AUDIENCES, PLATFORMS } from '../../../src/analysis';
import { findings, NOW } from './helpers';

const RULE = 'a11y.hashtag-placement';

describe('a11y.hashtag-placement: hashtags mid-sentence', () => {
  it('finds a hashtag between words of an Indonesian sentence (Indonesian message), with no fix', () => {
    const [f, ...rest] = findings('Warga #Pontianak diminta waspada banjir rob.', RULE, { locale: 'id' });
    expect(rest).toEqual([]);
    expect(f!.span!.text).toBe('#Pontianak');
    expect(f!.message).toBe('Tagar “#Pontianak” di tengah kalimat: pindahkan ke akhir unggahan');
    expect(f!.why).toContain('GOV.UK');
    expect(f!.why).toContain('Section508.gov');
    expect(f!.fix).toBeUndefined();
  });

  it('finds a run of hashtags in an English sentence as one (English message)', () => {
    const [f, ...rest] = findings('Residents of #Pontianak #WestKalimantan are asked to stay alert.', RULE, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(f!.span!.text).toBe('#Pontianak #WestKalimantan');
    expect(f!.message).toBe('The hashtag “#Pontianak #WestKalimantan” is mid-sentence: move it to the end of the post');
  });

  it('reads a comma after the tag as a sentence that goes on, whatever the next word', () => {
    expect(findings('Warga #Pontianak, Kalimantan Barat, diminta waspada.', RULE)).toHaveLength(1);
  });

  it('leaves hashtags at the end or the start of a sentence, and a tag before a sentence with no full stop between', () => {
    for (const text of [
      'Warga Pontianak diminta waspada banjir rob. #Pontianak #BanjirRob',
      'Residents are asked to stay alert #FloodAlert',
      '#InfoBanjir Warga diminta waspada.',
      'Banjir sudah surut #Pontianak Warga diminta tetap waspada.',
      'Stay safe. #Pontianak\nMore news soon.',
    ])
      expect(findings(text, RULE), text).toEqual([]);
  });
});

describe('a11y.hashtag-placement: more than two hashtags for the public', () => {
  const THREE_ID = 'Vaksinasi gratis di Puskesmas Kampung Dalam. #Pontianak #Vaksinasi #SehatBersama';
  const THREE_EN = 'Free vaccination at the Kampung Dalam health centre. #Pontianak #Vaccines #StayHealthy';

  it('finds a third hashtag for the public where the platform allows more (Instagram, LinkedIn), in both languages', () => {
    const [f, ...rest] = findings(THREE_ID, RULE, { audience: 'public', platform: 'instagram', locale: 'id' });
    expect(rest).toEqual([]);
    expect(f!.span!.text).toBe('#SehatBersama');
    expect(f!.message).toBe('3 tagar: untuk warga umum cukup 2');
    expect(f!.why).toContain('GOV.UK');
    const [e] = findings(THREE_EN, RULE, { audience: 'public', platform: 'linkedin', locale: 'en' });
    expect(e!.message).toBe('3 hashtags: 2 are enough for the general public');
  });

  it('is quiet with two hashtags, for other audiences, and where hashtag.count already speaks', () => {
    expect(findings('Vaksinasi gratis. #Pontianak #Vaksinasi', RULE, { audience: 'public', platform: 'instagram' })).toEqual([]);
    expect(findings(THREE_ID, RULE, { audience: 'government', platform: 'instagram' })).toEqual([]);
    expect(findings(THREE_EN, RULE, { audience: 'youth', platform: 'linkedin' })).toEqual([]);
    // On X the norm is two: hashtag.count says it, this rule does not.
    const report = analyze(THREE_ID, { now: NOW, audience: 'public', platform: 'x' });
    expect(report.findings.map((f) => f.rule)).toContain('hashtag.count');
    expect(report.findings.map((f) => f.rule)).not.toContain(RULE);
  });

  it('never says "too many hashtags" twice: on every platform and audience, at most one of the two rules counts', () => {
    for (const platform of PLATFORMS)
      for (const audience of AUDIENCES)
        for (let n = 0; n <= 7; n++) {
          const tags = Array.from({ length: n }, (_, i) => `#Tag${'ABCDEFGH'[i]}`).join(' ');
          const rules = analyze(`Posyandu buka Kamis. ${tags}`, { now: NOW, platform, audience }).findings.map((f) => f.rule);
          const counted = rules.filter((r) => r === 'hashtag.count' || r === RULE);
          expect(counted.length, `${platform} ${audience} ${n}`).toBeLessThanOrEqual(1);
          if (audience === 'public' && n > 2) expect(counted.length, `${platform} ${n}`).toBe(1);
        }
  });
});
