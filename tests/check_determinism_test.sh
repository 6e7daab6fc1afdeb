#!/bin/bash
# factcheck check must print the same bytes whatever the run, the number of
# threads and the order of its input. The input: 18 hand-written articles
# (tests/testdata/check/news.jsonl: several outlets reporting one event, most
# with the same figures, some with other ones, one agency copy; undated.jsonl:
# three undated reports of one of those events, whose claims the cross-check
# must place in the dated event's group) and the five seed articles. It is
# checked as given, 5 times, with --threads=1, 2 and 4, and as one JSONL file
# in three other orders (reversed, odd lines first, a fixed shuffle), each
# with the same ids. Each run is a new process, so a hash map iterated into
# the report shows as well (Abseil seeds its hashes per process).
set -u
BIN="$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck"
DATA="$TEST_SRCDIR/$TEST_WORKSPACE/tests/testdata"
T="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# check NAME FLAGS... -- PATHS...: the JSON report into $T/NAME.json; exit 0.
check() {
  local name=$1
  shift
  "$BIN" check --format=json --progress=false "$@" >"$T/$name.json" 2>"$T/$name.err"
  local rc=$?
  [ "$rc" = 0 ] || fail "$name: exit $rc: $(head -c 300 "$T/$name.err")"
}
same() {  # same NAME: its report is the first run's, byte for byte
  cmp -s "$T/base.json" "$T/$1.json" ||
    fail "$1: report differs from the first run: $(diff "$T/base.json" "$T/$1.json" | head -8)"
}

SEEDS=("$DATA"/seeds/0*.txt)
check base "$DATA/check/news.jsonl" "$DATA/check/undated.jsonl" "${SEEDS[@]}"
# The report must be worth comparing: several findings, a conflict among them.
python3 - "$T/base.json" <<'PY' || fail "base: the report does not cover the input"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["articles"] == 23, r["articles"]
verdicts = [f["verdict"] for f in r["findings"]]
assert len(verdicts) >= 8 and "CONFLICT" in verdicts, verdicts
assert sum(len(f.get("claims", [])) > 1 for f in r["findings"]) >= 3, verdicts
PY
for run in 2 3 4 5; do
  check "run$run" "$DATA/check/news.jsonl" "$DATA/check/undated.jsonl" "${SEEDS[@]}"
  same "run$run"
done
for threads in 1 2 4; do
  check "threads$threads" --threads=$threads "$DATA/check/news.jsonl" "$DATA/check/undated.jsonl" "${SEEDS[@]}"
  same "threads$threads"
done

# One JSONL of all 23 articles: a seed as a record with its file name as id
# and only its text is the same article as the file (a text file's record
# carries its id alone; the rest comes from the text).
python3 - "${SEEDS[@]}" >"$T/seeds.jsonl" <<'PY'
import json, os, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        print(json.dumps({"id": os.path.basename(path), "text": f.read()}))
PY
cat "$DATA/check/news.jsonl" "$DATA/check/undated.jsonl" "$T/seeds.jsonl" >"$T/all.jsonl"
[ "$(grep -c . "$T/all.jsonl")" = 23 ] || fail "all.jsonl: want 23 records"
check in_order "$T/all.jsonl"
same in_order
tac "$T/all.jsonl" >"$T/reversed.jsonl"
awk 'NR % 2 == 1' "$T/all.jsonl" >"$T/odd_first.jsonl"
awk 'NR % 2 == 0' "$T/all.jsonl" >>"$T/odd_first.jsonl"
# A fixed shuffle: the same permutation on every machine.
shuf --random-source=<(yes 7) "$T/all.jsonl" >"$T/shuffled.jsonl"
for order in reversed odd_first shuffled; do
  cmp -s "$T/all.jsonl" "$T/$order.jsonl" && fail "$order: not reordered"
  [ "$(sort "$T/$order.jsonl" | md5sum)" = "$(sort "$T/all.jsonl" | md5sum)" ] ||
    fail "$order: not the same records"
  for threads in 1 2 4; do
    check "$order.t$threads" --threads=$threads "$T/$order.jsonl"
    same "$order.t$threads"
  done
done

if [ "$fails" -gt 0 ]; then echo "$fails failure(s)"; exit 1; fi
echo "check gave the same bytes in $(ls "$T"/*.json | wc -l) runs"
