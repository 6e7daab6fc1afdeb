#!/bin/bash
# Whole-corpus benchmark of factcheck extract, end to end as a process:
# MB/s with 1 and 2 threads on the corpus and on 10 copies of it (best of N
# runs each, interleaved so that load from other processes hits both alike),
# the speedup, and peak RSS at 1x and
# at 50x the corpus (to show it is flat in input size).
#
#   bazel build -c opt //tools:factcheck
#   tools/bench_corpus.sh [CORPUS.jsonl] [RUNS]
#
# CORPUS defaults to ../shared/data/corpora/bbc.jsonl. The 10x and 50x
# copies are written to a temporary folder (never into the repository) and removed.
set -eu
BIN="${FACTCHECK:-bazel-bin/tools/factcheck}"
CORPUS="${1:-/work/shared/data/corpora/bbc.jsonl}"
RUNS="${2:-5}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# field NAME LINE: the value of NAME= in a --stats line.
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
stats() {  # stats THREADS INPUT: one --stats line
  "$BIN" extract --format=binary --stats --progress=false --threads="$1" "$2" \
    2>&1 >/dev/null | grep '^articles='
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# speed INPUT LABEL: best MB/s of RUNS runs with 1 and with 2 threads.
speed() {
  local best1=0 best2=0 line mbs
  for _ in $(seq "$RUNS"); do
    for t in 1 2; do
      line=$(stats "$t" "$1")
      mbs=$(field MB_per_s "$line")
      echo "$2 threads=$t $line"
      if [ "$t" = 1 ]; then
        best1=$(awk -v a="$best1" -v b="$mbs" 'BEGIN { print (b > a ? b : a) }')
      else
        best2=$(awk -v a="$best2" -v b="$mbs" 'BEGIN { print (b > a ? b : a) }')
      fi
    done
  done
  echo "$2 best MB/s: 1 thread $best1, 2 threads $best2, speedup $(awk -v a="$best1" -v b="$best2" 'BEGIN { printf "%.2f", b / a }')x"
}
speed "$CORPUS" 1x
# The same, timed from outside: start-up (loading the shared libraries,
# compiling the patterns) and exit included. Bash's `time` times the process
# alone, from fork to exit (two `date` processes around it added their own
# start-up to the interval).
bytes=$(field bytes "$(stats 1 "$CORPUS")")
best=999
TIMEFORMAT=%R
for _ in $(seq "$RUNS"); do
  secs=$({ time "$BIN" extract --format=binary --progress=false "$CORPUS" >/dev/null; } 2>&1)
  best=$(awk -v a="$best" -v b="$secs" 'BEGIN { print (b < a ? b : a) }')
done
echo "1x whole process, 1 thread: best $best s = $(awk -v n="$bytes" -v t="$best" 'BEGIN { printf "%.1f", n / t / 1e6 }') MB/s"
# Ten copies: 20 ms of start-up weigh less, so the speedup is steadier.
for _ in $(seq 10); do cat "$CORPUS"; done >"$TMP/corpus10.jsonl"
speed "$TMP/corpus10.jsonl" 10x

for _ in $(seq 50); do cat "$CORPUS"; done >"$TMP/corpus50.jsonl"
for t in 1 2; do
  one=$(stats "$t" "$CORPUS")
  fifty=$(stats "$t" "$TMP/corpus50.jsonl")
  echo "threads=$t 1x:  $one"
  echo "threads=$t 50x: $fifty"
  echo "threads=$t peak RSS MB: 1x $(field peak_rss_MB "$one"), 50x $(field peak_rss_MB "$fifty")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
