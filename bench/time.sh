#!/bin/sh
# bench/time.sh - speed of the time stage (TIMEX3 tagging and normalization): MB/s per core
# of plain news text, beside chrono-node (npm) run on the same text in the same run.
#
#   bench/time.sh               (after make; bench/run.sh runs it too)
#   TIME_BENCH_MB=50 TIME_BENCH_ROUNDS=3 CHRONO_ROUNDS=1 bench/time.sh
#
# The text: the TempEval-3 dev documents (../shared/eval/time/dev, TimeBank + AQUAINT
# news; never the test split), their TEXT stripped of tags and entities, split into
# paragraphs on blank lines, each document with its DCT; repeated to TIME_BENCH_MB
# (50) x 10^6 bytes of paragraph text, in build/bench/time/corpus.txt.
#
# annals: a small driver (written and built here, against build/libannals.a and the public
# API) makes a document of each one's paragraphs and DCT, then runs annals_annotate with
# ANNALS_STAGE_SEGMENT and then with ANNALS_STAGE_TIME, and counts the thread's CPU time of
# each (best of TIME_BENCH_ROUNDS passes). chrono-node: bench/chrono-bench.mjs runs
# chrono.parse over each paragraph with the DCT as reference date, timed on the process's
# CPU time (best of CHRONO_ROUNDS). chrono-node is installed from npm under
# build/npm-chrono (pinned to CHRONO_VERSION); skipped, saying so, without node and npm.
# Neither counts start-up or the reading of the file. MB = 10^6 bytes of paragraph text.
#
# The figure to compare is annals' segmentation + time (chrono finds its own tokens); the
# time stage alone is shown too. The table goes to stdout and build/bench/time.txt. Speed is
# reported, never asserted: the exit status is 0 unless something failed to run.
set -eu
cd "$(dirname "$0")/.."
MB=${TIME_BENCH_MB:-50}
ROUNDS=${TIME_BENCH_ROUNDS:-3}
CHRONO_ROUNDS=${CHRONO_ROUNDS:-1}
CHRONO_VERSION=${CHRONO_VERSION:-2.10.3}
SRC=../shared/eval/time/dev
OUT=build/bench/time
LIB=build/libannals.a
REPORT=build/bench/time.txt
NPM_CHRONO=build/npm-chrono

[ -f "$LIB" ] || { echo "bench/time.sh: $LIB is missing (run make first)" >&2; exit 2; }
if [ ! -d "$SRC" ]; then
    echo "time bench: skipped ($SRC is not here)"
    exit 0
fi
mkdir -p "$OUT"

# ---- the text --------------------------------------------------------------------------
CORPUS=$OUT/corpus.txt
want="mb=$MB docs=$(find "$SRC" -name '*.tml' | wc -l) script=$(cksum <bench/time.sh | cut -d' ' -f1)"
if [ -f "$OUT/corpus.stamp" ] && [ "$(cat "$OUT/corpus.stamp")" = "$want" ] && [ -f "$CORPUS" ]; then
    :
else
    echo "time bench: writing $CORPUS ($want)"
    python3 - "$SRC" "$CORPUS" "$MB" <<'PY'
import html, os, re, sys
src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
docs = []
for root, _, files in os.walk(src):
    for f in sorted(files):
        if not f.endswith(".tml"):
            continue
        s = open(os.path.join(root, f), encoding="utf-8").read()
        dct = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)', s) or \
              re.search(r'<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)[^>]*functionInDocument="CREATION_TIME"', s)
        m = re.search(r"<TEXT>(.*)</TEXT>", s, re.S)
        if not dct or not m:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
        paras = [p for p in paras if p]
        if paras:
            docs.append((dct.group(1), paras))
docs.sort()
if not docs:
    sys.exit("time bench: no documents in " + src)
target, total = int(mb * 1e6), 0
with open(out, "w", encoding="utf-8") as o:
    while total < target:
        for dct, paras in docs:
            o.write("@DCT " + dct + "\n")
            for p in paras:
                o.write(p + "\n")
                total += len(p.encode("utf-8"))
            if total >= target:
                break
PY
    printf '%s\n' "$want" >"$OUT/corpus.stamp"
fi

