# CLI tests, sourced by tests/run.sh with ANNALS (the binary) and TMP (a scratch dir) set,
# and ok/bad to count. Bad input must give a one-line error naming the file and the place,
# and the other inputs must still be read.
# shellcheck shell=bash
label="cli $(basename "$(dirname "$ANNALS")")"
d=$TMP/cli
rm -rf "$d" && mkdir -p "$d/tree/sub"

expect() { # expect NAME: then a command; passes when it succeeds
    local name=$1
    shift
    if "$@"; then ok; else bad "[$label] $name"; fi
}
lines() { grep -c '' "$1"; }
valid_json_lines() { python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"): json.loads(l)' "$1"; }
field() { # field FILE N KEY: KEY of the Nth record (1-based), as JSON
    python3 -c 'import json,sys
rec=[json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][int(sys.argv[2])-1]
print(json.dumps(rec.get(sys.argv[3]), ensure_ascii=False))' "$1" "$2" "$3"
}

cat >"$d/good.txt" <<'TXT'
date 2019-07-04 Flooding cuts road between two towns

By Ana Ruiz and Ben Cole, Valley Courier
2 minute read
Published 9:05 AM EDT, Thu July 4, 2019

RIVERTON, Ore. (Valley Courier) — Heavy rain closed Route 9 on Wednesday, officials said.

Crews expect to reopen it by Friday.
TXT
printf '%s\n' '{"id":"a1","text":"One.\n\nTwo.","date":"2020-01-02","title":"T1"}' \
    'this line is not JSON' \
    '{"id":"a3","text":"Three."}' \
    '{"id":"a4"}' \
    '[1,2]' \
    '{"id":"a6","text":"Six","authors":["X Y"],"url":"https://example.org/6"}' >"$d/mixed.jsonl"
head -c 3000 /dev/urandom >"$d/junk.bin"
printf '\0\1\2binary' >>"$d/junk.bin"
: >"$d/empty.txt"
printf 'caf\xe9 au lait \xff\xfe end.\n' >"$d/latin1.txt"
gzip -c "$d/mixed.jsonl" >"$d/mixed.jsonl.gz"
python3 -c 'import json
for i in range(3000): print(json.dumps({"id": "n%d" % i, "text": "Sentence number %d is here. " % i * 20}))' \
    | gzip -c >"$d/big.jsonl.gz"
head -c 20000 "$d/big.jsonl.gz" >"$d/trunc.jsonl.gz"
cp "$d/good.txt" "$d/tree/b.txt"
cp "$d/good.txt" "$d/tree/sub/a.txt"
printf '%s\n' '<!DOCTYPE html><html><body><p>Hi</p></body></html>' >"$d/page.html"
python3 -c 'print("{\"text\": \"" + "x" * 5000 + "\"}")' >"$d/long.jsonl"
printf '%s\n' '{"text":"short one"}' >>"$d/long.jsonl"

# the good plain-text article
expect "read good.txt exits 0" "$ANNALS" read -- "$d/good.txt" >"$d/out" 2>"$d/err"
expect "good.txt gives one valid record" test "$(lines "$d/out")" = 1
expect "good.txt record is JSON" valid_json_lines "$d/out"
expect "good.txt title" test "$(field "$d/out" 1 title)" = '"Flooding cuts road between two towns"'
expect "good.txt published from the byline" test "$(field "$d/out" 1 published)" = '"2019-07-04T09:05:00-04:00"'
expect "good.txt authors" test "$(field "$d/out" 1 authors)" = '["Ana Ruiz", "Ben Cole"]'
expect "good.txt outlet" test "$(field "$d/out" 1 outlet)" = '"Valley Courier"'
expect "good.txt no furniture in text" sh -c "! grep -q 'minute read' '$d/out'"

# JSONL with bad lines: each bad line reported with its line number, the rest read
"$ANNALS" read "$d/mixed.jsonl" >"$d/out" 2>"$d/err"
expect "mixed.jsonl exits 1" test $? = 1
expect "mixed.jsonl keeps the 3 good records" test "$(lines "$d/out")" = 3
expect "mixed.jsonl records are JSON" valid_json_lines "$d/out"
expect "mixed.jsonl names line 2" grep -q "mixed.jsonl:2: not JSON" "$d/err"
expect "mixed.jsonl names line 4" grep -q "mixed.jsonl:4: .*no \"text\"" "$d/err"
expect "mixed.jsonl names line 5" grep -q "mixed.jsonl:5: .*not an object" "$d/err"
expect "mixed.jsonl summary line" grep -q "3 articles from 1 inputs; 1 inputs had errors (3 records failed)" "$d/err"
expect "given id kept" test "$(field "$d/out" 1 id)" = '"a1"'
expect "given date kept" test "$(field "$d/out" 1 published_from)" = '"given"'

# gzip read transparently; a truncated gzip keeps what came before and names the byte
"$ANNALS" read "$d/mixed.jsonl.gz" >"$d/out.gz" 2>/dev/null
expect "gzip JSONL reads with the same errors" test $? = 1
expect "gzip JSONL gives the same records" sh -c "'$ANNALS' read '$d/mixed.jsonl' 2>/dev/null | sed 's/\"source\":\"[^\"]*\"//' >'$d/a'; sed 's/\"source\":\"[^\"]*\"//' '$d/out.gz' | cmp -s - '$d/a'"
"$ANNALS" read "$d/trunc.jsonl.gz" >"$d/out" 2>"$d/err"
expect "truncated gzip exits 1" test $? = 1
expect "truncated gzip is named with a byte" grep -q "trunc.jsonl.gz: byte [0-9]*: truncated gzip" "$d/err"
expect "truncated gzip keeps the records before" test "$(lines "$d/out")" -gt 100
expect "records before the truncation are JSON" valid_json_lines "$d/out"

# binary, empty, missing: one line each, and the other inputs (an HTML page too) still read
"$ANNALS" read "$d/junk.bin" "$d/empty.txt" "$d/page.html" "$d/nope.txt" "$d/good.txt" >"$d/out" 2>"$d/err"
expect "bad inputs exit 1" test $? = 1
expect "good inputs read after bad ones" test "$(lines "$d/out")" = 2
expect "binary named" grep -q "junk.bin: binary data" "$d/err"
expect "empty named" grep -q "empty.txt: empty input" "$d/err"
expect "html page read" grep -q '"text":"Hi"' "$d/out"
"$ANNALS" read --format aeb "$d/page.html" >"$d/aeb" 2>/dev/null
expect "aeb format keyed by file name" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d != {"page": {"articleBody": "Hi"}})' "$d/aeb"
expect "missing named" grep -q "nope.txt: No such file" "$d/err"

