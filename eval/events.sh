#!/usr/bin/env bash
# Event coding: exports the gold sentences of a split as JSONL ({"id","text","date"}),
# runs `annals annotate` on them and scores the events with the benchmark's own scorer.
# usage: eval/events.sh dev|test [--errors]
#   dev  = PLOVER gold-standard records (type F1, dead counts; CAMEO root and dyad F1 from
#          eval/events-dev.py), the PETRARCH/TABARI suites (eval/events-suites.py) and our
#          hand-coded newswire samples (eval/events-news.py, eval/events-tb.py): study and tune here
#   test = PETRARCH-2 newswire validation (CAMEO root and dyad F1): the final figure only
# Both splits print their main figure a second time with PETRARCH's Phoenix actor
# dictionaries (annotate --actors), and each set once more with PETRARCH's dictionaries
# (those actors and the CAMEO verb patterns, --verbs), when ../shared has them.
# ANNALS=path overrides the binary (default build/annals).
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
shift || true
shared=../shared/eval/events
if [ ! -d "$shared" ]; then
    echo "events $split: skipped (../shared/eval/events is not here)"
    exit 0
fi
case $split in
dev) set=plover ;;
test) set=petr2 ;;
*)
    echo "usage: eval/events.sh dev|test [--errors]" >&2
    exit 2
    ;;
esac
work=build/eval/events/$split
rm -rf "$work" && mkdir -p "$work"
python3 "$shared/score.py" export "$set" >"$work/in.jsonl"
"${ANNALS:-build/annals}" annotate "$work/in.jsonl" >"$work/out.jsonl"
printf 'events %-4s (%s): ' "$split" "$set"
python3 "$shared/score.py" score "$set" "$work/out.jsonl" "$@"
# the same with PETRARCH's Phoenix actor dictionaries read beside our lexicon (--actors),
# as an analyst coming from PETRARCH would run it; our own figure is the line above
phoenix=$shared/petrarch
if [ -f "$phoenix/Phoenix.Countries.actors.txt" ]; then
    "${ANNALS:-build/annals}" annotate --actors "$phoenix/Phoenix.Countries.actors.txt" \
        --actors "$phoenix/Phoenix.International.actors.txt" \
        --actors "$phoenix/Phoenix.MilNonState.actors.txt" "$work/in.jsonl" >"$work/out-dict.jsonl"
    printf 'events %-4s (%s, with the Phoenix actor dictionaries): ' "$split" "$set"
    python3 "$shared/score.py" score "$set" "$work/out-dict.jsonl"
fi
# PETRARCH's dictionaries: the Phoenix actors and the CAMEO verb patterns (--verbs)
petrarch=()
if [ -f "$phoenix/CAMEO.2.0.txt" ] && [ -f "$phoenix/Phoenix.Countries.actors.txt" ]; then
    petrarch=(--actors "$phoenix/Phoenix.Countries.actors.txt"
        --actors "$phoenix/Phoenix.International.actors.txt"
        --actors "$phoenix/Phoenix.MilNonState.actors.txt" --verbs "$phoenix/CAMEO.2.0.txt")
    "${ANNALS:-build/annals}" annotate "${petrarch[@]}" "$work/in.jsonl" >"$work/out-petr.jsonl"
    printf 'events %-4s (%s, with PETRARCH'"'"'s dictionaries): ' "$split" "$set"
    python3 "$shared/score.py" score "$set" "$work/out-petr.jsonl"
fi
# with_petrarch NAME SCORER INPUT: the dev set again with PETRARCH's dictionaries
with_petrarch() {
    [ ${#petrarch[@]} -gt 0 ] || return 0
    "${ANNALS:-build/annals}" annotate "${petrarch[@]}" "$3" >"$work/$1-petr.jsonl"
    python3 "$2" score "$work/$1-petr.jsonl" | sed "s/^/events dev  ($1 cameo, with PETRARCH's dictionaries) /"
}
if [ "$split" = dev ]; then # CAMEO root and dyad, scored as on petr2 (eval/events-dev.py)
    printf 'events dev  (plover cameo): '
    python3 eval/events-dev.py "$work/out.jsonl" "$@"
    if [ ${#petrarch[@]} -gt 0 ]; then
        printf "events dev  (plover cameo, with PETRARCH's dictionaries): "
        python3 eval/events-dev.py "$work/out-petr.jsonl"
    fi
    # the PETRARCH unit tests and the TABARI suite: who acts on whom (eval/events-suites.py)
    python3 eval/events-suites.py export >"$work/suites.jsonl"
    "${ANNALS:-build/annals}" annotate "$work/suites.jsonl" >"$work/suites-out.jsonl"
    printf 'events dev  (suites cameo): '
    python3 eval/events-suites.py score "$work/suites-out.jsonl" "$@"
    with_petrarch suites eval/events-suites.py "$work/suites.jsonl"
    # PETRARCH's unit suite read with its own test dictionaries (WEIS-like codes): how many
    # of its codes annals reproduces, as a check of the dictionary formats (eval/petr-unit.py)
    if [ -f "$phoenix/PETR.Validate.verbs.txt" ]; then
        python3 eval/petr-unit.py export --real >"$work/unit.jsonl"
        "${ANNALS:-build/annals}" annotate "$work/unit.jsonl" >"$work/unit-own.jsonl"
        printf "events dev  (petrarch unit suite): "
        python3 eval/petr-unit.py score "$work/unit-own.jsonl"
        "${ANNALS:-build/annals}" annotate --actors "$phoenix/PETR.Validate.actors.txt" \
            --verbs "$phoenix/PETR.Validate.verbs.txt" "$work/unit.jsonl" >"$work/unit-out.jsonl"
        printf "events dev  (petrarch unit suite, with its own dictionaries): "
        python3 eval/petr-unit.py score "$work/unit-out.jsonl"
    fi
    # our own hand-coded newswire sample (eval/cameo-news-dev.tsv, eval/events-news.py)
    if [ -d ../shared/eval/timeline/t17_syria ]; then
        python3 eval/events-news.py export >"$work/news.jsonl"
        "${ANNALS:-build/annals}" annotate "$work/news.jsonl" >"$work/news-out.jsonl"
        printf 'events dev  (news cameo):   '
        python3 eval/events-news.py score "$work/news-out.jsonl" "$@"
        with_petrarch news eval/events-news.py "$work/news.jsonl"
    else
        echo "events dev  (news cameo): skipped (../shared/eval/timeline/t17_syria is not here)"
    fi
    # our own hand-coded 1990s international newswire (eval/cameo-tb-dev.tsv, eval/events-tb.py)
    if [ -d ../shared/eval/time/dev/TimeBank ]; then
        python3 eval/events-tb.py export >"$work/tb.jsonl"
        "${ANNALS:-build/annals}" annotate "$work/tb.jsonl" >"$work/tb-out.jsonl"
        python3 eval/events-tb.py score "$work/tb-out.jsonl" "$@" | sed 's/^/events dev  (tb cameo) /'
        with_petrarch tb eval/events-tb.py "$work/tb.jsonl"
    else
        echo "events dev  (tb cameo): skipped (../shared/eval/time/dev/TimeBank is not here)"
    fi
fi
