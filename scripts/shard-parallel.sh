#!/usr/bin/env bash
# A distributed run on one machine with GNU parallel, the way a cluster runs
# it (README, "Beyond one machine"):
#   1. map:   `claimgraph shard` per part, in parallel: extraction, the
#             within-document linking and every per-document triple;
#             each shard is a folder of N-Triples plus text tables;
#   2. merge: one `claimgraph merge` reads only the tables, links once, and
#             writes the entities, merge evidence and claim relations, then
#             each shard's triples with its placeholders mapped.
# The union equals the graph of one `claimgraph build` over the same inputs
# (sorted N-Triples are equal).
#
#   scripts/shard-parallel.sh OUT INPUT... [-- MERGE-OPTION...]
#
# A JSON Lines file is cut into blocks of $BLOCK bytes on line boundaries
# (parallel --pipepart), one shard per block, so every line needs its "id";
# any other input (file or folder) is one shard. Environment: CLAIMGRAPH (the
# binary, default build/claimgraph), JOBS (default: the number of cores),
# BLOCK (default 16M), SHARDS (keep the shard folders there; default a
# temporary folder removed at the end).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $# -lt 2 ]]; then
  echo "usage: $0 OUT INPUT... [-- MERGE-OPTION...]" >&2
  exit 2
fi
out="$1"
shift
inputs=()
while [[ $# -gt 0 && $1 != "--" ]]; do
  inputs+=("$1")
  shift
done
[[ $# -gt 0 ]] && shift
merge_options=("$@")
bin="${CLAIMGRAPH:-$root/build/claimgraph}"
jobs="${JOBS:-$(nproc)}"
block="${BLOCK:-16M}"
if [[ -n ${SHARDS:-} ]]; then
  shards="$SHARDS"
  mkdir -p "$shards"
else
  shards="$(mktemp -d)"
  trap 'rm -rf "$shards"' EXIT
fi

# Exit 1 from a shard means some inputs were skipped (named on stderr): the
# shard is still complete, so only 2 and 3 stop the run.
shard_cmd="$bin shard --quiet --no-progress"
ok_or_skipped='r=$?; [ $r -le 1 ]'
n=0
others=()
for input in "${inputs[@]}"; do
  if [[ -f $input && $input == *.jsonl ]]; then
    n=$((n + 1))
    parallel --pipepart -a "$input" --block "$block" --halt now,fail=1 -j "$jobs" \
      "$shard_cmd - -o $shards/j$n-{#}; $ok_or_skipped"
  else
    others+=("$input")
  fi
done
if [[ ${#others[@]} -gt 0 ]]; then
  printf '%s\n' "${others[@]}" | parallel --halt now,fail=1 -j "$jobs" \
    "$shard_cmd {} -o $shards/f{#}; $ok_or_skipped"
fi
# Shards in input order (a document id met twice is kept from its first shard,
# as one build keeps its first occurrence).
mapfile -t dirs < <(printf '%s\n' "$shards"/* | sort -V)
"$bin" merge "${dirs[@]}" -o "$out" "${merge_options[@]}"
