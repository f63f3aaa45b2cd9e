#!/bin/sh
# bench/run.sh - throughput and peak memory of build/annals on a generated corpus.
#
#   bench/run.sh                 (make bench builds build/annals first, then runs this)
#   BENCH_MB=100 BENCH_FILES=2000 BENCH_LONG_KB=1000 BENCH_SEED=1 bench/run.sh
#   BENCH_STAGES="time places" bench/run.sh    (only these stage benchmarks; "none": none)
#
# Generates (once; kept while the parameters and the generator stay the same) under
# build/bench/: text/ with BENCH_FILES plain-text articles, one a file; corpus.jsonl of
# BENCH_MB * 10^6 bytes; corpus.jsonl.gz, the same gzipped; corpus4x.jsonl, four times the
# size; long.txt, one article of BENCH_LONG_KB * 1000 bytes. Then times `annals read` and
# `annals annotate --sentences` on each, output to /dev/null, and checks that peak memory
# stays flat from the JSONL to the one four times larger (the reader streams). The table goes
# to stdout and to build/bench/results.txt. See bench/README.md.
set -eu
cd "$(dirname "$0")/.."

MB=${BENCH_MB:-100}
FILES=${BENCH_FILES:-2000}
SEED=${BENCH_SEED:-1}
LONG_KB=${BENCH_LONG_KB:-1000}
OUT=build/bench
ANNALS=build/annals
RESULTS=$OUT/results.txt

[ -x "$ANNALS" ] || { echo "bench/run.sh: $ANNALS is missing (run make first)" >&2; exit 2; }
mkdir -p "$OUT"
# Time a private copy, so that a rebuild of build/annals during the run changes nothing.
cp "$ANNALS" "$OUT/annals"
ANNALS=$OUT/annals

# ---- the generator and the corpus ------------------------------------------------------
GEN=$OUT/gen_corpus
if [ ! -x "$GEN" ] || [ -n "$(find bench/gen_corpus.c -newer "$GEN")" ]; then
    ${CC:-cc} -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -Wall -Wextra -Werror \
        -Wshadow -Wstrict-prototypes -Wvla -o "$GEN" bench/gen_corpus.c
fi

want="files=$FILES mb=$MB long=${LONG_KB}k seed=$SEED gen=$(cksum <bench/gen_corpus.c | cut -d' ' -f1)"
stamp=$OUT/corpus.stamp
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$OUT/corpus4x.jsonl" ] &&
    [ -f "$OUT/corpus.jsonl.gz" ] && [ -f "$OUT/long.txt" ]; then
    echo "bench: corpus in $OUT is up to date ($want)"
else
    echo "bench: generating the corpus in $OUT ($want)"
    rm -rf "$OUT/text" "$OUT"/corpus*.jsonl "$OUT"/corpus*.gz "$OUT/long.txt" "$stamp"
    "$GEN" -s "$SEED" text "$OUT/text" "$FILES"
    "$GEN" -s "$SEED" jsonl "$OUT/corpus.jsonl" "$MB"
    "$GEN" -s "$SEED" jsonl "$OUT/corpus4x.jsonl" $((MB * 4))
    "$GEN" -s "$SEED" long "$OUT/long.txt" "$LONG_KB"
    gzip -c -n "$OUT/corpus.jsonl" >"$OUT/corpus.jsonl.gz"
    printf '%s\n' "$want" >"$stamp"
fi

# ---- measuring --------------------------------------------------------------------------
TIME=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' true >/dev/null 2>&1; then TIME=/usr/bin/time; fi

disk_mb() { # size on disk, in 10^6 bytes
    du -s --apparent-size --block-size=1 "$1" 2>/dev/null | awk '{printf "%.1f", $1 / 1e6}'
}

failed=0
rows=$OUT/rows.txt
: >"$rows"
row() { printf '%-22s %-20s %8s %8s %9s %8s %8s %10s %9s %8s\n' "$@" | tee -a "$rows"; }

