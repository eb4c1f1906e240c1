import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const RULE = 'a11y.alt-text';

describe('a11y.alt-text', () => {
  it('reminds when media is attached (both languages)', () => {
    expect(findings('Jadwal vaksinasi pekan ini.', RULE, { hasMedia: true })[0]!.message).toMatch(/^Ada gambar/);
    expect(findings('This week’s vaccination schedule.', RULE, { hasMedia: true })[0]!.message).toMatch(/^There is an image/);
  });
  it('is quiet without media, or when the draft already describes the image', () => {
    expect(findings('Jadwal vaksinasi pekan ini.', RULE)).toEqual([]);
    expect(findings('Jadwal vaksinasi. [Foto: poster jadwal, Senin–Jumat 08.00 WIB]', RULE, { hasMedia: true })).toEqual([]);
  });
});
