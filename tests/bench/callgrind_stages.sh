#!/usr/bin/env bash
# Instruction counts of the stages before writing, by callgrind: repeatable on
# a busy machine where wall-clock MB/s are not (never part of the test suite).
#
#   tests/bench/callgrind_stages.sh BUILD CORPUS [OUT.callgrind]
#
# BUILD holds claimgraph_bench: best Release (the -O3 of the README figures)
# with -g for annotation: cmake -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g.
# CORPUS is small (1 MB of JSON Lines: a few seconds under callgrind). Prints
# one line: the program total and each stage's inclusive instructions; KB
# loading (kbload) lies outside the stages. The bench streams: the reader
# hands each document to a callback that batches it and runs the other
# stages, so read is the reader's count without that callback's. Annotate further with
# callgrind_annotate [--inclusive=yes | --auto=yes] OUT.callgrind.
# REUSE=1 reads an existing OUT.callgrind again instead of running.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,12p' "$0"; exit 2; }
build="$1"
corpus="$2"
out="${3:-/tmp/claimgraph-stages.callgrind}"
[ -n "${REUSE:-}" ] || valgrind --tool=callgrind --callgrind-out-file="$out" "$build/claimgraph_bench" "$corpus" \
  --no-write --no-breakdown > /dev/null 2>&1
callgrind_annotate --inclusive=yes "$out" 2>/dev/null | grep -v '^--' | grep -v '=>' | sed 's/,//g' | awk '
  function once(name, n) { if (!(name in seen)) { seen[name] = 1; seen_v[name] = n; printf "%s=%d ", name, n } }
  /PROGRAM TOTALS/ { once("total", $1) }
  /KnowledgeBase::LoadEmbedded\(/ { once("kbload", $1) }
  /ingest::Reader::Read\(/ { if (!("read" in v)) v["read"] = $1 }
  /_Function_handler<void \(claimgraph::model::Document&&\)/ { if (!("cb" in v)) v["cb"] = $1 }
  /text::Segment\(/ { once("text", $1) }
  /extract::Extractor::Run\(/ { once("extract", $1) }
  /EntityTagger::Tag\(/ { once("entities", $1) }
  /TimeTagger::Tag\(/ { once("times", $1) }
  /QuantityTagger::Tag\(/ { once("quantity", $1) }
  /AttributionExtractor::Extract\(/ { once("attrib", $1) }
  /link::Linker::AddDocument\(/ { once("link_add", $1) }
  /link::Linker::Resolve\(/ { once("link_resolve", $1) }
  END { printf "read=%d\n", v["read"] - v["cb"] }'
