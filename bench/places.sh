#!/bin/sh
# bench/places.sh - speed and memory of the places stage (recognition and resolution
# against the mapped gazetteer): toponyms resolved per second and MB/s of text a core, the
# gazetteer's load time, and resident memory.
#
#   bench/places.sh             (after make; bench/run.sh runs it too)
#   PLACES_BENCH_MB=20 PLACES_BENCH_ROUNDS=3 bench/places.sh
#
# The text: the dev geoparsing corpora (../shared/eval/geo/dev, LGL local news and
# GeoVirus WikiNews; never the test split) as exported by their scorer, repeated to
# PLACES_BENCH_MB (20) x 10^6 bytes, in build/bench/places/corpus.txt.
#
# A small driver (written and built here, against build/libannals.a) makes a document of
# each article, runs annals_annotate with ANNALS_STAGE_SEGMENT, then with
# ANNALS_STAGE_PLACE, and counts the thread's CPU time of the places stage alone (best of
# PLACES_BENCH_ROUNDS passes). Toponyms resolved = the places plus the demonyms it writes.
# The gazetteer's load time is that of an_gaz_open (map the file, check its header) on a
# file already in the page cache, the median of 50; resident memory is the process's peak
# (VmHWM) and the part of it that is mapped files (RssFile, mostly the gazetteer's pages
# that were read) after the runs. The table goes to stdout and build/bench/places.txt.
# Speed is reported, never asserted: the exit status is 0 unless something failed to run.
set -eu
cd "$(dirname "$0")/.."
MB=${PLACES_BENCH_MB:-20}
ROUNDS=${PLACES_BENCH_ROUNDS:-3}
SRC=../shared/eval/geo
OUT=build/bench/places
LIB=build/libannals.a
GAZ=build/gazetteer.bin
REPORT=build/bench/places.txt

[ -f "$LIB" ] || { echo "bench/places.sh: $LIB is missing (run make first)" >&2; exit 2; }
if [ ! -d "$SRC/dev" ] || [ ! -f "$GAZ" ]; then
    echo "places bench: skipped ($SRC/dev or $GAZ is not here)"
    exit 0
fi
mkdir -p "$OUT"

# ---- the text: one article a record, records separated by a form feed line ------------
CORPUS=$OUT/corpus.txt
want="mb=$MB script=$(cksum <bench/places.sh | cut -d' ' -f1)"
if [ ! -f "$OUT/corpus.stamp" ] || [ "$(cat "$OUT/corpus.stamp")" != "$want" ] || [ ! -f "$CORPUS" ]; then
    echo "places bench: writing $CORPUS ($want)"
    for xml in "$SRC"/dev/*.xml; do
        python3 "$SRC/score.py" export "$xml"
    done | python3 -c '
import json, sys
target, total = int(float(sys.argv[2]) * 1e6), 0
texts = [json.loads(l)["text"].replace("\f", " ") for l in sys.stdin if l.strip()]
with open(sys.argv[1], "w", encoding="utf-8") as o:
    while texts and total < target:
        for t in texts:
            o.write(t + "\n\f\n")
            total += len(t.encode("utf-8"))
            if total >= target:
                break
' "$CORPUS" "$MB"
    printf '%s\n' "$want" >"$OUT/corpus.stamp"
fi

# ---- the driver ------------------------------------------------------------------------
DRIVER=$OUT/places-bench
cat >"$OUT/places-bench.c" <<'C_END'
/* places-bench.c - written by bench/places.sh: the gazetteer's load time, then
 * segmentation and the places stage on each article of the corpus, with the CPU time of
 * the places stage (best of ROUNDS passes) and the memory at the end:
 * "annals BYTES DOCS TOPONYMS PLACE_S LOAD_MS_MEDIAN LOAD_MS_MIN HWM_MB RSSFILE_MB GAZ_MB". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "annals.h"
#include "driver.h"
#include "place/gazetteer.h"

static double wall_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* A "Key:   N kB" line of /proc/self/status, in MB. */
static double status_mb(const char *key) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    double mb = 0;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, key, strlen(key)) == 0) mb = atof(line + strlen(key)) / 1024.0;
    if (f) fclose(f);
    return mb;
}

