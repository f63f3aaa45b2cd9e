#!/usr/bin/env python3
"""What an annotated corpus holds per KB of text: the measure that keeps bench/gen_corpus.c
as dense as real news (bench/README.md gives the figures of real corpora).

usage: build/annals annotate --sentences FILES... | bench/density.py"""
import json
import sys

KINDS = ('events', 'actors', 'sentences', 'times', 'places')
articles = size = 0
counts = dict.fromkeys(KINDS, 0)
for line in sys.stdin:
    record = json.loads(line)
    articles += 1
    size += len(record.get('text', '').encode())
    for kind in KINDS:
        counts[kind] += len(record.get(kind) or [])
if not size:
    sys.exit('density.py: no text in the input')
print(f'{articles} articles, {size / articles:.0f} bytes each; per KB: ' +
      ', '.join(f'{kind} {counts[kind] * 1000 / size:.2f}' for kind in KINDS))
