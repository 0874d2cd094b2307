#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 600), seeded with the project's own sample inputs.
#   scripts/fuzz.sh [SECONDS]
# Crashes are written to build-fuzz/crashes/; turn each into a regression test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
secs="${1:-600}"
cmake -S . -B build-fuzz -DCLAIMGRAPH_FUZZ=ON -DBUILD_TESTING=OFF -DCLAIMGRAPH_BENCH=OFF \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_readers fuzz_pipeline
mkdir -p build-fuzz/corpus-readers build-fuzz/corpus-pipeline build-fuzz/crashes
find seeds tests/data tests/golden -type f -size -200k \
  \( -name '*.txt' -o -name '*.jsonl' -o -name '*.xml' -o -name '*.rss' -o -name '*.atom' \
     -o -name '*.nitf' -o -name '*.html' -o -name '*.json' \) -exec cp {} build-fuzz/corpus-readers/ \;
find seeds tests/golden -type f -name '*.txt' -exec cp {} build-fuzz/corpus-pipeline/ \;
for t in readers pipeline; do
  echo "fuzz_$t: $secs s"
  build-fuzz/fuzz_$t build-fuzz/corpus-$t -max_total_time="$secs" -max_len=65536 \
    -artifact_prefix=build-fuzz/crashes/$t- -print_final_stats=1 2>&1 | tail -n 12
done
