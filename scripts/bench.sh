#!/usr/bin/env bash
# Throughput benchmark (never part of the test suite):
#   scripts/bench.sh [CORPUS.jsonl] [TARGET_MB]
# Replicates the corpus with new ids (-r2, -r3, ...) up to TARGET_MB (default
# 100), runs the per-stage bench target, the end-to-end binary, and serdi
# rewriting our own Turtle output (the serialisation floor).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/reuters21578.jsonl}"
target_mb="${2:-100}"
work="${BENCH_DIR:-/tmp/claimgraph-bench}"
mkdir -p "$work"
rep="$work/corpus-${target_mb}MB.jsonl"
if [ ! -s "$rep" ]; then
  python3 - "$corpus" "$rep" "$target_mb" <<'PY'
import json, sys
src, dst, target = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1_000_000
lines = open(src, encoding="utf-8").read().splitlines()
written, r = 0, 1
with open(dst, "w", encoding="utf-8") as out:
    while written < target:
        for line in lines:
            d = json.loads(line)
            if r > 1:
                d["id"] = f'{d["id"]}-r{r}'
            s = json.dumps(d, ensure_ascii=False) + "\n"
            out.write(s)
            written += len(s.encode("utf-8"))
            if written >= target:
                break
        r += 1
PY
fi
size_mb=$(python3 -c "import os,sys;print(round(os.path.getsize(sys.argv[1])/1e6,1))" "$rep")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "corpus: $rep ($size_mb MB)"
echo "--- per stage, one core (build/claimgraph_bench)"
"$root/build/claimgraph_bench" "$rep" -o "$work/out-stages"
echo "--- end to end (build/claimgraph build, --jobs 1)"
/usr/bin/time -f "%e s wall, %M KB peak RSS" "$root/build/claimgraph" build "$rep" -o "$work/out" --quiet --no-gexf
echo "--- end to end (--jobs 2)"
/usr/bin/time -f "%e s wall, %M KB peak RSS" "$root/build/claimgraph" build "$rep" -o "$work/out2" --quiet --no-gexf --jobs 2
cmp "$work/out/graph.ttl" "$work/out2/graph.ttl" && echo "--jobs 2 output identical to --jobs 1"
echo "--- floor: serdi rewriting our Turtle"
/usr/bin/time -f "%e s wall" serdi -i turtle -o turtle "$work/out/graph.ttl" > /dev/null