# ---- the annals driver -----------------------------------------------------------------
DRIVER=$OUT/time-bench
cat >"$OUT/time-bench.c" <<'C_END'
/* time-bench.c - written by bench/time.sh: runs segmentation, then the time stage, on each
 * document of the corpus, and prints the CPU time of each (best of ROUNDS passes):
 * "annals BYTES DOCS PARAGRAPHS TIMEXES SEGMENT_S TIME_S". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "annals.h"
#include "driver.h"

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: time-bench CORPUS ROUNDS\n");
        return 2;
    }
    long size;
    char *all = read_all(argv[1], &size);
    if (!all) return 1;
    int rounds = atoi(argv[2]) > 0 ? atoi(argv[2]) : 1;
    annals_engine *eng = NULL;
    if (annals_open(&eng, NULL) != ANNALS_OK) return fprintf(stderr, "annals_open failed\n"), 1;
    /* one text buffer per document: paragraphs joined by blank lines */
    char *text = malloc((size_t)size * 2 + 2);
    if (!text) return 1;
    double best_seg = 0, best_time = 0;
    unsigned long long bytes = 0, docs = 0, paras = 0, timexes = 0;
    for (int r = 0; r < rounds; r++) {
        double seg = 0, tim = 0;
        bytes = docs = paras = timexes = 0;
        char *p = all, *end = all + size;
        while (p < end) {
            if (end - p < 15 || strncmp(p, "@DCT ", 5) != 0) return fprintf(stderr, "bad corpus\n"), 1;
            char dct[11];
            for (int k = 0; k < 10; k++) dct[k] = p[5 + k];
            dct[10] = 0;
            p = memchr(p, '\n', (size_t)(end - p));
            p = p ? p + 1 : end;
            size_t n = 0;
            while (p < end && strncmp(p, "@DCT ", 5) != 0) {
                char *nl = memchr(p, '\n', (size_t)(end - p));
                size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
                if (n) text[n++] = '\n', text[n++] = '\n';
                memcpy(text + n, p, len), n += len;
                bytes += len, paras++;
                p = nl ? nl + 1 : end;
            }
            annals_doc *d = NULL;
            if (annals_doc_new(eng, &d) != ANNALS_OK) return 1;
            annals_doc_set(d, ANNALS_FIELD_TEXT, text, n);
            annals_doc_set(d, ANNALS_FIELD_PUBLISHED, dct, 10);
            double t0 = cpu_now();
            annals_annotate(eng, d, ANNALS_STAGE_SEGMENT);
            double t1 = cpu_now();
            annals_annotate(eng, d, ANNALS_STAGE_SEGMENT | ANNALS_STAGE_TIME);
            double t2 = cpu_now();
            seg += t1 - t0, tim += t2 - t1;
            timexes += annals_doc_count(d, ANNALS_LIST_TIMES);
            annals_doc_free(d);
            docs++;
        }
        if (r == 0 || seg + tim < best_seg + best_time) best_seg = seg, best_time = tim;
    }
    printf("annals %llu %llu %llu %llu %.3f %.3f\n", bytes, docs, paras, timexes, best_seg, best_time);
    free(text);
    free(all);
    annals_close(eng);
    return 0;
}
C_END
PKGS=$(sed -n 's/^PKGS *:= *//p' Makefile)
# shellcheck disable=SC2086
${CC:-cc} -std=c17 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra -Werror -Iinclude -Ibench -o "$DRIVER" \
    "$OUT/time-bench.c" "$LIB" $(pkg-config --libs $PKGS) -lpthread -lm

# ---- running both ----------------------------------------------------------------------
failed=0
a_line=$("$DRIVER" "$CORPUS" "$ROUNDS") || { echo "time bench: the annals driver failed"; failed=1; a_line=""; }

c_line=""
c_note=""
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    if [ "$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$NPM_CHRONO/node_modules/chrono-node/package.json" 2>/dev/null | head -1)" != "$CHRONO_VERSION" ]; then
        mkdir -p "$NPM_CHRONO"
        npm install --silent --no-audit --no-fund --prefix "$NPM_CHRONO" "chrono-node@$CHRONO_VERSION" \
            >/dev/null 2>&1 || c_note="npm install of chrono-node@$CHRONO_VERSION failed"
    fi
    if [ -z "$c_note" ]; then
        i=0
        while [ $i -lt "$CHRONO_ROUNDS" ]; do
            l=$(node bench/chrono-bench.mjs "$NPM_CHRONO/node_modules" "$CORPUS") || { c_note="chrono-bench.mjs failed"; break; }
            c_line=$(printf '%s\n%s\n' "$c_line" "$l" | awk 'NF { if (best == "" || $6 < b) { best = $0; b = $6 } } END { print best }')
            i=$((i + 1))
        done
    fi
else
    c_note="node and npm are needed to install and run chrono-node"
fi

{
    echo "time stage benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "text: TempEval-3 dev (TimeBank + AQUAINT) TEXT without tags, repeated; MB = 10^6 bytes of paragraph text"
    echo "rates per CPU second (per core); annals best of $ROUNDS, chrono-node best of $CHRONO_ROUNDS"
    echo
    printf '%-32s %8s %7s %9s %9s %8s %9s\n' tool "MB" docs paragraphs found "CPU s" "MB/s"
    printf '%-32s %8s %7s %9s %9s %8s %9s\n' -------------------------------- -------- ------- --------- --------- -------- ---------
    if [ -n "$a_line" ]; then
        echo "$a_line" | awk '{
            mb = $2 / 1e6
            printf "%-32s %8.1f %7d %9d %9d %8.2f %9.1f\n", "annals segmentation + time", mb, $3, $4, $5, $6 + $7, mb / ($6 + $7)
            printf "%-32s %8.1f %7d %9d %9d %8.2f %9.1f\n", "annals time stage alone", mb, $3, $4, $5, $7, mb / $7
            printf "%-32s %8.1f %7d %9d %9s %8.2f %9.1f\n", "(annals segmentation alone)", mb, $3, $4, "-", $6, mb / $6 }'
    fi
    if [ -n "$c_line" ]; then
        echo "$c_line" | awk '{
            mb = $2 / 1e6
            printf "%-32s %8.1f %7d %9d %9d %8.2f %9.1f\n", "chrono-node " $8 " (chrono.parse)", mb, $3, $4, $5, $6, mb / $6 }'
    else
        echo "chrono-node: skipped (${c_note:-no result})"
    fi
    if [ -n "$a_line" ] && [ -n "$c_line" ]; then
        printf '%s\n%s\n' "$a_line" "$c_line" | awk '
            $1 == "annals" { ab = $2; st = $6 + $7; t = $7 }
            $1 == "chrono" { cb = $2; c = $6 }
            END {
                if (ab != cb) print "warning: the two tools read different byte counts"
                printf "\nannals is %.1f times as fast as chrono-node per core (segmentation + time; the time stage alone: %.1f times); target 20\n", c / st, c / t
            }'
    fi
} | tee "$REPORT"
exit $failed
