"""Build src/analysis/rules/voice.passive.json."""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)
import json
import sys

sys.path.insert(0, HERE)
import build_places
import build_words as bw
from morph import men

# di- words that are not di- passives (Tutur project list: nouns, adjectives, loanwords, names, pronoun forms).
OWN_NOT_PASSIVE = '''dia dialah diakah diapun dian diah diana dina dinda dion dito dika diki dikau dik diri dirinya dirimu diriku
dialog dialek dialektika diagram diameter diagnosa diagnosis diagnostik diakon diakonia diam diam-diam diami diare diet
digit digital digitalisasi dikotomi diksi diktat dikte diktator dilema diler dimensi dinamika dinamis dinamit dinamo dinar
dinas dinasti dinding dingin dini dinosaurus diode dioksida dioksin diorama dipan diploma diplomasi diplomat diplomatik
direksi direktorat direktori direktur dirgahayu dirgantara dirham dirigen disabilitas disel diesel disertasi disiplin
disk disket disko diskon diskotek diskresi diskriminasi diskualifikasi diskusi disinfektan disentri disharmoni
disintegrasi disorientasi disparitas dispensasi dispenser disposisi distorsi distribusi distributor distrik disrupsi
dividen divisi diversifikasi diversitas dialisis diabetes difteri disleksia didik didih didaktik dikarenakan
diferensial dimana disini disitu disana dimanapun diantaranya'''.split()


def main():
    sp = json.load(open(WORK + '/spelling-build.json'))
    ids, _ = bw.build_id(sp)
    idset = set(ids)
    p, r, d = build_places.main()
    placewords = set()
    for x in p + [y['name'] for y in r] + d:
        placewords |= set(bw.ws(x))
    di = [w for w in ids if w.startswith('di') and len(w) > 3]
    forms = {w: men(w[2:], 'me') | ({'memper' + w[5:]} if w[2:].startswith('per') else set()) for w in di}
    hs = bw.hunspell_ok({f for v in forms.values() for f in v})
    candidates = {w for w, f in forms.items() if not f & (hs | idset)}
    # review of the candidates: these are passives after all (root known under another form)
    passive = set('''diami didramatisasi difoto dikonfrontasi dimaksud dimaksudkan dimaksudkannya dimaksudnya dinetralisasi
        diperbuatnya dipercaya dipolitisasi direkomendasikan disahkan disosialisasi'''.split()) - {'diami'}
    place_di = {w for w in placewords if w.startswith('di') and len(w) > 2}
    diprep = [pl for pl in bw.DIPREP if ' ' not in pl]
    split = {'di' + pl for pl in diprep} - {'dikali'}
    notp = (candidates - passive) | set(OWN_NOT_PASSIVE) | place_di | split
    # words the passive test passed by accident (a meN- form exists, but the di- word is a noun)
    notp |= {'dinas', 'dinding', 'diri', 'dini', 'dimensi', 'dian', 'dinamika', 'dirgahayu'}
    return sorted(w for w in notp if w.isascii() and w == w.lower()), sorted(candidates), sorted(place_di)


PARTICIPLES = '''arisen awoken been born borne beaten become begun beheld bent bet bid bidden bitten bled blown broken bred
brought broadcast built burnt burned burst bought cast caught chosen clung come cost crept cut dealt dug done drawn
dreamt drunk driven dwelt eaten fallen fed felt fought found fled flung flown forbidden forecast foregone foreseen
forgotten forgiven forsaken frozen got gotten given gone ground grown hung had heard hidden hit held hurt kept knelt
knit known laid led leant leapt learnt left lent let lain lit lost made meant met mislaid misled mistaken misunderstood
mown outdone outgrown overcome overdone overheard overrun overseen oversold overtaken overthrown paid proven put quit
read rebuilt redone remade repaid reset retold rewritten rid ridden rung risen run sawn said seen sought sold sent set
sewn shaken shed shone shod shot shown shrunk shut sung sunk sat slain slept slid slung slit smelt sown spoken sped
spelt spent spilt spun spat split spoilt spread sprung stood stolen stuck stung stunk strewn stridden struck strung
striven sworn swept swollen swum swung taken taught torn told thought thrown thrust trodden understood undertaken
undergone undone upheld upset withdrawn withheld withstood woken worn woven wed wept won wound wrung written'''.split()

if __name__ == '__main__':
    n, c, pd = main()
    print(len(n), len(PARTICIPLES), len(set(PARTICIPLES)))
    print(' '.join(n))
