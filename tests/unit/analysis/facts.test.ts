import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { NOW } from './helpers';

const facts = (text: string) => {
  const f = analyze(text, { now: NOW }).facts;
  return {
    who: f.who.map((s) => s.text),
    where: f.where.map((s) => s.text),
    when: f.when.map((s) => s.text),
    source: f.source.map((s) => s.text),
  };
};

describe('facts: who / where / when / source', () => {
  it('reads an Indonesian announcement', () => {
    const f = facts(
      'Wali Kota Pontianak Edi Kamtono membuka Festival Kuliner di Kantor Wali Kota Pontianak, Kamis (26/11) pukul 09.00 WIB.',
    );
    expect(f.who).toEqual(['Wali Kota Pontianak Edi Kamtono']);
    expect(f.where).toEqual(['Kota Pontianak', 'Kantor Wali Kota Pontianak']);
    expect(f.when).toEqual(['Kamis (26/11)', 'pukul 09.00 WIB']);
  });
  it('finds areas after trigger words, streets and provinces', () => {
    const f = facts('Banjir rob di Kelurahan Tambelan Sampit, Jl. Tanjung Raya 2 No. 5, Kalimantan Barat.');
    expect(f.where).toEqual(['Kelurahan Tambelan Sampit', 'Jl. Tanjung Raya 2 No. 5', 'Kalimantan Barat']);
  });
  it('ends a city, regency or district name where the gazetteer does, and a place at a sentence end', () => {
    // The person after "Kota Pontianak" is no part of the place.
    expect(facts('Di Kota Pontianak Edi Kamtono meresmikan pasar.').where).toEqual(['Kota Pontianak']);
    expect(facts('Banjir di Kecamatan Pontianak Kota Budi Santoso melapor.').where).toEqual(['Kecamatan Pontianak Kota']);
    // Villages are not in the gazetteer: their names run on.
    expect(facts('Warga Desa Kapuas Kiri Hulu hadir.').where).toEqual(['Desa Kapuas Kiri Hulu']);
    // "Kota" inside the district name "Pontianak Kota" starts no place "Kota Budi".
    expect(facts('Camat Pontianak Kota Budi hadir.').where).toEqual([]);
    // A number before a full stop ends the sentence, and the name.
    expect(facts('Wali Kota meresmikan Jembatan Kapuas 2. Jembatan ini lebar.').where).toEqual(['Jembatan Kapuas 2']);
  });
  it('reads the place after an office, and roundabouts, beaches and piers', () => {
    expect(facts('Lurah Sungai Bangkong, Budi, hadir.').where).toEqual(['Sungai Bangkong']);
    expect(facts('Acara di Bundaran Digulis Untan dan Pantai Kijing.').where).toEqual(['Bundaran Digulis Untan', 'Pantai Kijing']);
    // A specialist's degree is no name.
    expect(facts('dr. Sri Wahyuni, Sp.A, memeriksa pasien.').who).toEqual(['dr. Sri Wahyuni']);
  });
  it('reads a school or post numbered first, and no market named after the day of the date', () => {
    expect(facts('Ujian digelar di SMPN 1 Pontianak dan Posko 3.').where).toEqual(['SMPN 1 Pontianak', 'Posko 3']);
    expect(facts('Pemkot gelar operasi pasar Senin (30/11) pukul 07.00 WIB.').where).toEqual([]);
    expect(facts('Warga belanja di Pasar Minggu.').where).toEqual(['Pasar Minggu']);
  });
  it('needs a preposition before a district or a place name that is also a word', () => {
    expect(facts('Batu itu besar.').where).toEqual([]);
    expect(facts('Festival digelar di Batu.').where).toEqual(['Batu']);
    expect(facts('Pontianak Timur siaga.').where).toEqual([]);
    expect(facts('Posko dibuka di Pontianak Timur.').where).toEqual(['Pontianak Timur']);
  });
  it('reads organisations and agencies', () => {
    expect(facts('BPBD Kota Pontianak dan Dinas Kesehatan Kota Pontianak siaga.').who).toEqual([
      'BPBD Kota Pontianak',
      'Dinas Kesehatan Kota Pontianak',
    ]);
  });
  it('reads a body named in lower case, but not a body word the sentence just goes on from', () => {
    expect(facts('Pemerintah pusat dan dinas kesehatan menyiapkan vaksin.').who).toEqual(['Pemerintah pusat', 'dinas kesehatan']);
    expect(facts('Kementerian luar negeri memantau.').who).toEqual(['Kementerian luar negeri']);
    // An auxiliary, a preposition or a verb after the body word is the sentence going on.
    expect(facts('Pemerintah akan membangun jembatan baru.').who).toEqual([]);
    expect(facts('Dinas terkait sudah turun ke lapangan.').who).toEqual([]);
    expect(facts('Dewan sebagai wakil rakyat harus hadir.').who).toEqual([]);
    expect(facts('Kepolisian menembakkan gas air mata.').who).toEqual([]);
    expect(facts('Kementerian dalam rapat kemarin.').who).toEqual([]);
  });
  it('reads a body named with "dan" whole, and stops where another body or office starts', () => {
    expect(facts('Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak melayani warga.').who).toEqual([
      'Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak',
    ]);
    expect(facts('Kementerian Hukum dan HAM membuka CPNS.').who).toEqual(['Kementerian Hukum dan HAM']);
    expect(facts('Dinas Sosial dan Dinas Kesehatan hadir.').who).toEqual(['Dinas Sosial', 'Dinas Kesehatan']);
    expect(facts('Dinas Kesehatan dan Wali Kota hadir.').who).toEqual(['Dinas Kesehatan', 'Wali Kota']);
    // A misspelt word or a degree is no name.
    expect(facts('Terimakasih kepada warga.').who).toEqual([]);
    expect(facts('Budi Santoso, S.Sos., menjelaskan prosedur.').who).toEqual(['Budi Santoso']);
  });
  it('reads sources: attribution verbs, "menurut", an office that reports, official links', () => {
    expect(facts('“Air mulai surut,” kata Kepala BPBD Kota Pontianak, Budi.').source).toEqual(['kata Kepala BPBD Kota Pontianak']);
    expect(facts('Menurut Dinas Kesehatan, kasus turun.').source).toEqual(['Menurut Dinas Kesehatan']);
    expect(facts('BPBD Kota Pontianak mencatat 120 rumah terendam.').source).toEqual(['BPBD Kota Pontianak mencatat']);
    expect(facts('Data lengkap: https://bpbd.pontianak.go.id/data').source).toEqual(['https://bpbd.pontianak.go.id/data']);
    expect(facts('Lihat https://example.com/data').source).toEqual([]);
    // A shared post names its account: "RT @x:" opening the line, "via @x".
    expect(facts('RT @bmkgkalbar: Peringatan dini cuaca Kalbar.').source).toEqual(['RT @bmkgkalbar']);
    expect(facts('Jalan ditutup, info via @PemkotPontianak').source).toEqual(['via @PemkotPontianak']);
    expect(facts('Ketua RT @budi hadir.').source).toEqual([]);
    // "mengatakan" after the name, across a degree.
    expect(facts('Kepala BPBD, Ir. H. Budi Santoso, M.T., mengatakan status siaga diperpanjang.').source).toEqual([
      'Ir. H. Budi Santoso, M.T., mengatakan',
    ]);
    // The name after "said" is in the same sentence.
    expect(facts('Heavy rain is expected tonight, BMKG said. Avoid riverbanks.').source).toEqual(['BMKG said']);
    // "katanya" is a source where it tags a quote, hearsay where it comes before the claim.
    expect(facts('“Air mulai surut,” katanya.').source).toEqual(['katanya']);
    expect(facts('Katanya air PDAM tercemar.').source).toEqual([]);
  });
  it('reads date ranges whole, and no sentence-ending full stop into a month', () => {
    expect(facts('Closed from 1 to 14 December 2026 for renovation.').when).toEqual(['1 to 14 December 2026']);
    expect(facts('Libur 24 s.d. 26 Desember.').when).toEqual(['24 s.d. 26 Desember']);
    expect(facts('Rapat 5 Des. pukul 09.00 WIB.').when).toEqual(['5 Des.', 'pukul 09.00 WIB']);
  });
  it('reads English posts', () => {
    const f = facts('Mayor Edi Kamtono said the Health Office will open a clinic in Pontianak on Monday at 9 am.');
    expect(f.who).toContain('Mayor Edi Kamtono');
    expect(f.where).toContain('Pontianak');
    expect(f.when).toEqual(['Monday', 'at 9 am']);
    expect(f.source.length).toBeGreaterThan(0);
  });
  it('reads English names that put the kind of body or place last', () => {
    const f = facts('The Pontianak City Health Office said dengue cases fell, according to Dr. Sri Wahyuni.');
    expect(f.who).toEqual(['Pontianak City Health Office', 'Dr. Sri Wahyuni']);
    expect(facts('Flights resume at Supadio Airport and the bus leaves from Gajah Mada Street.').where).toEqual([
      'Supadio Airport',
      'Gajah Mada Street',
    ]);
    expect(facts('Jakarta Police arrested two men.').who).toEqual(['Jakarta Police']);
    expect(facts('Contact the Regional Revenue Agency at 112.').who).toEqual(['Regional Revenue Agency']);
    expect(facts('The Ministry of Health said cases fell.').who).toEqual(['Ministry of Health']);
    // A body's whole name is a who on its own, in any case.
    expect(facts('The Red Cross delivered aid.').who).toEqual(['Red Cross']);
    expect(facts('relawan palang merah indonesia membantu warga').who).toEqual(['palang merah indonesia']);
    // English names are capitalised: "government invites" is no body.
    expect(facts('Pontianak City Government invites all residents.').who).toEqual(['Pontianak City Government']);
    expect(facts('Visit the Kalbar Museum and the Equator Monument.').where).toEqual(['Kalbar Museum', 'Equator Monument']);
    // A head word before a name starts no place in English: "the office Dr. Sri Wahyuni" is a person.
    expect(facts('Ask the head of the office Dr. Sri Wahyuni.').where).toEqual([]);
  });
  it('counts a regency that is no ordinary word without a preposition, and foreign regions', () => {
    expect(facts('Sekda Cianjur membenarkan hal itu.').where).toEqual(['Cianjur']);
    expect(facts('Banjir melanda Queensland dan Pennsylvania.').where).toEqual(['Queensland', 'Pennsylvania']);
    // A place that is also a first name needs a preposition.
    expect(facts('Victoria mengatakan jalan ditutup.').where).toEqual([]);
    expect(facts('Warga tiba di Victoria.').where).toEqual(['Victoria']);
    // A place that is also an ordinary word: "laos" is galangal.
    expect(facts('Tumis bawang, lalu tambahkan laos dan serai.').where).toEqual([]);
    expect(facts('Delegasi berangkat ke Laos besok.').where).toEqual(['Laos']);
  });
  it('finds names in text written all in lower case', () => {
    // Prose: a word no dictionary knows is taken for a name; known words and acronyms are not.
    expect(facts('sutarmidji mengatakan sekolah lima hari sudah cukup.').who).toEqual(['sutarmidji']);
    expect(facts('huawei merilis ponsel baru dengan kamera ganda.').who).toEqual(['huawei']);
    expect(facts('harga bbm dan beras naik minggu ini.').who).toEqual([]);
    // Units without a vowel are prose too, not chat shorthand.
    expect(facts('tarif rp 5.000 per km dan rp 2.000 per kg, tokopedia ikut menyesuaikan.').who).toEqual(['tokopedia']);
    expect(facts('according to altidore, the road opens again.').who).toEqual(['altidore']);
    // Chat: unknown words are slang, unless a name is expected there ("kata sutarmidji").
    expect(facts('wkwk gak nyangka yaa, mantul banget').who).toEqual([]);
    // Slang is a word, not a name ("gaes"), even in a line that reads as prose.
    expect(facts('hari ini cuaca cerah, jangan lupa minum air putih ya gaes').who).toEqual([]);
    expect(facts('gak tau sih wkwk, kata sutarmidji gitu').who).toEqual(['sutarmidji']);
    // Lower-case place names after a trigger; a dictionary word is no name.
    expect(facts('macet parah di jalan ahmad yani pagi ini').where).toEqual(['jalan ahmad yani']);
    expect(facts('pasar saham turun tajam').where).toEqual([]);
    // Derived words are words even when no dictionary has their stem (ke-tidak-nyaman-an).
    expect(facts('warga mengeluhkan ketidaknyamanan dan kapabilitas petugas.').who).toEqual([]);
  });
  it('leaves an ordinary word or a verb opening the sentence out of the name after it', () => {
    expect(facts('Menyambut Edi Kamtono, warga berbaris.').who).toEqual(['Edi Kamtono']);
    expect(facts('Untuk Sutarmidji, jalan itu penting.').who).toEqual(['Sutarmidji']);
    expect(facts('Warga Al-Azhar hadir.').who).toEqual(['Al-Azhar']);
    // A day range and a document named after an acronym are no names.
    expect(facts('Layanan KTP-el buka Senin-Jumat.').who).toEqual([]);
    // One word opening a sentence is a name only when no dictionary knows it, or a speech verb follows.
    expect(facts('Suhu 24-33 derajat. Klarifikasi: kabar itu hoaks. Puji syukur kepada Tuhan.').who).toEqual([]);
    expect(facts('Burhan mengatakan jalan ditutup.').who).toEqual(['Burhan']);
    // A name word opening the sentence stays: "Edi" is no ordinary word.
    expect(facts('Edi Kamtono membuka acara.').who).toEqual(['Edi Kamtono']);
  });
  it('reads no name into years, degrees, prices or acronym-words', () => {
    expect(facts('Pendaftaran CPNS Pemkot Pontianak 2026 dibuka. Ijazah minimal S1.').who).toEqual(['Pemkot Pontianak']);
    expect(facts('Harga cabai naik jadi Rp80.000/kg. Pemkot gelar operasi pasar.').who).toEqual(['Pemkot']);
    expect(facts('Pelanggar dikenai sanksi sesuai Perda Nomor 13 Tahun 2021.').who).toEqual([]);
  });
  it('reads "Ibu"/"Bapak" as a who only with a name after it', () => {
    expect(facts('Terima kasih, Bapak dan Ibu Guru.').who).toEqual([]);
    expect(facts('Ibu Sri Wahyuni dan Bapak Wali Kota hadir.').who).toEqual(['Ibu Sri Wahyuni', 'Wali Kota']);
    // "Ibu Kota" is the capital, a place.
    expect(facts('Ibu Kota Nusantara dibangun.')).toMatchObject({ who: [], where: ['Ibu Kota Nusantara'] });
  });
  it('takes capitalised slang and abbreviations for words, not names', () => {
    expect(facts('Gaes, yuk ikutan lomba foto bareng Edi Kamtono!').who).toEqual(['Edi Kamtono']);
    // An abbreviation is no name either, and "Yth." ends no sentence.
    expect(facts('Kepada Yth. Kepala Dinas Kesehatan, mohon hadir.').who).toEqual(['Kepala Dinas Kesehatan']);
  });
  it('reads a line written in capitals as if in lower case, and no month into a name', () => {
    const f = facts('PELAYANAN KTP DI DISDUKCAPIL KOTA PONTIANAK LIBUR TANGGAL 25 DESEMBER 2026.');
    expect(f).toMatchObject({ who: ['DISDUKCAPIL'], where: ['KOTA PONTIANAK'], when: ['25 DESEMBER 2026'] });
    expect(facts('Jadwal Posyandu Desember: Posyandu Mawar di Jalan 28 Oktober.')).toMatchObject({
      who: ['Posyandu', 'Posyandu Mawar'],
      where: ['Posyandu Mawar', 'Jalan 28 Oktober'],
    });
  });
  it('reads a headline in title case as if in lower case', () => {
    expect(facts('Pemkot Pontianak Gelar Operasi Pasar Murah Jelang Natal')).toMatchObject({ who: ['Pemkot'], where: ['Pontianak'] });
    expect(facts('Mayor Opens New Market in Pontianak')).toMatchObject({ who: ['Mayor'], where: ['Pontianak'] });
    // A sentence with a full stop keeps its capitals, even when every long word has one.
    expect(facts('Contact the Regional Revenue Agency at 112.').who).toEqual(['Regional Revenue Agency']);
  });
  it('leaves capitalised text to the capitals', () => {
    // The same unknown word in a line with capitals is no name when it is not capitalised.
    expect(facts('Ganjar bilang huawei bagus.').who).toEqual(['Ganjar']);
  });
});