# measure LABEL INPUT COMMAND [OPTIONS...]: one run, one row.
measure() {
    label=$1 input=$2
    shift 2
    cmd="$*"
    log="$OUT/log-$label-$1.txt"
    rc=0
    if [ -n "$TIME" ]; then
        "$TIME" -f 'time: %M %U %S %e' -o "$log.time" "$ANNALS" "$@" --stats "$input" \
            >/dev/null 2>"$log" || rc=$?
    else
        "$ANNALS" "$@" --stats "$input" >/dev/null 2>"$log" || rc=$?
    fi
    # annals CMD: N articles, X MB in S s: A articles/s, M MB/s, peak RSS R MB
    stats=$(sed -n 's/^annals [a-z]*: \([0-9]*\) articles, \([0-9.]*\) MB in \([0-9.]*\) s: \([0-9]*\) articles\/s, \([0-9.]*\) MB\/s, peak RSS \([0-9.]*\) MB$/\1 \2 \3 \4 \5 \6/p' "$log")
    if [ $rc -ne 0 ] || [ -z "$stats" ]; then
        failed=1
        row "$label" "$cmd" "$(disk_mb "$input")" FAILED "exit $rc" "-" "-" "-" "-" "-"
        sed 's/^/    | /' "$log" | tail -5
        return
    fi
    # shellcheck disable=SC2086
    set -- $stats
    articles=$1 mb=$2 wall=$3 rss=$6 cpu=$3
    if [ -n "$TIME" ]; then
        t=$(sed -n 's/^time: //p' "$log.time")
        rss=$(echo "$t" | awk '{printf "%.1f", $1 / 1024}')
        cpu=$(echo "$t" | awk '{printf "%.2f", $2 + $3}')
    fi
    # Rates per CPU second: annals is single-threaded, and they hold on a busy machine.
    rates=$(awk -v n="$articles" -v mb="$mb" -v cpu="$cpu" 'BEGIN {
        if (cpu >= 0.05) printf "%.0f %.1f", n / cpu, mb / cpu; else print "- -" }')
    # shellcheck disable=SC2086
    row "$label" "$cmd" "$(disk_mb "$input")" "$mb" "$articles" "$wall" "$cpu" $rates "$rss"
}

{
    echo "annals benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2 / 1048576}' /proc/meminfo)"
    echo "$("$ANNALS" --version 2>/dev/null | head -1), single-threaded; corpus: $want"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); peak RSS from ${TIME:-the --stats line}"
    echo "MB read = decompressed bytes / 10^6; rates are per CPU second (user + system) of the one thread"
    echo
} | tee "$RESULTS"

row input command "disk MB" "MB read" articles "wall s" "CPU s" "articles/s" "MB/s" "peak MB"
row ---------------------- -------------------- -------- -------- --------- -------- -------- ---------- --------- --------
for cmd in "read" "annotate --sentences"; do
    # shellcheck disable=SC2086
    measure "text-dir" "$OUT/text" $cmd
    # shellcheck disable=SC2086
    measure "jsonl" "$OUT/corpus.jsonl" $cmd
    # shellcheck disable=SC2086
    measure "jsonl.gz" "$OUT/corpus.jsonl.gz" $cmd
    # shellcheck disable=SC2086
    measure "jsonl-4x" "$OUT/corpus4x.jsonl" $cmd
    # shellcheck disable=SC2086
    measure "long-article" "$OUT/long.txt" $cmd
done
cat "$rows" >>"$RESULTS"

# ---- does the reader stream? ------------------------------------------------------------
stream=$OUT/stream.txt
echo >"$stream"
echo "streaming: peak RSS on corpus.jsonl and on corpus4x.jsonl (4 times the bytes)" >>"$stream"
for cmd in "read" "annotate --sentences"; do
    # fields from the end of a row: peak MB, MB/s, articles/s, CPU s, wall s, articles, MB read
    awk -v cmd="$cmd" '
        substr($0, 24, 20) ~ "^" cmd " *$" && ($1 == "jsonl" || $1 == "jsonl-4x") && !/FAILED/ {
            rss[$1] = $NF; mb[$1] = $(NF - 6)
        }
        END {
            if (!("jsonl" in rss) || !("jsonl-4x" in rss)) { print "  " cmd ": not measured"; exit 1 }
            flat = rss["jsonl-4x"] <= rss["jsonl"] * 1.25 + 4
            printf "  %-22s %7.1f MB -> %7.1f MB peak RSS for %s -> %s MB read: %s\n", cmd,
                rss["jsonl"], rss["jsonl-4x"], mb["jsonl"], mb["jsonl-4x"],
                flat ? "flat (streams)" : "GROWS with the input"
            exit !flat
        }' "$rows" >>"$stream" || failed=1
done
tee -a "$RESULTS" <"$stream"

# The stages' own benchmarks, each with its peer where one can be installed; BENCH_STAGES
# names some of them ("time places"), or "none" (the store's alone takes 15 minutes).
STAGES=${BENCH_STAGES:-time places extract store}
for stage in $STAGES; do
    extra=bench/$stage.sh
    [ "$stage" = none ] && continue
    [ -x "$extra" ] || continue
    echo
    echo "== $extra"
    "$extra" || failed=1
done

echo
echo "bench: results in $RESULTS (and the stage scripts' own files under build/bench/)"
exit $failed
