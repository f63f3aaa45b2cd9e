#!/usr/bin/env python3
"""PETRARCH's own unit suite as a check of the verb-dictionary format: its records read with
its own test dictionaries (PETR.Validate.verbs.txt and .actors.txt: fictional states, and
mostly WEIS codes, not CAMEO), and how many of its event codes annals reproduces. A figure
to report, not to tune to: the codes are the test dictionary's, and annals's own trigger
lexicon keeps precedence over any dictionary.

usage: eval/petr-unit.py export [--real] > in.jsonl
       eval/petr-unit.py score OUTPUT.jsonl

export writes the records' own texts, their fictional names kept (the test actor dictionary
names them, under codes of no real country, which annals's actor reader leaves out); with
--real, the states renamed as real ones, as eval/events-suites.py does, so that annals finds
the actors of a dyad.

codes: (record, event code) pairs of the gold codings, and how many an event of the record
has as its `cameo`; none: the records coded as having no event, and how many got none.
The file is read from ../shared at run time, never copied."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eventlib import petr_unit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PETR = os.path.join(HERE, '..', '..', 'shared', 'eval', 'events', 'petrarch',
                    'PETR.UnitTest.records.xml')


def records():
    for attrs, text, codes in petr_unit(PETR):
        d = attrs.get('date', '')
        yield {'id': 'petr-' + attrs['id'], 'text': ' '.join(text.split()),
               'date': f'{d[:4]}-{d[4:6]}-{d[6:8]}' if len(d) == 8 else None,
               'none': any(c.get('noevents') == 'True' for c in codes),
               'codes': {c['eventcode'].strip() for c in codes if c.get('eventcode')}}


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ('export', 'score') or not os.path.exists(PETR):
        sys.exit(__doc__)
    if sys.argv[1] == 'export':
        sys.path.insert(0, HERE)
        real = __import__('events-suites').real if '--real' in sys.argv else (lambda t: t)
        for r in records():
            print(json.dumps({'id': r['id'], 'text': real(r['text']), 'date': r['date']},
                             ensure_ascii=False))
        return
    got = {}
    for line in open(sys.argv[2], encoding='utf-8'):
        if line.strip():
            o = json.loads(line)
            got[o['id']] = {str(e['cameo']) for e in o.get('events') or [] if e.get('cameo')}
    n = gold = hit = nones = quiet = 0
    for r in records():
        n += 1
        ours = got.get(r['id'], set())
        if r['none'] and not r['codes']:
            nones += 1
            quiet += not ours
            continue
        gold += len(r['codes'])
        hit += len(r['codes'] & ours)
    print(f'records={n} codes={hit}/{gold} none={quiet}/{nones}')


if __name__ == '__main__':
    main()
