#!/bin/sh
# Regenerates the expected records of the golden tests from the current build. Review the
# diff (git diff tests/golden) before committing: the expected files are the specification.
set -e
cd "$(dirname "$0")/../.."
annals=${ANNALS:-build/annals}
for in in tests/golden/*.txt tests/golden/*.jsonl tests/golden/*.html tests/golden/*.warc tests/golden/*.warc.gz; do
    [ -f "$in" ] || continue
    "$annals" read --sentences "$in" >"${in%.*}.expected" || true
done
