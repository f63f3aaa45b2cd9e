# Store tests, sourced by tests/run.sh with ANNALS (the binary) and TMP (a scratch dir) set,
# and ok/bad to count: ingest is idempotent and survives Ctrl-C and kill -9, bad input is
# skipped, syndicated copies are linked, and the query commands' outputs parse.
# shellcheck shell=bash
label="store $(basename "$(dirname "$ANNALS")")"
d=$TMP/store
rm -rf "$d" && mkdir -p "$d"
db=$d/annals.db

expect() { # expect NAME: then a command; passes when it succeeds
    local name=$1
    shift
    if "$@"; then ok; else bad "[$label] $name"; fi
}
stat_of() { # stat_of DB NAME: one count from annals stats --format json
    "$ANNALS" stats --db "$1" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$2"
}

# ---- the demo corpus, twice: stored once, copies linked --------------------------------
"$ANNALS" ingest --db "$db" examples/corpus 2>"$d/err1"
expect "ingest the corpus exits 0" test $? = 0
"$ANNALS" ingest --db "$db" examples/corpus 2>"$d/err2"
expect "ingest it again exits 0" test $? = 0
expect "28 articles stored once" test "$(stat_of "$db" articles)" = 28
expect "the second run stores nothing" grep -q "0 stored (0 near-duplicates linked), 28 already" "$d/err2"
expect "three syndicated copies linked" test "$(stat_of "$db" duplicates)" = 3
expect "25 stories" test "$(stat_of "$db" stories)" = 25
expect "10 sources" test "$(stat_of "$db" sources)" = 10
expect "the copies are linked to their originals" test "$(python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
pairs = db.execute("SELECT c.source, o.source FROM articles c JOIN articles o ON o.id = c.dup_of").fetchall()
names = sorted((c.rsplit('/', 1)[1][:10], o.rsplit('/', 1)[1][:10]) for c, o in pairs)
print(names)
PY
)" = "[('2015-05-21', '2015-05-21'), ('2016-03-28', '2016-03-27'), ('2016-12-12', '2016-12-12')]"
"$ANNALS" check --db "$db" >"$d/check.out"
expect "check says ok" test $? = 0
ANNALS_DB=$db "$ANNALS" stats --format json >"$d/stats.json"
expect "stats --format json is one object, ANNALS_DB honoured" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["articles"] == 28 and d["events"] > 0' "$d/stats.json"

# ---- what we wrote down the store must hold (tests/demo/facts.txt) ------------------------
python3 tests/demo/check.py "$ANNALS" "$db" tests/demo/facts.txt >"$d/facts.out" 2>&1
while read -r verdict rest; do
    case $verdict in
    PASS) ok ;;
    FAIL) bad "[$label] demo fact $rest" ;;
    TODO | TODO-PASSES) ;;
    *) bad "[$label] tests/demo/check.py: $verdict $rest" ;;
    esac
done <"$d/facts.out"
grep -q '^PASS' "$d/facts.out" || bad "[$label] tests/demo/check.py checked no fact"

# ---- queries and exports -------------------------------------------------------------------
"$ANNALS" search --db "$db" Palmyra recapture --from 2016-01-01 --to 2017-12-31 >"$d/search.txt"
expect "search finds the recaptures" grep -q "\[recaptured\] \[Palmyra\]" "$d/search.txt"
"$ANNALS" search --db "$db" "al-Asaad" --format json >"$d/search.jsonl"
expect "search json lines parse" python3 -c 'import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]; assert rows and all(r["kind"] == "article" for r in rows)' "$d/search.jsonl"
"$ANNALS" search --db "$db" '"(unbalanced' >/dev/null 2>&1
expect "search with FTS syntax characters does not fail" test $? -le 1
"$ANNALS" timeline --db "$db" Palmyra --format json >"$d/timeline.jsonl"
expect "timeline json lines parse, in date order" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) > 10
starts = [r["date_start"] for r in rows]
assert starts == sorted(starts), "not in date order"
assert {r["kind"] for r in rows} <= {"event", "dated_sentence"}
# a month-precision row keeps its month
assert any(r["precision"] == "month" and len(r["date"]) == 7 for r in rows)' "$d/timeline.jsonl"
"$ANNALS" timeline --db "$db" Palmyra >"$d/timeline.txt"
expect "timeline text names events and dated sentences" sh -c "grep -q '^  event ' '$d/timeline.txt' && grep -q '^  dated ' '$d/timeline.txt'"
"$ANNALS" timeline --db "$db" --near Palmyra --radius 300km --type ASSAULT --from 2017-03 --format json >"$d/near.jsonl"
expect "timeline --near --type --from: ASSAULT events from March 2017 near Palmyra" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows and all(r["kind"] == "event" and r["plover"] == "ASSAULT" and r["date_end"] >= "2017-03-01" for r in rows)' "$d/near.jsonl"
# a spelling no article used is asked again under the gazetteer's name for it
"$ANNALS" timeline --db "$db" Tadmor --format json >"$d/tadmor.jsonl"
expect "timeline Tadmor: Palmyra's rows" test "$(wc -l <"$d/tadmor.jsonl")" -gt 5
"$ANNALS" timeline --db "$db" Tadmor --limit 1 >/dev/null 2>"$d/tadmor.err"
expect "timeline Tadmor: says how it read the name" grep -q "read as Palmyra" "$d/tadmor.err"
"$ANNALS" timeline --db "$db" --near Nowhereville >/dev/null 2>"$d/err"
expect "an unknown --near place is a usage error" test $? = 2
"$ANNALS" events --db "$db" --actor "Islamic State" --format csv >"$d/events.csv"
expect "events csv parses with ACLED column names" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows and {"event_date", "event_type", "actor1", "latitude", "fatalities"} <= set(rows[0])' "$d/events.csv"
expect "--actor ISIS finds Islamic State's events (the actors stage names it)" test \
    "$("$ANNALS" events --db "$db" --actor ISIS --format csv | wc -l)" = "$(wc -l <"$d/events.csv")"
