#!/usr/bin/env bash
# TempEval-3 time expressions: strips the gold TimeML of a split, tags it with
# `annals timeml`, scores it with the benchmark's own scorer.
# usage: eval/time.sh dev|test [--errors]   (dev = TimeBank + AQUAINT, test = TE3-platinum)
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
shift || true
shared=../shared/eval/time
if [ ! -d "$shared" ]; then
    echo "time $split: skipped (../shared/eval/time is not here)"
    exit 0
fi
work=build/eval/time/$split
rm -rf "$work" && mkdir -p "$work/gold" "$work/in" "$work/out"
# the scorer reads one flat folder: link the gold files of the split there
find "$shared/$split" -name '*.tml' | while read -r f; do ln -s "$(realpath "$f")" "$work/gold/"; done
python3 "$shared/strip.py" "$work/gold" "$work/in" >/dev/null
build/annals timeml --out-dir "$work/out" "$work/in"
printf 'time %-4s (%s docs): ' "$split" "$(ls "$work/in" | wc -l)"
python3 "$shared/score.py" "$work/gold" "$work/out" "$@"
