#!/usr/bin/env bash
# Command-line good and bad cases, one per ctest entry:
#
#   cli_test.sh CLAIMGRAPH SOURCE_DIR WORK_DIR CASE
#
# Each case runs the real binary in its own empty WORK_DIR/CASE and checks exit
# code, messages and files (exit codes as documented by `claimgraph --help`:
# 0 all processed, 1 some inputs skipped, 2 usage, 3 fatal).
set -uo pipefail
bin=$1 src=$2 work=$3/$4 case=$4
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1

failures=0
fail() { echo "FAIL  $case: $*"; failures=$((failures + 1)); }
ok() { echo "ok    $case: $*"; }

# run EXPECTED_EXIT ARGS... : runs claimgraph, stdout/stderr into out.txt/err.txt
run() {
  local want=$1
  shift
  "$bin" "$@" >out.txt 2>err.txt </dev/null
  local got=$?
  if [[ $got == "$want" ]]; then
    ok "claimgraph $* -> exit $got"
  else
    fail "claimgraph $* -> exit $got, expected $want"
    sed 's/^/      stderr: /' err.txt | head -n 5
  fi
}
has() { grep -q -- "$2" "$1" || fail "$1 does not contain '$2'"; }
exists() { [[ -s $1 ]] || fail "$1 missing or empty"; }
absent() { [[ ! -e $1 ]] || fail "$1 exists but should not"; }
same_files() { # same_files DIR1 DIR2: same file names, byte-identical
  local a b
  a=$(cd "$1" && find . -type f | sort) b=$(cd "$2" && find . -type f | sort)
  [[ $a == "$b" ]] || fail "$1 and $2 hold different files: $(echo $a) / $(echo $b)"
  for f in $a; do cmp -s "$1/$f" "$2/$f" || fail "$1/$f and $2/$f differ"; done
}
# A small corpus written for these tests (never the evaluation articles).
small_corpus() {
  mkdir -p "$1"
  printf 'The Harbour Authority said on Tuesday that 40 ships had docked in Portvale.\n' >"$1/harbour.txt"
  printf '{"title": "Ships dock", "published": "2025-05-06", "publisher": "Test Wire"}\n' >"$1/harbour.meta.json"
  printf 'Mayor Lena Ortiz said the new bridge would open in June, according to the city.\n' >"$1/bridge.txt"
}

