#!/usr/bin/env bash
# make eval: every benchmark the built stages can be measured on, dev and test.
# Skips, saying so, when ../shared/eval is not beside the project.
set -u
cd "$(dirname "$0")/.."
if [ ! -d ../shared/eval ]; then
    echo "eval: skipped: ../shared/eval is not here (the benchmarks live beside the project)"
    exit 0
fi
status=0
for split in dev test; do
    eval/time.sh "$split" || status=1
    eval/extract.sh "$split" || status=1
    eval/events.sh "$split" || status=1
    eval/geo.sh "$split" || status=1
done
exit $status
