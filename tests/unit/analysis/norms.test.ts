import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

describe('hashtag.count', () => {
  it('allows 2 hashtags on X and 5 on Instagram', () => {
    const text = 'Ayo ikut car free day! #PontianakSehat #CFD #Olahraga';
    expect(findings(text, 'hashtag.count', { platform: 'x' })[0]!.span!.text).toBe('#Olahraga');
    expect(findings(text, 'hashtag.count', { platform: 'instagram' })).toEqual([]);
  });
  it('speaks English for English posts', () => {
    expect(findings('Join us! #A1 #B2 #C3', 'hashtag.count', { platform: 'x' })[0]!.message).toBe(
      'This post uses 3 hashtags, but 2 is enough on X',
    );
  });
});

describe('emoji.count', () => {
  it('allows young readers more emoji than officials', () => {
    const text = 'Festival kuliner hari Minggu 🎉🍜🍢🎶';
    expect(findings(text, 'emoji.count', { platform: 'instagram', audience: 'youth' })).toEqual([]);
    expect(findings(text, 'emoji.count', { platform: 'instagram', audience: 'government' })).toHaveLength(1);
  });
  it('flags a line that is only emoji', () => {
    const [f] = findings('Vaksinasi hari ini\n💉💪', 'emoji.count');
    expect(f!.message).toBe('Baris ini hanya berisi emoji');
    expect(findings('Clinic open today\n👍', 'emoji.count')[0]!.message).toBe('This line has only emoji');
  });
});

describe('mention.count', () => {
  it('flags more than 3 mentions on X', () => {
    expect(findings('Terima kasih @a @b @c @d', 'mention.count', { platform: 'x' })[0]!.span!.text).toBe('@d');
    expect(findings('Thanks @a and @b', 'mention.count', { platform: 'x' })).toEqual([]);
  });
});

describe('link.count', () => {
  it('flags links in an Instagram caption, which cannot be clicked', () => {
    const [f] = findings('Daftar di https://pontianak.go.id/daftar', 'link.count', { platform: 'instagram' });
    expect(f!.why).toContain('tautan di bio');
    expect(f!.message).toBe('Tautan di keterangan Instagram tidak bisa diklik: tulis “tautan di bio”');
  });
  it('allows one link on X, not two', () => {
    expect(findings('Info: https://a.go.id/x', 'link.count', { platform: 'x' })).toEqual([]);
    expect(findings('Info: https://a.go.id/x and https://b.go.id/y', 'link.count', { platform: 'x' })).toHaveLength(1);
  });
});
