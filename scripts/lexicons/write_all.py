"""Write the five lexicon files into the repo (FILES below) and validate them.

Run after compromise-lexicon.mjs, candidates.py and build_spelling.py (scripts/lexicons/README.md);
the public data sets are read from the shared data folder named by TUTUR_DATA."""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import gzip
import json
import os
import re
import sys

sys.path.insert(0, HERE)
import build_jargon
import build_passive
import build_places
import build_words
from decisions import PROPER_NOUNS

MAIN = _os.path.join(HERE, '../../src/analysis/') + ''
FILES = {
    'spelling': MAIN + 'data/non-standard.json',
    'places': MAIN + 'data/places.json',
    'words': MAIN + 'data/words.json',
    'passive': MAIN + 'rules/voice.passive.json',
    'jargon': MAIN + 'rules/plain.jargon.json',
}


def dump(path, obj, inline_lists=()):
    # 1-space indentation; long word lists written on one line to stay small
    if inline_lists:
        parts = []
        for k, v in obj.items():
            body = json.dumps(v, ensure_ascii=False, separators=(',', ':')) if k in inline_lists else json.dumps(v, ensure_ascii=False)
            parts.append(' ' + json.dumps(k) + ': ' + body)
        text = '{\n' + ',\n'.join(parts) + '\n}'
    else:
        text = json.dumps(obj, ensure_ascii=False, indent=1)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text + '\n')
    raw = len(text.encode('utf-8')) + 1
    gz = len(gzip.compress(text.encode('utf-8')))
    return raw, gz


def compact_lists(obj):
    """indent=1 puts every list item on its own line; keep the file short by writing word lists on one line."""
    return obj


def generated_by(builder):
    """The 'generatedBy' line of each file this script writes, so a reader knows not to edit it by hand."""
    return (f"scripts/lexicons/write_all.py, with {builder}: edit the decisions there and rebuild "
            "(scripts/lexicons/README.md), not this file")


def with_proper_nouns(value):
    return ' '.join(PROPER_NOUNS.get(w, w) for w in value.split(' '))


