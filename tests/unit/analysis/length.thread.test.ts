import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { countXWeighted } from '../../../src/analysis/count';
import { findings } from './helpers';
import { KTP_ANNOUNCEMENT } from '../../fixtures/drafts';

const RULE = 'length.thread';
const LONG_ID = KTP_ANNOUNCEMENT;

describe('length.thread', () => {
  it('splits a 700-character post for X into numbered posts of ≤ 280', () => {
    expect(LONG_ID.length).toBeGreaterThan(600);
    const [f] = findings(LONG_ID, RULE, { platform: 'x' });
    const posts = f!.data!.posts!;
    expect(posts.length).toBeGreaterThanOrEqual(3);
    posts.forEach((p, i) => {
      expect(p.count).toBe(countXWeighted(p.text));
      expect(p.count).toBeLessThanOrEqual(280);
      expect(p.text.endsWith(` (${i + 1}/${posts.length})`)).toBe(true);
    });
    // Nothing lost: the posts without their numbers give back the sentences in order.
    const rejoined = posts.map((p) => p.text.replace(/ \(\d+\/\d+\)$/, '')).join(' ');
    expect(rejoined.replace(/\s+/g, ' ')).toBe(LONG_ID.replace(/\s+/g, ' '));
  });
  it('cuts a single over-long sentence at words', () => {
    const sentence = Array.from({ length: 80 }, (_, i) => `kata${i}`).join(' ');
    const posts = findings(sentence, RULE, { platform: 'bluesky' })[0]!.data!.posts!;
    expect(posts.every((p) => p.count <= 300)).toBe(true);
  });
  it('writes its message in English for English posts, and stays quiet where threads do not exist', () => {
    const en = 'The city opens a mobile ID-card service on Monday. '.repeat(8);
    expect(findings(en, RULE, { platform: 'threads' })).toEqual([]);
    expect(findings(en + en, RULE, { platform: 'threads' })[0]!.message).toMatch(/^Split this post into a thread of \d+ posts$/);
    expect(analyze(LONG_ID, { platform: 'facebook' }).findings.filter((f) => f.rule === RULE)).toEqual([]);
  });
});
