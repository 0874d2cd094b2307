#!/usr/bin/env bash
# Profile test: the full profile (--profile full) of seeds/ holds every triple
# of the lean default, as serdi reads them, plus sentence nodes; every
# nif:sentence link points at a written nif:Sentence.
#
#   profiles.sh CLAIMGRAPH SOURCE_DIR WORK_DIR
set -uo pipefail
bin=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
nif='http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'
for p in lean full; do
  "$bin" build "$src/seeds" -o "$work/$p" -q --no-progress --no-gexf --profile "$p" ||
    { echo "FAIL  --profile $p: exit $?"; exit 1; }
  serdi -i turtle -o ntriples "$work/$p/graph.ttl" 2>"$work/$p.err" | LC_ALL=C sort >"$work/$p.nt"
  if [[ -s $work/$p.err ]]; then
    echo "FAIL  serdi on --profile $p: $(head -n 2 "$work/$p.err")"
    exit 1
  fi
done
missing=$(LC_ALL=C comm -23 "$work/lean.nt" "$work/full.nt" | wc -l)
if ((missing > 0)); then
  echo "FAIL  $missing lean triples are not in the full profile:"
  LC_ALL=C comm -23 "$work/lean.nt" "$work/full.nt" | head -n 5
  exit 1
fi
sentences=$(grep -c "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${nif}Sentence> \.$" \
  "$work/full.nt")
if ((sentences == 0)) || grep -q "<${nif}Sentence>" "$work/lean.nt"; then
  echo "FAIL  sentences: $sentences in full, $(grep -c "<${nif}Sentence>" "$work/lean.nt") in lean"
  exit 1
fi
grep "> <${nif}sentence> <" "$work/full.nt" | sed 's/.* <\([^>]*\)> \.$/\1/' | LC_ALL=C sort -u \
  >"$work/linked"
grep "<${nif}Sentence> \.$" "$work/full.nt" | sed 's/^<\([^>]*\)>.*/\1/' | LC_ALL=C sort -u \
  >"$work/typed"
dangling=$(LC_ALL=C comm -23 "$work/linked" "$work/typed" | wc -l)
if ((dangling > 0)) || [[ ! -s $work/linked ]]; then
  echo "FAIL  $dangling nif:sentence targets are no written sentence ($(wc -l <"$work/linked") linked)"
  exit 1
fi
echo "PASS  full profile: all $(wc -l <"$work/lean.nt") lean triples, plus" \
  "$(($(wc -l <"$work/full.nt") - $(wc -l <"$work/lean.nt"))) more; $sentences sentences"
