"""Build src/analysis/data/words.json (id / en vocabularies)."""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import collections
import csv
import json
import re
import subprocess
import sys

sys.path.insert(0, HERE)
import build_places
from morph import derive
from shared_data import data

W = re.compile(r"^[a-z][a-z'\-]*[a-z]$")
TWO_ID = set('ah di eh es ha ia ih ke ku mu oh oi om ya'.split())
TWO_EN = set('am an as at be by do go he hi if in is it me my no of oh ok on or ox so to tv up us we'.split())
JUNK = set('dikeliling dimain diperusahaan ditanda dimana-mana disalah dimas'.split())
PROFANITY = set('anjing bangsat kontol tahi goblok bajingan brengsek tolol bego kampret ngentot mengentot bercinta '
                'bercumbu payudara porno kotoran monyet asu jancok'.split()) - {'anjing', 'monyet'}


def ws(s):
    return [w for w in re.split(r"[\s/()]+", s.lower()) if w]


DIPREP = json.load(open(_os.path.join(HERE, '../../src/analysis/') + 'data/di-places.json'))['places']
sys.path.insert(0, HERE)
from decisions import DROP as _DROP
SPLIT_DROPS = set(_DROP['di-/ke- split handled by the spelling.di-preposition rule (same engine)'].split())


def split_error(w):
    """'di'/'ke' written together with a place word (dirumah, kesana): a spacing error, not a word."""
    if w in SPLIT_DROPS:
        return True
    if w in ('keluar', 'keluarnya', 'dikali'):
        return False
    for pre in ('di', 'ke'):
        if w.startswith(pre) and w[2:] in DIPREP:
            return True
    return False


def hunspell_ok(words):
    out = subprocess.run(['hunspell', '-d', 'id_ID', '-G'], input='\n'.join(sorted(words)), capture_output=True, text=True).stdout
    return set(out.split())


def attested():
    att = collections.Counter()
    for f in [data('indonlu', 'nerp_ner-prosa', 'train_preprocess.txt'), data('indonlu', 'nergrit_ner-grit', 'train_preprocess.txt')]:
        for line in open(f, encoding='utf-8'):
            w = line.split('\t')[0].strip().lower()
            if W.match(w):
                att[w] += 1
    return att


def build_id(spelling):
    keys = set(spelling['standard']) | set(spelling['informal'])
    sw = {l.strip().lower() for l in open(data('stopwords-iso', 'stopwords-id.txt'), encoding='utf-8') if l.strip()}
    vals = {w for v in list(spelling['standard'].values()) + list(spelling['informal'].values()) for w in ws(v)}
    ic = set()
    for row in csv.reader(open(data('indocollex', 'informal-formal-dictionary.tsv'), encoding='utf-8'), delimiter='\t'):
        if row[0] != 'informal':
            ic |= set(ws(row[1]))
    for row in csv.DictReader(open(data('indocollex', 'full.csv'), encoding='utf-8')):
        ic |= set(ws(row['original-for']))
    own = {w for w in open(HERE + '/id_own_words.txt', encoding='utf-8').read().split()}
    p, r, d = build_places.main()
    places = set()
    for x in p + [y['name'] for y in r] + d:
        places |= set(ws(x))
    # IndoCollex formal side also holds English words (translations of English keys, brand names):
    # keep a word from it only when it is not English, or when hunspell-id knows it as Indonesian.
    lex = json.load(open(WORK + '/compromise-lexicon.json'))
    en = {k for k in lex if ' ' not in k} | {l.strip() for l in open(data('stopwords-iso', 'stopwords-en.txt')) if l.strip()}
    hs = hunspell_ok({w for w in ic | vals if w in en})
    ic = {w for w in ic if w not in en or w in hs or w in sw or w in own}
    # IndoCollex's formal side is noisy (dikemudian, kelaut, menganu, mamah): keep a word from it when it is
    # attested in the IndoNLU news/NER text (measurement only) or known to hunspell-id, or already listed.
    att = attested()
    hs_ic = hunspell_ok(ic)
    ic = {w for w in ic if att[w] or w in hs_ic or w in sw or w in own or w in vals}
    roots = {w for w in own | vals | ic if re.fullmatch(r'[a-z]+', w) and len(w) >= 3}
    derived = set()
    for r_ in roots:
        ds = {x for x in derive(r_) if att[x] >= 1}
        me = {x for x in ds if x.startswith('me')}
        # a di- form only when the root also shows up as an active meN- verb (else it is "di" + noun, a spacing error)
        ds = {x for x in ds if not x.startswith('di') or x.startswith('diper') or me}
        derived |= ds
    base = sw | vals | ic | own
    # Place words: all words of province and regency names; a word found only in district names is kept when it is
    # used by two or more district names or attested in the news/NER text. (Single-use local names would make
    # words.json call proper nouns "ordinary words"; the hashtag splitter can read places.json for the rest.)
    pr = set()
    for x in p + [y['name'] for y in r]:
        pr |= set(ws(x))
    dcount = collections.Counter(w for x in d for w in set(ws(x)))
    places = {w for w in places if w in pr or w in base or dcount[w] >= 2 or att[w] >= 1}
    allw = base | derived | places
    out = {w for w in allw if W.match(w) and w not in keys and w not in PROFANITY and w not in JUNK and not split_error(w) and (len(w) > 2 or w in TWO_ID)}
    stats = {'stopwords': len(sw), 'spelling values': len(vals), 'indocollex formal': len(ic), 'own': len(own),
             'derived (attested)': len(derived - base), 'place words': len(places - base - derived)}
    return sorted(out), stats


