#!/usr/bin/env bash
# Geoparsing (LGL, GeoVirus, GeoWebNews, TR-News): exports each corpus of a split with the
# benchmark's own scorer, runs `annals annotate` on it and scores the places it writes.
# usage: eval/geo.sh dev|test [--errors]   (dev = LGL + GeoVirus, test = GWN + TR-News)
#        eval/geo.sh CORPUS.xml [--errors]
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
    printf 'geo %-9s %-4s (%d ms): ' "$name" "$( [ "$split" = test ] && echo test || echo dev)" \
        $(((end - start) / 1000000))
    python3 "$shared/score.py" score "$xml" "$work/$name.out.jsonl" "$@"
done