"$ANNALS" export --db "$db" --format geojson >"$d/out.geojson"
expect "geojson is one FeatureCollection of points" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["type"] == "FeatureCollection" and d["features"]
assert all(f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2 for f in d["features"])' "$d/out.geojson"
"$ANNALS" export --db "$db" --format jsonl >"$d/out.jsonl"
expect "jsonl export parses" python3 -c 'import json,sys; assert [json.loads(l) for l in open(sys.argv[1])]' "$d/out.jsonl"
"$ANNALS" export --db "$db" --format gdelt >"$d/out.tsv"
expect "gdelt export has 61 columns a row" python3 -c 'import sys; rows=[l.rstrip("\n").split("\t") for l in open(sys.argv[1])]; assert rows and all(len(r) == 61 for r in rows)' "$d/out.tsv"
"$ANNALS" export --db "$db" --format acled >"$d/out.acled.csv"
expect "acled export has ACLED's header" sh -c "head -n 1 '$d/out.acled.csv' | grep -q '^event_id_cnty,event_date,year,time_precision,disorder_type,event_type'"
expect "acled export: a country's name and numeric code, state forces as inter 1" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert len(rows[0]) == 31, len(rows[0])
syria = [r for r in rows if r["location"] == "Palmyra"]
assert syria and all(r["country"] == "Syria" and r["iso"] == "760" for r in syria)
state = [r for r in rows if r["actor1"] == "Syria military"]
assert state and all(r["inter1"] == "1" and r["interaction"][0] in "1" for r in state)' "$d/out.acled.csv"
"$ANNALS" export --db "$db" --format csv --limit 3 >"$d/limit.csv"
expect "--limit 3 gives 3 rows and a header" test "$(python3 -c 'import csv,sys; print(len(list(csv.reader(open(sys.argv[1])))))' "$d/limit.csv")" = 4

# ---- bad input mid-stream: reported, skipped, the rest lands -------------------------------
mkdir -p "$d/mixed"
cp examples/corpus/2015-05-21-isis-seizes-palmyra.txt "$d/mixed/a.txt"
head -c 2000 /dev/urandom | gzip -c | head -c 900 >"$d/mixed/b.jsonl.gz"
cp examples/corpus/2017-03-02-army-retakes-palmyra-again.txt "$d/mixed/c.txt"
"$ANNALS" ingest --db "$d/mixed.db" "$d/mixed" 2>"$d/mixed.err"
expect "bad input: exit 1" test $? = 1
expect "bad input: named in the error" grep -q "b.jsonl.gz" "$d/mixed.err"
expect "bad input: the good files land" test "$(stat_of "$d/mixed.db" articles)" = 2

# ---- interrupted ingests: nothing committed lost, nothing half written ---------------------
python3 - "$d/big.jsonl" <<'PY'
import json, random, sys
random.seed(7)
towns = ["Palmyra", "Raqqa", "Mosul", "Aleppo", "Homs", "Deir ez-Zor", "Tikrit", "Kobani"]
verbs = ["shelled", "captured", "besieged", "bombed", "retook", "entered", "attacked"]
with open(sys.argv[1], "w") as f:
    for i in range(1500):
        t, v = random.choice(towns), random.choice(verbs)
        day = 1 + i % 28
        words = " ".join(random.choice(["convoy", "ridge", "market", "bridge", "checkpoint",
                                         "airbase", "village", "road", "hospital", "school"])
                         for _ in range(12))
        text = (f"Government forces {v} {t} on March {day}, 2016, officials said. "
                f"Report {i}: fighting near the {words}.\n\n"
                f"At least {i % 50 + 1} people were killed in {t} on Sunday, a monitor said.")
        f.write(json.dumps({"id": f"g{i}", "url": f"https://example.org/g{i}",
                            "date": f"2016-03-{day:02d}", "title": f"Report {i}", "text": text}) + "\n")
