import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { applyFix, findings as findingsOf, NOW } from './helpers';
import type { AnalysisContext } from '../../../src/analysis';

const RULE = 'style.all-caps';
const EMPHASIS = 'style.caps-emphasis';

/** What the two capitals rules find together: how a run of capitals is read and fixed is theirs alike
 * (src/analysis/capitals.ts); which of them speaks depends on the run's length. */
const findings = (text: string, _rule: string, context: AnalysisContext = {}) =>
  [...findingsOf(text, RULE, context), ...findingsOf(text, EMPHASIS, context)].sort((a, b) => a.span!.start - b.span!.start);

describe('style.all-caps (Indonesian)', () => {
  it('flags a shouted phrase and offers sentence case', () => {
    const text = 'AWAS BANJIR di Jalan Merdeka sore ini.';
    const [f, ...rest] = findings(text, RULE);
    expect(rest).toHaveLength(0);
    expect(f!.span!.text).toBe('AWAS BANJIR');
    expect(applyFix(text, f!)).toBe('Awas banjir di Jalan Merdeka sore ini.');
  });

  it('keeps acronyms in capitals inside a shouted run', () => {
    const text = 'Warga diminta SEGERA LAPOR KE BPBD bila air naik.';
    const [f] = findings(text, RULE);
    expect(f!.span!.text).toBe('SEGERA LAPOR KE');
    expect(f!.fix!.replacement).toBe('segera lapor ke');
  });

  it('does not flag acronyms', () => {
    expect(findings('BPBD dan RSUD Kota Pontianak siaga 24 jam. Hubungi IGD.', RULE)).toEqual([]);
    expect(findings('Layanan DPMPTSP buka pukul 08.00 WIB.', RULE)).toEqual([]);
  });

  it('respects words in the user dictionary', () => {
    expect(findings('Aplikasi SIPANDU sudah bisa diunduh.', RULE).length).toBe(1);
    expect(findings('Aplikasi SIPANDU sudah bisa diunduh.', RULE, { dictionary: ['SIPANDU'] })).toEqual([]);
  });
});

describe('style.all-caps: the fix never hurts a name, a number or a glossary term', () => {
  it('keeps Roman numerals in capitals, and never takes them for shouting', () => {
    const text = 'PENCAIRAN BLT TAHAP III DIMULAI HARI INI.';
    expect(findings(text, RULE)[0]!.fix!.replacement).toBe('Pencairan BLT tahap III dimulai hari ini');
    expect(findings('BLT tahap III dan IV cair.', RULE)).toEqual([]);
  });
  it('keeps a word no dictionary knows (a name, an app) as written', () => {
    const text = 'PENDAFTARAN APLIKASI SIKOCO DIBUKA.';
    expect(findings(text, RULE)[0]!.fix!.replacement).toBe('Pendaftaran aplikasi SIKOCO dibuka');
    // Alone, there is nothing to lower-case: no fix (the word may go into the dictionary).
    const [f] = findings('Unduh aplikasi SIKOCO.', RULE);
    expect(f!.fix).toBeUndefined();
    expect(f!.dictionaryWord).toBe('SIKOCO');
  });
  it('takes the style pack’s glossary terms for acronyms: one fix per span, the glossary’s', () => {
    const stylePack = { glossary: { SIKOCO: 'Sistem Informasi Koperasi' } };
    const text = 'Unduh aplikasi SIKOCO.';
    expect(findings(text, RULE, { stylePack })).toEqual([]);
    const onSpan = analyze(text, { now: NOW, stylePack }).findings.filter((f) => f.span?.text === 'SIKOCO');
    expect(onSpan.map((f) => [f.rule, f.fix?.replacement])).toEqual([['acronym.unexplained', 'Sistem Informasi Koperasi (SIKOCO)']]);
    // Inside a run it stays as the glossary writes it.
    const run = findings('WAJIB DAFTAR DI SIKOCO SEKARANG.', RULE, { stylePack: { glossary: { SiKoCo: 'Sistem Informasi Koperasi' } } });
    expect(run[0]!.fix!.replacement).toBe('Wajib daftar di SiKoCo sekarang');
  });
  it('reads a venue or street word just before the capitals as the start of their place', () => {
    expect(findings('Banjir di Jalan GAJAH MADA.', RULE)[0]!.fix!.replacement).toBe('Gajah Mada');
    // The same name whether the acronym before it was expanded first or not.
    expect(findings('PERHATIAN: RSUD SOEDARSO TUTUP.', RULE)[0]!.fix!.replacement).toBe('Perhatian: RSUD Soedarso tutup');
    expect(findings('Perhatian: Rumah Sakit Umum Daerah (RSUD) SOEDARSO TUTUP.', RULE)[0]!.fix!.replacement).toBe('Soedarso tutup');
  });
  it('leaves one slang word in capitals to the register tip: one fix per span', () => {
    const text = 'OMG jalan ditutup sampai sore.';
    expect(findings(text, RULE)).toEqual([]);
    const onSpan = analyze(text, { now: NOW }).findings.filter((f) => f.span?.text === 'OMG' && f.fix);
    expect(onSpan.map((f) => [f.rule, f.fix!.replacement])).toEqual([['tone.formality', '']]);
    // Young readers get no register tip: the capitals are then this rule's.
    expect(findings(text, RULE, { audience: 'youth' })[0]!.fix!.replacement).toBe('Omg');
  });
  it('keeps numerals and names in English too, and lower-cases English words the vocabulary lacks', () => {
    expect(findings('REGISTRATION FOR CLASS XII OPENS TODAY.', RULE)[0]!.fix!.replacement).toBe('Registration for class XII opens today');
    expect(findings('SIGN UP FOR THE SIKOCO APP NOW.', RULE)[0]!.fix!.replacement).toBe('Sign up for the SIKOCO app now');
  });
});