# invalid UTF-8 is repaired, not fatal
expect "invalid UTF-8 reads" "$ANNALS" read "$d/latin1.txt" >"$d/out" 2>"$d/err"
expect "invalid UTF-8 becomes U+FFFD" grep -q $'caf\xef\xbf\xbd au lait' "$d/out"

# a line over the limit is refused, the next one read
"$ANNALS" read --max-bytes 1K "$d/long.jsonl" >"$d/out" 2>"$d/err"
expect "long line exits 1" test $? = 1
expect "long line named" grep -q "long.jsonl:1: line longer than the limit" "$d/err"
expect "line after the long one read" test "$(lines "$d/out")" = 1

# an actor dictionary (TABARI / PETRARCH format) names actors; a missing one is named
printf '%s\n' 'CORVINA_DELMONTE_' '+DELMONTE' '	[CHLGOV]' >"$d/actors.dict"
printf '%s\n' '{"id":"d1","text":"Corvina Delmonte announced a new budget.","date":"2020-01-02"}' >"$d/dict.jsonl"
"$ANNALS" annotate --actors "$d/actors.dict" "$d/dict.jsonl" >"$d/out" 2>"$d/err"
expect "dictionary actor found" grep -q '"name":"Corvina Delmonte","kind":"person","country":"CL"' "$d/out"
"$ANNALS" annotate --actors "$d/no-such.dict" "$d/dict.jsonl" >"$d/out" 2>"$d/err"
expect "missing dictionary exits 2" test $? = 2
expect "missing dictionary named" grep -q "no-such.dict: No such file" "$d/err"

# a verb dictionary (PETRARCH format) codes verbs the lexicon lacks; a missing or broken
# one is named, with the line
printf '%s\n' '&OFFICIAL' '+MINISTER' '--- JEER [---] ---' 'HECKLE {HECKLED}' '- * &OFFICIAL [1122]' >"$d/verbs.dict"
printf '%s\n' '{"id":"v1","text":"Greek students heckled the Turkish minister in Athens.","date":"2015-03-02"}' >"$d/verbs.jsonl"
"$ANNALS" annotate --verbs "$d/verbs.dict" "$d/verbs.jsonl" >"$d/out" 2>"$d/err"
expect "dictionary verb coded" grep -q '"cameo":"1122"' "$d/out"
"$ANNALS" annotate --verbs "$d/no-such.verbs" "$d/verbs.jsonl" >"$d/out" 2>"$d/err"
expect "missing verb dictionary exits 2" test $? = 2
expect "missing verb dictionary named" grep -q "no-such.verbs: No such file" "$d/err"
printf '%s\n' '--- JEER [---] ---' 'JEER' '- JEERS [110]' >"$d/broken.verbs"
"$ANNALS" annotate --verbs "$d/broken.verbs" "$d/verbs.jsonl" >"$d/out" 2>"$d/err"
expect "broken verb dictionary fails" test $? != 0
expect "broken verb dictionary named with its line" grep -q "broken.verbs:3: a pattern without '\*'" "$d/err"

# directories are read recursively, in name order; stdin works
expect "directory reads" "$ANNALS" read --format brief "$d/tree" >"$d/out" 2>"$d/err"
expect "directory gives two articles" test "$(lines "$d/out")" = 2
expect "stdin reads" sh -c "'$ANNALS' read < '$d/good.txt' > '$d/out'"
expect "stdin names the source -" test "$(field "$d/out" 1 source)" = '"-"'

# sentences with code point offsets
expect "sentences" "$ANNALS" read --sentences "$d/good.txt" >"$d/out" 2>"$d/err"
expect "sentence offsets are code points" python3 -c 'import json,sys
r=json.loads(open(sys.argv[1], encoding="utf-8").readline())
t=r["text"]; ss=r["sentences"]
assert len(ss) == 2, ss
assert t[ss[0]["start"]:ss[0]["end"]] == "Heavy rain closed Route 9 on Wednesday, officials said.", t[ss[0]["start"]:ss[0]["end"]]
for s in ss:
    for a, b in s["tokens"]: assert s["start"] <= a < b <= s["end"] and t[a:b].strip() == t[a:b]' "$d/out"

# the command line itself
expect "--version" sh -c "'$ANNALS' --version | grep -q '^annals [0-9]'"
expect "help lists read" sh -c "'$ANNALS' help | grep -q ' read '"
expect "read --help" sh -c "'$ANNALS' read --help | grep -q 'usage: annals read'"
"$ANNALS" frobnicate >/dev/null 2>"$d/err"
expect "unknown command exits 2" test $? = 2
"$ANNALS" read --bogus "$d/good.txt" >/dev/null 2>"$d/err"
expect "unknown option exits 2" test $? = 2
