#!/bin/sh
# fuzz/run.sh - builds the libFuzzer targets with clang (ASan + UBSan) and runs each one for
# SECONDS on a copy of its seed corpus, then prints one line per target.
#
#   fuzz/run.sh [SECONDS] [TARGET...]      SECONDS defaults to 30; TARGET is e.g. fuzz_text
#   FUZZ_CC=clang-14 fuzz/run.sh           another clang
#
# Everything goes under build/fuzz/: the instrumented library objects (obj/), the target
# binaries, a growing corpus per target (corpus-TARGET/, seeded from fuzz/corpus/TARGET/ so
# the repository's seeds stay small), crash files (artifacts/TARGET/) and logs (TARGET.log).
# Exit status: 0 when no target crashed, 1 when one did (the crash file is named), 2 when the
# build failed.
set -u
cd "$(dirname "$0")/.." || exit 2

secs=${1:-30}
[ $# -gt 0 ] && shift
case $secs in '' | *[!0-9]*) echo "fuzz/run.sh: SECONDS must be a number, not '$secs'" >&2; exit 2 ;; esac
CC=${FUZZ_CC:-clang}
OUT=build/fuzz
jobs=$(nproc 2>/dev/null || echo 2)

if [ $# -gt 0 ]; then
    targets="$*"
else
    targets=$(for f in fuzz/fuzz_*.c; do basename "$f" .c; done)
fi

command -v "$CC" >/dev/null 2>&1 || { echo "fuzz/run.sh: $CC not found (make fuzz installs clang)" >&2; exit 2; }
make --no-print-directory build/gen/embedded.c || exit 2

# The library's include and link flags, as the Makefile computes them (its PKG_CFLAGS and
# LIBS_ALL), so that a new dependency there needs no change here.
# shellcheck disable=SC2016
vars=$(printf 'fuzz-print-vars:\n\t@echo "PKG_CFLAGS=$(PKG_CFLAGS)"\n\t@echo "LIBS_ALL=$(LIBS_ALL)"\n' |
    make --no-print-directory -s -f Makefile -f - fuzz-print-vars 2>/dev/null) || vars=""
PKG_CFLAGS=$(printf '%s\n' "$vars" | sed -n 's/^PKG_CFLAGS=//p')
LIBS=$(printf '%s\n' "$vars" | sed -n 's/^LIBS_ALL=//p')
if [ -z "$LIBS" ]; then
    PKG_CFLAGS=$(pkg-config --cflags jansson libutf8proc zlib) || exit 2
    LIBS="$(pkg-config --libs jansson libutf8proc zlib) -lpthread -lm" || exit 2
fi
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
BASE="-std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 $SAN -Iinclude -Isrc -Ibuild/gen $PKG_CFLAGS"
# The library is built with coverage instrumentation but without libFuzzer's main; warnings
# are shown but not fatal here (the normal build is the one that enforces them). The fuzz
# sources themselves must be warning-free.
LIB_FLAGS="$BASE -fsanitize=fuzzer-no-link -Wall -Wextra"
OWN_FLAGS="$BASE -fsanitize=fuzzer-no-link -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wvla"

mkdir -p "$OUT/obj"
# Rebuild everything when the compiler or the flags change.
stamp="$OUT/obj/flags"
flags_now="$($CC --version | head -1) | $LIB_FLAGS | $OWN_FLAGS"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$flags_now" ]; then
    rm -rf "$OUT/obj"
    mkdir -p "$OUT/obj"
    printf '%s\n' "$flags_now" >"$stamp"
fi

# An object is stale when it is missing, older than its source, or older than any header.
newer() { [ -n "$(find "$1" -newer "$2" 2>/dev/null | head -1)" ]; } # FILE is newer than OBJ
stale() {
    [ ! -f "$2" ] || newer "$1" "$2" ||
        [ -n "$(find src include fuzz -name '*.h' -newer "$2" 2>/dev/null | head -1)" ]
}

todo="$OUT/obj/todo"
: >"$todo"
lib_objs=""
for src in src/*/*.c build/gen/embedded.c fuzz/common.c; do
    obj="$OUT/obj/$(echo "$src" | sed 's|^build/||; s|\.c$|.o|')"
    case $src in fuzz/*) ;; *) lib_objs="$lib_objs $obj" ;; esac
    if stale "$src" "$obj"; then
        mkdir -p "$(dirname "$obj")"
        case $src in fuzz/*) echo "own $src $obj" ;; *) echo "lib $src $obj" ;; esac >>"$todo"
    fi
done
if [ -s "$todo" ]; then
    echo "fuzz: compiling $(wc -l <"$todo") sources with $CC ($jobs at a time)"
    export CC LIB_FLAGS OWN_FLAGS
    # shellcheck disable=SC2016
    xargs -P "$jobs" -n 3 sh -c '
        if [ "$0" = own ]; then f=$OWN_FLAGS; else f=$LIB_FLAGS; fi
        # shellcheck disable=SC2086
        $CC $f -c "$1" -o "$2" || { rm -f "$2"; echo "fuzz: cannot compile $1" >&2; exit 255; }
    ' <"$todo" || exit 2
fi

for t in $targets; do
    [ -f "fuzz/$t.c" ] || { echo "fuzz/run.sh: no target fuzz/$t.c" >&2; exit 2; }
    bin="$OUT/$t"
    if stale "fuzz/$t.c" "$bin" || [ -n "$(find "$OUT/obj" -name '*.o' -newer "$bin" 2>/dev/null | head -1)" ]; then
        # shellcheck disable=SC2086
        $CC $OWN_FLAGS -fsanitize=fuzzer "fuzz/$t.c" "$OUT/obj/fuzz/common.o" $lib_objs \
            $LIBS -o "$bin" || { echo "fuzz: cannot link $t" >&2; exit 2; }
    fi
done

failed=0
printf '%-14s %-7s %12s %10s %8s %7s\n' target result executions execs/s coverage corpus
for t in $targets; do
    corpus="$OUT/corpus-$t"
    art="$OUT/artifacts/$t/"
    log="$OUT/$t.log"
    mkdir -p "$corpus" "$art"
    # The seeds are copied in every time; what the fuzzer found in earlier runs stays.
    [ -d "fuzz/corpus/$t" ] && cp -p "fuzz/corpus/$t/"* "$corpus/" 2>/dev/null
    dict=""
    [ -f fuzz/annals.dict ] && dict="-dict=fuzz/annals.dict"
    # shellcheck disable=SC2086
    "$OUT/$t" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$art" $dict "$corpus" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -a -o 'cov: [0-9]*' "$log" | tail -1 | sed 's/cov: //')
    files=$(find "$corpus" -type f | wc -l)
    if [ $rc -eq 0 ]; then
        printf '%-14s %-7s %12s %10s %8s %7s\n' "$t" ok "${execs:-?}" "${rate:-?}" "${cov:-?}" "$files"
    else
        failed=1
        crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        printf '%-14s %-7s %12s %10s %8s %7s\n' "$t" CRASH "${execs:-?}" "${rate:-?}" "${cov:-?}" "$files"
        echo "    crash file: ${crash:-(none written; exit status $rc)}"
        echo "    reproduce:  $OUT/$t ${crash:-}"
        echo "    log:        $log"
        grep -a -m 8 -E 'fuzz invariant broken|^    |ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY|==[0-9]+==.*(timeout|out-of-memory)' "$log" |
            sed 's/^/    | /'
    fi
done
exit $failed
