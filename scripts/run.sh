#!/usr/bin/env bash
# The README's first command: set up, build, and build the graph of seeds/ into out/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/build.sh
build/claimgraph build seeds -o out "$@"