/* The median and the least of 50 loads of the gazetteer, in ms; its size in MB. */
static int load_times(const char *path, double *median, double *least, double *size_mb) {
    double t[50];
    char err[256];
    for (int k = 0; k < 50; k++) {
        an_gazetteer g;
        double t0 = wall_ms();
        if (an_gaz_open(&g, path, err, sizeof err) != 0) return fprintf(stderr, "%s\n", err), -1;
        t[k] = wall_ms() - t0;
        *size_mb = (double)g.size / 1e6;
        an_gaz_close(&g);
    }
    qsort(t, 50, sizeof t[0], by_value);
    *median = (t[24] + t[25]) / 2;
    *least = t[0];
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 4) return fprintf(stderr, "usage: places-bench CORPUS ROUNDS GAZETTEER\n"), 2;
    long size;
    char *all = read_all(argv[1], &size);
    if (!all) return 1;
    int rounds = atoi(argv[2]) > 0 ? atoi(argv[2]) : 1;
    double median, least, gaz_mb;
    if (load_times(argv[3], &median, &least, &gaz_mb) != 0) return 1;
    annals_engine *eng = NULL;
    annals_options opt = {0};
    opt.gazetteer = argv[3];
    if (annals_open(&eng, &opt) != ANNALS_OK) return fprintf(stderr, "annals_open failed\n"), 1;
    double best = 0;
    unsigned long long bytes = 0, docs = 0, toponyms = 0;
    for (int r = 0; r < rounds; r++) {
        double spent = 0;
        bytes = docs = toponyms = 0;
        for (char *p = all, *end = all + size; p < end;) {
            char *sep = strstr(p, "\n\f\n");
            size_t n = sep ? (size_t)(sep - p) : (size_t)(end - p);
            annals_doc *d = NULL;
            if (annals_doc_new(eng, &d) != ANNALS_OK) return 1;
            annals_doc_set(d, ANNALS_FIELD_TEXT, p, n);
            annals_annotate(eng, d, ANNALS_STAGE_SEGMENT);
            double t0 = cpu_now();
            if (annals_annotate(eng, d, ANNALS_STAGE_SEGMENT | ANNALS_STAGE_PLACE) != ANNALS_OK)
                return fprintf(stderr, "the places stage failed\n"), 1;
            spent += cpu_now() - t0;
            toponyms += annals_doc_count(d, ANNALS_LIST_PLACES) + annals_doc_count(d, ANNALS_LIST_DEMONYMS);
            annals_doc_free(d);
            bytes += n, docs++;
            p = sep ? sep + 3 : end;
        }
        if (r == 0 || spent < best) best = spent;
    }
    printf("annals %llu %llu %llu %.3f %.3f %.3f %.1f %.1f %.1f\n", bytes, docs, toponyms, best,
           median, least, status_mb("VmHWM:"), status_mb("RssFile:"), gaz_mb);
    free(all);
    annals_close(eng);
    return 0;
}
C_END
PKGS=$(sed -n 's/^PKGS *:= *//p' Makefile)
# shellcheck disable=SC2086
${CC:-cc} -std=c17 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra -Werror -Iinclude -Isrc -Ibench -o "$DRIVER" \
    "$OUT/places-bench.c" "$LIB" $(pkg-config --libs $PKGS) -lpthread -lm

line=$("$DRIVER" "$CORPUS" "$ROUNDS" "$GAZ") || { echo "places bench: the driver failed"; exit 1; }
# shellcheck disable=SC2086
set -- $line
bytes=$2 docs=$3 topo=$4 secs=$5 load_med=$6 load_min=$7 hwm=$8 rssfile=$9 gazmb=${10}
{
    echo "places bench, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "text: LGL + GeoVirus dev articles x N, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB, $docs articles; best of $ROUNDS"
    awk -v b="$bytes" -v n="$topo" -v s="$secs" -v lm="$load_med" -v ln="$load_min" -v h="$hwm" \
        -v rf="$rssfile" -v g="$gazmb" 'BEGIN {
        printf "| measure | value |\n|---|---:|\n"
        printf "| places stage, CPU s | %.2f |\n", s
        printf "| toponyms resolved (places + demonyms) | %d |\n", n
        printf "| toponyms resolved per second a core | %.0f |\n", n / s
        printf "| places stage, MB/s of text a core | %.1f |\n", b / 1e6 / s
        printf "| gazetteer load (map + header check), median of 50 | %.3f ms |\n", lm
        printf "| gazetteer load, least | %.3f ms |\n", ln
        printf "| gazetteer file (mapped, shared) | %.1f MB |\n", g
        printf "| peak RSS of the process | %.1f MB |\n", h
        printf "| of it mapped files (gazetteer pages read) | %.1f MB |\n", rf
    }'
} | tee "$REPORT"
