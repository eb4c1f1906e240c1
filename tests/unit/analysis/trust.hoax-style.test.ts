import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { COMPLETE } from './clarification-drafts';
import { findings, NOW } from './helpers';

const RULE = 'trust.hoax-style';

describe('trust.hoax-style (Indonesian)', () => {
  it('flags pressure to share and unnamed authority', () => {
    const found = findings('Kata seorang dokter, air kelapa menyembuhkan DBD. Sebarkan ke grup keluarga!', RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['Kata seorang dokter', 'Sebarkan ke grup']);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });
  it('flags "katanya" as hearsay before a claim, not as the tag of a quote', () => {
    expect(findings('Katanya air PDAM tercemar.', RULE).map((f) => f.span!.text)).toEqual(['Katanya']);
    expect(findings('Air PDAM katanya tercemar.', RULE).map((f) => f.span!.text)).toEqual(['katanya']);
    // A press release: the speaker is named, "katanya" tags the next quote.
    expect(findings('“Air mulai surut,” kata Budi. “Warga tetap waspada,” katanya.', RULE)).toEqual([]);
    expect(findings('Air mulai surut, katanya.', RULE)).toEqual([]);
  });
  it('flags an alarmist opener only where it shouts', () => {
    expect(findings('HEBOH! Jembatan Kapuas retak.', RULE).map((f) => f.span!.text)).toEqual(['HEBOH']);
    expect(findings('Warga heboh menyambut festival.', RULE)).toEqual([]);
  });
  it('is quiet on an ordinary official post', () => {
    expect(findings('BPBD Kota Pontianak mengimbau warga di bantaran sungai waspada banjir rob, Kamis (26/11).', RULE)).toEqual([]);
  });
});

describe('trust.hoax-style (English)', () => {
  it('flags "share before it is deleted" and "a doctor said"', () => {
    const found = findings('A doctor said the water is poisoned. Share before it is deleted!', RULE);
    expect(found.map((f) => f.span!.text)).toEqual(['A doctor said', 'Share before it is deleted']);
  });
  it('flags a sensational opener and messages in the text language', () => {
    const [f] = findings('BREAKING: the bridge is closed.', RULE);
    expect(f!.message).toMatch(/ sounds sensational: open with the facts$/);
  });
  it('reports a word that is both alarm and clickbait once', () => {
    expect(findings('SHOCKING!!! Market prices fell.', RULE).map((f) => f.span!.text)).toEqual(['SHOCKING']);
  });
  it('flags clickbait hyperbole anywhere in English', () => {
    expect(findings('This incredible trick will make you rethink recycling.', RULE).map((f) => f.span!.text)).toEqual([
      'incredible',
      'will make you',
    ]);
  });
  it('is quiet on plain news', () => {
    expect(findings('The city health office said the clinic opens on Monday.', RULE)).toEqual([]);
  });
});

describe('trust.hoax-style: share pressure as people write it (issue 16.2)', () => {
  const spans = (text: string) => findings(text, RULE).map((f) => f.span!.text);

  it('reads Indonesian pleas to share with typos, doubling, spacing and capitals', () => {
    expect(spans('Bagikan ke grup2 WA ya, biar semua tahu.')).toEqual(['Bagikan ke grup2 WA']);
    expect(spans('TOLONG DISEBARLUASKAN')).toEqual(['TOLONG DISEBARLUASKAN']);
    expect(spans('Air PDAM tercemar, bagikan seluas luasnya.')).toEqual(['bagikan seluas luasnya']);
    expect(spans('Share sebanyak2nya!')).toEqual(['Share sebanyak2nya']);
    // Where to share is not a source: one finding, not "grup sebelah" as hearsay too.
    expect(spans('Info penting, sebar ke grup sebelah')).toEqual(['sebar ke grup sebelah']);
    expect(spans('Tolonggg sebarkannn')).toEqual(['Tolonggg sebarkannn']);
    expect(spans('Mohon dibagikan ya.')).toEqual(['Mohon dibagikan']);
    expect(spans('Teruskan info ini ke keluarga kalian.')).toEqual(['Teruskan info ini ke keluarga kalian']);
    expect(findings('viralkan!!', RULE).map((f) => [f.span!.text, f.severity])).toEqual([['viralkan', 'warning']]);
  });
  it('is quiet on Indonesian sharing that is no plea: an invitation, a report, a negation, a handover', () => {
    expect(findings('Bagikan pengalaman Anda di kolom komentar.', RULE)).toEqual([]);
    expect(findings('Mohon bagikan pengalaman Anda.', RULE)).toEqual([]);
    expect(findings('Bantuan sembako dibagikan kepada keluarga penerima manfaat.', RULE)).toEqual([]);
    expect(findings('Pesan yang disebarkan di grup WhatsApp itu tidak benar.', RULE)).toEqual([]);
    expect(findings('Data telah disebarluaskan seluas-luasnya kepada masyarakat.', RULE)).toEqual([]);
    expect(findings('Jangan sebarkan hoaks.', RULE)).toEqual([]);
    expect(findings('Teruskan ke bagian pelayanan bila berkas lengkap.', RULE)).toEqual([]);
    expect(findings('Kirim foto kegiatan ke grup WA kelurahan.', RULE)).toEqual([]);
    // "disebar" is also sown: "segera" is no plea.
    expect(findings('Benih padi segera disebar.', RULE)).toEqual([]);
  });
  it('reads English retweet and share requests, abbreviated and shouted', () => {
    expect(spans('Roads closed near the bridge. RT pls')).toEqual(['RT pls']);
    expect(spans('pls retweet')).toEqual(['pls retweet']);
    expect(spans('SHARE THIS before it is gone')).toEqual(['SHARE THIS']);
    expect(spans('Please share widely.')).toEqual(['Please share widely']);
    expect(spans('Forward to all your groups!')).toEqual(['Forward to all your groups']);
    expect(spans('Share & retweet plz')).toEqual(['Share & retweet plz']);
    expect(spans('PLS SHAREEE!!')).toEqual(['PLS SHAREEE']);
  });
  it('is quiet on English sharing that is no plea', () => {
    expect(findings('Please share your feedback on the new service.', RULE)).toEqual([]);
    expect(findings('Share your feedback at the front desk.', RULE)).toEqual([]);
    expect(findings('We look forward to all of you joining us.', RULE)).toEqual([]);
    expect(findings('Photos to share with your family after the parade.', RULE)).toEqual([]);
    expect(findings('The virus spread widely last year.', RULE)).toEqual([]);
    expect(findings('RT @bpbd_kalbar: the water is going down.', RULE)).toEqual([]);
  });
  it('lists the new forms in a hoax clarification’s checklist too', () => {
    const c = (text: string) => analyze(text, { now: NOW }).checklist.clarification!;
    const copied = COMPLETE.id.replace('limbah.', 'limbah, “TOLONG DISEBARLUASKAN ke grup2 WA”.');
    expect(c(copied).pressure.map((s) => s.text)).toEqual(['TOLONG DISEBARLUASKAN ke grup2 WA']);
    expect(c(`${COMPLETE.id} Jangan bagikan ke grup WA.`).pressure).toEqual([]);
  });
});

