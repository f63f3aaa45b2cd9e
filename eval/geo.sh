#!/usr/bin/env bash
# Geoparsing (LGL, GeoVirus, GeoWebNews, TR-News): exports each corpus of a split with the
# benchmark's own scorer, runs `annals annotate` on it and scores the places it writes.
# usage: eval/geo.sh dev|test [--errors]   (dev = LGL + GeoVirus, test = GWN + TR-News)
#        eval/geo.sh CORPUS.xml [--errors]
#
# What is scored, the same for all four corpora: the record's `places`, its `demonyms`
# ("Palestinian" with Palestine's point) and the actors that are places standing for their
# state ("Moscow said", which carry the place's point). The benchmarks' gold counts
# demonyms and such metonymies as toponyms (LGL's "American", "Georgian", "South
# Ossetian" have their country's or region's coordinates; the GeoWebNews scheme of Gritta
# et al. 2019 gives demonyms and metonymic uses GeoNames ids), while the record keeps them
# apart from `places`: the adapter below puts them back together for the scorer, one point
# per span (a place first, then a demonym, then a place named inside a paper's or a team's
# name, `named_in`, which LGL and the GeoWebNews scheme count as embedded toponyms, then an
# actor).
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
shift || true
shared=../shared/eval/geo
if [ ! -d "$shared" ]; then
    echo "geo $split: skipped (../shared/eval/geo is not here)"
    exit 0
fi
case $split in
dev) corpora="$shared/dev/lgl.xml $shared/dev/GeoVirus.xml" ;;
test) corpora="$shared/test/GWN.xml $shared/test/TR-News.xml" ;;
*) corpora=$split ;;
esac
work=build/eval/geo
mkdir -p "$work"
for xml in $corpora; do
    name=$(basename "$xml" .xml)
    python3 "$shared/score.py" export "$xml" >"$work/$name.in.jsonl"
    start=$(date +%s%N)
    build/annals annotate "$work/$name.in.jsonl" >"$work/$name.out.jsonl"
    end=$(date +%s%N)
    python3 -c '
import json, sys
for line in sys.stdin:
    o = json.loads(line)
    pts = list(o.get("places") or []) + list(o.get("demonyms") or [])
    pts += list(o.get("named_in") or [])
    pts += [a for a in o.get("actors") or [] if a.get("lat") is not None]
    keep, seen = [], set()
    for p in pts:
        if (p["start"], p["end"]) not in seen:
            seen.add((p["start"], p["end"]))
            keep.append({k: p[k] for k in ("start", "end", "text", "lat", "lon")})
    print(json.dumps({"id": o.get("id"), "places": keep}, ensure_ascii=False))
' <"$work/$name.out.jsonl" >"$work/$name.scored.jsonl"
    printf 'geo %-9s %-4s (%d ms): ' "$name" "$( [ "$split" = test ] && echo test || echo dev)" \
        $(((end - start) / 1000000))
    python3 "$shared/score.py" score "$xml" "$work/$name.scored.jsonl" "$@"
done
