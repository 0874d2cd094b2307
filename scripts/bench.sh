#!/usr/bin/env bash
# Throughput benchmark (never part of the test suite):
#   scripts/bench.sh [--peers] [--build DIR] [CORPUS.jsonl] [TARGET_MB]
#   scripts/bench.sh --scaling [--build DIR] [CORPUS.jsonl]
#   scripts/bench.sh --long [--build DIR] [CORPUS.jsonl]
#
# Default mode: replicates the corpus with new ids (-r2, -r3, ...) up to
# TARGET_MB (default 100), runs the per-stage bench target (claimgraph_bench:
# each stage on one core, one after another), the binary end to end with
# --jobs 1 and --jobs 2 (output must be byte-identical), and serdi rewriting
# our own Turtle output (the serialisation floor).
#
# --peers: also runs the peers on the same corpus in the same run
# (tests/bench/peers.mjs: wink-nlp with its English model, compromise; run
# `npm ci` in tests/bench first) and prints the ratios ours/peer for the
# stages before writing and end to end. compromise is slow, so it reads only
# the first PEER_COMPROMISE_MB (default 2) MB of text; wink reads the whole
# corpus unless PEER_WINK_MB is set. Ratios compare MB/s on one core.
#
# --scaling: time and peak RSS of the stages before writing (claimgraph_bench)
# and end to end (claimgraph build --jobs 1) at SCALING_MB (default
# "10 100 1000") MB, as a markdown table. Needs about 12 GB of free disk for
# 1 GB (the Turtle written); every file made is deleted afterwards.
#
# --long: one document made of the corpus's texts joined by blank lines, at
# LONG_MB (default "1 4 16") MB of text: the stages before writing per size
# (claimgraph_bench), which must grow linearly with the document too (a book
# or a transcript is one long document).
#
# The binaries come from --build DIR (default build/, Release). Bench data
# goes to $BENCH_DIR (default /tmp/claimgraph-bench).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
mode=stages
peers=0
pos=()
while [ $# -gt 0 ]; do
  case "$1" in
    --peers) peers=1 ;;
    --scaling) mode=scaling ;;
    --long) mode=long ;;
    --build) build="$(cd "$2" && pwd)"; shift ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
    *) pos+=("$1") ;;
  esac
  shift
done
corpus="${pos[0]:-$root/../shared/corpora/reuters21578.jsonl}"
target_mb="${pos[1]:-100}"
work="${BENCH_DIR:-/tmp/claimgraph-bench}"
mkdir -p "$work"
for b in claimgraph claimgraph_bench; do
  [ -x "$build/$b" ] || { echo "missing $build/$b (build it: make -C $build $b)" >&2; exit 2; }
done

# replicate CORPUS TARGET_MB -> path of a corpus of TARGET_MB MB with new ids
replicate() {
  local rep="$work/corpus-${2}MB.jsonl"
  if [ ! -s "$rep" ]; then
    python3 - "$1" "$rep" "$2" <<'PY'
import json, sys
src, dst, target = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1_000_000
lines = open(src, encoding="utf-8").read().splitlines()
written, r = 0, 1
with open(dst, "w", encoding="utf-8") as out:
    while written < target:
        for line in lines:
            d = json.loads(line)
            if r > 1:
                d["id"] = f'{d["id"]}-r{r}'
            s = json.dumps(d, ensure_ascii=False) + "\n"
            out.write(s)
            written += len(s.encode("utf-8"))
            if written >= target:
                break
        r += 1
PY
  fi
  echo "$rep"
}

