"""Collect informal->formal candidates from IndoCollex with review columns."""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import csv
import json
import re
import subprocess
import sys
from collections import defaultdict

import stif
from shared_data import data

IC = data('indocollex', '')
KEY_RE = re.compile(r"^[a-z][a-z0-9'\-]*$")


def hunspell_ok(words):
    words = sorted(set(words))
    out = subprocess.run(['hunspell', '-d', 'id_ID', '-G'], input='\n'.join(words), capture_output=True, text=True).stdout
    return set(out.split())


def english_vocab():
    lex = json.load(open(WORK + '/compromise-lexicon.json'))
    en = {w for w in lex if ' ' not in w}
    en |= {l.strip() for l in open(data('stopwords-iso', 'stopwords-en.txt')) if l.strip()}
    return en


def main():
    cands = defaultdict(dict)  # key -> {source: value}
    for row in csv.reader(open(IC + 'informal-formal-dictionary.tsv', encoding='utf-8'), delimiter='\t'):
        if row[0] == 'informal':
            continue
        k, v = row[0].strip().lower(), row[1].strip().strip('"').lower()
        cands[k]['dict'] = v
    for r in csv.DictReader(open(IC + 'full.csv', encoding='utf-8')):
        if r['transformation'] == 'acronym':
            continue
        k, v = r['transformed'].strip().lower(), r['original-for'].strip().lower()
        prev = cands[k].get('full')
        cands[k]['full'] = v if prev in (None, v) else prev + ' || ' + v
    occ, fc = stif.align()
    keys = list(cands)
    hs = hunspell_ok(keys + [w for c in cands.values() for v in c.values() for w in re.split(r'[ \-|]+', v)])
    en = english_vocab()
    rows = []
    for k in sorted(keys):
        c = cands[k]
        v = c.get('dict') or c.get('full').split(' || ')[0]
        n, ch, ex = stif.score(k, v, occ)
        vbad = [w for w in re.split(r'[ \-]+', v) if w and w not in hs]
        rows.append({
            'k': k, 'v': v, 'dict': c.get('dict', ''), 'full': c.get('full', ''),
            'keyok': bool(KEY_RE.match(k)) and len(k) > 1 and not k[0].isdigit(),
            'hs': k in hs, 'en': k in en, 'n': n, 'ch': ch, 'ex': ex, 'fc': fc.get(k, 0),
            'vbad': vbad,
        })
    json.dump(rows, open(WORK + '/cands.json', 'w'), ensure_ascii=False, indent=0)
    print(len(rows))


if __name__ == '__main__':
    main()