PY
interrupted() { # interrupted SIGNAL DELAY: start an ingest, signal it DELAY seconds into it
    "$ANNALS" ingest --db "$d/big.db" --batch 50 "$d/big.jsonl" 2>>"$d/big.err" &
    local pid=$!
    # from when the store exists: on a loaded machine the start alone may take the delay
    local i
    for i in $(seq 100); do [ -f "$d/big.db" ] && break; sleep 0.1; done
    sleep "$2"
    kill "-$1" "$pid" 2>/dev/null
    { wait "$pid"; } 2>/dev/null
}
interrupted INT 0.6
rc=$?
expect "Ctrl-C: exits 130 (or finished first)" sh -c "test $rc = 130 || test $rc = 0"
[ "$rc" = 130 ] || [ "$rc" = 0 ] || { echo "[$label] Ctrl-C: exit $rc:"; tail -n 3 "$d/big.err"; }
expect "Ctrl-C: the store checks ok" "$ANNALS" check -q --db "$d/big.db"
for delay in 0.3 0.9 1.5; do
    interrupted KILL "$delay"
    expect "kill -9 after ${delay}s: the store checks ok" "$ANNALS" check -q --db "$d/big.db"
done
"$ANNALS" ingest --db "$d/big.db" "$d/big.jsonl" 2>/dev/null
expect "re-run after interruptions: exit 0" test $? = 0
expect "re-run after interruptions: every article exactly once" test "$(stat_of "$d/big.db" articles)" = 1500
expect "re-run after interruptions: check ok" "$ANNALS" check -q --db "$d/big.db"
"$ANNALS" ingest --db "$d/big.db" "$d/big.jsonl" 2>"$d/big.again"
expect "third run: nothing new" grep -q " 0 stored" "$d/big.again"

# ---- a bulk import: the query indexes built at the end, or by the next run if killed ---------
indexes() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM sqlite_master WHERE type = '"'index'"'").fetchone()[0])' "$1"; }
"$ANNALS" ingest --db "$d/bulk.db" --bulk --batch 50 "$d/big.jsonl" 2>/dev/null &
pid=$!
for i in $(seq 100); do [ -f "$d/bulk.db" ] && break; sleep 0.1; done
sleep 0.6
kill -KILL "$pid" 2>/dev/null
{ wait "$pid"; } 2>/dev/null
expect "bulk, killed: the store checks ok" "$ANNALS" check -q --db "$d/bulk.db"
"$ANNALS" ingest --db "$d/bulk.db" --bulk "$d/big.jsonl" 2>/dev/null
expect "bulk re-run: exit 0" test $? = 0
expect "bulk re-run: every article exactly once" test "$(stat_of "$d/bulk.db" articles)" = 1500
expect "bulk re-run: the same merged events as row by row" \
    test "$(stat_of "$d/bulk.db" events)" = "$(stat_of "$d/big.db" events)"
expect "bulk re-run: every index built" test "$(indexes "$d/bulk.db")" = "$(indexes "$d/big.db")"
expect "bulk re-run: check ok" "$ANNALS" check -q --db "$d/bulk.db"

# ---- a damaged store is reported by check ---------------------------------------------------
cp "$db" "$d/damaged.db"
python3 -c 'import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute("PRAGMA foreign_keys=OFF"); db.execute("DELETE FROM articles WHERE id = 3"); db.commit()' "$d/damaged.db"
"$ANNALS" check --db "$d/damaged.db" >"$d/damaged.out"
expect "check: exit 1 on orphans" test $? = 1
expect "check: says what is wrong" grep -q "has no article" "$d/damaged.out"
# ---- a coarse period joins another only through someone both name ----------------------------
cat >"$d/coarse.jsonl" <<'JSONL'
{"id": "p1", "date": "2011-08-03", "title": "Toll", "text": "Dozens of people were killed in Kandahar this week, residents said."}
{"id": "p2", "date": "2011-08-20", "title": "Toll", "text": "Hundreds of people have been killed in Kandahar this month, officials said."}
{"id": "t1", "date": "2011-08-03", "title": "Posts", "text": "Taliban fighters attacked police posts in Herat this week, officials said."}
{"id": "t2", "date": "2011-08-20", "title": "Posts", "text": "Taliban fighters attacked police posts in Herat this month, officials said."}
JSONL
"$ANNALS" ingest -q --db "$d/coarse.db" "$d/coarse.jsonl" 2>/dev/null
expect "coarse periods: 'people' on both sides names no one, the Taliban do: 3 events of 4 reports" \
    test "$(stat_of "$d/coarse.db" events)-$(stat_of "$d/coarse.db" event_reports)" = 3-4

"$ANNALS" check --db "$d/missing.db" 2>"$d/missing.err"
expect "check: exit 1 where there is no store" test $? = 1
expect "check: makes no store" test ! -e "$d/missing.db"
expect "check: says there is none" grep -q "no store here" "$d/missing.err"
echo "$label: store tests done"
