#!/usr/bin/env bash
# A distributed run on one machine with GNU parallel: each input file is a
# shard extracted on its own (`claimgraph shard`), then one `claimgraph merge`
# links and writes the graph, byte-identical to `claimgraph build` over the
# same inputs. On Spark or Hadoop Streaming the shard step is the map (see
# README, "Beyond one machine").
#   scripts/shard-parallel.sh OUT INPUT...
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
shift
bin="${CLAIMGRAPH:-$root/build/claimgraph}"
shards="$(mktemp -d)"
trap 'rm -rf "$shards"' EXIT
printf '%s\n' "$@" | parallel --halt now,fail=1 -j "$(nproc)" \
  "$bin" shard {} -o "$shards/{#}" --quiet
"$bin" merge "$shards"/* -o "$out"