case $case in
  help)
    run 0 --help
    has out.txt "Usage:"
    has out.txt "Exit codes:"
    has out.txt "--jobs"
    run 0 build --help
    has out.txt "Usage:"
    ;;
  version)
    run 0 --version
    grep -qE '^claimgraph [0-9]+\.[0-9]+\.[0-9]+' out.txt || fail "version line: $(head -c 80 out.txt)"
    ;;
  unknown_option)
    run 2 build --frobnicate
    has err.txt "--frobnicate"
    absent out
    run 2 frobnicate
    run 2
    ;;
  bad_values)
    run 2 build --jobs 0
    has err.txt "jobs"
    run 2 build --jobs many
    run 2 build --jobs
    run 2 build -j 100000
    run 2 build -f rdfxml
    has err.txt "rdfxml"
    run 2 build --gexf-min-weight 0
    run 2 build --profile verbose
    has err.txt "verbose"
    run 2 build --profile
    run 2 build --base not-an-iri
    absent out
    ;;
  default_run)
    # No arguments: seeds/ in, out/ out (relative to the working directory).
    cp -r "$src/seeds" seeds
    run 0 build
    exists out/graph.ttl
    exists out/graph.gexf
    absent out/graph.nt
    has err.txt "documents processed"
    # Nothing temporary left behind.
    [[ -z $(find out -type f ! -name 'graph.*' ! -name '*.md') ]] ||
      fail "stray files in out/: $(find out -type f | tr '\n' ' ')"
    ;;
  ntriples)
    small_corpus in
    run 0 build in -o out -f ntriples
    exists out/graph.nt
    absent out/graph.ttl
    exists out/graph.gexf
    # N-Triples: one triple per line, no prefixes, no blank nodes.
    if grep -qE '^@prefix|^PREFIX|_:' out/graph.nt; then fail "graph.nt has prefixes or blank nodes"; fi
    grep -q '"harbour"' out/graph.nt || fail "graph.nt does not name document harbour"
    ;;
  no_gexf)
    small_corpus in
    run 0 build in -o out --no-gexf
    exists out/graph.ttl
    absent out/graph.gexf
    ;;
  base_iri)
    small_corpus in
    run 0 build in -o out -f nt --base https://example.org/kg/
    grep -q '<https://example.org/kg/' out/graph.nt || fail "no IRI under the --base"
    if grep -q 'https://w3id.org/claimgraph/data/' out/graph.nt; then fail "default data base still used"; fi
    ;;
  stdin_jsonl)
    printf '{"id": "wire-1", "text": "The council said the park would reopen."}\n' |
      "$bin" build - -o out -f nt >out.txt 2>err.txt
    rc=$?
    [[ $rc == 0 ]] || fail "build - exit $rc: $(head -n 3 err.txt)"
    grep -q '"wire-1"' out/graph.nt || fail "document wire-1 from stdin is not in the graph"
    ;;
  skipped_input)
    # One good file and one that is not UTF-8: exit 1, the bad file named,
    # the graph still written from the good one.
    small_corpus in
    printf 'Valid start, then \xff\xfe broken bytes.\n' >in/broken.txt
    run 1 build in -o out
    has err.txt "broken.txt"
    exists out/graph.ttl
    grep -q 'harbour' out/graph.ttl || fail "the good document is missing from the graph"
    grep -qE '1 skipped' err.txt || fail "summary does not count 1 skipped: $(grep processed err.txt)"
    ;;
  bad_inputs)
    # Bad files beside good ones (issue 2, part 9): each bad one is named with
    # its reason, the good ones still go through, exit 1, and the summary
    # accounts for every input (read = processed + skipped).
    small_corpus in
    head -c 2000 /dev/zero | tr '\0' 'a' >in/binary.txt
    printf '\0\1\2\3 payload' >>in/binary.txt
    printf '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></channel></rss>' >in/broken.xml
    : >in/empty.txt
    printf 'Officials said the port had reopened.\n' >in/side.txt
    printf '{"title": "Port", ' >in/side.meta.json
    printf '{"id": "j1", "text": "The council said the park would reopen."}\n{broken json\n' >in/lines.jsonl
    run 1 build in -o out
    for f in binary.txt broken.xml empty.txt side.meta.json lines.jsonl; do has err.txt "$f"; done
    grep -q 'lines.jsonl:2' err.txt || fail "the broken JSON line is not named by its line number"
    line=$(grep -E '[0-9]+ inputs: [0-9]+ documents processed, [0-9]+ skipped' err.txt | head -n 1)
    read -r n p k < <(sed -E 's/.* ([0-9]+) inputs: ([0-9]+) documents processed, ([0-9]+) skipped.*/\1 \2 \3/' <<<"$line")
    [[ -n $line && $n == $((p + k)) ]] || fail "summary does not add up: $line"
    ((k >= 4)) || fail "expected at least 4 skipped inputs: $line"
    for id in '"harbour"' '"bridge"' '"side"' '"j1"'; do
      grep -q "$id" out/graph.ttl || fail "document $id missing from the graph"
    done
    ;;
  long_line)
    # A 50 MB file on one line goes through (or is skipped with a message
    # naming it) in reasonable time, and the rest of the corpus is written.
    small_corpus in
    yes 'The harbour was quiet and the ships rested at anchor near the old pier.' |
      tr '\n' ' ' | head -c 50000000 >in/long.txt
    "$bin" build in -o out -q >out.txt 2>err.txt </dev/null
    rc=$?
    [[ $rc == 0 || $rc == 1 ]] || fail "exit $rc: $(head -n 3 err.txt)"
    [[ $rc == 0 ]] || has err.txt "long.txt"
    grep -q '"harbour"' out/graph.ttl || fail "document harbour missing from the graph"
    ;;
  quiet)
    small_corpus in
    run 0 build in -o out -q
    [[ ! -s err.txt ]] || fail "--quiet still printed: $(head -n 2 err.txt)"
    ;;
  unwritable_out)
    # The output folder cannot be created (its parent is a file): exit 3,
    # a message naming it, and nothing written anywhere.
    small_corpus in
    printf 'not a folder\n' >blocker
    run 3 build in -o blocker/out
    has err.txt "blocker"
    [[ $(cat blocker) == "not a folder" ]] || fail "blocker was modified"
    # The output path is an existing regular file.
    printf 'keep me\n' >file-out
    run 3 build in -o file-out
    [[ $(cat file-out) == "keep me" ]] || fail "file-out was overwritten"
    left=$(find . -type f ! -path './in/*' ! -name blocker ! -name file-out ! -name out.txt ! -name err.txt)
    [[ -z $left ]] || fail "files written despite the failure: $left"
    ;;
  failed_run_leaves_whole_graph)
    # A run that fails (its GEXF cannot be put in place) exits 3 and leaves
    # no half-written graph: graph.ttl is still a whole graph that parses,
    # and no temporary file is left.
    small_corpus in
    run 0 build in -o out --no-gexf
    printf 'A later report: the Harbour Authority said 12 ships left.\n' >in/later.txt
    mkdir -p out/graph.gexf/blocker
    run 3 build in -o out
    serdi -i turtle -o ntriples out/graph.ttl >/dev/null 2>serdi.txt && [[ ! -s serdi.txt ]] ||
      fail "graph.ttl does not parse after the failed run: $(head -n 1 serdi.txt)"
    [[ -z $(find out -type f ! -name graph.ttl ! -path '*/graph.gexf/*') ]] ||
      fail "temporary files left: $(find out -type f | tr '\n' ' ')"
    ;;
  deterministic)
    run 0 build "$src/seeds" -o out1
    run 0 build "$src/seeds" -o out2
    same_files out1 out2
    run 0 build "$src/seeds" -o nt1 -f ntriples --gexf-claims
    run 0 build "$src/seeds" -o nt2 -f ntriples --gexf-claims
    same_files nt1 nt2
    ;;
  jobs)
    run 0 build "$src/seeds" -o one --jobs 1
    run 0 build "$src/seeds" -o two --jobs 2
    run 0 build "$src/seeds" -o four -j 4
    same_files one two
    same_files one four
    ;;
  input_order)
    # The same documents given in another order (folders, argument order and
    # the lines of a JSON Lines file) give the same bytes.
    small_corpus a/one
    mkdir -p a/two
    printf 'The Port Council said on Friday that 12 cranes would be replaced.\n' >a/two/cranes.txt
    printf '%s\n' '{"id": "w1", "published": "2025-03-02", "text": "Officials said the ferry would resume on Monday."}' \
      '{"id": "w2", "published": "2025-03-03", "text": "The weather service said about 30 roads were closed."}' \
      '{"id": "w3", "published": "2025-03-04", "text": "Mayor Lena Ortiz said the bridge was safe."}' >a/wire.jsonl
    mkdir -p b/x b/y
    cp a/one/* b/y/ && cp a/two/* b/x/
    tac a/wire.jsonl >b/wire.jsonl
    run 0 build a/one a/two a/wire.jsonl -o first
    run 0 build b/wire.jsonl b/x b/y -o second
    same_files first second
    ;;
  bad_inputs_leave_good_graph)
    # Bad files mixed in change nothing in the graph of the good documents.
    small_corpus clean
    small_corpus mixed
    printf '\0\1\2 binary' >mixed/noise.txt
    printf '<rss><channel><item>' >mixed/cut.xml
    printf 'Broken \xff\xfe bytes\n' >mixed/bad-utf8.txt
    run 0 build clean -o good
    run 1 build mixed -o withbad
    same_files good withbad
    ;;
  full_profile)
    # --profile full: same bytes on every run and --jobs value; shards written
    # in the full profile merge into the graph of one full build.
    small_corpus part1
    mkdir -p part2
    mv part1/bridge.txt part2/
    printf 'The council met on Monday. Its chair said the budget was balanced.\n' >part2/council.txt
    run 0 build part1 part2 -o full -f ntriples --no-gexf --profile full
    has full/graph.nt "nlp2rdf/ontologies/nif-core#Sentence>"
    has full/graph.nt "nlp2rdf/ontologies/nif-core#nextSentence>"
    run 0 build part1 part2 -o full-j2 -f ntriples --no-gexf --profile full --jobs 2
    same_files full full-j2
    run 0 build part1 part2 -o lean -f ntriples --no-gexf
    if grep -q "nif-core#Sentence>" lean/graph.nt; then fail "lean graph has sentences"; fi
    run 0 shard part1 -o s1 --profile full
    run 0 shard part2 -o s2 --profile full
    run 0 merge s1 s2 -o merged -f ntriples --no-gexf
    sort merged/graph.nt >merged.sorted
    sort full/graph.nt >full.sorted
    cmp -s merged.sorted full.sorted || fail "merged full-profile shards differ from one full build"
    ;;
  shard_merge)
    # Two shards merged give the graph of one build (as sorted N-Triples).
    small_corpus part1
    mkdir -p part2
    mv part1/bridge.txt part2/
    printf 'The city said Lena Ortiz would speak on Friday about the bridge.\n' >part2/speech.txt
    # A claim in one shard and its denial in the other: the merge links them as one build does.
    printf 'The Harbour Authority said on Tuesday that striking dockers had blocked the northern quay in Portvale for three hours.\n' >part1/quay.txt
    printf '{"title": "Quay blocked", "published": "2025-05-06", "publisher": "Test Wire"}\n' >part1/quay.meta.json
    printf 'The Dockers Union denied on Wednesday that striking dockers had blocked the northern quay in Portvale.\n' >part2/denial.txt
    printf '{"title": "Union denies", "published": "2025-05-07", "publisher": "Test Wire"}\n' >part2/denial.meta.json
    run 0 shard part1 -o s1
    exists s1/graph.nt
    exists s1/mentions.tsv
    exists s1/shard.tsv
    has s1/graph.nt "urn:claimgraph:local:"
    run 0 shard part2 -o s2
    run 0 merge s1 s2 -o merged -f ntriples --no-gexf
    has err.txt "stored documents"
    run 0 build part1 part2 -o full -f ntriples --no-gexf
    sort merged/graph.nt >merged.sorted
    sort full/graph.nt >full.sorted
    cmp -s merged.sorted full.sorted || fail "merged graph differs from one build"
    has merged/graph.nt "claimgraph/ns#denies"
    # Turtle (the default) is N-Triples lines after the entity part: the same graph.
    run 0 merge s1 s2 -o merged-ttl --no-gexf
    exists merged-ttl/graph.ttl
    # The distributed form: merge writes the global part and a map per shard;
    # `rewrite` maps each shard's lines on its own; the union is the same graph.
    run 0 merge s1 s2 -o global -f ntriples --no-gexf --no-rewrite
    exists s1/entity-map.tsv
    "$bin" rewrite s1 >s1.nt && "$bin" rewrite s2 >s2.nt || fail "rewrite failed"
    sort global/graph.nt s1.nt s2.nt >distributed.sorted
    cmp -s distributed.sorted full.sorted || fail "global part + rewritten shards differ from one build"
    grep -q "urn:claimgraph:local:" s1.nt s2.nt && fail "placeholder left after rewrite"
    run 3 rewrite part1
    # The linking split over "nodes": one partition each, then the merge.
    run 0 merge s1 s2 -o keyed --partition 0/2
    run 0 merge s1 s2 -o keyed --partition 1/2
    exists keyed/partition-1-of-2.tsv
    run 0 merge s1 s2 -o keyed --from-partitions 2 -f ntriples --no-gexf
    sort keyed/graph.nt >keyed.sorted
    cmp -s keyed.sorted full.sorted || fail "partitions linked apart differ from one build"
    run 2 merge s1 s2 -o keyed --partition 2/2
    # scripts/shard-parallel.sh: GNU parallel over the parts, then merge.
    if command -v parallel >/dev/null; then
      CLAIMGRAPH=$bin SHARDS=$PWD/par-shards "$src/scripts/shard-parallel.sh" par part1 part2 \
        -- -f ntriples --quiet 2>script.err || fail "shard-parallel.sh failed: $(head -c 300 script.err)"
      sort par/graph.nt >par.sorted
      cmp -s par.sorted full.sorted || fail "shard-parallel.sh graph differs from one build"
      exists par/graph.gexf
    fi
    run 2 merge -o nothing
    run 2 shard part1 --into s1
    run 3 merge part1 -o notashard
    ;;
  fuzz_regressions)
    # Every input that once crashed a fuzz target (tests/fuzz/regressions)
    # goes through the real binary; under the ASan+UBSan suite any memory
    # error aborts the run and fails this case.
    mkdir -p in
    for f in "$src"/tests/fuzz/regressions/*/*; do
      [[ -f $f && $f != *.md ]] && cp "$f" "in/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
    n=$(find in -type f | wc -l)
    ((n >= 1)) || fail "no regression inputs found"
    "$bin" build in -o out -q -f ntriples >out.txt 2>err.txt </dev/null
    rc=$?
    [[ $rc == 0 || $rc == 1 ]] || { fail "exit $rc on the fuzz regressions"; sed 's/^/      stderr: /' err.txt | head -n 20; }
    exists out/graph.nt
    # Nesting is one level deep (the fuzz target's invariant): no claim that
    # is reported by another reports a claim itself.
    chained=$(awk '$2 == "<https://w3id.org/claimgraph/ns#reportedBy>" { reported[$1] = 1; reporter[$3] = 1 }
                   END { n = 0; for (c in reporter) if (c in reported) n++; print n }' out/graph.nt)
    [[ $chained == 0 ]] || fail "$chained reported claims report claims themselves"
    ;;
  *)
    fail "unknown case"
    ;;
esac

if ((failures)); then
  echo "$case: $failures failure(s)"
  exit 1
fi
echo "$case: passed"
