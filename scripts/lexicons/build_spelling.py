"""Build src/analysis/data/non-standard.json and print STIF-train precision."""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import csv
import json
import re
import subprocess
import sys
from collections import Counter

import stif
from shared_data import data
from decisions import (BAKU_DROP, BAKU_FIX, BAKU_TO_INFORMAL, CLITIC_SKIP, DROP, FLAGGED, INFORMAL_ADD,
                       RESCUE_EN, RESCUE_HS, STANDARD_ADD, VALUE)

OUT = _os.path.join(HERE, '../../src/analysis/') + 'data/non-standard.json'
CLITIC = r'(nya|lah|kah|pun|ku|mu)'
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9'\-]*$")
# Accepted alternatives when scoring the "lenient" fix precision (documented in LEXICONS.md).
ALT = {
    'mengapa': {'kenapa'}, 'kalau': {'jika', 'apabila', 'bila'}, 'sekali': {'sangat'}, 'tetapi': {'tapi', 'namun'},
    'saya': {'aku'}, 'aku': {'saya'}, 'begitu': {'seperti itu'}, 'begini': {'seperti ini'}, 'benar': {'betul'},
    'membuat': {'buat'}, 'bertanya': {'tanya'}, 'pakai': {'memakai', 'menggunakan'}, 'dapat': {'mendapat', 'mendapatkan'},
    'habis': {'setelah'}, 'sampai': {'hingga'}, 'hanya': {'cuma'}, 'ayo': {'mari'}, 'terus': {'melulu', 'selalu', 'lalu', 'terus-menerus'}, 'rumit': {'merepotkan'}, 'betulkan': {'diperbaiki', 'perbaiki'},
    'balas': {'membalas', 'dibalas'}, 'lagi': {'sedang'}, 'ojek daring': {'ojek online', 'ojek'},
    'ponsel': {'hp', 'handphone', 'telepon'}, 'sudah': {'telah'}, 'karena': {'sebab', 'sebabnya'}, 'kamu': {'anda'},
    'menelepon': {'telepon', 'menghubungi'}, 'mengisi': {'isi'}, 'masuk': {'masuk-masuk'}, 'tersambung': {'terhubung'}, 'pesan': {'memesan'}, 'lihat': {'melihat'}, 'tahu': {'mengetahui'},
}


def words(s):
    return s.split()


def hunspell_ok(ws):
    out = subprocess.run(['hunspell', '-d', 'id_ID', '-G'], input='\n'.join(sorted(set(ws))), capture_output=True, text=True).stdout
    return set(out.split())


