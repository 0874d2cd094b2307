#!/usr/bin/env bash
# Differential test: the Turtle and the N-Triples output of seeds/ hold the
# same triples, as serdi reads them (sorted N-Triples are canonical: the graph
# has no blank nodes).
#
#   same_graph.sh CLAIMGRAPH SOURCE_DIR WORK_DIR
set -uo pipefail
bin=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
"$bin" build "$src/seeds" -o "$work/ttl" -q --no-progress --no-gexf || { echo "FAIL  turtle run: exit $?"; exit 1; }
"$bin" build "$src/seeds" -o "$work/nt" -q --no-progress --no-gexf -f ntriples ||
  { echo "FAIL  ntriples run: exit $?"; exit 1; }
serdi -i turtle -o ntriples "$work/ttl/graph.ttl" 2>"$work/err1" | LC_ALL=C sort >"$work/from-ttl.nt"
serdi -i ntriples -o ntriples "$work/nt/graph.nt" 2>"$work/err2" | LC_ALL=C sort >"$work/from-nt.nt"
if [[ -s $work/err1 || -s $work/err2 ]]; then
  echo "FAIL  serdi: $(cat "$work/err1" "$work/err2" | head -n 2)"
  exit 1
fi
if ! cmp -s "$work/from-ttl.nt" "$work/from-nt.nt"; then
  echo "FAIL  graph.ttl and graph.nt differ:"
  diff "$work/from-ttl.nt" "$work/from-nt.nt" | head -n 10
  exit 1
fi
[[ -s $work/from-nt.nt ]] || { echo "FAIL  empty graph"; exit 1; }
echo "PASS  graph.ttl and graph.nt hold the same $(wc -l <"$work/from-nt.nt") triples"
