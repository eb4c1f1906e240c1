import { describe, expect, it } from 'vitest';
import { applyFix, findings } from './helpers';

const RULE = 'spelling.di-preposition';

describe('spelling.di-preposition', () => {
  it('separates the place preposition: "dirumah" → "di rumah", "dimana" → "di mana"', () => {
    const text = 'Warga diminta tetap dirumah. Dimana posko terdekat?';
    const found = findings(text, RULE);
    expect(found.map((f) => f.fix!.replacement)).toEqual(['di rumah', 'Di mana']);
    expect(applyFix(text, found[0]!)).toBe('Warga diminta tetap di rumah. Dimana posko terdekat?');
  });
  it('joins the passive prefix: "di laksanakan" → "dilaksanakan"', () => {
    const text = 'Kegiatan di laksanakan di Aula Kantor Wali Kota.';
    const [f, ...rest] = findings(text, RULE);
    expect(rest).toHaveLength(0);
    expect(applyFix(text, f!)).toBe('Kegiatan dilaksanakan di Aula Kantor Wali Kota.');
  });
  it('leaves correct Indonesian alone', () => {
    expect(findings('Jalan ditutup di depan pasar. Warga dirumahkan? Tidak. Di Bali dan di pekan raya.', RULE)).toEqual([]);
  });
  it('does not touch English sentences', () => {
    expect(findings('The dinner is served at the city hall. Discussions continue.', RULE)).toEqual([]);
  });
});

const fixes = (text: string) => findings(text, RULE).map((f) => [f.span!.text, f.fix!.replacement]);

describe('spelling.di-preposition: di- as prefix, told by the dictionary', () => {
  it('joins a passive whose root has an active form too: "di mulai", "di ketahui", "di perpanjang"', () => {
    expect(fixes('Pembangunan di mulai tahun depan, perlu di ketahui izinnya di perpanjang.')).toEqual([
      ['di mulai', 'dimulai'],
      ['di ketahui', 'diketahui'],
      ['di perpanjang', 'diperpanjang'],
    ]);
    expect(fixes('Gary di dampingi jurnalis; acara di pandu MC.')).toEqual([
      ['di dampingi', 'didampingi'],
      ['di pandu', 'dipandu'],
    ]);
  });
  it('keeps the writer’s case: "Di buka" → "Dibuka", "DI TUTUP" → "DITUTUP"', () => {
    expect(fixes('Di buka mulai besok.')).toEqual([['Di buka', 'Dibuka']]);
    expect(fixes('JALAN DI TUTUP SEMENTARA')).toEqual([['DI TUTUP', 'DITUTUP']]);
  });
  it('leaves "di" before a noun that is also a verb root: "di lepas pantai", "di pukul 08.00", "di undang-undang"', () => {
    expect(fixes('Pembangkit dibangun di lepas pantai dan diatur di undang - undang.')).toEqual([]);
    expect(fixes('Acara selesai di pukul 10.00, dicatat di rekam medis, diumumkan di pesan ini.')).toEqual([]);
    expect(fixes('Ia aktif di organisasi dan tinggal di tumpukan sampah di peternakan ayam.')).toEqual([]);
  });
  it('leaves a word that is di + place and a word of its own: "dikali"', () => {
    expect(fixes('Hasilnya 5 dikali 3.')).toEqual([]);
  });
});

describe('spelling.di-preposition: ke', () => {
  it('separates the preposition written together: "kekantor" → "ke kantor"', () => {
    const text = 'Warga datang kekantor lalu kepasar.';
    expect(fixes(text)).toEqual([
      ['kekantor', 'ke kantor'],
      ['kepasar', 'ke pasar'],
    ]);
    expect(applyFix(text, findings(text, RULE)[0]!)).toBe('Warga datang ke kantor lalu kepasar.');
  });
  it('leaves ke- words that look like ke + place: "keluar", "keluarnya", "kelapangan"', () => {
    expect(fixes('Keluarnya SK itu membuat warga keluar dengan kelapangan hati.')).toEqual([]);
  });
  it('joins the prefix ke- written apart: "ke sehatan", "ke pada", "ke tua RT"', () => {
    expect(fixes('Dinas ke sehatan menyurati ke pada warga; rapat dipimpin ke tua RT.')).toEqual([
      ['ke sehatan', 'kesehatan'],
      ['ke pada', 'kepada'],
      ['ke tua', 'ketua'],
    ]);
    // "ke tua" is the preposition when it ends the phrase or goes with "muda".
    expect(fixes('Semua umur dari muda ke tua hadir.')).toEqual([]);
    expect(fixes('Dari anak ke tua.')).toEqual([]);
  });
  it('writes ordinals joined or with a hyphen after a word that counts: "yang ke dua", "hari ke 3", "HUT ke 80", "ke2"', () => {
    expect(fixes('Ini pertemuan yang ke dua, hari ke 3, HUT ke 80, untuk ke2 kalinya.')).toEqual([
      ['ke dua', 'kedua'],
      ['ke 3', 'ke-3'],
      ['ke 80', 'ke-80'],
      ['ke2', 'ke-2'],
    ]);
    // "ke tiga desa" is "to three villages".
    expect(fixes('Bantuan dikirim ke tiga desa dan ke 2 lokasi.')).toEqual([]);
  });
  it('leaves English alone', () => {
    expect(fixes('Kenya is a country; the ke key is broken. Dimensions differ.')).toEqual([]);
  });
});
