import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { applyFix, findings, NOW } from './helpers';

const RULE = 'a11y.fancy-letters';

describe('a11y.fancy-letters', () => {
  it('finds mathematical bold capitals in an Indonesian post and fixes them to plain letters (Indonesian message)', () => {
    const text = '𝐏𝐄𝐍𝐆𝐔𝐌𝐔𝐌𝐀𝐍: posyandu buka Kamis.';
    const [f, ...rest] = findings(text, RULE, { locale: 'id' });
    expect(rest).toEqual([]);
    expect(f!.span!.text).toBe('𝐏𝐄𝐍𝐆𝐔𝐌𝐔𝐌𝐀𝐍');
    expect(f!.message).toContain('pembaca layar');
    expect(f!.message).toContain('“PENGUMUMAN”');
    expect(f!.why).toContain('GOV.UK');
    expect(f!.why).toContain('X/Twitter');
    expect(applyFix(text, f!)).toBe('PENGUMUMAN: posyandu buka Kamis.');
    // Deterministic: "fix all safe" may apply it.
    expect(f!.fix!.safe).toBe(true);
  });

  it('finds italic, script, fraktur, double-struck, sans-serif and monospace letters in an English post (English message)', () => {
    const text = 'Join us at the 𝘤𝘪𝘵𝘺 𝘩𝘢𝘭𝘭 on Friday. 𝓦𝓮𝓵𝓬𝓸𝓶𝓮 𝔞𝔩𝔩 𝕗𝕣𝕚𝕖𝕟𝕕𝕤 𝗮𝗻𝗱 𝚗𝚎𝚒𝚐𝚑𝚋𝚘𝚞𝚛𝚜';
    const found = findings(text, RULE, { locale: 'en' });
    // Fancy words separated by spaces only are one run and one fix.
    expect(found.map((f) => f.fix!.replacement)).toEqual(['city hall', 'Welcome all friends and neighbours']);
    expect(found[0]!.message).toBe('Fancy letters that screen readers and search cannot read: write “city hall”');
    expect(found[0]!.why).toContain('Making your social media posts accessible');
    expect(applyFix(text, found[0]!)).toBe('Join us at the city hall on Friday. 𝓦𝓮𝓵𝓬𝓸𝓶𝓮 𝔞𝔩𝔩 𝕗𝕣𝕚𝕖𝕟𝕕𝕤 𝗮𝗻𝗱 𝚗𝚎𝚒𝚐𝚑𝚋𝚘𝚞𝚛𝚜');
  });

  it('fills the holes of the mathematical alphabets with Letterlike Symbols (ℎ ℬ ℭ ℌ ℛ)', () => {
    // Italic small h is U+210E, script capital B U+212C, fraktur capital C U+212D.
    expect(findings('Info 𝑤𝑎𝑟𝑔𝑎 𝑠𝑒ℎ𝑎𝑡', RULE)[0]!.fix!.replacement).toBe('warga sehat');
    expect(findings('ℬ𝒶𝓃𝒿𝒾𝓇 surut', RULE)[0]!.fix!.replacement).toBe('Banjir');
    expect(findings('ℭ𝔞𝔯𝔦 info', RULE)[0]!.fix!.replacement).toBe('Cari');
  });

  it('finds circled letters, full-width text, squared letters, small capitals and bold digits', () => {
    const fixed = (text: string) => findings(text, RULE).map((f) => f.fix!.replacement);
    expect(fixed('Lomba ⓜⓔⓦⓐⓡⓝⓐⓘ untuk anak')).toEqual(['mewarnai']);
    expect(fixed('ＶＡＫＳＩＮ ＧＲＡＴＩＳ！ di puskesmas')).toEqual(['VAKSIN GRATIS!']);
    expect(fixed('🄸🄽🄵🄾 banjir')).toEqual(['INFO']);
    expect(fixed('ᴘᴇɴᴅᴀꜰᴛᴀʀᴀɴ dibuka')).toEqual(['pendaftaran']);
    expect(fixed('Tahun 𝟐𝟎𝟐𝟔 dimulai')).toEqual(['2026']);
  });

  it('replaces only the fancy run, never a plain letter next to it, and never splits a surrogate pair', () => {
    const text = 'Pᴇɴɢᴜᴍᴜᴍᴀɴ 😀𝐀𝐖𝐀𝐒';
    const found = findings(text, RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['ᴇɴɢᴜᴍᴜᴍᴀɴ', '𝐀𝐖𝐀𝐒']);
    for (const f of found) {
      // Spans start and end on code point boundaries, in UTF-16 code units.
      expect(text.codePointAt(f.span!.start)).toBe(f.span!.text.codePointAt(0));
      expect(text.slice(f.fix!.start, f.fix!.end)).toBe(f.span!.text);
    }
    let out = text;
    for (const f of [...found].reverse()) out = applyFix(out, f);
    expect(out).toBe('Pengumuman 😀AWAS');
    expect(findings(out, RULE)).toEqual([]);
  });

  it('reports at most 50 runs of a line at a time', () => {
    const text = '𝐀𝐁 c '.repeat(60);
    expect(findings(text, RULE)).toHaveLength(50);
  });

  it('turns a fancy hashtag into one that search finds', () => {
    const text = 'Banjir surut. #𝐏𝐨𝐧𝐭𝐢𝐚𝐧𝐚𝐤𝐊𝐨𝐭𝐚';
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Banjir surut. #PontianakKota');
  });

  it('leaves plain text, symbols with a meaning of their own, circled digits, emoji and CJK punctuation alone', () => {
    for (const text of [
      'Posyandu buka Kamis, 26 November 2026, pukul 08.00 WIB.',
      'Suhu 30 ℃, air 5 ℓ per orang, luas 20 m², Merek™ No. 5, № 12',
      'Langkah: ① daftar ② datang ③ pulang',
      'ℹ️ Info layanan Ⓜ️ stasiun',
      'Café, naïve, Ångström, Jalan Ahmad Yani',
      '東京（とうきょう）！',
      '２０２６年１２月、ＮＨＫ　ニュース',
      'The ℓ symbol',
    ])
      expect(findings(text, RULE), text).toEqual([]);
  });

  it('counts in the score under reach, as a warning', () => {
    const fancy = analyze('𝐏𝐄𝐍𝐆𝐔𝐌𝐔𝐌𝐀𝐍 posyandu', { now: NOW });
    const f = fancy.findings.find((x) => x.rule === RULE)!;
    expect([f.category, f.severity]).toEqual(['reach', 'warning']);
    expect(fancy.score.parts.engagement).toBeLessThan(analyze('PENGUMUMAN posyandu', { now: NOW }).score.parts.engagement);
  });
});
