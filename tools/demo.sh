#!/bin/sh
# make demo: runs annals on the example corpus that ships with the project and shows what
# it found: the articles as read, then the store (build/demo/annals.db, made afresh each
# time) with its counts, a search, and a timeline of the corpus at the end.
set -e
annals=${1:-build/annals}
out=build/demo
db=$out/annals.db
mkdir -p "$out"
echo "== annals $("$annals" --version | cut -d' ' -f2): reading examples/corpus"
"$annals" read --format brief examples/corpus
"$annals" annotate --sentences examples/corpus >"$out/corpus.jsonl"
echo
echo "== all annotated records: $out/corpus.jsonl ($(wc -l <"$out/corpus.jsonl") articles)"
echo
echo "== annals ingest --db $db examples/corpus   (a second run stores nothing new)"
rm -f "$db" "$db-wal" "$db-shm"
"$annals" ingest --db "$db" examples/corpus
"$annals" ingest --db "$db" examples/corpus
echo
echo "== annals stats --db $db"
"$annals" stats --db "$db"
echo
echo "== annals check --db $db"
"$annals" check --db "$db"
echo
echo "== annals search --db $db Palmyra recapture"
"$annals" search --db "$db" Palmyra recapture
echo
echo "== annals timeline --db $db Palmyra   (events merged across reports, and dated sentences)"
"$annals" timeline --db "$db" Palmyra