def write():
    sp = json.load(open(WORK + '/spelling-build.json'))
    spelling = {
        'generatedBy': generated_by('build_spelling.py and the review decisions in decisions.py'),
        'about': "Non-standard Indonesian spellings and their standard (baku) forms. 'standard': spellings that are wrong in "
                 "any register (praktek, himbau, resiko, analisa, ijin, merubah, silahkan, kerjasama, apapun, terimakasih); "
                 "'informal': colloquial, slang and chat-abbreviation forms that are fine among young people but not in a "
                 "formal post (nggak, udah, yg, dgn, utk, gimana, bgt). Built from the Indonesian Wikipedia list of commonly "
                 "misspelled words (as packaged by spaCy; the 32 flagged rows reviewed against KBBI), the IndoCollex "
                 "informal-formal dictionary and the non-acronym rows of its transformation table (reviewed: English words, "
                 "laughter, profanity, regional-language words, acronyms, place names and debatable targets dropped; targets "
                 "corrected), plus entries written by the Tutur project (derived forms such as menghimbau, dihimbau, "
                 "perijinan; EYD V spacing such as walikota, bertanggungjawab, kemana, siapapun; meN- forms such as "
                 "mensosialisasikan; loanword spellings by the regular EYD V adaptation rules such as kwitansi, obyek, "
                 "-ifitas; and the clitic forms of standard entries attested in the FrequencyWords list, such as "
                 "telponnya, karirnya). Informal entries were checked on the STIF-Indonesia training split (informal tweets "
                 "and their formal rewrites, used only to measure): keys kept unchanged by the rewriters most of the time "
                 "were dropped. di+place splits (dirumah, disini) are left to the spelling.di-preposition rule. Keys are "
                 "lower-case single tokens; values are lower-case except proper nouns (Allah, Prancis, Februari). "
                 "See src/analysis/data/LEXICONS.md.",
        'source': "Wikipedia: 'Daftar kosakata bahasa Indonesia yang sering salah dieja' via spaCy spacy/lang/id/norm_exceptions.py "
                  "(commit 06bc1bc); IndoCollex (haryoa/indo-collex, commit df626e8): informal-formal-dictionary.tsv and full.csv; "
                  "Tutur project review and additions (KBBI, EYD V); clitic forms attested in FrequencyWords (hermitdave/FrequencyWords, "
                  "OpenSubtitles 2018 Indonesian 50k, commit 525f9b5), words only; checked on STIF-Indonesia train (haryoa/stif-indonesia), not copied",
        'licence': "CC BY-SA 4.0 (derived from Wikipedia's list, via spaCy: Wikipedia contributors; spaCy MIT © ExplosionAI GmbH) "
                   "and MIT (IndoCollex © 2021 Haryo Akbarianto Wibowo); CC BY-SA 4.0 (FrequencyWords content © Hermit Dave)",
        'standard': {k: with_proper_nouns(v) for k, v in sorted(sp['standard'].items())},
        'informal': {k: with_proper_nouns(v) for k, v in sorted(sp['informal'].items())},
    }

    places = build_places.write({
        'generatedBy': generated_by('build_places.py'),
        'about': "Indonesian administrative places for the 'where' fact: the 38 provinces, the 514 regencies and cities "
                 "(kabupaten/kota; the KABUPATEN/KOTA prefix moved into 'type', 'Administrasi' dropped for the Jakarta "
                 "cities and Kepulauan Seribu) and the unique kecamatan (district) names, in Title Case (Roman numerals kept "
                 "upper case: Koto XI Tarusan). Villages are left out (83,762 names, too many and too ambiguous for the "
                 "bundle). 'aliases' maps common abbreviations and alternative names (Jogja, Jabar, Kalbar, Jaksel, Solo) to "
                 "a province or regency name in this file. 'ambiguousDistricts' lists district names that are also ordinary "
                 "words (Kota, Barat, Taman, Bambang, Selesai, Simpang Empat) and so should not be read as places on their "
                 "own; it also holds a few village names that are everyday words (Baru, Dalam, Bisa, Lama) as guards. "
                 "Derived from idn-area-data 4.0.1 by Fityan Nugroho, built on Kemendagri codes (Kepmendagri "
                 "No. 300.2.2-2L38 Tahun 2025 and earlier decrees), under the Open Database License 1.0.",
        'source': "idn-area-data 4.0.1 (npm; https://github.com/fityannugroho/idn-area-data): provinces.csv, regencies.csv, "
                  "districts.csv; aliases and ambiguity review by the Tutur project",
        'licence': "ODbL 1.0 (idn-area-data 4.0.1, Kemendagri codes)",
    })

    ids, id_stats = build_words.build_id(sp)
    ens, en_stats = build_words.build_en()
    words = {
        'generatedBy': generated_by('build_words.py, id_own_words.txt and en_own_words.txt'),
        'about': "Vocabularies for splitting lower-case hashtags into words (#pontianakkota, #jagakesehatan, #stayhealthy) "
                 "and for telling that a capitalised word is an ordinary word. 'id': standard Indonesian words: the "
                 "stopwords-iso Indonesian list, the standard/formal sides of data/non-standard.json and of IndoCollex "
                 "(noisy entries removed), a list written by the Tutur project with its affixed forms (me-, di-, ber-, ter-, "
                 "pe-, ke-an, -kan, -i; a form kept only when attested in the IndoNLU news/NER text, used only as a check), "
                 "and the lower-cased words of the province, regency and district names of places.json. Non-standard "
                 "spellings (the keys of data/non-standard.json) and di/ke+place spacing errors are excluded. 'en': "
                 "common English words: the base forms of the compromise lexicon plus its inflected forms that occur in the "
                 "Stop Clickbait headlines (used only to measure frequency), the stopwords-iso English list, the words of the "
                 "plain-language lists and the hyperbolic-word list. No word was taken from tweets. One-letter words are "
                 "excluded. Both lists are sorted.",
        'source': "stopwords-iso 1.1.0; IndoCollex; data/non-standard.json; idn-area-data 4.0.1 (via places.json); "
                  "Tutur project word list; compromise 14.17.0 lexicon; retext-simplify 8.0.0 patterns; 18F content guide; "
                  "Stop Clickbait hyperbolic words (Chakraborty et al. 2016)",
        'licence': "MIT (stopwords-iso; IndoCollex © 2021 Haryo Akbarianto Wibowo; compromise © Spencer Kelly; retext-simplify © "
                   "Titus Wormer; Stop Clickbait © 2016 Chakraborty, Paranjape, Kakarla, Ganguly; Tutur project), CC BY-SA 4.0 "
                   "(words from the Wikipedia-derived spelling list), ODbL 1.0 (place words from idn-area-data 4.0.1), "
                   "18F content guide public domain / CC0 1.0",
        'id': ids,
        'en': ens,
    }

    notp, _, _ = build_passive.main()
    passive = {
        'generatedBy': generated_by('build_passive.py'),
        'about': "Heuristics for passive voice. 'notPassiveId': lower-case Indonesian words that start with 'di' but are not "
                 "di- passive verbs: nouns, adjectives and loanwords (dinas, dinding, diskusi, digital, direktur, dingin), "
                 "pronoun forms (dia, dialah, diri, dirinya), names, district names (Diwek, Dimembe), and di+place words "
                 "written together by mistake (dirumah, dimana, disini) that spelling.di-preposition corrects. Built from "
                 "the 'di' words of words.json 'id' whose remainder has no meN- verb form (checked with hunspell-id, used "
                 "only as a check), reviewed by hand, plus words added by the Tutur project. 'irregularParticiplesEn': "
                 "English irregular past participles (been, born, built, done, given, known, made, taken ...) for spotting "
                 "'be + participle'; regular participles end in -ed.",
        'source': "Tutur project; words.json 'id' (see its sources); standard English grammar",
        'licence': "MIT (Tutur project); the word list it was checked against is described in words.json",
        'notPassiveId': notp,
        'irregularParticiplesEn': sorted(set(build_passive.PARTICIPLES)),
    }

    jargon_path = FILES['jargon']
    existing_id = []
    if os.path.exists(jargon_path):
        try:
            existing_id = json.load(open(jargon_path)).get('id', [])
        except Exception:
            existing_id = []
    jargon = {
        'generatedBy': "scripts/lexicons/write_all.py writes the 'en' part from build_jargon.py: edit the decisions "
                       "there and rebuild (scripts/lexicons/README.md). The 'id' part is edited by hand in this file; "
                       "a rebuild keeps it.",
        'about': "Plain-language substitutions. 'en': English bureaucratic words and phrases with plainer alternatives in "
                 "'use' (first = preferred). 'fix': true when the first alternative is a grammatical drop-in replacement in "
                 "ordinary sentences ('in order to' -> 'to', 'utilize' -> 'use', 'commence' -> 'start', 'prior to' -> "
                 "'before'); false when the sentence needs rewording (show the advice, do not auto-apply). An empty string "
                 "in 'use' means 'remove the phrase'. From the retext-simplify pattern list (reviewed: entries that fire on "
                 "ordinary words in posts, such as 'additional', 'provide', 'require', 'however', 'maximum', 'magnitude', "
                 "and most 'omit' patterns, dropped; alternatives reordered) and the 18F 'words to avoid' (usually no "
                 "replacement: use [] and fix false). 'id': the Indonesian part, written separately. The Indonesian part ('id') "
                 "is the Tutur project's own list of bureaucratic phrases with plain alternatives (no open list exists), "
                 "drawing on essays on Indonesian bureaucratic language (Tempo, 'Menteri Susi dan Bahasa Birokrasi', "
                 "2018; Murianetwork, 'Bahasa birokrasi yang mengasingkan').",
        'source': "retext-simplify 8.0.0 lib/patterns.js (https://github.com/retextjs/retext-simplify); 18F Content Guide "
                  "'plain language' words to avoid (https://github.com/18F/content-guide); Tutur project review; Indonesian: Tutur project",
        'licence': "MIT (retext-simplify © Titus Wormer) and public domain / CC0 1.0 (18F); MIT (Tutur project, Indonesian part)",
        'id': existing_id,
        'en': build_jargon.build(),
    }

    out = {}
    inline = {'places': ('provinces', 'districts', 'ambiguousDistricts'), 'words': ('id', 'en'),
              'passive': ('notPassiveId', 'irregularParticiplesEn')}
    for key, obj in [('spelling', spelling), ('places', places), ('words', words), ('passive', passive), ('jargon', jargon)]:
        out[key] = dump(FILES[key], obj, inline.get(key, ()))
    return out, id_stats, en_stats