EN_INFL_MIN = 5


def build_en():
    lex = json.load(open(WORK + '/compromise-lexicon.json'))
    NAME = {'FemaleName', 'MaleName', 'LastName', 'FirstName', 'Person', 'City', 'Place', 'Region', 'Country',
            'Organization', 'SportsTeam', 'Currency', 'Emoticon', 'Abbreviation', 'ProperNoun', 'Demonym',
            'Honorific', 'Unit', 'Possessive'}
    BASE = {'Infinitive', 'Singular', 'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun',
            'Noun', 'Uncountable', 'Expression', 'Actor', 'Verb', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary',
            'Negative', 'Month', 'WeekDay', 'Cardinal', 'Ordinal', 'TextValue'}
    INFL = {'Plural', 'PastTense', 'Gerund', 'PresentTense', 'Comparative', 'Superlative', 'Participle'}
    hf = collections.Counter()
    for f in ['clickbait_headlines.txt', 'non_clickbait_headlines.txt']:
        for line in open(data('clickbait-chakraborty-en', f), encoding='utf-8', errors='ignore'):
            for w in re.findall(r"[a-z][a-z'\-]*[a-z]", line.lower()):
                hf[w] += 1
    comp = set()
    for k, v in lex.items():
        t = set(v if isinstance(v, list) else v.split(','))
        if ' ' in k or not W.match(k) or t & NAME:
            continue
        is_base = bool(t & BASE) and not t & INFL
        if (is_base and hf[k] >= 1) or hf[k] >= EN_INFL_MIN:
            comp.add(k)
    sw = {l.strip().lower() for l in open(data('stopwords-iso', 'stopwords-en.txt')) if l.strip()}
    hyper = {l.strip().lower() for l in open(data('clickbait-chakraborty-en', 'hyperbolic_words.txt')) if l.strip()}
    pl = set()
    for e in json.load(open(data('plain-language-en', 'retext-simplify-patterns.json'))):
        pl |= set(ws(e['phrase']))
        for x in e.get('replace', []):
            pl |= set(ws(x))
    for line in open(data('plain-language-en', '18f-words-to-avoid.tsv'), encoding='utf-8'):
        pl |= set(ws(line.split('\t')[0]))
    own = set(open(HERE + '/en_own_words.txt', encoding='utf-8').read().split())
    allw = comp | sw | hyper | pl | own
    out = {w for w in allw if W.match(w) and (len(w) > 2 or w in TWO_EN)}
    stats = {'own': len(own - comp - sw - hyper - pl), 'compromise': len(comp), 'stopwords-en': len(sw), 'hyperbolic': len(hyper), 'plain-language': len(pl)}
    return sorted(out), stats


if __name__ == '__main__':
    sp = json.load(open(WORK + '/spelling-build.json'))
    i, s1 = build_id(sp)
    e, s2 = build_en()
    print(len(i), s1)
    print(len(e), s2)
