#!/bin/bash
# factcheck check over 12 hand-written stories, each told by three outlets
# (tests/testdata/check/stories.jsonl), scored against the figure pairs of
# stories_labels.json by stories_check.py: agreeing pairs found in one
# CONSISTENT finding, disagreeing pairs found as CONFLICT or DIFFERS, and the
# share of CONFLICTs that are labelled disagreements. The floors sit a little
# below what the check reaches, so a change that loses findings fails here;
# raise them when it reaches more. Also fails on a CONFLICT between articles
# of different stories, on a story whose articles are not in one Story, and
# on a Story that joins two stories.
set -u
BIN="$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck"
HERE="$TEST_SRCDIR/$TEST_WORKSPACE/tests"
DATA="$HERE/testdata/check"
T="${TEST_TMPDIR:-$(mktemp -d)}"

"$BIN" check --format=json --progress=false "$DATA/stories.jsonl" >"$T/report.json" 2>"$T/err"
rc=$?
if [ "$rc" != 0 ]; then
  echo "FAIL: factcheck check exit $rc: $(head -c 300 "$T/err")"
  exit 1
fi
python3 "$HERE/stories_check.py" "$T/report.json" "$DATA/stories.jsonl" \
  "$DATA/stories_labels.json" \
  --min_agree=0.54 --min_differs=0.95 --min_conflict_precision=0.9
