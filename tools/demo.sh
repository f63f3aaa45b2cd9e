#!/bin/sh
# make demo: runs annals on the example corpus that ships with the project and shows what
# it found: the articles as read, then the default store (annals.db here, made afresh each
# time, so `build/annals timeline Palmyra` works right after) with its counts, a search,
# and a timeline of the corpus at the end.
set -e
annals=${1:-build/annals}
out=build/demo
db=annals.db
unset ANNALS_DB
mkdir -p "$out"
echo "== annals $("$annals" --version | cut -d' ' -f2): reading examples/corpus"
"$annals" read --format brief examples/corpus
"$annals" annotate --sentences examples/corpus >"$out/corpus.jsonl"
echo
echo "== all annotated records: $out/corpus.jsonl ($(wc -l <"$out/corpus.jsonl") articles)"
echo
echo "== annals ingest examples/corpus   (into the default store, $db; a second run stores nothing new)"
rm -f "$db" "$db-wal" "$db-shm"
"$annals" ingest examples/corpus
"$annals" ingest examples/corpus
echo
echo "== annals stats"
"$annals" stats
echo
echo "== annals check"
"$annals" check
echo
echo "== annals search Palmyra recapture"
"$annals" search Palmyra recapture
echo
echo "== annals timeline Palmyra   (events merged across reports, and dated sentences)"
"$annals" timeline Palmyra
echo
echo "== the store is $db: try $annals timeline --near Palmyra --radius 100km --type ASSAULT,"
echo "   $annals export --format geojson > palmyra.geojson (or open $db with any SQLite client)"
