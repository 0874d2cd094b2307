#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 600), seeded with the project's own sample inputs and the
# saved regression inputs in tests/fuzz/regressions/<target>/.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (targets: readers pipeline)
#   FUZZ_BUILD=build-fuzz-me scripts/fuzz.sh   (build dir, default build-fuzz)
# Crashes are written to $FUZZ_BUILD/crashes/; turn each into a regression test.
# Prints each run's executions, coverage (cov: edges, ft: features) and corpus size.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(readers pipeline)
b="${FUZZ_BUILD:-build-fuzz}"
cmake -S . -B "$b" -DCLAIMGRAPH_FUZZ=ON -DBUILD_TESTING=OFF -DCLAIMGRAPH_BENCH=OFF \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$b" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")
mkdir -p "$b/corpus-readers" "$b/corpus-pipeline" "$b/crashes"
find seeds tests/data tests/golden -type f -size -200k \
  \( -name '*.txt' -o -name '*.jsonl' -o -name '*.xml' -o -name '*.rss' -o -name '*.atom' \
     -o -name '*.nitf' -o -name '*.html' -o -name '*.json' \) -exec cp {} "$b/corpus-readers/" \;
find seeds tests/golden -type f -name '*.txt' -exec cp {} "$b/corpus-pipeline/" \;
for t in readers pipeline; do
  [ -d "tests/fuzz/regressions/$t" ] && cp tests/fuzz/regressions/$t/* "$b/corpus-$t/" 2>/dev/null || true
done
for t in "${targets[@]}"; do
  echo "fuzz_$t: $secs s, started $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$b/fuzz_$t" "$b/corpus-$t" -max_total_time="$secs" -max_len=65536 \
    -artifact_prefix="$b/crashes/$t-" -print_final_stats=1 > "$b/fuzz_$t.log" 2>&1 || {
      echo "fuzz_$t: FAILED (see $b/fuzz_$t.log, $b/crashes/)"; tail -n 40 "$b/fuzz_$t.log"; continue; }
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$b/fuzz_$t.log" || true
  grep -E '^(Done|stat::)' "$b/fuzz_$t.log" || true
done
