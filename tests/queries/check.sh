#!/usr/bin/env bash
# check.sh -- run every analyst query that has an expected table and compare the results.
#
#   usage: tests/queries/check.sh OUTDIR [SPARQL]
#
# OUTDIR  the output of `claimgraph build seeds -o OUTDIR` (every *.ttl/*.nt in it is loaded)
# SPARQL  a command run as `SPARQL QUERY.rq OUTDIR` that prints the SELECT result as JSON (the
#         row list of ../shared/tools/sparql, or W3C SPARQL 1.1 results JSON); default
#         ../shared/tools/sparql
# For each tests/queries/expected/NAME.tsv: runs queries/NAME.rq and compares with compare.py
# (see its header for the table format). Exit 0 when every table matches, 1 otherwise, 2 when a
# query could not be run.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
[[ $# -ge 1 ]] || { echo "usage: $0 OUTDIR [SPARQL]" >&2; exit 2; }
OUT=$1
SPARQL=${2:-$ROOT/../shared/tools/sparql}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0
for expected in "$HERE"/expected/*.tsv; do
  name=$(basename "$expected" .tsv)
  query="$ROOT/queries/$name.rq"
  if [[ ! -f $query ]]; then
    echo "FAIL $name: no queries/$name.rq"; status=1; continue
  fi
  if ! $SPARQL "$query" "$OUT" > "$TMP/$name.json" 2> "$TMP/$name.err"; then
    echo "ERROR $name: $(head -c 500 "$TMP/$name.err")"; status=2; continue
  fi
  if python3 "$HERE/compare.py" "$expected" "$TMP/$name.json" > "$TMP/$name.diff"; then
    echo "ok   $name"
  else
    echo "FAIL $name"; sed 's/^/     /' "$TMP/$name.diff"
    [[ $status -eq 0 ]] && status=1
  fi
done
exit $status
