"""Build src/analysis/data/places.json from idn-area-data 4.0.1 (ODbL 1.0)."""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import csv
import json
import re

from shared_data import data

D = data('idn-area-data', '')
OUT = _os.path.join(HERE, '../../src/analysis/') + 'data/places.json'
ROMAN = re.compile(r'^[IVX]+$', re.I)
LOWER_WORDS = {'dan'}

# District names that need more than case folding (source spelling -> name(s) as users write them).
DISTRICT_FIX = {
    'Tiro/Truseb': ['Tiro', 'Truseb'],
    'Konda/ Kondaga': ['Konda', 'Kondaga'],
    'Wari/Taiyeve II': ['Wari', 'Taiyeve II'],
    'Misool (Misool Utara)': ['Misool', 'Misool Utara'],
    'BTS. Ulu': ['BTS Ulu'],
    'Bl. Limbangan': ['Balubur Limbangan'],
    'Gn. Bintang Awai': ['Gunung Bintang Awai'],
    'Kep. Masaloka Raya': ['Kepulauan Masaloka Raya'],
    'Ra"as': ["Ra'as"],
    'Na IX - X': ['Na IX-X'],
    'Kot olin': ["Kot'olin"],
}
KEEP_UPPER = {'STL', 'BTS'}


def word_case(w, first, prev=''):
    if w.upper() in KEEP_UPPER:
        return w.upper()
    if w.isdigit() or (w.lower() == 'x' and prev.isdigit()):
        return w.lower()
    if ROMAN.match(w):
        return w.upper()
    if not first and w.lower() in LOWER_WORDS:
        return w.lower()
    # hyphenated parts each capitalised (Alang-Alang Lebar); apostrophe keeps the rest lower (Ma'u)
    return '-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-'))


def title(name):
    name = re.sub(r'\s+', ' ', name.strip())
    ws = name.split(' ')
    return ' '.join(word_case(w, i == 0, ws[i - 1] if i else '') for i, w in enumerate(ws))


PROVINCE_NAME = {
    'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta',
    'Daerah Istimewa Yogyakarta': 'DI Yogyakarta',
}

# Common abbreviations and alternative names -> canonical province or regency name.
ALIASES = {
    # provinces
    'NAD': 'Aceh', 'Nanggroe Aceh Darussalam': 'Aceh',
    'Sumut': 'Sumatera Utara', 'Sumbar': 'Sumatera Barat', 'Sumsel': 'Sumatera Selatan',
    'Sumatra Utara': 'Sumatera Utara', 'Sumatra Barat': 'Sumatera Barat', 'Sumatra Selatan': 'Sumatera Selatan',
    'Babel': 'Kepulauan Bangka Belitung', 'Bangka Belitung': 'Kepulauan Bangka Belitung',
    'Kep. Bangka Belitung': 'Kepulauan Bangka Belitung',
    'Kepri': 'Kepulauan Riau', 'Kep. Riau': 'Kepulauan Riau',
    'Jakarta': 'DKI Jakarta', 'DKI': 'DKI Jakarta', 'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta',
    'Daerah Khusus Jakarta': 'DKI Jakarta', 'DKJ': 'DKI Jakarta', 'Jkt': 'DKI Jakarta',
    'Jabar': 'Jawa Barat', 'Jateng': 'Jawa Tengah', 'Jatim': 'Jawa Timur',
    'DIY': 'DI Yogyakarta', 'D.I. Yogyakarta': 'DI Yogyakarta', 'Daerah Istimewa Yogyakarta': 'DI Yogyakarta',
    'Jogja': 'DI Yogyakarta', 'Yogya': 'DI Yogyakarta', 'Jogjakarta': 'DI Yogyakarta', 'Djogja': 'DI Yogyakarta',
    'NTB': 'Nusa Tenggara Barat', 'NTT': 'Nusa Tenggara Timur',
    'Kalbar': 'Kalimantan Barat', 'Kalteng': 'Kalimantan Tengah', 'Kalsel': 'Kalimantan Selatan',
    'Kaltim': 'Kalimantan Timur', 'Kaltara': 'Kalimantan Utara',
    'Sulut': 'Sulawesi Utara', 'Sulteng': 'Sulawesi Tengah', 'Sulsel': 'Sulawesi Selatan',
    'Sultra': 'Sulawesi Tenggara', 'Sulbar': 'Sulawesi Barat', 'Malut': 'Maluku Utara',
    'Pabar': 'Papua Barat', 'PBD': 'Papua Barat Daya',
    'Pulau Dewata': 'Bali', 'Bumi Khatulistiwa': 'Kalimantan Barat',
    # regencies and cities
    'Jakpus': 'Jakarta Pusat', 'Jakut': 'Jakarta Utara', 'Jakbar': 'Jakarta Barat',
    'Jaksel': 'Jakarta Selatan', 'Jaktim': 'Jakarta Timur',
    'Tangsel': 'Tangerang Selatan', 'Solo': 'Surakarta', 'Makasar': 'Makassar', 'Ujung Pandang': 'Makassar',
    'Menado': 'Manado', 'Sby': 'Surabaya', 'Suroboyo': 'Surabaya', 'Bdg': 'Bandung', 'Smg': 'Semarang',
    'Plg': 'Palembang', 'Pku': 'Pekanbaru', 'Bpp': 'Balikpapan', 'Ptk': 'Pontianak', 'Bjm': 'Banjarmasin',
    'Mks': 'Makassar', 'Mdn': 'Medan', 'Dps': 'Denpasar', 'Jayapura Kota': 'Jayapura',
    'KKR': 'Kubu Raya', 'Tobasa': 'Toba', 'Toba Samosir': 'Toba',
    'Bukit Tinggi': 'Bukittinggi', 'Pangkep': 'Pangkajene dan Kepulauan', 'Tanjab Barat': 'Tanjung Jabung Barat',
    'Tanjab Timur': 'Tanjung Jabung Timur', 'Labuhan Batu': 'Labuhanbatu', 'Sidempuan': 'Padangsidimpuan',
    'Padang Sidempuan': 'Padangsidimpuan', 'Tolitoli': 'Toli-Toli',
}


