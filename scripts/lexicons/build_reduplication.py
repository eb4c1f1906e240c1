"""Build src/analysis/rules/spelling.reduplication.json: the reduplicated forms the rule may
write with a hyphen ("berlari-lari", "satu-satunya", "apa-apa"), and its hand-written lists.

`attested`: hyphenated tokens of FrequencyWords' Indonesian list (OpenSubtitles 2018, CC BY-SA 4.0)
shaped like a reduplication: the same word twice ("apa-apa"), or one root with a prefix on the
first half or a suffix on the second ("berlari-lari", "menyapu-nyapu", "satu-satunya",
"sebaik-baiknya"). Rhyming pairs ("sayur-mayur", "gotong royong") are left out: KBBI writes some
of them apart. Two words written apart are taken for a reduplication only when attested
("pelan pelan", "apa apa"): a doubled word may be a slip ("luar negeri negeri"). A digit says the
writer meant a reduplication, so "warga2" needs only "warga" in the dictionary; the list then
settles prefixed words ("bersih-bersih", not "bersih-sih").

The other lists are review decisions, written here:
- `notDoubled`: words whose doubled form is a slip, not a reduplication, even where subtitles
  have it ("dan dan", "itu itu", "saya saya"), numbers ("salah satu satu"), and time words said twice for emphasis ("besok besok" is
  "tomorrow", "besok-besok" some day).
- `numberedNouns`: nouns a number often follows, where "kelas2" may be "kelas 2" as well as
  "kelas-kelas": no fix for the digit form.

Run from the repository root with TUTUR_DATA set (see README.md). Reads only the word list.
"""
import json
import os
import re

from shared_data import data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '../../src/analysis/rules/spelling.reduplication.json')
DATA = os.path.join(HERE, '../../src/analysis/data/')

PREFIXES = ['', 'ber', 'be', 'ter', 'di', 'se', 'ke', 'me', 'mem', 'men', 'meng', 'meny', 'memper', 'diper', 'per', 'pe']
SUFFIXES = ['', 'an', 'nya', 'kan', 'i', 'lah', 'an-nya', 'annya', 'ku', 'mu']

NOT_DOUBLED = '''
    adalah agar akan aku anda atau bahwa bagi belum bisa bukan dalam dan dari demi dengan di dia ia ini itu
    juga jika ke kami kamu karena kita lebih maka mereka namun oleh pada saja sangat saya serta sudah supaya
    tapi telah tetapi tidak untuk yang ya no yes oh ah eh
    satu dua tiga empat lima enam tujuh delapan sembilan sepuluh
    besok kemarin lusa nanti sekarang tadi
'''.split()

# Attested forms left out on review: typos and variants ("mabuk-mabukkan", "mengada-ngada"), Malay
# ("tertanya-tanya"), and doubles that are emphasis rather than a word ("sangat-sangat").
ATTESTED_DROP = set('''
    mabuk-mabukkan mengada-ngada tertanya-tanya tapi-tapian sangat-sangat apa-apakan
'''.split())

NUMBERED_NOUNS = '''
    kelas tahap lantai ruang ruangan jilid tipe nomor gelombang sesi blok gedung pintu loket gerbang kamar jalur
    level tingkat angkatan tahun bab pasal ayat poin zona seri versi ronde babak periode semester minggu pekan
    gang tim pos unit grup regu kelompok jam pukul hari bulan rt rw lajur peron dermaga terminal halte koridor
    paket seksi sektor wilayah distrik kloter kapling kavling lot baris kolom bagian tingkat jenjang golongan
    kategori kuota putaran edisi volume nomer no lembar halaman kode skala dosis
'''.split()


def root_of(a, b):
    """The root when `a-b` is a reduplication of one root (a = prefix + root, b = root + suffix), else None."""
    if a == b:
        return a
    for p in PREFIXES:
        if not a.startswith(p):
            continue
        root = a[len(p):]
        if len(root) < 3:
            continue
        for s in SUFFIXES:
            if b == root + s and (p or s):
                return root
    return None


def main():
    stop = set(json.load(open(DATA + 'stopwords.json'))['id'])
    words = set(json.load(open(DATA + 'words.json'))['id']) | set(json.load(open(DATA + 'dictionary-id.json'))['words']) | stop
    spelling = json.load(open(DATA + 'non-standard.json'))
    non_standard = set(spelling['standard']) | set(spelling['informal'])
    di_places = set(json.load(open(DATA + 'di-places.json'))['places'])
    attested = []
    for line in open(data('frequency-words', 'id_50k.txt'), encoding='utf-8'):
        token = line.split()[0]
        m = re.fullmatch(r'([a-z]+)-([a-z]+)', token)
        if not m:
            continue
        a, b = m.groups()
        if token in ATTESTED_DROP:
            continue
        root = root_of(a, b)
        # Interjections, names and foreign words ("bye-bye", "cha-cha"): the root is no Indonesian word.
        if root is None or len(root) < 3 or (root not in words and root.rstrip('i') not in words):
            continue
        # A non-standard half ("bener-bener", "dimana-mana") is a spelling matter first.
        if a in non_standard or b in non_standard or re.fullmatch(r'(?:di|ke)(.+)', a) and a[2:] in di_places:
            continue
        attested.append(token)
    out = {
        'generatedBy': 'scripts/lexicons/build_reduplication.py: edit the lists there and rebuild, not this file',
        'about': "Reduplication written with a digit or a space ('anak2', 'pelan pelan'). 'attested': reduplicated forms shaped like one root repeated (apa-apa, berlari-lari, satu-satunya), from a frequency list; 'notDoubled': words whose doubled form is a slip ('dan dan'); 'numberedNouns': nouns a number often follows ('kelas2' may be 'kelas 2'). See src/analysis/data/LEXICONS.md.",
        'source': "attested: FrequencyWords (Hermit Dave), OpenSubtitles 2018 Indonesian 50k list, commit 525f9b5, hyphenated tokens only; notDoubled, numberedNouns: Tutur project",
        'licence': 'CC BY-SA 4.0 (attested, derived from FrequencyWords content) and MIT (the Tutur lists)',
        'attested': sorted(set(attested)),
        'notDoubled': sorted(set(NOT_DOUBLED)),
        'numberedNouns': sorted(set(NUMBERED_NOUNS)),
    }
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('attested', len(out['attested']), 'notDoubled', len(out['notDoubled']), 'numberedNouns', len(out['numberedNouns']))


if __name__ == '__main__':
    main()
