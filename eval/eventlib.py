"""eventlib.py - what the events scorers of this folder share."""
import hashlib
import json
import os
import re
import sys


def iso3to2():
    """ISO 3166-1 alpha-3 -> alpha-2, from Debian's iso-codes (empty when absent)."""
    try:
        d = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json', encoding='utf-8'))
        return {c['alpha_3']: c['alpha_2'] for c in d['3166-1']}
    except OSError:
        return {}


def digest(text):
    """A sentence's short hash: the dev sets keep it, not the text."""
    return hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]


def prf(tp, ns, ng):
    p = tp / ns if ns else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_system(path):
    """A system's output: record id -> its events that have a CAMEO code."""
    out = {}
    for line in open(path, encoding='utf-8'):
        if line.strip():
            o = json.loads(line)
            out[str(o.get('id'))] = [e for e in o.get('events') or [] if e.get('cameo')]
    return out


def coded_sets(evs):
    """The roots and the (root, source country, target country) dyads of events."""
    roots = {str(e['cameo'])[:2] for e in evs}
    dyads = {(str(e['cameo'])[:2], (e.get('actor1') or {}).get('country'),
              (e.get('actor2') or {}).get('country')) for e in evs}
    return roots, dyads


def tally(golds, sysout, show):
    """Micro P/R/F1 of roots and dyads over the gold sentences given, as one line."""
    tr = nr = gr = td = nd = gd = 0
    for g in golds:
        roots, dy = coded_sets(sysout.get(g['id'], []))
        tr += len(roots & g['roots']); nr += len(roots); gr += len(g['roots'])
        td += len(dy & g['dyads']); nd += len(dy); gd += len(g['dyads'])
        if show and dy != g['dyads']:
            f = lambda x: sorted(x, key=str)
            print(f"{g['id']}: gold {f(g['dyads'])} got {f(dy)}\n    {g['text']}")
    p, r, f = prf(tr, nr, gr)
    p2, r2, f2 = prf(td, nd, gd)
    return (f'records={len(golds)} root_precision={p:.3f} root_recall={r:.3f} root_f1={f:.3f} '
            f'dyad_precision={p2:.3f} dyad_recall={r2:.3f} dyad_f1={f2:.3f}')


def export(golds):
    """The records a system reads: {"id", "text", "date"} a line."""
    for g in golds:
        print(json.dumps({'id': g['id'], 'text': g['text'], 'date': g['date']},
                         ensure_ascii=False))


def split_tally(path, golds, held_out, show):
    """The tallies of all rows, of the studied rows and of the held-out ones (held_out(g)
    says which); --errors lists the studied rows' errors only: the held-out rows stay unseen,
    they are the honest estimate."""
    sysout = read_system(path)
    studied = [g for g in golds if not held_out(g)]
    held = [g for g in golds if held_out(g)]
    if show:
        tally(studied, sysout, True)
    return (tally(golds, sysout, False), tally(studied, sysout, False),
            tally(held, sysout, False) if held else None)


def main(doc, data_dir, n_sample, sample_rows, gold, score):
    """The command line the dev sets share: sample [N] | export | score OUT.jsonl [--errors]."""
    if len(sys.argv) < 2 or sys.argv[1] not in ('sample', 'export', 'score'):
        sys.exit(doc)
    if not os.path.isdir(data_dir):
        sys.exit(f'{data_dir} is not here')
    if sys.argv[1] == 'sample':
        for line in sample_rows(int(sys.argv[2]) if len(sys.argv) > 2 else n_sample):
            print(line)
    elif sys.argv[1] == 'export':
        export(gold())
    else:
        score(sys.argv[2], '--errors' in sys.argv)


def petr_unit(path):
    """PETRARCH's unit suite (PETR.UnitTest.records.xml): (attributes, text, codings) for each
    sentence that has an id, a text and codings, none of them an error."""
    t = open(path, encoding='utf-8').read()
    for m in re.finditer(r'<Sentence ([^>]*)>(.*?)</Sentence>', t, re.S):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        body = m.group(2)
        text = re.search(r'<Text>(.*?)</Text>', body, re.S)
        codes = [dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', c))
                 for c in re.findall(r'<EventCoding ([^>]*)>', body)]
        if 'id' not in attrs or not text or not codes or any('error' in c for c in codes):
            continue
        yield attrs, text.group(1), codes

