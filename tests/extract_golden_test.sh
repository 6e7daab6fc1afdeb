#!/bin/bash
# What factcheck extracts from the seed articles and the hand-written
# multi-outlet set, byte for byte against tests/testdata/golden/. A change
# meant to keep behaviour (moving code between stages, a speed-up) keeps
# these bytes; a change meant to alter what is extracted updates them in the
# same commit, so the difference is reviewed line by line:
#
#   bazel build //tools:factcheck
#   bazel-bin/tools/factcheck extract --format=jsonl --progress=false \
#     tests/testdata/seeds/0*.txt > tests/testdata/golden/seeds.extract.jsonl
#   bazel-bin/tools/factcheck extract --format=jsonl --progress=false \
#     tests/testdata/check/news.jsonl > tests/testdata/golden/news.extract.jsonl
#
# tools/compare_extract.sh compares two binaries the same way on any corpus.
set -u
ROOT="$TEST_SRCDIR/$TEST_WORKSPACE"
BIN="$ROOT/tools/factcheck"
T="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
# golden NAME INPUT...: extract INPUT and compare with golden/NAME.extract.jsonl.
golden() {
  local name=$1 want="$ROOT/tests/testdata/golden/$1.extract.jsonl"
  shift
  if ! "$BIN" extract --format=jsonl --progress=false "$@" >"$T/$name.jsonl" 2>"$T/$name.err"; then
    echo "FAIL: $name: extract failed: $(head -c 300 "$T/$name.err")"
    fails=$((fails + 1))
    return
  fi
  if cmp -s "$T/$name.jsonl" "$want"; then
    echo "same: $name ($(wc -c <"$want") bytes)"
    return
  fi
  fails=$((fails + 1))
  echo "FAIL: $name: extract's output differs from tests/testdata/golden/$name.extract.jsonl"
  # One JSON member a line, so that the difference shows what changed.
  diff <(tr ',' '\n' <"$want") <(tr ',' '\n' <"$T/$name.jsonl") | head -40
}
golden seeds "$ROOT"/tests/testdata/seeds/0*.txt
golden news "$ROOT/tests/testdata/check/news.jsonl"
# The comparison itself must be able to fail: a changed byte is seen.
sed 's/"source":"Trend"/"source":"Trenz"/' "$ROOT/tests/testdata/golden/seeds.extract.jsonl" >"$T/altered"
if cmp -s "$T/altered" "$T/seeds.jsonl"; then
  echo "FAIL: an altered golden file compares equal"
  fails=$((fails + 1))
fi
[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "PASS"
