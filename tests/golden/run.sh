#!/usr/bin/env bash
# Golden end-to-end case: builds the graph of CASE/input as N-Triples and
# compares it, sorted (canonical: the graph has no blank nodes), with
# CASE/expected.nt. `--update` rewrites expected.nt: review the diff before
# committing it, since it is the behaviour being pinned.
#   run.sh CLAIMGRAPH CASE_DIR WORK_DIR [--update]
set -euo pipefail
bin="$1"; case_dir="$2"; work="$3"; mode="${4:-}"
rm -rf "$work"; mkdir -p "$work"
status=0
"$bin" build "$case_dir/input" -o "$work/out" -f ntriples --no-gexf --quiet || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "golden: claimgraph exited with $status" >&2; exit 1
fi
LC_ALL=C sort "$work/out/graph.nt" > "$work/actual.nt"
if [ "$mode" = "--update" ]; then
  cp "$work/actual.nt" "$case_dir/expected.nt"; echo "updated $case_dir/expected.nt"; exit 0
fi
if ! diff -u "$case_dir/expected.nt" "$work/actual.nt" > "$work/diff.txt"; then
  echo "golden: $(basename "$case_dir") differs from expected.nt (first lines of the diff):" >&2
  head -60 "$work/diff.txt" >&2
  exit 1
fi
echo "golden: $(basename "$case_dir"): $(wc -l < "$work/actual.nt") triples as expected"
