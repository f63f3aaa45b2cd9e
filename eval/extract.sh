#!/usr/bin/env bash
# Article Extraction Benchmark: `annals read --format aeb` over the pages of a split,
# scored with the benchmark's own scorer (4-word shingle precision, recall, F1 per page).
# usage: eval/extract.sh dev|test [--errors]   (html/ holds all 181 pages; SPLIT.json lists
# which ids belong to the split)
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
shift || true
shared=../shared/eval/extract
if [ ! -d "$shared" ]; then
    echo "extract $split: skipped (../shared/eval/extract is not here)"
    exit 0
fi
work=build/eval/extract/$split
rm -rf "$work" && mkdir -p "$work/html"
python3 -c 'import json, sys
for k in json.load(open(sys.argv[1])): print(k)' "$shared/$split.json" | while read -r id; do
    ln -s "$(realpath "$shared/html/$id.html.gz")" "$work/html/"
done
build/annals read --format aeb "$work/html" >"$work/pred.json"
printf 'extract %-4s (%s pages): ' "$split" "$(ls "$work/html" | wc -l)"
python3 "$shared/score.py" "$shared/$split.json" "$work/pred.json" "$@"