describe('style.all-caps (English)', () => {
  it('flags shouting at the start of a sentence and capitalises the first word', () => {
    const text = 'BREAKING NEWS: the bridge on Jalan Gajah Mada is closed.';
    const [f] = findings(text, RULE);
    expect(f!.span!.text).toBe('BREAKING NEWS');
    expect(applyFix(text, f!)).toBe('Breaking news: the bridge on Jalan Gajah Mada is closed.');
  });

  it('capitalises the first word after an emoji or a bullet that opens the line', () => {
    const [f] = findings('📢 PENGUMUMAN\n\nPendaftaran dibuka.', RULE);
    expect(f!.fix!.replacement).toBe('Pengumuman');
    expect(findings('- PENTING: bawa KTP.', RULE)[0]!.fix!.replacement).toBe('Penting');
  });
  it('keeps capitals on places, days and months, and writes acronyms as the glossary does', () => {
    const text = 'PELAYANAN KTP DI DISDUKCAPIL KOTA PONTIANAK LIBUR TANGGAL 25 DESEMBER 2026.';
    expect(findings(text, RULE)[0]!.fix!.replacement).toBe('Pelayanan KTP di Disdukcapil Kota Pontianak libur tanggal 25 Desember');
    // A short word in capitals is a place's name here, not an acronym; the venue's own acronym stays.
    expect(findings('AWAS BANJIR DI JALAN GAJAH MADA.', RULE)[0]!.fix!.replacement).toBe('Awas banjir di Jalan Gajah Mada');
    expect(findings('PERHATIAN: RSUD SOEDARSO TUTUP.', RULE)[0]!.fix!.replacement).toBe('Perhatian: RSUD Soedarso tutup');
    // A letter whose lower case is longer ("İ") stays as written, and the places after it still line up.
    expect(findings('PELAYANAN İSTIMEWA DI KOTA PONTIANAK.', RULE)[0]!.fix!.replacement).toBe('Pelayanan İstimewa di Kota Pontianak');
  });
  it('does not flag acronyms such as WHO, UN or NASA', () => {
    expect(findings('The WHO and the UN met NASA staff in the USA.', RULE)).toEqual([]);
  });
});