def build():
    # ---- standard (Wikipedia list via spaCy)
    standard, informal, log = {}, {}, []
    for row in csv.reader(open(data('baku-wikipedia-spacy', 'tidak-baku-to-baku.tsv'), encoding='utf-8'), delimiter='\t'):
        if row[0] == 'tidak_baku':
            continue
        k, v, flag = row[0].strip(), row[1].strip(), (row[2].strip() if len(row) > 2 else '')
        kl = k.lower()
        if flag:
            d = FLAGGED[kl]
            if d == 'drop':
                log.append(('flagged-drop', k, v))
                continue
            if d == 'informal':
                informal[kl] = v.lower()
                continue
            kl, v = d
        if kl in BAKU_DROP:
            log.append(('baku-drop', k, v))
            if kl in BAKU_TO_INFORMAL:
                informal[kl] = BAKU_TO_INFORMAL[kl]
            continue
        if kl in BAKU_FIX:
            kl, v = BAKU_FIX[kl]
        standard[kl] = v.lower()
    for k, v in STANDARD_ADD.items():
        standard[k] = v
    # Clitic forms of the standard entries, where FrequencyWords' Indonesian list has them and
    # hunspell-id does not take them for words ("telponnya" → "teleponnya", "karirnya" → "kariernya").
    attested = {line.split()[0] for line in open(data('frequency-words', 'id_50k.txt'), encoding='utf-8')}
    clitics = {}
    for k, v in standard.items():
        if not re.fullmatch(r'[a-z]+', k) or ' ' in v or v != v.lower() or k in CLITIC_SKIP:
            continue
        for c in ('nya', 'ku', 'mu', 'lah', 'kah'):
            if k + c in attested and k + c not in standard:
                clitics[k + c] = v + c
    known = hunspell_ok(clitics)
    for k in sorted(clitics):
        if k not in known:
            standard[k] = clitics[k]

    # ---- informal (IndoCollex)
    cands = json.load(open(WORK + '/cands.json'))
    dropped = {w: reason for reason, ws in DROP.items() for w in ws.split()}
    reasons = Counter()
    for r in cands:
        k = r['k']
        if not r['keyok']:
            reasons['malformed key (space, digit-first, 1 letter, unit/number junk)'] += 1
            continue
        if re.search(r'\d', k) and not re.fullmatch(r'[a-z\-]+2(nya|an)?', k):
            reasons['digit in key other than reduplication "2"'] += 1
            continue
        if k in dropped:
            reasons[dropped[k]] += 1
            continue
        if r['en'] and k not in RESCUE_EN:
            reasons['English word (compromise lexicon / stopwords-en)'] += 1
            continue
        if r['hs'] and not r['en'] and k not in RESCUE_HS:
            reasons['a standard Indonesian word (hunspell-id check)'] += 1
            continue
        if k in standard:
            reasons['moved to / already in the standard map'] += 1
            continue
        informal[k] = VALUE.get(k) or r['v']
    for k, v in INFORMAL_ADD.items():
        informal[k] = v
    for k in list(informal):
        if k in standard:
            del informal[k]
    # resolve chains (value itself an informal key)
    for k, v in list(informal.items()):
        seen = set()
        while v in informal and v not in seen and v != k:
            seen.add(v)
            v = informal[v]
        informal[k] = v
    return standard, informal, log, reasons


def score_all(m, occ):
    rows = []
    for k, v in sorted(m.items()):
        reps = occ.get(k, [])
        n = len(reps)
        if n == 0:
            continue
        changed = [r for r in reps if r != k]
        subst = [r for r in changed if r != '']
        def hit(r, target):
            rw = r.split()
            return r == target or (' ' in target and target in r) or (' ' not in target and target in rw) \
                or (' ' in target and r in target.split()) \
                or (' ' not in target and any(re.fullmatch(re.escape(target) + CLITIC, w) for w in rw))
        strict = sum(1 for r in subst if hit(r, v))
        lenient = sum(1 for r in subst if hit(r, v) or any(hit(r, a) for a in ALT.get(v, ())))
        rows.append((k, v, n, len(changed), len(subst), strict, lenient, Counter(reps).most_common(3)))
    return rows


def main():
    standard, informal, log, reasons = build()
    occ, fc = stif.align()
    # STIF filter on informal entries: drop when kept unchanged most of the time
    stif_dropped = []
    for row in score_all(informal, occ):
        k, v, n, ch, sub, st, le, top = row
        if n >= 3 and ch / n < 0.5:
            stif_dropped.append(row)
            del informal[k]
    # minimum: fix precision must not be poor where measurable
    low_fix = []
    for row in score_all(informal, occ):
        k, v, n, ch, sub, st, le, top = row
        if n >= 3 and sub and le / sub < 0.5:
            low_fix.append(row)
    json.dump({'standard': standard, 'informal': informal, 'log': log, 'reasons': reasons,
               'stif_dropped': stif_dropped, 'low_fix': low_fix}, open(WORK + '/spelling-build.json', 'w'), ensure_ascii=False, indent=1)
    print('standard', len(standard), 'informal', len(informal))
    print('reasons', reasons.most_common())
    print('STIF-dropped (<50% changed):', [(r[0], r[2], r[3]) for r in stif_dropped])
    print('low fix precision:', [(r[0], r[1], r[2], r[4], r[6], r[7]) for r in low_fix])


if __name__ == '__main__':
    main()
