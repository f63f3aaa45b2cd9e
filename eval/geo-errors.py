#!/usr/bin/env python3
"""List every dev geoparsing error with its context: misses and resolutions over 161 km.
usage: eval/geo-errors.py CORPUS.xml build/eval/geo/NAME.scored.jsonl [--far|--missed]
Reads the gold through the benchmark's own scorer (score.py load), so spans are the
scorer's; prints one line an error: kind, doc, gold surface, km, system text, context."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'eval', 'geo'))
import score  # noqa: E402

def main():
    docs = score.load(sys.argv[1])
    out = {}
    for line in open(sys.argv[2], encoding='utf-8'):
        o = json.loads(line)
        out[str(o.get('id'))] = o.get('places') or []
    want = sys.argv[3] if len(sys.argv) > 3 else ''
    for did, text, _, gold in docs:
        for s, e, lat, lon, surf in gold:
            best, bp = None, None
            for p in out.get(did, []):
                if p['start'] < e and s < p['end'] and p.get('lat') is not None:
                    d = score.km(lat, lon, float(p['lat']), float(p['lon']))
                    if best is None or d < best:
                        best, bp = d, p
            ctx = text[max(0, s - 50):e + 40].replace('\n', ' ')
            if best is None and want != '--far':
                print(f'MISS\t{did}\t{surf}\t-\t-\t{ctx}')
            elif best is not None and best > 161 and want != '--missed':
                print(f'FAR\t{did}\t{surf}\t{best:.0f}\t{bp["text"]}\t({lat:.2f},{lon:.2f})\t{ctx}')

main()