# field NAME FILE: the value of NAME=VALUE in a key=value line
field() { grep -o "\b$1=[^ ]*" "$2" | head -n1 | cut -d= -f2; }
# bench_row STAGE FILE: "seconds MB/s peak_MB" of a claimgraph_bench row
bench_row() { awk -v s="$1" '$1 == s { print $2, $4, $8 }' "$2"; }
cpu_s() { awk '{ printf "%.2f", $3 + $4 }' "$1"; }  # CPU seconds (user + sys) of a timed LOG
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.1f}' if b > 0 else 'n/a')" "$1" "$2"; }
timed() {  # timed LOG CMD...: runs CMD, writes "wall_s peak_KB user_s sys_s" to LOG
  local log="$1"; shift
  /usr/bin/time -o "$log" -f "%e %M %U %S" "$@"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(free -g | awk '/^Mem:/ { print $2 }') GB RAM; build: $build"
echo "HEAD: $(git -C "$root" log -1 --format='%h %cd' --date=iso-strict 2>/dev/null || echo unknown);"\
     "binaries built $(date -u -r "$build/claimgraph" '+%Y-%m-%dT%H:%M:%SZ')"
echo "load at start: $(uptime)"

if [ "$mode" = scaling ]; then
  sizes="${SCALING_MB:-10 100 1000}"
  rows=()
  for mb in $sizes; do
    rep="$(replicate "$corpus" "$mb")"
    echo "--- $mb MB: $rep ($(du -m "$rep" | cut -f1) MB on disk); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    timed "$work/time-bench" "$build/claimgraph_bench" "$rep" -o "$work/scale-out-stages" > "$work/bench-$mb.txt"
    rm -rf "$work/scale-out-stages"
    cat "$work/bench-$mb.txt" >&2
    timed "$work/time-e2e" "$build/claimgraph" build "$rep" -o "$work/scale-out" --quiet --no-gexf --no-progress
    rm -rf "$work/scale-out"
    read -r pw_s pw_mbps _ < <(bench_row pre-write "$work/bench-$mb.txt")
    docs=$(sed -n 's/^corpus: \([0-9]*\) documents.*/\1/p' "$work/bench-$mb.txt")
    text_mb=$(sed -n 's/.* \([0-9.]*\) MB of text.*/\1/p' "$work/bench-$mb.txt")
    read -r bench_wall bench_kb _ < "$work/time-bench"
    read -r e2e_s e2e_kb _ < "$work/time-e2e"
    e2e_cpu=$(cpu_s "$work/time-e2e")
    rows+=("| $mb MB | $docs | $text_mb | $pw_s | $pw_mbps | $bench_wall / $(cpu_s "$work/time-bench") | $((bench_kb / 1024)) | $e2e_s / $e2e_cpu | $(python3 -c "print(f'{$text_mb / $e2e_cpu:.1f}')") | $((e2e_kb / 1024)) |")
    echo "${rows[-1]}" >&2
    if [ "$mb" -ge 1000 ]; then rm -f "$rep"; fi
  done
  echo
  echo "| corpus | documents | MB of text | before writing, s | MB/s | bench process, s wall / CPU | bench peak RSS, MB | end to end (--jobs 1), s wall / CPU | MB/s (CPU) | end to end peak RSS, MB |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "load at end: $(uptime)"
  exit 0
fi

if [ "$mode" = long ]; then
  echo
  echo "| one document | before writing, s | MB/s | entities / attribution / link, s |"
  echo "| --- | --- | --- | --- |"
  for mb in ${LONG_MB:-1 4 16}; do
    long="$work/long-${mb}MB.jsonl"
    python3 - "$corpus" "$long" "$mb" <<'PY'
import json, sys
src, dst, target = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1_000_000
texts, size = [], 0
while size < target:
    for line in open(src, encoding="utf-8"):
        t = json.loads(line)["text"]
        texts.append(t)
        size += len(t.encode("utf-8")) + 2
        if size >= target:
            break
doc = {"id": f"long-{sys.argv[3]}MB", "published": "1987-03-01", "language": "en",
       "text": "\n\n".join(texts)}
open(dst, "w", encoding="utf-8").write(json.dumps(doc, ensure_ascii=False) + "\n")
PY
    "$build/claimgraph_bench" "$long" --no-write > "$work/long-$mb.txt"
    read -r pw_s pw_mbps _ < <(bench_row pre-write "$work/long-$mb.txt")
    echo "| $mb MB | $pw_s | $pw_mbps | $(bench_row entities "$work/long-$mb.txt" | cut -d' ' -f1) / $(bench_row attrib "$work/long-$mb.txt" | cut -d' ' -f1) / $(bench_row link "$work/long-$mb.txt" | cut -d' ' -f1) |"
    rm -f "$long"
  done
  echo
  echo "load at end: $(uptime)"
  exit 0
fi

rep="$(replicate "$corpus" "$target_mb")"
size_mb=$(python3 -c "import os,sys;print(round(os.path.getsize(sys.argv[1])/1e6,1))" "$rep")
echo "corpus: $rep ($size_mb MB)"
echo "--- per stage, one core (claimgraph_bench)"
timed "$work/time-bench" "$build/claimgraph_bench" "$rep" -o "$work/out-stages" | tee "$work/bench.txt"
rm -rf "$work/out-stages"
echo "--- end to end (claimgraph build, --jobs 1)"
timed "$work/time-e2e" "$build/claimgraph" build "$rep" -o "$work/out" --quiet --no-gexf --no-progress
read -r e2e_s e2e_kb _ < "$work/time-e2e"
e2e_cpu=$(cpu_s "$work/time-e2e")
echo "$e2e_s s wall, $e2e_cpu s CPU, $((e2e_kb / 1024)) MB peak RSS"
echo "--- end to end (--jobs 2)"
timed "$work/time-e2e2" "$build/claimgraph" build "$rep" -o "$work/out2" --quiet --no-gexf --no-progress --jobs 2
read -r e2e2_s e2e2_kb _ < "$work/time-e2e2"
echo "$e2e2_s s wall, $(cpu_s "$work/time-e2e2") s CPU, $((e2e2_kb / 1024)) MB peak RSS; wall speedup over --jobs 1: $(ratio "$e2e_s" "$e2e2_s")x"
if cmp -s "$work/out/graph.ttl" "$work/out2/graph.ttl"; then
  echo "--jobs 2 output byte-identical to --jobs 1 ($(stat -c %s "$work/out/graph.ttl") bytes)"
else
  echo "--jobs 2 output DIFFERS from --jobs 1"
fi
rm -rf "$work/out2"
echo "--- floor: serdi rewriting our Turtle"
timed "$work/time-serdi" serdi -i turtle -o turtle "$work/out/graph.ttl" > /dev/null
read -r serdi_s _ < "$work/time-serdi"
serdi_cpu=$(cpu_s "$work/time-serdi")
echo "$serdi_s s wall, $serdi_cpu s CPU; end to end / serdi: $(ratio "$e2e_s" "$serdi_s") (wall), $(ratio "$e2e_cpu" "$serdi_cpu") (CPU)"
rm -rf "$work/out"

if [ "$peers" = 1 ]; then
  peerdir="$root/tests/bench"
  [ -d "$peerdir/node_modules/wink-nlp" ] || { echo "peers: run 'npm ci' in tests/bench first" >&2; exit 2; }
  read -r _ pw_mbps _ < <(bench_row pre-write "$work/bench.txt")
  text_mb=$(sed -n 's/.* \([0-9.]*\) MB of text.*/\1/p' "$work/bench.txt")
  e2e_mbps=$(python3 -c "print(f'{$text_mb / $e2e_s:.2f}')")
  e2e_cmbps=$(python3 -c "print(f'{$text_mb / $e2e_cpu:.2f}')")
  echo "--- peers on the same corpus (one core each; processing only, then whole process)"
  echo "ours: before writing $pw_mbps MB/s, end to end $e2e_mbps MB/s wall, $e2e_cmbps MB/s CPU ($text_mb MB of text in $e2e_s s wall, $e2e_cpu s CPU)"
  for p in wink wink-full compromise; do
    cap=""
    case "$p" in
      compromise) cap="--max-mb ${PEER_COMPROMISE_MB:-2}" ;;
      *) [ -n "${PEER_WINK_MB:-}" ] && cap="--max-mb $PEER_WINK_MB" ;;
    esac
    timed "$work/time-$p" node "$peerdir/peers.mjs" "$rep" --peer "$p" $cap > "$work/peer-$p.txt"
    read -r p_wall p_kb _ < "$work/time-$p"
    p_cpu=$(cpu_s "$work/time-$p")
    p_mb=$(field mb "$work/peer-$p.txt")
    p_mbps=$(field mbps "$work/peer-$p.txt")
    p_e2e=$(python3 -c "print(f'{$p_mb / $p_wall:.2f}')")
    p_ce2e=$(python3 -c "print(f'{$p_mb / $p_cpu:.2f}')")
    echo "$(cat "$work/peer-$p.txt") process_wall=$p_wall process_cpu=$p_cpu process_rss_mb=$((p_kb / 1024))"
    echo "  ours/$p: before writing $(ratio "$pw_mbps" "$p_mbps")x ($pw_mbps vs $p_mbps MB/s)," \
         "end to end $(ratio "$e2e_mbps" "$p_e2e")x wall ($e2e_mbps vs $p_e2e MB/s, $p_mb MB in $p_wall s)," \
         "$(ratio "$e2e_cmbps" "$p_ce2e")x CPU ($e2e_cmbps vs $p_ce2e MB/s)"
  done
fi
echo "load at end: $(uptime)"
