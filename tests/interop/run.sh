#!/usr/bin/env bash
# Interoperability test: claimgraph builds the graph of seeds/, then check.mjs
# has third-party readers (N3.js, serdi, Oxigraph, rdf-validate-shacl, xmllint,
# graphology-gexf) load it and runs every query of queries/.
#
#   run.sh CLAIMGRAPH SOURCE_DIR WORK_DIR [claimgraph build options...]
#
# Exit 0 pass, 1 fail, 77 skipped (node or the pinned packages missing:
# scripts/setup.sh installs them).
set -uo pipefail
bin=$1 src=$2 work=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v node >/dev/null || [[ ! -d $here/node_modules/graphology-gexf ]]; then
  echo "SKIP: node or tests/interop/node_modules missing (run scripts/setup.sh)"
  exit 77
fi

rm -rf "$work" && mkdir -p "$work" || exit 1
if ! "$bin" build "$src/seeds" -o "$work/out" --quiet --no-progress "$@" 2>"$work/stderr"; then
  echo "FAIL  claimgraph build $src/seeds $*: exit $?"
  cat "$work/stderr"
  exit 1
fi
echo "PASS  claimgraph build seeds/ -o $work/out $*"
node "$here/check.mjs" "$work/out" --queries "$src/queries" \
  --shapes "$src/ontology/shapes.ttl"
rc=$?
# The README's picture comes from scripts/render-gexf.mjs: it must draw this
# graph (SVG only here; the PNG step needs rsvg-convert).
if node "$src/scripts/render-gexf.mjs" "$work/out/graph.gexf" -o "$work/graph.svg" --no-png \
  2>"$work/render.txt" && xmllint --noout "$work/graph.svg"; then
  echo "PASS  render-gexf.mjs drew $work/graph.svg"
else
  echo "FAIL  render-gexf.mjs: $(head -n 3 "$work/render.txt")"
  rc=1
fi
exit $rc
