# Shared by the factcheck CLI tests (source it): where the binary and the
# test data are, a scratch folder, and the failure count.
set -u
ROOT="$TEST_SRCDIR/$TEST_WORKSPACE"
BIN="$ROOT/tools/factcheck"
SEEDS="$ROOT/tests/testdata/seeds"
NEWS="$ROOT/tests/testdata/check/news.jsonl"
T="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# finish WHAT: exit 1 when anything failed, else say that WHAT passed.
finish() {
  if [ "$fails" -gt 0 ]; then echo "$fails failure(s)"; exit 1; fi
  echo "all $1 checks passed"
}
