#!/bin/sh
# make demo: runs annals on the example corpus that ships with the project and shows what
# it found. (Until the store lands, the annotated records are printed and kept in a file.)
set -e
annals=${1:-build/annals}
out=build/demo
mkdir -p "$out"
echo "== annals $("$annals" --version | cut -d' ' -f2): reading examples/corpus"
"$annals" read --format brief examples/corpus
"$annals" annotate --sentences --stats examples/corpus >"$out/corpus.jsonl"
echo
echo "== all annotated records: $out/corpus.jsonl ($(wc -l <"$out/corpus.jsonl") articles); the first one:"
if command -v python3 >/dev/null; then
    head -n 1 "$out/corpus.jsonl" | python3 -c 'import json, sys
r = json.loads(sys.stdin.readline())
sentences = r.pop("sentences", [])
text = r.pop("text")
r.pop("paragraphs")
for key, value in r.items():
    print("%-15s %s" % (key, json.dumps(value, ensure_ascii=False)[:400]))
print("%-15s %d; the first three:" % ("sentences", len(sentences)))
for s in sentences[:3]:
    print("   [%d,%d) %s" % (s["start"], s["end"], text[s["start"]:s["end"]]))'
else
    head -n 1 "$out/corpus.jsonl"
fi