def validate():
    KEY = re.compile(r"^[a-z0-9][a-z0-9'\-]*$")
    errs = []
    data = {k: json.load(open(p, encoding='utf-8')) for k, p in FILES.items()}
    for k, d in data.items():
        for f in ('generatedBy', 'about', 'source', 'licence'):
            if not isinstance(d.get(f), str) or not d[f]:
                errs.append(f'{k}: missing {f}')
    s = data['spelling']
    assert set(s) == {'generatedBy', 'about', 'source', 'licence', 'standard', 'informal'}
    for m in ('standard', 'informal'):
        for a, b in s[m].items():
            if not KEY.match(a):
                errs.append(f'spelling key {a!r}')
            if b != with_proper_nouns(b.lower()) or not b.strip() or a == b:
                errs.append(f'spelling value {a!r}->{b!r}')
    both = set(s['standard']) & set(s['informal'])
    if both:
        errs.append(f'in both maps: {both}')
    p = data['places']
    assert set(p) == {'generatedBy', 'about', 'source', 'licence', 'provinces', 'regencies', 'districts', 'aliases', 'ambiguousDistricts'}
    names = set(p['provinces']) | {r['name'] for r in p['regencies']}
    for a, v in p['aliases'].items():
        if v not in names:
            errs.append(f'alias {a}->{v}')
    for r in p['regencies']:
        if set(r) != {'name', 'type'} or r['type'] not in ('Kota', 'Kabupaten'):
            errs.append(f'regency {r}')
    if p['licence'] != 'ODbL 1.0 (idn-area-data 4.0.1, Kemendagri codes)':
        errs.append('places licence')
    w = data['words']
    for lang in ('id', 'en'):
        lst = w[lang]
        if lst != sorted(lst) or len(set(lst)) != len(lst):
            errs.append(f'words {lang} not sorted/unique')
        bad = [x for x in lst if x != x.lower() or len(x) < 2]
        if bad:
            errs.append(f'words {lang} bad {bad[:5]}')
    bad = set(w['id']) & (set(s['standard']) | set(s['informal']))
    if bad:
        errs.append(f'non-standard keys in words.id: {sorted(bad)[:10]}')
    v = data['passive']
    assert set(v) == {'generatedBy', 'about', 'source', 'licence', 'notPassiveId', 'irregularParticiplesEn'}
    if any(not x.startswith('di') for x in v['notPassiveId']):
        errs.append('notPassiveId without di')
    j = data['jargon']
    assert set(j) == {'generatedBy', 'about', 'source', 'licence', 'id', 'en'}
    for e in j['en']:
        if set(e) != {'phrase', 'use', 'fix'} or e['phrase'] != e['phrase'].lower() or not isinstance(e['use'], list) \
                or not isinstance(e['fix'], bool) or (e['fix'] and not e['use']):
            errs.append(f'jargon {e}')
    return errs


if __name__ == '__main__':
    sizes, ids, ens = write()
    for k, (raw, gz) in sizes.items():
        print(f'{k:9s} {raw/1024:7.1f} KB raw {gz/1024:6.1f} KB gz')
    print('id', ids, 'en', ens)
    print('errors:', validate())
