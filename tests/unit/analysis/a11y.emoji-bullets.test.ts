import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'a11y.emoji-bullets';

const LIST_ID = 'Syarat pendaftaran:\n✅ Bawa KTP asli\n✅ Bawa Kartu Keluarga\n✅ Datang sebelum pukul 10.00 WIB';
const LIST_EN = 'What to bring:\n📌 Your ID card\n📌 Your family card\n\n📌 A pen';

/** All fixes applied, from the end of the text. */
const fixAll = (text: string, found: ReturnType<typeof findings>) =>
  [...found].sort((a, b) => b.fix!.start - a.fix!.start).reduce((t, f) => applyFix(t, f), text);

describe('a11y.emoji-bullets: emoji as list markers', () => {
  it('finds each emoji marker of a list of three lines in an Indonesian post, with a bullet as the fix (Indonesian message)', () => {
    const found = findings(LIST_ID, RULE, { locale: 'id' });
    expect(found.map((f) => f.span!.text)).toEqual(['✅', '✅', '✅']);
    expect(found[0]!.message).toBe('Emoji “✅” sebagai penanda daftar: pembaca layar membacakan namanya di setiap baris');
    expect(found[0]!.why).toContain('GOV.UK');
    expect(found[0]!.why).toContain('Section508.gov');
    expect(fixAll(LIST_ID, found)).toBe('Syarat pendaftaran:\n• Bawa KTP asli\n• Bawa Kartu Keluarga\n• Datang sebelum pukul 10.00 WIB');
    expect(findings(fixAll(LIST_ID, found), RULE)).toEqual([]);
  });

  it('finds a list in an English post across a blank line (English message)', () => {
    const found = findings(LIST_EN, RULE, { locale: 'en' });
    expect(found).toHaveLength(3);
    expect(found[0]!.message).toBe('The emoji “📌” as a list marker: screen readers read its name on every line');
    expect(found[0]!.fix!.label).toBe('Replace with “•”');
    expect(found.every((f) => f.fix!.safe)).toBe(true);
    // Windows line ends: the blank line between items is still blank.
    expect(findings(LIST_EN.replace(/\n/g, '\r\n'), RULE)).toHaveLength(3);
  });

  it('gives a keycap its number back, and a space where the emoji touched the word', () => {
    const text = '1️⃣ Daftar online\n2️⃣ Datang ke loket\n🔟 Ambil KTP\n▶️Selesai';
    expect(fixAll(text, findings(text, RULE))).toBe('1. Daftar online\n2. Datang ke loket\n10. Ambil KTP\n• Selesai');
  });

  it('counts plain bullets and numbers as list lines, so one emoji among them is a marker too, and fixing one keeps the others found', () => {
    const text = '- Bawa KTP\n- Bawa KK\n👉 Datang pagi';
    expect(findings(text, RULE).map((f) => f.span!.text)).toEqual(['👉']);
    const first = findings(LIST_ID, RULE)[0]!;
    expect(findings(applyFix(LIST_ID, first), RULE)).toHaveLength(2);
  });

  it('reports at most 50 markers at a time, and the rest once those are fixed', () => {
    const text = Array.from({ length: 60 }, (_, i) => `✅ Berkas ${i + 1}`).join('\n');
    const found = findings(text, RULE);
    expect(found).toHaveLength(50);
    expect(findings(fixAll(text, found), RULE).map((f) => f.span!.start)).toHaveLength(10);
  });

  it('leaves two emoji lines, a heading emoji, lines of emoji only and lists broken by text alone', () => {
    for (const text of [
      '✅ Bawa KTP\n✅ Bawa KK',
      '📢 PENGUMUMAN\nPosyandu buka Kamis pukul 08.00 WIB.',
      '🎉🎉🎉\n🎉🎉\n🎉',
      '✅ Bawa KTP\nJangan lupa juga:\n✅ Bawa KK\n✅ Bawa pena',
      '📌 Bring your ID\nAnd also\n📌 Bring a pen',
      '• Bawa KTP\n• Bawa KK\n• Bawa pena',
    ])
      expect(findings(text, RULE), text).toEqual([]);
  });
});

describe('a11y.emoji-bullets: emoji inside a sentence', () => {
  it('finds an emoji standing for a word in an Indonesian sentence (Indonesian message), with no fix', () => {
    const [f, ...rest] = findings('Ayo 👉 ke posko kesehatan terdekat.', RULE, { locale: 'id' });
    expect(rest).toEqual([]);
    expect(f!.span!.text).toBe('👉');
    expect(f!.message).toBe('Emoji “👉” di tengah kalimat menggantikan kata: tuliskan katanya');
    expect(f!.fix).toBeUndefined();
  });

  it('finds one in an English sentence (English message), a group of emoji as one', () => {
    const found = findings('We ❤️ our city and we 👏👏 our volunteers.', RULE, { locale: 'en' });
    expect(found.map((f) => f.span!.text)).toEqual(['❤️', '👏👏']);
    expect(found[0]!.message).toBe('The emoji “❤️” stands for a word mid-sentence: write the word');
    expect(found[0]!.why).toContain('Section508.gov');
  });

  it('leaves emoji at the end of a sentence, before a new sentence, at the start of a line, and around numbers', () => {
    for (const text of [
      'Terima kasih atas partisipasinya 🙏',
      'Banjir sudah surut 🙏 Semoga warga sehat selalu.',
      'Stay safe, everyone! 💙 See you on Friday.',
      '📢 Posyandu buka Kamis.',
      'Suhu 30 🌡️ derajat',
      'ℹ️ Info layanan',
    ])
      expect(findings(text, RULE), text).toEqual([]);
  });
});

describe('a11y.emoji-bullets: markers that carry meaning', () => {
  it('a do and don’t list (✅ and ❌) is reported without a fix: one bullet for all would make a “don’t” a “do”', () => {
    const text = 'Protokol kesehatan di pasar:\n✅ Pakai masker\n❌ Berkerumun\n✅ Cuci tangan\n❌ Makan di tempat';
    const found = findings(text, 'a11y.emoji-bullets');
    expect(found).toHaveLength(4);
    for (const f of found) expect(f.fix).toBeUndefined();
    // One marker for every line: the plain bullet is safe.
    const same = findings('Bawa:\n✅ KTP\n✅ KK\n✅ Buku KIA', 'a11y.emoji-bullets');
    expect(same.map((f) => f.fix?.replacement)).toEqual(['• ', '• ', '• '].map((r) => expect.stringContaining(r.trim())));
  });
});