describe('trust.hoax-style: alarm words in capitals (issue 16.2)', () => {
  const spans = (text: string) => findings(text, RULE).map((f) => f.span!.text);

  it('flags GEMPAR, VIRAL, URGENT and DARURAT where they shout, stretched too', () => {
    expect(spans('GEMPAR!! Warga panik.')).toEqual(['GEMPAR']);
    expect(spans('Sungai meluap, VIRAL di medsos.')).toEqual(['VIRAL']);
    expect(spans('URGENT: blood donors needed tonight.')).toEqual(['URGENT']);
    expect(spans('Info DARURAT!!! air PDAM tercemar')).toEqual(['DARURAT']);
    expect(spans('GEMPARRR warga Siantan')).toEqual(['GEMPARRR']);
  });
  it('is quiet on the same words as terms, before a number, or in lower case inside a sentence', () => {
    expect(findings('Status tanggap darurat ditetapkan BPBD.', RULE)).toEqual([]);
    expect(findings('STATUS TANGGAP DARURAT BANJIR', RULE)).toEqual([]);
    expect(findings('Darurat: 112.', RULE)).toEqual([]);
    expect(findings('INSTALASI GAWAT DARURAT RSUD buka 24 jam.', RULE)).toEqual([]);
    expect(findings('Urgent care centre opens Monday.', RULE)).toEqual([]);
    expect(findings('URGENT CARE CENTRE OPEN', RULE)).toEqual([]);
    expect(findings('Video yang viral di media sosial itu direkam tahun lalu.', RULE)).toEqual([]);
  });
});

describe('trust.hoax-style: unnamed authority as people write it (issue 16.2)', () => {
  const spans = (text: string) => findings(text, RULE).map((f) => f.span!.text);

  it('flags a friend or relative as the source, "orang dalam", a claimed trusted source and a rumour (Indonesian)', () => {
    expect(spans('kata teman yang kerja di RS, stok darah habis')).toEqual(['kata teman yang kerja di RS']);
    expect(spans('temen gw yg kerja di dinkes bilang gitu')).toEqual(['temen gw yg kerja di dinkes']);
    expect(spans('dapet info dr orang dalam, harga naik')).toEqual(['dapet info dr orang dalam']);
    expect(spans('Sumber yg sangat valid bilang air tercemar.')).toEqual(['Sumber yg sangat valid']);
    expect(spans('Menurut kabar yang beredar, besok sekolah libur.')).toEqual(['Menurut kabar yang beredar']);
  });
  it('is quiet on the same words that name no source (Indonesian)', () => {
    expect(findings('Tiga orang dalam rumah itu selamat.', RULE)).toEqual([]);
    expect(findings('Pastikan informasi dari sumber terpercaya.', RULE)).toEqual([]);
    expect(findings('Sumber: BPBD Kota Pontianak.', RULE)).toEqual([]);
    expect(findings('Terima kasih kepada teman-teman yang bekerja di lapangan.', RULE)).toEqual([]);
    expect(findings('Menurut teman-teman relawan, air sudah surut.', RULE)).toEqual([]);
  });
  it('flags a friend who works there and a reliable source, not advice or a friend who is no source (English)', () => {
    expect(spans('My friend who works at the hospital says it is bad.')).toEqual(['My friend who works']);
    expect(spans('According to a reliable source, schools close.')).toEqual(['a reliable source']);
    expect(findings('Only trust information from a reliable source such as the BoM.', RULE)).toEqual([]);
    expect(findings('A friend who is in need deserves help.', RULE)).toEqual([]);
  });
});

describe('trust.hoax-style on a line of thousands of requests', () => {
  it('gives at most 50 tips for one line (the next come as these are fixed)', () => {
    const line = 'RT pls '.repeat(400);
    const found = analyze(line, { now: NOW }).findings.filter((f) => f.rule === 'trust.hoax-style');
    expect(found).toHaveLength(50);
    // In text order, from the start of the line.
    expect(found[0]!.span!.start).toBe(0);
    expect(analyze('RT pls '.repeat(3), { now: NOW }).findings.filter((f) => f.rule === 'trust.hoax-style')).toHaveLength(3);
  });
});
