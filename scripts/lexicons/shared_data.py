"""Where the lexicon builders find the public data sets they read (IndoCollex, idn-area-data,
STIF-Indonesia, IndoNLU, stopwords-iso, ...): the shared data folder, named by the environment
variable TUTUR_DATA, the same one `npm run eval` reads. That folder is not part of the
repository; see scripts/lexicons/README.md."""
import os
import sys

VAR = 'TUTUR_DATA'
HINT = ('Set it to the shared data folder (the one that holds indocollex/, idn-area-data/, '
        'stif-indonesia/, indonlu/ ...), for example: '
        f'{VAR}=/path/to/data python3 scripts/lexicons/write_all.py')


def _root():
    root = os.environ.get(VAR)
    if not root:
        sys.exit(f'{VAR} is not set. {HINT}')
    if not os.path.isdir(root):
        sys.exit(f'{VAR}={root}: no such folder. {HINT}')
    return os.path.abspath(root)


DATA = _root()


def data(*parts):
    """A path inside the shared data folder; data('indocollex', '') ends with a separator."""
    return os.path.join(DATA, *parts)
