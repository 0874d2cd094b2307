#!/usr/bin/env bash
# Analyst-query test (issue 6): claimgraph builds the graph of seeds/, then
# check.mjs runs every queries/NAME.rq that has tests/queries/expected/NAME.tsv
# in Oxigraph and compares the result with that hand-written table; with no
# build options, readme.mjs also checks the README's example tables against
# the query results.
#
#   run.sh CLAIMGRAPH SOURCE_DIR WORK_DIR [claimgraph build options...]
#
# Exit 0 pass, 1 fail, 77 skipped (node or the pinned packages of tests/interop
# missing: scripts/setup.sh installs them).
set -uo pipefail
bin=$1 src=$2 work=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v node >/dev/null || [[ ! -d $src/tests/interop/node_modules/oxigraph ]]; then
  echo "SKIP: node or tests/interop/node_modules missing (run scripts/setup.sh)"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work" || exit 1
if ! "$bin" build "$src/seeds" -o "$work/out" --quiet --no-progress --no-gexf "$@" 2>"$work/stderr"; then
  echo "FAIL  claimgraph build $src/seeds $*: exit $?"
  cat "$work/stderr"
  exit 1
fi
echo "PASS  claimgraph build seeds/ -o $work/out $*"
node "$here/check.mjs" "$work/out" --queries "$src/queries" --expected "$here/expected" || exit 1
# The README's example tables are the default profile's output, row for row.
if [[ $# -eq 0 ]]; then
  node "$here/readme.mjs" "$work/out" "$src/README.md" --queries "$src/queries"
fi
