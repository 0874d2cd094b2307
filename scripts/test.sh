#!/usr/bin/env bash
# The README's second command: set up, build, and run the whole test suite.
# Stands on its own on a clean clone.
#   scripts/test.sh              build/ (RelWithDebInfo), every test
#   scripts/test.sh --sanitize   build-asan/ with AddressSanitizer + UBSan, every test
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ "${1:-}" = "--sanitize" ]; then
  shift
  bash scripts/setup.sh
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCLAIMGRAPH_SANITIZE=ON -DCLAIMGRAPH_BENCH=OFF >/dev/null
  cmake --build build-asan -j "$(nproc)"
  cd build-asan
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j "$(nproc)" "$@"
  exit
fi
bash scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
