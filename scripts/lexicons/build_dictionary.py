"""Build src/analysis/data/dictionary-id.json: Indonesian dictionary words beyond words.json.

The words come from Debian's hunspell-id (LibreOffice's id_ID dictionary, (C) 2017 Ali Ahmadi,
LGPL-3.0): the lower-case entries of id_ID.dic, without the affix flags (the .aff rules are not
used). To stay small, a word is kept only when it is attested in the check texts below, as it is
or as the stem of an affixed form (the same stemmer as src/analysis/lexicon.ts). The check texts
are read, never copied: training splits only, so the dev/test splits of the evaluation stay unseen.

    apt-get download hunspell-id && dpkg-deb -x hunspell-id_*.deb /tmp/hunspell-id
    TUTUR_DATA=/path/to/data python3 scripts/lexicons/build_dictionary.py /tmp/hunspell-id/usr/share/hunspell/id_ID.dic

The check texts are read from the shared data folder named by TUTUR_DATA (see scripts/lexicons/README.md).
"""
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '../..')
sys.path.insert(0, HERE)
from shared_data import DATA  # noqa: E402  (TUTUR_DATA: the shared data folder)
OUT = os.path.join(ROOT, 'src/analysis/data/dictionary-id.json')

# Keep in step with stems() in src/analysis/lexicon.ts.
SUFFIXES = ['kannya', 'kanlah', 'nyalah', 'annya', 'kan', 'nya', 'lah', 'kah', 'ku', 'mu', 'an', 'i']
PREFIXES = [('memper', ['']), ('diper', ['']), ('meny', ['s']), ('meng', ['', 'k']), ('mem', ['', 'p']), ('men', ['', 't']), ('me', ['']),
            ('peny', ['s']), ('peng', ['', 'k']), ('pem', ['', 'p']), ('pen', ['', 't']), ('per', ['']), ('pe', ['']),
            ('ber', ['']), ('be', ['']), ('ter', ['']), ('di', ['']), ('ke', ['']), ('se', [''])]

CHECK_TEXTS = [
    ('conll', 'indonlu/nerp_ner-prosa/train_preprocess.txt'),
    ('conll', 'indonlu/nergrit_ner-grit/train_preprocess.txt'),
    ('text', 'indonlu/emot_emotion-twitter/train_preprocess.csv'),
    ('text', 'stif-indonesia/train.inf'),
    ('text', 'stif-indonesia/train.for'),
    ('text', 'idn-hoax-corpus-tweets/datasetUMPOHoax.csv'),
]


def stems(word):
    if len(word) < 5:
        return []
    out = []
    bases = [word] + [word[:-len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
    for base in bases:
        if base != word:
            out.append(base)
        for prefix, restores in PREFIXES:
            if base.startswith(prefix) and len(base) - len(prefix) >= 3:
                out.extend(r + base[len(prefix):] for r in restores)
    return out


NAME_TAGS = {'PPL', 'IND', 'PERSON', 'ORGANISATION'}


def mostly_names():
    """Dictionary words that the NER training splits tag as a person or body more often than not
    ("agus", "budi", "hasan" are entries of id_ID.dic too): left out, so they stay names."""
    counts = {}
    for kind, path in CHECK_TEXTS:
        if kind != 'conll':
            continue
        for line in open(os.path.join(DATA, path), encoding='utf-8'):
            if '\t' not in line:
                continue
            word, tag = line.rstrip('\n').split('\t')[:2]
            c = counts.setdefault(word.lower(), [0, 0])
            c[0 if tag[2:] in NAME_TAGS else 1] += 1
    return {w for w, (named, other) in counts.items() if named >= 2 and named > other}


def attested():
    seen = set()
    for kind, path in CHECK_TEXTS:
        with open(os.path.join(DATA, path), encoding='utf-8', errors='replace') as f:
            text = f.read()
        if kind == 'conll':
            text = ' '.join(line.split('\t')[0] for line in text.split('\n') if '\t' in line)
        seen.update(re.findall(r'[a-z]+', text.lower()))
    out = set(seen)
    for w in seen:
        out.update(stems(w))
    return out


def main(dic_path):
    with open(dic_path, encoding='utf-8') as f:
        entries = [line.split('/')[0].strip() for line in f.read().split('\n')[1:]]
    words = sorted({w for w in entries if re.fullmatch(r'[a-z][a-z-]*[a-z]', w)})
    vocabulary = json.load(open(os.path.join(ROOT, 'src/analysis/data/words.json'), encoding='utf-8'))
    known = set(vocabulary['id']) | set(vocabulary['en'])
    seen = attested()
    names = mostly_names()
    dropped = sorted(w for w in words if w in seen and w in names)
    keep = [w for w in words if w in seen and w not in known and w not in names]
    out = {
        'about': "Indonesian dictionary words not in words.json, used to tell an unknown word (probably a name) "
                 "in text written all in lower case. The lower-case entries of hunspell-id's id_ID.dic, kept when "
                 "attested (as they are or as a stem) in the training splits of IndoNLU NER-P/NERGrit/EmoT, "
                 "STIF-Indonesia and IDN hoax tweets, and not tagged mostly as a person or body in the NER "
                 "training splits; those texts were read as a check and not copied.",
        'source': 'hunspell-id 1:7.5.0-1 (Debian; LibreOffice dictionaries, id_ID by Ali Ahmadi 2017)',
        'licence': 'LGPL-3.0 (see licences/LGPL-3.0.txt and licences/GPL-3.0.txt); replaceable: any word list in this shape works',
        'words': keep,
    }
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=1).replace('\n  "', ' "').replace('\n ]', ']') + '\n')
    raw = open(OUT, 'rb').read()
    print(f'left out as names: {" ".join(dropped)}')
    print(f'{len(words)} dictionary words, {len(keep)} kept; {len(raw)} B, {len(gzip.compress(raw, 9))} B gzipped')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
