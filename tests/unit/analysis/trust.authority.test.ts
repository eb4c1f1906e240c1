import { describe, expect, it } from 'vitest';
import { AUTHORITY_MANDATES } from '../../../src/analysis';
import data from '../../../src/analysis/rules/trust.authority.json' with { type: 'json' };
import { enginePack } from '../../../src/settings/managed';
import { parseStylePack } from '../../../src/settings/style-pack';
import { findings } from './helpers';

const RULE = 'trust.authority';

describe(RULE, () => {
  it('names BMKG for a quake report that cites none, or another body (Indonesian)', () => {
    const [f] = findings('Gempa bermagnitudo 5,2 mengguncang Kabupaten Sambas pukul 10.12 WIB.', RULE);
    expect(f!.message).toBe('Informasi gempa bumi resminya dari BMKG: sebut sumber itu');
    expect(f!.span!.text).toBe('Gempa bermagnitudo');
    expect(f!.why).toContain('UU No. 31 Tahun 2009');
    expect(f!.why).toContain('bmkg.go.id');
    const [other] = findings('Gempa bermagnitudo 5,2 mengguncang Sambas, kata BPBD.', RULE);
    expect(other!.message).toBe('Informasi gempa bumi resminya dari BMKG, bukan BPBD: sebut sumber itu');
  });
  it('accepts the right body by name, full name, link or account', () => {
    for (const text of [
      'Gempa bermagnitudo 5,2 mengguncang Sambas, menurut BMKG.',
      'Gempa bermagnitudo 5,2 mengguncang Sambas, menurut Badan Meteorologi, Klimatologi, dan Geofisika.',
      'Info gempa terkini: @infoBMKG',
      'Gempa bermagnitudo 5,2 mengguncang Sambas. Detail: https://www.bmkg.go.id/gempabumi',
    ])
      expect(findings(text, RULE), text).toEqual([]);
  });
  it('gives one tip for a quake and its tsunami warning, both BMKG’s', () => {
    expect(findings('Gempa bermagnitudo 6,1 di Laut Banda, tidak berpotensi tsunami.', RULE)).toHaveLength(1);
  });
  it('names each hazard’s own body: volcanoes, evacuations, outbreaks, elections', () => {
    const body = (text: string) => findings(text, RULE).map((f) => f.message);
    expect(body('Erupsi Gunung Lewotobi Laki-laki pukul 09.00 WITA.')).toEqual([
      'Informasi aktivitas gunung api resminya dari PVMBG: sebut sumber itu',
    ]);
    expect(body('Erupsi Gunung Lewotobi Laki-laki, menurut Badan Geologi.')).toEqual([]);
    expect(body('Warga Kelurahan Siantan Hulu diminta mengungsi ke Masjid Al-Falah.')).toEqual([
      'Informasi penanganan bencana dan evakuasi resminya dari BNPB atau BPBD: sebut sumber itu',
    ]);
    expect(body('BPBD Kota Pontianak: warga diminta mengungsi ke Masjid Al-Falah.')).toEqual([]);
    expect(body('Kasus demam berdarah meningkat di Pontianak, kata Camat.')).toEqual([
      'Informasi wabah dan imbauan kesehatan resminya dari Kemenkes atau Dinkes: sebut sumber itu',
    ]);
    expect(body('Kasus demam berdarah meningkat, menurut Dinas Kesehatan Kota Pontianak.')).toEqual([]);
    expect(body('Pemungutan suara Pilkada digelar Rabu, 27 November 2024.')).toEqual([
      'Informasi pemilu dan pilkada resminya dari KPU atau Bawaslu: sebut sumber itu',
    ]);
    expect(body('KPU Kota Pontianak: pemungutan suara Pilkada digelar Rabu, 27 November 2024.')).toEqual([]);
  });
  it('names the body in English, and the weather service is no Indonesian body', () => {
    const [f] = findings('Weather forecast: heavy rain in Pontianak this afternoon, says the weather service.', RULE);
    expect(f!.message).toBe(
      'Official information on the weather comes from BMKG (Meteorology, Climatology and Geophysics Agency): cite it',
    );
    expect(
      findings('A magnitude 5.2 earthquake struck Sambas, according to the Meteorology, Climatology and Geophysics Agency.', RULE),
    ).toEqual([]);
    expect(findings('A magnitude 5.2 earthquake struck Sambas, the Health Office said.', RULE)[0]!.message).toBe(
      'Official information on earthquakes comes from BMKG (Meteorology, Climatology and Geophysics Agency), not Dinkes: cite it',
    );
  });
  it('leaves posts that only mention a hazard, or none', () => {
    for (const text of [
      'Pemkot menyalurkan bantuan untuk korban gempa Cianjur.',
      'Posyandu Melati buka Kamis pukul 08.00 WIB.',
      'Thank you to everyone who joined the clean-up.',
    ])
      expect(findings(text, RULE), text).toEqual([]);
  });
  it('takes the style pack’s regional bodies and the organisation it speaks for', () => {
    const stylePack = {
      name: 'Pemkot Pontianak',
      authorities: [{ mandate: 'health', name: 'UPT Puskesmas Siantan Hilir', account: '@pkmsiantanhilir' }],
    };
    const [f] = findings('Kasus demam berdarah meningkat di Siantan Hilir.', RULE, { stylePack });
    expect(f!.message).toBe(
      'Informasi wabah dan imbauan kesehatan resminya dari UPT Puskesmas Siantan Hilir (@pkmsiantanhilir), Kemenkes atau Dinkes: sebut sumber itu',
    );
    expect(f!.fromStylePack).toBe(true);
    expect(findings('Kasus demam berdarah meningkat, kata UPT Puskesmas Siantan Hilir.', RULE, { stylePack })).toEqual([]);
    expect(findings('Kasus demam berdarah meningkat. Info: @pkmsiantanhilir', RULE, { stylePack })).toEqual([]);
    // A post by BPBD itself need not name BPBD.
    expect(findings('Warga diminta mengungsi ke Masjid Al-Falah.', RULE, { stylePack: { name: 'BPBD Kota Pontianak' } })).toEqual([]);
  });
  it('reads regional bodies from a style pack file, for the table’s mandates only', () => {
    expect(data.mandates.map((m) => m.id)).toEqual([...AUTHORITY_MANDATES]);
    const file = {
      formatVersion: 1,
      name: 'Pemkot Pontianak',
      authorities: [{ mandate: 'weather', name: 'Stamet Supadio', account: '@bmkgsupadio' }],
    };
    const parsed = parseStylePack(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [f] = findings('Prakiraan cuaca: potensi hujan lebat sore ini.', RULE, { stylePack: enginePack(parsed.pack) });
    expect(f!.message).toBe('Informasi cuaca resminya dari Stamet Supadio (@bmkgsupadio) atau BMKG: sebut sumber itu');
    const wrong = parseStylePack(JSON.stringify({ ...file, authorities: [{ mandate: 'traffic', name: 'Dishub' }] }));
    expect(wrong.ok).toBe(false);
  });
});
