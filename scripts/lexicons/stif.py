"""Token-level alignment of STIF-Indonesia TRAIN informal -> formal rewrites.

Evaluation only: reads the tweets from the shared data folder (TUTUR_DATA), never writes any tweet text.
For every informal token occurrence, records what the rewrite put in its place.
"""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import difflib
import re
from collections import defaultdict

from shared_data import data

D = data('stif-indonesia', '')


def norm_span(toks):
    s = ' '.join(toks)
    s = re.sub(r'\s*-\s*', '-', s)
    return s.strip()


PUNCT = re.compile(r'^[^\w]+$')


def clean(toks):
    return [t for t in toks if not PUNCT.match(t)]


def sim(x, y):
    return difflib.SequenceMatcher(a=x, b=y, autojunk=False).ratio()


def dp_align(src, dst):
    """Map each src token to a contiguous (possibly empty) dst segment, monotonic,
    dst tokens may be left unattached (insertions). Maximises char similarity."""
    n, m = len(src), len(dst)
    NEG = -1e9
    f = [[NEG] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    f[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, arg = NEG, None
            if j > 0 and f[i][j - 1] > best:  # dst[j-1] unattached
                best, arg = f[i][j - 1], ('skip',)
            if i > 0:
                if f[i - 1][j] > best:  # src[i-1] deleted
                    best, arg = f[i - 1][j], ('del',)
                for k in range(max(0, j - 4), j):
                    seg = norm_span(clean(dst[k:j]))
                    if not seg:
                        continue
                    sc = f[i - 1][k] + sim(src[i - 1], seg.replace('-', '')) + (0.1 if j - k == 1 else 0.05)
                    if sc > best:
                        best, arg = sc, ('map', k)
            f[i][j], back[i][j] = best, arg
    out = []
    i, j = n, m
    while i > 0 or j > 0:
        arg = back[i][j]
        if arg[0] == 'skip':
            j -= 1
        elif arg[0] == 'del':
            out.append((src[i - 1], ''))
            i -= 1
        else:
            k = arg[1]
            out.append((src[i - 1], norm_span(clean(dst[k:j]))))
            i, j = i - 1, k
    return out[::-1]


def merge_hyphens(toks):
    out = []
    i = 0
    while i < len(toks):
        if toks[i] == '-' and out and i + 1 < len(toks) and not PUNCT.match(out[-1]) and not PUNCT.match(toks[i + 1]):
            out[-1] = out[-1] + '-' + toks[i + 1]
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return out


def load(split='train'):
    inf = [merge_hyphens(l.lower().split()) for l in open(D + split + '.inf', encoding='utf-8')]
    frm = [merge_hyphens(l.lower().split()) for l in open(D + split + '.for', encoding='utf-8')]
    assert len(inf) == len(frm)
    return inf, frm


def align(split='train'):
    """occ[token] -> list of replacement strings ('' = deleted; same token = kept)."""
    inf, frm = load(split)
    occ = defaultdict(list)
    formal_count = defaultdict(int)
    for a, b in zip(inf, frm):
        for t in b:
            formal_count[t] += 1
        sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == 'equal':
                for i in range(i1, i2):
                    occ[a[i]].append(a[i])
            elif op == 'delete':
                for i in range(i1, i2):
                    occ[a[i]].append('')
            elif op == 'replace':
                src, dst = a[i1:i2], b[j1:j2]
                dc = clean(dst)
                if len(src) == len(dc):
                    pairs = zip(src, dc)
                elif len(src) == 1:
                    pairs = [(src[0], norm_span(dc))]
                else:
                    pairs = dp_align(src, dst)
                for s, d in pairs:
                    occ[s].append(d)
    return occ, formal_count


def score(key, value, occ):
    """(n, changed, exact) for key; exact = the rewrite used value (value's words in the span)."""
    reps = occ.get(key, [])
    n = len(reps)
    changed = sum(1 for r in reps if r != key)
    v = value.lower()
    exact = 0
    for r in reps:
        if r == key:
            continue
        if r == v or (' ' in v and v in r) or (' ' not in v and v in r.split()):
            exact += 1
    return n, changed, exact
