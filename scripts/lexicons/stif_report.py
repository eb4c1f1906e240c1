import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import sys,os; sys.path.insert(0, HERE)
import json, stif, difflib, collections, re
from build_spelling import score_all, ALT, CLITIC
s=json.load(open(_os.path.join(HERE, '../../src/analysis/') + 'data/non-standard.json'))
occ,fc=stif.align()
for name in ('informal','standard'):
    rows=[r for r in score_all(s[name],occ) if r[2]>=3]
    n=sum(r[2] for r in rows); ch=sum(r[3] for r in rows); sub=sum(r[4] for r in rows); st=sum(r[5] for r in rows); le=sum(r[6] for r in rows)
    print(f"{name}: measurable {len(rows)}; occ {n}; changed {ch/n:.3f}; deleted {ch-sub}; subst {sub}; strict {st/sub:.3f}; alt {le/sub:.3f}; >=0.95 {sum(1 for r in rows if r[4] and r[6]/r[4]>=0.95)}; >=0.80 {sum(1 for r in rows if r[4] and r[6]/r[4]>=0.8)}")
    allrows=score_all(s[name],occ)
    print(f"  seen>=1: {len(allrows)}; occ {sum(r[2] for r in allrows)}; changed {sum(r[3] for r in allrows)/sum(r[2] for r in allrows):.3f}")
inf,frm=stif.load()
o11=collections.defaultdict(list)
for a,bb in zip(inf,frm):
    sm=difflib.SequenceMatcher(a=a,b=bb,autojunk=False)
    for op,i1,i2,j1,j2 in sm.get_opcodes():
        if op=='replace':
            src,dst=a[i1:i2],stif.clean(bb[j1:j2])
            if len(src)==len(dst):
                for x,y in zip(src,dst): o11[x].append(y)
def hit(r,t):
    rw=r.split()
    return r==t or (' ' in t and (t in r or r in t.split())) or (' ' not in t and (t in rw or any(re.fullmatch(re.escape(t)+CLITIC,w) for w in rw)))
for name in ('informal','standard'):
    tot=st=le=0
    for k,v in s[name].items():
        for r in o11.get(k,[]):
            if r==k: continue
            tot+=1; st+=hit(r,v); le+=hit(r,v) or any(hit(r,x) for x in ALT.get(v,()))
    print(f"{name}: 1:1 substitutions {tot}: strict {st/tot:.3f}, alt {le/tot:.3f}")
print('LOW (n>=3, alt<0.8):')
for r in sorted(score_all(s['informal'],occ), key=lambda r:-r[2]):
    if r[2]>=3 and r[4] and r[6]/r[4]<0.8:
        print(f"  {r[0]} -> {r[1]} | n={r[2]} | changed={r[3]/r[2]:.2f} | fix={r[5]/r[4]:.2f} | alt={r[6]/r[4]:.2f}")
print('TOP 40:')
for r in sorted(score_all(s['informal'],occ), key=lambda r:-r[2])[:40]:
    print(f"  {r[0]} -> {r[1]} | n={r[2]} | changed={r[3]/r[2]:.2f} | fix={(r[5]/r[4] if r[4] else 0):.2f} | alt={(r[6]/r[4] if r[4] else 0):.2f}")
print('STANDARD:')
for r in sorted(score_all(s['standard'],occ), key=lambda r:-r[2]):
    if r[2]>=3: print(f"  {r[0]} -> {r[1]} | n={r[2]} | changed={r[3]/r[2]:.2f} | fix={(r[5]/r[4] if r[4] else 0):.2f}")
