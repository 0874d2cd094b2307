#!/usr/bin/env bash
# The README's second command: set up, build, and run the whole test suite.
# Stands on its own on a clean clone.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
