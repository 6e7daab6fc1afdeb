#!/bin/bash
# Benchmarks the quote archive (docs/archive.md) on one thread:
#   1. index: a corpus repeated to N articles, each copy with new ids and
#      URLs (new content, so nothing is stored as an alias): articles/s and
#      MB/s of input, writes included, and the archive's size on disk,
#      after extract of the same articles for the analysis alone;
#   2. check --db: 100 new articles against the whole archive;
#   3. quotes: the most quoted speaker and one of the median number of
#      quotes, by full name and by bare surname, and a full-text match, each
#      the best of 5 runs (wall time of the process, start-up included).
# Build first: bazel build -c opt //tools:factcheck
# Usage: tools/bench_archive.sh [CORPUS.jsonl] [N]   (default: the BBC corpus, 100000)
set -eu
CORPUS="${1:-/work/shared/data/corpora/bbc.jsonl}"
N="${2:-100000}"
BIN="${BIN:-bazel-bin/tools/factcheck}"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT

# The corpus repeated: copy k of article X is "X#k" at "URL?copy=k".
python3 - "$CORPUS" "$N" "$W/corpus.jsonl" "$W/new.jsonl" <<'EOF'
import json, sys
src, n, out, new = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
def copy(row, tag):
    r = dict(row)
    r["id"] = "%s#%s" % (row["id"], tag)
    r["url"] = "%s?copy=%s" % (row.get("url", "https://example.org/" + row["id"]), tag)
    return json.dumps(r, ensure_ascii=False)
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(copy(rows[i % len(rows)], i // len(rows)) + "\n")
with open(new, "w", encoding="utf-8") as f:
    for i in range(100):
        f.write(copy(rows[(i * 37) % len(rows)], "new") + "\n")
EOF
input_mb=$(du -m "$W/corpus.jsonl" | cut -f1)
echo "corpus: $N articles, $input_mb MB of JSONL"

ms() { date +%s%N | cut -c1-13; }
# CPU time beside the wall time: other work on the machine stretches the
# wall time, much less the CPU time.
if [ -x /usr/bin/time ]; then
  cpu() { /usr/bin/time -f "  (%U s user, %S s sys, peak RSS %M KB)" "$@"; }
else
  cpu() { "$@"; }
fi

# The analysis alone, for scale: index is this plus the writes.
t0=$(ms)
cpu "$BIN" extract --format=binary --stats --progress=false "$W/corpus.jsonl" >/dev/null
t1=$(ms)
echo "extract alone: $(( (t1 - t0) / 1000 )).$(( (t1 - t0) % 1000 / 100 )) s wall"

t0=$(ms)
uptime
cpu "$BIN" index --db="$W/a.db" --stats --progress=false "$W/corpus.jsonl"
t1=$(ms)
echo "index: $(( (t1 - t0) / 1000 )).$(( (t1 - t0) % 1000 / 100 )) s wall"
sync
echo "size on disk: $(du -cm "$W"/a.db* | tail -1 | cut -f1) MB ($(ls "$W" | grep a.db | tr '\n' ' '))"

t0=$(ms)
report_bytes=$(cpu "$BIN" check --db="$W/a.db" --format=json --stats "$W/new.jsonl" | wc -c)
t1=$(ms)
echo "check --db, 100 new articles against $N: $((t1 - t0)) ms, report $((report_bytes / 1000000)) MB"

# The most quoted full name and one of the median count, with surnames.
read -r top top_surname median median_surname < <(python3 - "$W/a.db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = c.execute(
    "SELECT speaker_key, min(speaker) FROM quotes WHERE speaker_key LIKE '% %' "
    "GROUP BY speaker_key ORDER BY count(*) DESC, speaker_key").fetchall()
out = []
for key, name in (rows[0], rows[len(rows) // 2]):
    out += [name.replace(" ", "_"), key.split()[-1]]
print(" ".join(out))
EOF
)
best() {  # best NAME -- command...: the best of 5 wall times, in ms
  local name=$1 b=999999 t0 t1 i; shift 2
  for i in 1 2 3 4 5; do
    t0=$(date +%s%N); "$@" >"$W/q.out" 2>&1 || true; t1=$(date +%s%N)
    [ $(((t1 - t0) / 1000000)) -lt $b ] && b=$(((t1 - t0) / 1000000))
  done
  echo "$name: ${b} ms, $(grep -c . "$W/q.out") lines out: $(head -c 150 "$W/q.out" | head -1)"
}
uptime
for name in "$top" "$top_surname" "$median" "$median_surname"; do
  best "quotes --speaker='${name//_/ }'" -- "$BIN" quotes --db="$W/a.db" --speaker="${name//_/ }"
done
best "quotes --match='economic growth'" -- "$BIN" quotes --db="$W/a.db" --match="economic growth"
