#!/bin/sh
# bench/extract.sh - web extraction speed: pages/s per core of `annals read --format aeb` on
# the Article Extraction Benchmark's pages, beside Mozilla Readability.js on a linkedom DOM
# run on the same pages in the same run (installed from npm into build/bench/peer when npm
# is there; skipped, saying so, when not); then the peak RSS of annals on a 1.5 MB page.
#
#   bench/extract.sh            (after make; ROUNDS=3 by default, the best round counts)
#
# Both tools read the same decompressed .html files and are timed on CPU seconds (user +
# system), so the figures are per core. Results are appended to build/bench/extract.txt.
set -eu
cd "$(dirname "$0")/.."
ANNALS=build/annals
PAGES_SRC=../shared/eval/extract/html
OUT=build/bench/extract
ROUNDS=${ROUNDS:-3}
[ -x "$ANNALS" ] || { echo "bench/extract.sh: $ANNALS is missing (run make first)" >&2; exit 2; }
if [ ! -d "$PAGES_SRC" ]; then
    echo "extract bench: skipped ($PAGES_SRC is not here)"
    exit 0
fi
mkdir -p "$OUT/pages"
n=0
for f in "$PAGES_SRC"/*.html.gz; do
    dst="$OUT/pages/$(basename "$f" .gz)"
    [ -f "$dst" ] || gzip -dc "$f" >"$dst"
    n=$((n + 1))
done
mb=$(cat "$OUT"/pages/*.html | wc -c | awk '{printf "%.1f", $1 / 1e6}')

# CPU seconds (user + sys) of a command, best of ROUNDS.
cpu_best() {
    best=""
    i=0
    while [ $i -lt "$ROUNDS" ]; do
        /usr/bin/time -f '%U %S' -o "$OUT/time" "$@" >/dev/null 2>&1 || return 1
        t=$(awk '{printf "%.3f", $1 + $2}' "$OUT/time")
        best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
        i=$((i + 1))
    done
    echo "$best"
}

report=$OUT/report.txt
: >"$report"
a=$(cpu_best "$ANNALS" read --format aeb "$OUT/pages")
a_rate=$(awk -v n="$n" -v t="$a" 'BEGIN { printf "%.0f", n / t }')
printf 'extract  annals       %4d pages (%s MB) in %6.2f CPU s: %6s pages/s per core\n' \
    "$n" "$mb" "$a" "$a_rate" | tee -a "$report"

PEER=build/bench/peer
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    if [ ! -d "$PEER/node_modules/@mozilla/readability" ] || [ ! -d "$PEER/node_modules/linkedom" ]; then
        mkdir -p "$PEER"
        npm install --silent --no-audit --no-fund --prefix "$PEER" @mozilla/readability linkedom \
            >/dev/null 2>&1 || echo "extract bench: npm install of the peer failed"
    fi
fi
if [ -d "$PEER/node_modules/@mozilla/readability" ] && [ -d "$PEER/node_modules/linkedom" ]; then
    r=$(cpu_best node bench/extract-readability.mjs "$PEER/node_modules" "$OUT"/pages/*.html)
    r_rate=$(awk -v n="$n" -v t="$r" 'BEGIN { printf "%.1f", n / t }')
    ver=$(node -e "console.log(require('./$PEER/node_modules/@mozilla/readability/package.json').version + ' + linkedom ' + require('./$PEER/node_modules/linkedom/package.json').version)")
    printf 'extract  readability  %4d pages (%s MB) in %6.2f CPU s: %6s pages/s per core (Readability.js %s)\n' \
        "$n" "$mb" "$r" "$r_rate" "$ver" | tee -a "$report"
    awk -v a="$a" -v r="$r" 'BEGIN { printf "extract  annals is %.1f times as fast as Readability.js per core (target 10)\n", r / a }' |
        tee -a "$report"
else
    echo "extract  readability: skipped (node and npm are needed to install @mozilla/readability and linkedom)" |
        tee -a "$report"
fi

# Peak memory on a 1.5 MB page: a benchmark page with its body repeated, cut at 1.5 MB.
big=$OUT/page-1.5mb.html
if [ ! -f "$big" ]; then
    src=$(ls -S "$OUT"/pages/*.html | head -1)
    python3 - "$src" "$big" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8", errors="replace").read()
i = page.lower().find("<body")
head, body = (page[:i], page[i:]) if i >= 0 else ("", page)
out = head + body
while len(out.encode()) < 1_500_000:
    out += body
open(sys.argv[2], "wb").write(out.encode()[:1_500_000])
PY
fi
/usr/bin/time -f '%M' -o "$OUT/rss" "$ANNALS" read "$big" >/dev/null 2>&1
awk -v kb="$(cat "$OUT/rss")" -v bytes="$(wc -c <"$big")" \
    'BEGIN { printf "extract  peak RSS on a %.1f MB page: %.1f MB (target < 100 MB)\n", bytes / 1e6, kb / 1024 }' |
    tee -a "$report"
# A crawl streams: peak RSS on a .warc.gz of the benchmark pages and on one four times
# as long stays flat.
if [ ! -f "$OUT/crawl4x.warc.gz" ]; then
    python3 - "$OUT" <<'PY'
import glob, gzip, io, sys
out = sys.argv[1]
pages = [open(f, "rb").read() for f in sorted(glob.glob(out + "/pages/*.html"))]
def record(i, page):
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bench.example/%d\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % (i, len(block)))
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=1, mtime=0)
for name, times in (("crawl.warc.gz", 1), ("crawl4x.warc.gz", 4)):
    with open(out + "/" + name, "wb") as f:
        for t in range(times):
            for i, p in enumerate(pages):
                f.write(record(t * len(pages) + i, p))
PY
fi
for w in crawl crawl4x; do
    /usr/bin/time -f '%M %U %S' -o "$OUT/rss-$w" "$ANNALS" read "$OUT/$w.warc.gz" >/dev/null 2>&1
done
awk -v a="$(cat "$OUT/rss-crawl")" -v b="$(cat "$OUT/rss-crawl4x")" -v n="$n" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    printf "extract  WARC crawl: %d pages %.1f MB peak RSS, %d pages %.1f MB peak RSS: %s\n", n, x[1] / 1024,
        4 * n, y[1] / 1024, (y[1] <= x[1] * 1.25 + 4096) ? "flat (streams)" : "GROWS with the input" }' |
    tee -a "$report"
cat "$report" >>build/bench/extract.txt