describe('style.all-caps: capitals that are not shouting (news datelines, wire credits, times)', () => {
  it('leaves a dateline and its wire credit or outlet alone', () => {
    for (const text of [
      'PONTIANAK – Pemkot Pontianak membuka posko banjir di Kantor Camat.',
      'SINGKAWANG, KOMPAS.com – Pemkot Singkawang membuka posko pengungsian.',
      'Sambas (ANTARA) – Pemkab Sambas membagikan masker kepada warga.',
      'TRIBUNPONTIANAK.CO.ID, PONTIANAK – Wali Kota meninjau posko.',
      'KUBU RAYA - Bupati meninjau tanggul yang jebol.',
    ])
      expect(findings(text, RULE), text).toEqual([]);
  });

  it('still flags shouting after a dateline, and a shouted line that only looks like one', () => {
    const after = 'PONTIANAK – WARGA DIMINTA SEGERA MENGUNGSI.';
    expect(findings(after, RULE).map((f) => f.span!.text)).toEqual(['WARGA DIMINTA SEGERA MENGUNGSI']);
    // No place before the dash: not a dateline.
    expect(findings('AWAS BANJIR – SEGERA MENGUNGSI', RULE)).toHaveLength(1);
    // A dateline only opens a line.
    expect(findings('Kabar terbaru dari PONTIANAK – warga diminta tenang.', RULE)).toHaveLength(1);
  });

  it('reads AM and PM after a time as the way times are written', () => {
    expect(findings('The shelter opens at 10 AM and closes at 6 PM.', RULE)).toEqual([]);
    expect(findings('RT @bpbd_kalbar: Posko dibuka pukul 10 AM.', RULE)).toEqual([]);
    expect(findings('I AM SO ANGRY ABOUT THIS', RULE)).toHaveLength(1);
  });
});

describe('shouting and emphasis are two tips (issue 16)', () => {
  it('three words or more in capitals, or a whole line, are shouting: a warning', () => {
    for (const text of ['AWAS BANJIR ROB di Pontianak Utara.', 'Warga diminta SEGERA LAPOR KE BPBD.', 'PENGUMUMAN', '📢 GRATIS!']) {
      const [f, ...rest] = findingsOf(text, RULE);
      expect(rest, text).toHaveLength(0);
      expect(f?.severity, text).toBe('warning');
      expect(findingsOf(text, EMPHASIS), text).toEqual([]);
    }
  });
  it('one or two ordinary words for emphasis are a softer suggestion, with the same fix', () => {
    for (const [text, span, replacement] of [
      ['Jalan Gajah Mada DITUTUP sampai sore.', 'DITUTUP', 'ditutup'],
      ['Pemeriksaan GRATIS untuk lansia.', 'GRATIS', 'gratis'],
      ['AWAS BANJIR di Jalan Merdeka sore ini.', 'AWAS BANJIR', 'Awas banjir'],
      ['The road is CLOSED until noon.', 'CLOSED', 'closed'],
    ] as const) {
      const [f, ...rest] = findingsOf(text, EMPHASIS);
      expect(rest, text).toHaveLength(0);
      expect(f!.severity).toBe('suggestion');
      expect(f!.span!.text).toBe(span);
      expect(f!.fix!.replacement).toBe(replacement);
      expect(f!.fix!.safe).toBe(true);
      expect(findingsOf(text, RULE), text).toEqual([]);
    }
  });
  it('acronyms do not count: "BLT TAHAP III" is one word of emphasis, acronyms alone are neither', () => {
    expect(findingsOf('Pencairan BLT TAHAP III dimulai.', EMPHASIS).map((f) => f.span!.text)).toEqual(['TAHAP']);
    expect(findingsOf('Pencairan BLT TAHAP III dimulai.', RULE)).toEqual([]);
    expect(findingsOf('Hubungi BPBD, PLN atau PDAM.', EMPHASIS)).toEqual([]);
  });
});

describe('a whole line of capitals', () => {
  it('stays shouting with a link, a hashtag or a mention after it', () => {
    for (const text of ['AWAS BANJIR https://bpbd.go.id', 'AWAS BANJIR #SiagaBencana', 'PENGUMUMAN @bpbd_kota', 'AWAS BANJIR 📢']) {
      expect(
        findingsOf(text, RULE).map((f) => f.severity),
        text,
      ).toEqual(['warning']);
      expect(findingsOf(text, EMPHASIS), text).toEqual([]);
    }
  });
});

describe('a line of thousands of words in capitals', () => {
  it('gives at most 50 capitals tips (the next come as these are fixed)', () => {
    const line = 'Warga JANGAN panik, '.repeat(300);
    expect(findingsOf(line, EMPHASIS)).toHaveLength(50);
    expect(findingsOf('Warga JANGAN panik, '.repeat(3), EMPHASIS)).toHaveLength(3);
  });
});
