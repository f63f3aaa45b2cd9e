#!/usr/bin/env python3
"""CAMEO root and dyad F1 on the PLOVER dev records, scored the way score.py scores petr2.

usage: eval/events-dev.py OUTPUT.jsonl [--errors]
  OUTPUT.jsonl: `annals annotate` run on `score.py export plover` (eval/events.sh dev does it).

The gold file is read from ../shared at run time, never copied. Its records carry no CAMEO
code, but each one is an example from one section of the CAMEO manual, named by its 2016
PLOVER label: the label gives the two-digit root (AGREE 03 ... FIGHT 19; FIGHT by
deportation is ethnic cleansing, 20). INVESTIGATE (09) records are left out, as score.py
leaves them out of the type score.

root: micro P/R/F1 over (record, root) pairs.
dyad: micro P/R/F1 over (record, root, source country, target country), countries from the
  gold actor codes' first three letters where they are ISO 3166-1 alpha-3. Like petr2, whose
  coder requires a dyad, only records with a gold source and target count: a target, or two
  reciprocal actors (SRC/TAR in the markup) coded both ways."""
import json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eventlib import iso3to2, prf, read_system  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'shared', 'eval', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt')
ROOT = {'AGREE': '03', 'CONSULT': '04', 'SUPPORT': '05', 'COOPERATE': '06', 'AID': '07',
        'CONCEDE': '08', 'RETREAT': '08', 'DEMAND': '10', 'DISAPPROVE': '11', 'REJECT': '12',
        'THREATEN': '13', 'PROTEST': '14', 'MOBILIZE': '15', 'SANCTION': '16', 'COERCE': '17',
        'ASSAULT': '18', 'FIGHT': '19'}
MODE_ROOT = {('FIGHT', 'deport'): '20'}


def actors(field):
    return field if isinstance(field, list) else []


def markup(r):
    ti = r.get('textInfo')
    return ti.get('markup', '') if isinstance(ti, dict) else str(ti or '')


def gold_dyads(r, root, m3):
    country = lambda a: m3.get(str(a.get('code', ''))[:3])
    src, tgt = actors(r.get('source')), actors(r.get('target'))
    dyads = {(root, country(s), country(t)) for s in src for t in tgt}
    recip_text = set(re.findall(r'\(SRC/TAR: ([^)]*)\)', markup(r)))
    recip = [s for s in src if s.get('actorText') in recip_text]
    dyads |= {(root, country(a), country(b)) for a in recip for b in recip if a is not b
              and country(a) != country(b)}
    return dyads


def gold():
    m3 = iso3to2()
    out = []
    for r in json.load(open(GOLD, encoding='utf-8')):
        ev = r.get('event')
        if ev not in ROOT or not r.get('text'):
            continue
        root = MODE_ROOT.get((ev, r.get('mode')), ROOT[ev])
        out.append({'id': r['id'], 'text': r['text'], 'root': root,
                    'dyads': gold_dyads(r, root, m3)})
    return out


def main():
    if len(sys.argv) < 2 or not os.path.exists(GOLD):
        sys.exit(__doc__)
    sysout, show = read_system(sys.argv[1]), '--errors' in sys.argv
    tr = nr = gr = td = nd = gd = 0
    for g in gold():
        evs = sysout.get(g['id'], [])
        roots = {str(e['cameo'])[:2] for e in evs}
        tr += g['root'] in roots; nr += len(roots); gr += 1
        if g['dyads']:
            dy = {(str(e['cameo'])[:2], (e.get('actor1') or {}).get('country'),
                   (e.get('actor2') or {}).get('country')) for e in evs}
            td += len(dy & g['dyads']); nd += len(dy); gd += len(g['dyads'])
            if show and dy != g['dyads']:
                print(f"{g['id']}: gold {sorted(g['dyads'], key=str)} got {sorted(dy, key=str)}"
                      f"\n    {g['text']}")
    p, r, f = prf(tr, nr, gr)
    p2, r2, f2 = prf(td, nd, gd)
    print(f'root_precision={p:.3f} root_recall={r:.3f} root_f1={f:.3f} '
          f'dyad_precision={p2:.3f} dyad_recall={r2:.3f} dyad_f1={f2:.3f}')


if __name__ == '__main__':
    main()
