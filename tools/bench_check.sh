#!/bin/bash
# Whole-process benchmark of factcheck check on one thread: the time, the
# articles/s and MB/s and the peak RSS of `check` over N articles, and of
# `check` over extract's analyses of the same articles (the cross-check
# without the analysis), so that the target "10,000 articles in under 10 s on
# one thread, peak memory at most the input's size + 100 MB" can be read off.
#
#   bazel build -c opt //tools:factcheck
#   tools/bench_check.sh [CORPUS.jsonl] [N] [RUNS]
#
# CORPUS (default ../shared/data/corpora/bbc.jsonl) is repeated until there
# are N articles (default 10000); each repeat gives every record a new id
# (".r2", ".r3", ... appended; the first copy keeps its own), so the copies
# are distinct articles that say the same things. The input is written to a
# temporary folder (never into the repository) and removed. Times are the
# best of RUNS (default 3) runs, start-up and exit included, with that run's
# CPU time (user + sys: steadier than the wall time when other processes
# share the machine); peak RSS is the process's VmHWM, from --stats.
set -eu
BIN="${FACTCHECK:-bazel-bin/tools/factcheck}"
CORPUS="${1:-/work/shared/data/corpora/bbc.jsonl}"
N="${2:-10000}"
RUNS="${3:-3}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

python3 - "$CORPUS" "$N" >"$TMP/input.jsonl" <<'PY'
import json, sys
corpus, n = sys.argv[1], int(sys.argv[2])
records = [line for line in open(corpus, encoding="utf-8") if line.strip()]
if not records:
    sys.exit(f"{corpus}: no records")
for i in range(n):
    line = records[i % len(records)]
    copy = i // len(records)
    if copy > 0:
        record = json.loads(line)
        record["id"] = f"{record.get('id', f'line{i % len(records) + 1}')}.r{copy + 1}"
        line = json.dumps(record, ensure_ascii=False) + "\n"
    sys.stdout.write(line)
PY
"$BIN" extract --format=binary --progress=false "$TMP/input.jsonl" \
  >"$TMP/input.analyses.pb"
input_bytes=$(stat -c %s "$TMP/input.jsonl")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $N articles from $CORPUS, $(awk -v b="$input_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB of JSONL;" \
  "analyses: $(awk -v b="$(stat -c %s "$TMP/input.analyses.pb")" 'BEGIN { printf "%.1f", b / 1e6 }') MB"

# field NAME LINE: the value of NAME= in a --stats line.
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
TIMEFORMAT='%R %U %S'
# bench LABEL INPUT: best whole-process time of RUNS runs, and the CPU time
# and peak RSS of that run.
bench() {
  local best=999999 cpu=0 rss=0 times secs line
  for _ in $(seq "$RUNS"); do
    # Bash's `time` times the process alone; --stats' line is on stderr.
    times=$({ time "$BIN" check --format=json --progress=false --threads=1 --stats \
      "$2" >/dev/null 2>"$TMP/stats"; } 2>&1)
    secs=${times%% *}
    line=$(grep '^articles=' "$TMP/stats")
    if awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$secs
      cpu=$(awk '{ printf "%.2f", $2 + $3 }' <<<"$times")
      rss=$(field peak_rss_MB "$line")
    fi
  done
  echo "$1: best $best s (CPU $cpu s), $(awk -v n="$N" -v t="$best" 'BEGIN { printf "%.0f", n / t }') articles/s," \
    "$(awk -v b="$input_bytes" -v t="$best" 'BEGIN { printf "%.2f", b / t / 1e6 }') MB/s of input JSONL," \
    "peak RSS $rss MB (input + $(awk -v r="$rss" -v b="$input_bytes" 'BEGIN { printf "%.1f", r - b / 1048576 }') MB)"
}
bench "check over articles" "$TMP/input.jsonl"
bench "check over analyses" "$TMP/input.analyses.pb"
echo "target: $N articles in under 10 s on one thread (when N is 10000), peak RSS at most input + 100 MB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
