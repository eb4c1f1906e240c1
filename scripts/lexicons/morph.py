"""Indonesian affixation (project-written rules) to expand roots into derived forms."""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
VOW = 'aeiou'


def men(root, nasal_prefix='me'):
    """Return candidate meN-/peN- forms with prefix base 'me' or 'pe'."""
    r = root
    out = set()
    p = nasal_prefix
    if len(r) < 2:
        return out
    syl = sum(1 for ch in r if ch in VOW)
    if syl == 1:
        out.add(p + 'nge' + r)
    c = r[0]
    if c in VOW:
        out.add(p + 'ng' + r)
    elif c in 'bfv':
        out.add(p + 'm' + r)
    elif c == 'p':
        if r[1] in VOW:
            out.add(p + 'm' + r[1:])
        out.add(p + 'm' + r)
    elif c in 'mnrlwy':
        out.add(p + r)
    elif r.startswith('ny') or r.startswith('ng'):
        out.add(p + r)
    elif c in 'dcjz':
        out.add(p + 'n' + r)
    elif c == 't':
        if r[1] in VOW:
            out.add(p + 'n' + r[1:])
        out.add(p + 'n' + r)
    elif r.startswith('sy'):
        out.add(p + 'n' + r)
    elif c == 's':
        if r[1] in VOW:
            out.add(p + 'ny' + r[1:])
        out.add(p + 'n' + r)
    elif c == 'k':
        if r[1] in VOW:
            out.add(p + 'ng' + r[1:])
        out.add(p + 'ng' + r)
    elif c in 'gh':
        out.add(p + 'ng' + r)
    else:
        out.add(p + r)
    return out


def ber(root, pre='ber'):
    r = root
    if r[0] == 'r' or (len(r) > 3 and r[1:3] == 'er' and r[0] not in VOW):
        return {pre[:-1] + r}
    return {pre + r}


def derive(root):
    r = root
    out = set()
    for m in men(r, 'me'):
        out |= {m, m + 'kan', m + 'i'}
    for m in men(r, 'pe'):
        out |= {m, m + 'an'}
    out |= {'di' + r, 'di' + r + 'kan', 'di' + r + 'i', 'ter' + r, 'ter' + r + 'kan', 'ke' + r + 'an',
            'per' + r + 'an', 'pe' + r, r + 'an', r + 'kan', r + 'i', 'se' + r, 'memper' + r, 'memper' + r + 'kan',
            'diper' + r, 'diper' + r + 'kan'}
    out |= ber(r)
    out |= {x + 'an' for x in ber(r)}
    if r[0] == 'r':
        out.add('te' + r)
    return out
