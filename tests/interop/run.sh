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
exec node "$here/check.mjs" "$work/out" --queries "$src/queries" \
  --shapes "$src/ontology/shapes.ttl" --expected "$src/tests/interop/expected"