def main():
    provinces = [PROVINCE_NAME.get(r['name'], title(r['name'])) for r in csv.DictReader(open(D + 'provinces.csv', encoding='utf-8'))]
    regencies = []
    for r in csv.DictReader(open(D + 'regencies.csv', encoding='utf-8')):
        n = r['name']
        m = re.match(r'^(Kabupaten|Kota)( Administrasi)? (.+)$', n)
        typ, rest = m.group(1), m.group(3)
        regencies.append({'name': title(rest), 'type': typ})
    districts = set()
    for r in csv.DictReader(open(D + 'districts.csv', encoding='utf-8')):
        n = re.sub(r'\s+', ' ', r['name'].strip())
        for x in DISTRICT_FIX.get(n, [n]):
            districts.add(title(x))
    # alias values must name a province or a regency
    names = set(provinces) | {r['name'] for r in regencies}
    for k, v in ALIASES.items():
        if v not in names:
            print('ALIAS TARGET MISSING', k, v)
    return provinces, regencies, sorted(districts)


if __name__ == '__main__':
    p, r, d = main()
    print(len(p), len(r), len(d))
    print(p)
    import random
    random.seed(3)
    print(random.sample(d, 40))
    print([x for x in d if re.search(r"[^A-Za-z '\-]", x) or re.search(r'\b[a-z]', x) or re.search(r'[A-Z]{2,}', x)])
    print([x['name'] for x in r if re.search(r"[^A-Za-z ]", x['name']) or ' dan ' in x['name'] or re.search(r'[A-Z]{2,}', x['name'])])


AMBIGUOUS_SINGLE = '''Abang Anggrek Arahan Ayah Balai Bambang Bandar Barat Bareng Bayang Benua Beringin Bina Bintang Bola
Borong Bukit Bulu Butuh Candi Cina Damai Gading Gajah Guna Guntur Harian Ibu Jangka Jangkar Juli Kamu Kasihan
Kelapa Kembang Kepung Kerajaan Kota Labuan Lapang Luas Lumbung Makmur Mandor Merdeka Merek Muara Mulia Murung
Mutiara Natal Negara Pacar Pajangan Paku Panggang Panjang Parang Payung Pemenang Peninjauan Perak Pesantren
Pinang Pinggir Rambutan Raya Salam Saling Sambutan Sela Selesai Seluas Setia Sumbang Sumber Sumur Suruh
Tahunan Taman Tangan-Tangan Tanjung Tempe Teras Tetap Tulis Tutur Ujung Jaya Simpang
Alas Amen Patrol Sail Sale Web Gu Ki
Bendungan Benteng Larangan Pangkalan Karangan Kedamaian Semen Sedan Teriak Terisi Tarik Tebing Telaga Tambang
Tanggul Tugu Talang Tempel Licin Lirik Lembur Lembar Rakit Rantau Rendang Rongga Petang Petir Pucuk Panti Pakem
Palang Pandan Pagu Jati Jambu Kapas Kangkung Kemiri Kuala Kubu Lumut Manggis Gambut Gabus Gantung Empang Delima
Damar Cendana Cempaka Bawang Batang Bantaran Bangsal Babat Belimbing Benda Bendahara Gapura Kilo Marga Permata
Raba Salak Sanggar Sarang Sawit Sawo Selat Susut Tabir Tapa Waris'''.split()
AMBIGUOUS_MULTI = ['Kota Baru', 'Kota Lama', 'Kota Tengah', 'Kota Utara', 'Kota Selatan', 'Kota Timur', 'Kota Barat',
                   'Kota Bangun', 'Kota Raja', 'Simpang Empat', 'Simpang Tiga', 'Simpang Dua', 'Simpang Kanan',
                   'Simpang Kiri', 'Tujuh Belas', 'Lima Puluh', 'Pasir Putih', 'Air Putih', 'Air Hitam', 'Air Besar',
                   'Air Hangat', 'Tanah Merah', 'Taman Sari', 'Pantai Barat', 'Pantai Timur', 'Pantai Baru',
                   'Pulau Besar', 'Pulau Tiga']
# Village names in the source that are everyday words; kept as guards (villages are not bundled).
AMBIGUOUS_GUARDS = ['Baru', 'Dalam', 'Bisa', 'Lama', 'Tengah', 'Utara', 'Timur', 'Selatan']


def write(meta):
    p, r, d = main()
    ds = set(d)
    amb = sorted(set([x for x in AMBIGUOUS_SINGLE + AMBIGUOUS_MULTI if x in ds] + AMBIGUOUS_GUARDS))
    missing = [x for x in AMBIGUOUS_SINGLE + AMBIGUOUS_MULTI if x not in ds]
    if missing:
        print('not districts:', missing)
    data = dict(meta)
    data.update({'provinces': p, 'regencies': r, 'districts': d, 'aliases': dict(sorted(ALIASES.items())),
                 'ambiguousDistricts': amb})
    return data
