#!/bin/sh
# quotecheck.dask against factcheck check on one input: a JSONL corpus
# repeated to about 100 MB in /tmp (each copy's ids made unique), checked by
# the CLI on 1 and 2 threads and by a LocalCluster of 1 and 2 workers; every
# report must be the same bytes. Prints each run's seconds, MB/s, peak RSS
# and the machine's load average.
#   python/bench_dask.sh [CORPUS.jsonl] [COPIES]
# Needs bazel-bin/tools/factcheck (-c opt) and the package (tools/pyenv.sh).
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpora/polnear-train.jsonl}
copies=${2:-25}
input=/tmp/quotecheck-bench-$(basename "$corpus" .jsonl)-x$copies.jsonl
eval "$(tools/pyenv.sh 2>/dev/null)"
bazel build -c opt //tools:factcheck >/dev/null 2>&1
factcheck=/tmp/quotecheck-bench-factcheck
cp -f "$(bazel info -c opt bazel-bin 2>/dev/null)/tools/factcheck" "$factcheck"
if [ ! -s "$input" ]; then
  /usr/bin/python3 - "$corpus" "$copies" "$input" <<'PY'
import json, sys
corpus, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [l for l in open(corpus, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for k in range(copies):
        for l in lines:
            o = json.loads(l)
            o["id"] = "%s#%d" % (o.get("id", ""), k)
            f.write(json.dumps(o) + "\n")
PY
fi
echo "input: $input, $(wc -c < "$input") bytes; $(nproc) cores; commit $(git rev-parse --short HEAD)"
run() {
  name=$1
  shift
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "$name: %e s, peak RSS %M KB (load before $load)" "$@" \
    > "/tmp/quotecheck-bench-$name.json"
  cmp "/tmp/quotecheck-bench-factcheck-1.json" "/tmp/quotecheck-bench-$name.json"
}
run factcheck-1 "$factcheck" check --format=json --progress=false --stats "$input"
run factcheck-2 "$factcheck" check --format=json --progress=false --threads=2 "$input"
for w in 1 2; do
  run dask-$w /usr/bin/python3 -m quotecheck.dask --workers=$w --format=json --stats "$input"
done
