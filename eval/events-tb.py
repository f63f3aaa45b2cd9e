#!/usr/bin/env python3
"""CAMEO root and dyad F1 on 1990s international newswire: our own hand-coded dev set
(eval/cameo-tb-dev.tsv) over TempEval-3's dev documents (TimeBank and AQUAINT: AP, NYT, WSJ,
ABC, CNN, VOA, APW).

usage: eval/events-tb.py sample [N]    the first N candidate sentences, in the set's order
       eval/events-tb.py export > in.jsonl
       eval/events-tb.py score OUTPUT.jsonl [--errors]

The documents are ../shared/eval/time/dev/{TimeBank,AQUAINT}/*.tml, read at run time: the
repo keeps only the document name, the sentence index and a short hash of the sentence, never
its text. A document's text is its <TEXT> element with the tags stripped and entities read;
it is cut into paragraphs at blank lines and paragraphs into sentences after ., ? or ! (a
closing quote may follow) before a capital or an opening quote, unless the word before is an
abbreviation or a single capital. The date is the DCT. The order is a seeded shuffle (SEED
below) of every sentence of 8 words or more (exact repeats dropped); the coder took them in
that order, skipped those with no verb (marked `noverb`) and wrote the gold from the CAMEO
2.0 codebook before running annals on them, with the conventions of eval/cameo-news-dev.tsv
(the event a report carries, not the "said"; no event for opinion, analysis, hypotheticals
or background).

Set format, a line a sentence: document, sentence index, hash (8 hex of the sha1 of the
sentence), then the events: `-` for none, else space-separated CODE:SRC>TGT, CODE the CAMEO
code (at least the root), SRC and TGT ISO 3166-1 alpha-2 countries or `-`. The line
`# held-out` starts the held-out part: its errors are never shown (--errors lists only the
studied part) and its figure is printed apart.

root: micro P/R/F1 over (sentence, root) pairs; dyad: over (sentence, root, source country,
target country), as the PETRARCH-2 test is scored. Every coded sentence counts."""
import html, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eventlib  # noqa: E402
from eventlib import digest, split_tally  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TML = os.path.join(HERE, '..', '..', 'shared', 'eval', 'time', 'dev')
PARTS = ('TimeBank', 'AQUAINT')
SET = os.path.join(HERE, 'cameo-tb-dev.tsv')
SEED = 19980807

ABBREV = {'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt',
          'maj', 'adm', 'cmdr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs',
          'prof', 'rev', 'messrs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct',
          'nov', 'dec', 'u.s', 'u.n', 'u.k', 'calif', 'fla', 'mass', 'conn', 'ariz', 'ill',
          'mich', 'wash', 'pa', 'va', 'n.y', 'n.j', 'tenn', 'ga', 'la', 'mo', 'md', 'ky',
          'ala', 'okla', 'wis', 'minn', 'colo', 'nev', 'ore', 'tex', 'ind', 'kan', 'neb',
          'st', 'mt', 'ft', 'd.c', 'p.m', 'a.m', 'e.g', 'i.e', 'etc'}


def document(path):
    """(date, text) of a .tml file."""
    raw = open(path, encoding='utf-8').read()
    m = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S)
    date = m.group(1)[:10] if m else None
    body = re.search(r'<TEXT>(.*?)</TEXT>', raw, re.S).group(1)
    body = html.unescape(re.sub(r'<[^>]+>', '', body))
    return date, body


def sentences(text):
    out = []
    for para in re.split(r'\n\s*\n', text):
        para = re.sub(r'\s+', ' ', para).strip()
        para = para.replace('``', '"').replace("''", '"')
        start = 0
        for m in re.finditer(r'[.?!]["\')]?(?= +["(]?[A-Z])', para):
            word = para[start:m.start()].split()[-1:] or ['']
            w = word[0].lower().lstrip('"(')
            if m.group(0)[0] == '.' and (w in ABBREV or re.fullmatch(r'[a-z]', w)):
                continue
            out.append(para[start:m.end()].strip())
            start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return out


def docs():
    out = {}
    for part in PARTS:
        d = os.path.join(TML, part)
        for f in sorted(os.listdir(d)):
            if f.endswith('.tml'):
                out[f[:-4]] = document(os.path.join(d, f))
    return out


def candidates():
    """(doc, index, hash, text, date) of every sentence long enough, in seeded order."""
    seen, out = set(), []
    for name, (date, text) in sorted(docs().items()):
        for i, s in enumerate(sentences(text)):
            if len(s.split()) < 8 or s in seen:
                continue
            seen.add(s)
            out.append((name, i, digest(s), s, date))
    random.Random(SEED).shuffle(out)
    return out


def coded():
    """The set's rows: (doc, index, hash, events or None when skipped, held-out?)."""
    rows, held = [], False
    for line in open(SET, encoding='utf-8'):
        if line.startswith('# held-out'):
            held = True
        if not line.strip() or line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        name, idx, h, codes = f[0], int(f[1]), f[2], f[3]
        if codes == 'noverb':
            rows.append((name, idx, h, None, held))
            continue
        evs = set()
        for c in codes.split():
            if c == '-':
                continue
            m = re.fullmatch(r'(\d{2,4}):(\w\w|-)>(\w\w|-)', c)
            if not m:
                sys.exit(f'{SET}: bad coding {c!r} in {name}/{idx}')
            evs.add((m.group(1)[:2], None if m.group(2) == '-' else m.group(2),
                     None if m.group(3) == '-' else m.group(3)))
        rows.append((name, idx, h, evs, held))
    return rows


def gold():
    ds, out = docs(), []
    for name, idx, h, evs, held in coded():
        if evs is None:
            continue
        date, text = ds[name]
        t = sentences(text)[idx]
        if digest(t) != h:
            sys.exit(f'{SET}: {name}/{idx}: the sentence changed (hash {digest(t)} != {h})')
        out.append({'id': f'{name}-{idx}', 'text': t, 'date': date, 'held': held,
                    'roots': {e[0] for e in evs}, 'dyads': evs})
    return out


def score(path, show):
    _, studied, held = split_tally(path, gold(), lambda g: g['held'], show)
    print(f"studied: {studied}")
    print(f"held-out: {held}")


def sample_rows(n):
    return ['\t'.join(map(str, (name, i, h, d, t))) for name, i, h, t, d in candidates()[:n]]


if __name__ == '__main__':
    eventlib.main(__doc__, TML, 120, sample_rows, gold, score)
