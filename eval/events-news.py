#!/usr/bin/env python3
"""CAMEO root and dyad F1 on real newswire: our own hand-coded dev set (eval/cameo-news-dev.tsv).

usage: eval/events-news.py sample [N]    the first N candidate sentences, in the set's order
       eval/events-news.py export > in.jsonl
       eval/events-news.py score OUTPUT.jsonl [--errors]

The sentences are Timeline17's Syria articles (Reuters and BBC, 2011-2013) in
../shared/eval/timeline/t17_syria/*/articles.jsonl, read at run time: the repo keeps only the
article id, the sentence index and a short hash of the sentence, never its text. The order is
a seeded shuffle (SEED below) of every sentence of 8 words or more (after detokenising;
exact repeats dropped); the coder took them in that order, skipped those with no verb
(marked `noverb` in the set), and wrote the gold from the CAMEO 2.0 codebook before running
annals on them.

Set format, a line a sentence: source, article id, sentence index, hash (8 hex of the sha1 of
the detokenised sentence), then the events: `-` for none, else space-separated
CODE:SRC>TGT, CODE the CAMEO code (at least the root), SRC and TGT ISO 3166-1 alpha-2
countries of the actors or `-` for an actor without one (a UN body, an unnamed target).

A comment line `# batch NAME ...` starts a batch: the rows after it belong to NAME until the
next such line (rows before any belong to `studied`). The batch `held-out` was coded after the
rules were written and must not be tuned on: score prints the figure on every row and on that
batch alone, and --errors lists only the rows outside it.

root: micro P/R/F1 over (sentence, root) pairs; dyad: over (sentence, root, source country,
target country), as score.py scores petr2. Every coded sentence counts, those with no event
too (what is found there is a false positive)."""
import json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eventlib  # noqa: E402
from eventlib import digest, split_tally  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
T17 = os.path.join(HERE, '..', '..', 'shared', 'eval', 'timeline', 't17_syria')
SOURCES = ('SyrianCrisis_reuters', 'SyrianCrisis_bbc')
SET = os.path.join(HERE, 'cameo-news-dev.tsv')
SEED = 20170405

PTB = {'-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}',
       '``': '"', "''": '"'}


def detok(s):
    t = ' '.join(PTB.get(w, w) for w in s.split())
    t = re.sub(r' ([.,;:?!%)\]}])', r'\1', t)
    t = re.sub(r'([(\[{$]) ', r'\1', t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r'\1', t)
    t = re.sub(r'" (.*?) "', r'"\1"', t)
    return t.strip()


def articles():
    out = {}
    for src in SOURCES:
        for line in open(os.path.join(T17, src, 'articles.jsonl'), encoding='utf-8'):
            a = json.loads(line)
            out[(src, str(a['id']))] = a
    return out


def candidates():
    """(source, id, index, hash, text, date) of every sentence long enough, in seeded order."""
    arts, seen, out = articles(), set(), []
    for (src, aid), a in sorted(arts.items()):
        for i, s in enumerate(a['text'].split('\n')):
            t = detok(s)
            if len(t.split()) < 8 or t in seen:
                continue
            seen.add(t)
            out.append((src, aid, i, digest(t), t, a.get('time')))
    random.Random(SEED).shuffle(out)
    return out


HELD_OUT = 'held-out'


def coded():
    """The set's rows: (source, id, index, hash, events or None when skipped, batch)."""
    rows, batch = [], 'studied'
    for line in open(SET, encoding='utf-8'):
        m = re.match(r'#\s*batch\s+([\w-]+)', line)
        if m:
            batch = m.group(1)
            continue
        if not line.strip() or line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        src, aid, idx, h, codes = f[0], f[1], int(f[2]), f[3], f[4]
        if codes == 'noverb':
            rows.append((src, aid, idx, h, None, batch))
            continue
        evs = set()
        for c in codes.split():
            if c == '-':
                continue
            m = re.fullmatch(r'(\d{2,4}):(\w\w|-)>(\w\w|-)', c)
            if not m:
                sys.exit(f'{SET}: bad coding {c!r} in {aid}/{idx}')
            evs.add((m.group(1)[:2], None if m.group(2) == '-' else m.group(2),
                     None if m.group(3) == '-' else m.group(3)))
        rows.append((src, aid, idx, h, evs, batch))
    return rows


def gold():
    arts, out = articles(), []
    for src, aid, idx, h, evs, batch in coded():
        if evs is None:
            continue
        a = arts[(src, aid)]
        t = detok(a['text'].split('\n')[idx])
        if digest(t) != h:
            sys.exit(f'{SET}: {src}/{aid}/{idx}: the sentence changed (hash {digest(t)} != {h})')
        out.append({'id': f'{src[13:]}-{aid}-{idx}', 'text': t, 'date': a.get('time'),
                    'roots': {e[0] for e in evs}, 'dyads': evs, 'batch': batch})
    return out


def score(path, show):
    whole, studied, held = split_tally(path, gold(), lambda g: g['batch'] == HELD_OUT, show)
    print(whole)
    if held:
        print(f'  studied:  {studied}')
        print(f'  held-out: {held}')


def sample_rows(n):
    return ['\t'.join(map(str, (src, aid, i, h, d, t))) for src, aid, i, h, t, d in candidates()[:n]]


if __name__ == '__main__':
    eventlib.main(__doc__, T17, 150, sample_rows, gold, score)
