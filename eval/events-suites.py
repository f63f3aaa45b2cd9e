#!/usr/bin/env python3
"""CAMEO root and dyad F1 on the PETRARCH-2 unit-test records and the TABARI validation suite
(dev material: hard sentences with gold CAMEO codings, never the petr2 test split).

usage: eval/events-suites.py export > in.jsonl
       eval/events-suites.py score OUTPUT.jsonl [--errors]

Both suites name fictional states (Arnor, Gondor ...). So that the countries of a dyad can be
scored, export writes each of them as a real country the engine knows, and score maps its code
the same way; any other code counts by its first three letters when they are ISO 3166-1
alpha-3, else as no country (null), as score.py does for petr2. Only codings of a CAMEO root
(01-20) count: the suites also test WEIS-era codes (22, 90, 91 ...), which are left out, and a
record whose codings are all such codes is left out. A record coded as having no event counts
with an empty gold (what is found there is a false positive).

root: micro P/R/F1 over (record, root); dyad: over (record, root, source, target countries);
pair: over (record, source, target countries), whatever the code: who acts on whom. The
suites' codes come from their own test dictionaries (PETRARCH's says most of its codes are
WEIS, not CAMEO: "restore ties" 064, "condemn" 122), so root and dyad are rough here, and
pair is the figure to watch.
The files are read from ../shared at run time, never copied."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eventlib import coded_sets, export, iso3to2, petr_unit, prf, read_system  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', 'shared', 'eval', 'events')
PETR = os.path.join(SHARED, 'petrarch', 'PETR.UnitTest.records.xml')
TABARI = os.path.join(SHARED, 'tabari', 'Validate.text')
# fictional name -> (real name, its code); longer forms first
FICTION = [('Minas Tirith', 'Berlin', 'DEU'), ('Gondor', 'Germany', 'DEU'),
           ('Arnorian', 'French', 'FRA'), ('Arnor', 'France', 'FRA'),
           ('Osgiliath', 'Spain', 'ESP'), ('Bree', 'Brazil', 'BRA'),
           ('Eriadorian', 'Egyptian', 'EGY'), ('Eriadori', 'Egyptian', 'EGY'),
           ('Eriador', 'Egypt', 'EGY'), ('Calenardhon', 'Canada', 'CAN'),
           ('Ithilen', 'Italy', 'ITA'), ('Mordor', 'Mexico', 'MEX'),
           ('Fornost', 'Finland', 'FIN'), ('Dagolathi', 'Danish', 'DNK'),
           ('Dagolath', 'Denmark', 'DNK'), ('Rohans', 'Romanians', 'ROU'),
           ('Rohan', 'Romania', 'ROU')]
CODE = {'GON': 'DEU', 'ARN': 'FRA', 'OSG': 'ESP', 'BRE': 'BRA', 'ERI': 'EGY', 'CAL': 'CAN',
        'ITH': 'ITA', 'MOR': 'MEX', 'FOR': 'FIN', 'DAG': 'DNK', 'ROH': 'ROU'}


M3 = iso3to2()


def real(text):
    for name, to, _ in FICTION:
        text = re.sub(r'\b%s\b' % re.escape(name), to, text, flags=re.I)
    return ' '.join(text.split())


def country(code):
    c = code.strip()[:3].upper()
    return M3.get(CODE.get(c, c))


def coding(src, tgt, code):
    code = code.strip()
    if not re.fullmatch(r'(0[1-9]|1[0-9]|20)\w*', code):
        return None
    return (code[:2], country(src), country(tgt))


def petr():
    for attrs, text, codes in petr_unit(PETR):
        none = any(c.get('noevents') == 'True' for c in codes)
        dy = [coding(c.get('sourcecode', ''), c.get('targetcode', ''), c['eventcode'])
              for c in codes if 'eventcode' in c]
        yield 'petr-' + attrs['id'], attrs.get('date', ''), text, dy, none


def tabari():
    t = open(TABARI, encoding='utf-8', errors='replace').read()
    t = t.split('FINAL-01')[0]
    for m in re.finditer(r'^(\d{6})\s+(\S+)\s*\n(.*?)/\*(.*?)\*/', t, re.S | re.M):
        date, rid, text, comment = m.groups()
        if 'OPTION' in comment:
            continue
        none = '{+++}' in comment
        dy = [coding(*g) for g in re.findall(r'(?<!-)\{\s*([^/{}]*)/([^/{}]*)/\s*([^\s/{}]+)[^{}]*\}',
                                              comment)]
        d = ('19' if date[:2] > '30' else '20') + date
        yield 'tabari-' + rid, d, text, dy, none


def gold():
    out = []
    for rid, d, text, dy, none in list(petr()) + list(tabari()):
        kept = [x for x in dy if x]
        if not kept and not (none and not dy):
            continue
        out.append({'id': rid, 'text': real(text),
                    'date': f'{d[:4]}-{d[4:6]}-{d[6:8]}' if len(d) == 8 else None,
                    'roots': {x[0] for x in kept}, 'dyads': set(kept)})
    return out


def score(path, show):
    sysout = read_system(path)
    tr = nr = gr = td = nd = gd = tp = np_ = gp = 0
    for g in gold():
        roots, dy = coded_sets(sysout.get(g['id'], []))
        tr += len(roots & g['roots']); nr += len(roots); gr += len(g['roots'])
        td += len(dy & g['dyads']); nd += len(dy); gd += len(g['dyads'])
        pairs, gpairs = {d[1:] for d in dy}, {d[1:] for d in g['dyads']}
        tp += len(pairs & gpairs); np_ += len(pairs); gp += len(gpairs)
        if show and dy != g['dyads']:
            print(f"{g['id']}: gold {sorted(g['dyads'], key=str)} got {sorted(dy, key=str)}"
                  f"\n    {g['text']}")
    p, r, f = prf(tr, nr, gr)
    p2, r2, f2 = prf(td, nd, gd)
    f3 = prf(tp, np_, gp)[2]
    print(f'records={len(gold())} root_precision={p:.3f} root_recall={r:.3f} root_f1={f:.3f} '
          f'dyad_precision={p2:.3f} dyad_recall={r2:.3f} dyad_f1={f2:.3f} pair_f1={f3:.3f}')


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ('export', 'score') or not os.path.exists(PETR):
        sys.exit(__doc__)
    if sys.argv[1] == 'export':
        export(gold())
    else:
        score(sys.argv[2], '--errors' in sys.argv)


if __name__ == '__main__':
    main()
