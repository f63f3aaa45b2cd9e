#!/usr/bin/env python3
"""Golden tests of `annals annotate`: for each NAME.txt here with NAME.facts.json, runs
annotate on the article and checks the facts it must find. Facts name only what the
article makes hard (whose day "said Friday" is, a combined toll, a claim made for a
ministry, a caption gallery a year earlier), so that other fields may improve freely.

usage: check.py ANNALS_BINARY        prints one line per failed fact; exit 1 when any

NAME.facts.json: {"captions": N, "text_lacks": [...], "times": [{"text", "where", "value"}],
  "events": [{"trigger": WORDS, "where": "text"|"caption:N", FIELD.PATH: VALUE, ...}]}
An event fact holds when some event with that trigger text and place of the trigger meets
every FIELD.PATH (dotted keys into the event, list items by number; VALUE null for null);
with "absent": true, when no event has that trigger (a clause told as part of another)."""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def source(rec, where):
    if where in (None, 'text'):
        return rec.get('text') or ''
    return rec['captions'][int(where.split(':')[1])]['text']


def get(obj, path):
    for key in path.split('.'):
        if isinstance(obj, list):
            obj = obj[int(key)] if key.isdigit() and int(key) < len(obj) else None
        elif isinstance(obj, dict):
            obj = obj.get(key)
        else:
            return None
    return obj


def trigger_of(rec, ev):
    for x in ev.get('evidence') or []:
        if x.get('role') == 'trigger':
            return x.get('where', 'text'), source(rec, x.get('where'))[x['start']:x['end']]
    return None, None


def event_fails(rec, fact):
    want = {k: v for k, v in fact.items() if k not in ('trigger', 'where', 'absent')}
    if fact.get('absent'):
        found = [ev for ev in rec.get('events') or []
                 if trigger_of(rec, ev) == (fact.get('where', 'text'), fact['trigger'])]
        return [f'an event "{fact["trigger"]}" that should not be there'] if found else []
    best = None
    for ev in rec.get('events') or []:
        where, text = trigger_of(rec, ev)
        if text != fact['trigger'] or where != fact.get('where', 'text'):
            continue
        wrong = [f'{k} is {json.dumps(get(ev, k))}, want {json.dumps(v)}'
                 for k, v in want.items() if get(ev, k) != v]
        if not wrong:
            return []
        best = wrong if best is None or len(wrong) < len(best) else best
    return best or [f'no event "{fact["trigger"]}" in {fact.get("where", "text")}']


def check(annals, txt, facts):
    out = subprocess.run([annals, 'annotate', txt], capture_output=True, text=True)
    if out.returncode != 0:
        return [f'annotate exited {out.returncode}: {out.stderr.strip()}']
    rec = json.loads(out.stdout.splitlines()[0])
    fails = []
    if 'captions' in facts and len(rec.get('captions') or []) != facts['captions']:
        fails.append(f'{len(rec.get("captions") or [])} captions, want {facts["captions"]}')
    fails += [f'text holds "{w}"' for w in facts.get('text_lacks', []) if w in rec.get('text', '')]
    for t in facts.get('times', []):
        found = [x.get('value') for x in rec.get('times') or []
                 if x.get('where', 'text') == t['where'] and
                 source(rec, x.get('where'))[x['start']:x['end']] == t['text']]
        if t['value'] not in found:
            fails.append(f'time "{t["text"]}" in {t["where"]} is {found}, want {t["value"]}')
    for f in facts.get('events', []):
        fails += [f'event "{f["trigger"]}": {w}' for w in event_fails(rec, f)]
    return fails


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    failed = 0
    for facts_path in sorted(glob.glob(os.path.join(HERE, '*.facts.json'))):
        txt = facts_path[:-len('.facts.json')] + '.txt'
        for fail in check(sys.argv[1], txt, json.load(open(facts_path, encoding='utf-8'))):
            print(f'{os.path.basename(txt)}: {fail}')
            failed += 1
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
