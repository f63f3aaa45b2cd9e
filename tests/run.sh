#!/usr/bin/env bash
# Runs the whole suite: unit tests, golden tests and CLI tests, each against the normal
# build and the ASan+UBSan build. Ends with "N passed, N failed" (read by CI).
set -u
cd "$(dirname "$0")/.."
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# Unit tests: the binary prints its own "N passed, N failed".
unit() {
    local bin=$1 label=$2 out line p f
    out=$("$bin" 2>&1)
    line=$(printf '%s\n' "$out" | tail -n 1)
    if [[ $line =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]}
        passed=$((passed + p))
        failed=$((failed + f))
        [ "$f" -eq 0 ] || printf '%s\n' "$out" | grep -E 'FAIL|: ' | sed "s/^/[$label] /"
        echo "$label: $p passed, $f failed"
    else
        bad "$label: the unit test binary did not finish"
        printf '%s\n' "$out" | tail -n 30
    fi
}

# Golden tests: each input under tests/golden/ has NAME.expected (annals read --sentences).
golden() {
    local bin=$1 label=$2 in name exp n=0
    for in in tests/golden/*; do
        case $in in *.expected | *.md) continue ;; esac
        name=${in%.*}
        exp=$name.expected
        [ -f "$exp" ] || continue
        n=$((n + 1))
        if "$bin" read --sentences "$in" >"$tmp/golden.out" 2>"$tmp/golden.err" &&
            cmp -s "$tmp/golden.out" "$exp"; then
            ok
        else
            bad "[$label] golden $in differs from $exp"
            diff <(tr ',' '\n' <"$exp") <(tr ',' '\n' <"$tmp/golden.out") | head -n 20
            head -n 5 "$tmp/golden.err"
        fi
    done
    echo "$label: $n golden files checked"
}

unit build/test_unit unit
unit build/asan/test_unit "unit asan"
golden build/annals golden
golden build/asan/annals "golden asan"
# Annotate golden tests: the facts tests/golden/annotate/NAME.facts.json says annotate must
# find in NAME.txt (each failed fact is printed).
annotate_golden() {
    local bin=$1 label=$2
    if python3 tests/golden/annotate/check.py "$bin" >"$tmp/annotate.out" 2>&1; then
        ok
    else
        bad "[$label] annotate golden facts"
        head -n 20 "$tmp/annotate.out"
    fi
}

annotate_golden build/annals "annotate golden"
annotate_golden build/asan/annals "annotate golden asan"
for bin in build/annals build/asan/annals; do
    # shellcheck source=tests/cli.sh
    ANNALS=$bin TMP=$tmp source tests/cli.sh
    # shellcheck source=tests/store.sh
    ANNALS=$bin TMP=$tmp source tests/store.sh
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
