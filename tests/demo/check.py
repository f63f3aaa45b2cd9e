#!/usr/bin/env python3
"""Checks the facts written down in tests/demo/facts.txt against a store of the demo corpus.

usage: check.py ANNALS DB FACTS
Prints one line a fact: PASS, FAIL, TODO (known not to hold yet) or TODO-PASSES (a todo
fact that holds now: take the todo off). Exit status 1 when a fact without todo fails.
The facts file says its own format."""
import json, re, shlex, sqlite3, subprocess, sys

COND = re.compile(r'([\w.]+)(>=|<=|~|=)(.*)$', re.S)


def parse_cond(word):
    m = COND.match(word)
    if not m:
        raise ValueError('not a condition: %r' % word)
    return m.groups()


def casualty_values(row, kind, field):
    return [c.get(field) for c in row.get('casualties') or [] if c.get('kind') == kind]


def values(row, key):
    """The values a condition's key can match in an exported event row."""
    if key == 'text':
        return [row.get('text') or ''] + [r.get('sentence') or '' for r in row.get('report_list') or []]
    if key == 'outlets':
        return [r.get('outlet') or '' for r in row.get('report_list') or []]
    if '.' in key:  # killed.low, killed_or_wounded.best ...
        kind, field = key.split('.', 1)
        return casualty_values(row, kind, field)
    return [row.get(key)]


def match_one(value, op, want):
    if value is None:
        return False
    if op == '~':
        return any(w.lower() in str(value).lower() for w in want.split('|'))
    if op == '=':
        if '..' in want and isinstance(value, str):
            lo, hi = want.split('..')
            return lo <= value[:len(lo)] and value[:len(hi)] <= hi
        return any(str(value) == w for w in want.split('|'))
    try:
        v, w = float(value), float(want)
    except (TypeError, ValueError):
        return False
    return v >= w if op == '>=' else v <= w


def matches(row, conds):
    for key, op, want in conds:
        if key == 'date' and op == '=' and '..' in want:
            lo, hi = want.split('..')
            start, end = row.get('date_start'), row.get('date_end')
            if not start or not end or start < lo or end > hi:
                return False
            continue
        if not any(match_one(v, op, want) for v in values(row, key)):
            return False
    return True


def dup_pairs(db):
    con = sqlite3.connect(db)
    rows = con.execute('SELECT c.source, o.source FROM articles c JOIN articles o ON o.id = c.dup_of')
    return {(c.rsplit('/', 1)[-1], o.rsplit('/', 1)[-1]) for c, o in rows}


def holds(fact, events, dups):
    kind, args = fact[0], fact[1:]
    if kind == 'dup':
        return (args[0], args[1]) in dups or (args[1], args[0]) in dups
    if kind == 'dups':
        return len(dups) == int(args[0])
    conds = [parse_cond(a) for a in args]
    found = any(matches(r, conds) for r in events)
    if kind == 'event':
        return found
    if kind == 'no-event':
        return not found
    raise ValueError('unknown fact kind %r' % kind)


def main():
    annals, db, facts_path = sys.argv[1:4]
    out = subprocess.run([annals, 'export', '--db', db, '--format', 'jsonl', '--modality', 'any',
                          '--with-duplicates'], check=True, capture_output=True, text=True).stdout
    events = [r for r in map(json.loads, out.splitlines()) if r.get('kind') == 'event']
    dups = dup_pairs(db)
    failed = 0
    for n, line in enumerate(open(facts_path, encoding='utf-8'), 1):
        line = line.split('#', 1)[0].strip()
        if not line:
            continue
        fact = shlex.split(line)
        todo = fact[0] == 'todo'
        if todo:
            fact = fact[1:]
        ok = holds(fact, events, dups)
        if todo:
            print('%s facts.txt:%d: %s' % ('TODO-PASSES' if ok else 'TODO', n, line))
        else:
            print('%s facts.txt:%d: %s' % ('PASS' if ok else 'FAIL', n, line))
            failed += not ok
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
