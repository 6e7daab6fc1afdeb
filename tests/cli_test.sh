#!/bin/bash
# End-to-end tests of the factcheck CLI: exit codes, error records, folders,
# JSONL, stdin and every output format.
set -u
BIN="$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck"
SEEDS="$TEST_SRCDIR/$TEST_WORKSPACE/tests/testdata/seeds"
T="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() {  # expect_rc WANT NAME -- command...
  local want=$1 name=$2; shift 3
  "$@" >"$T/out" 2>"$T/err"; local rc=$?
  [ "$rc" = "$want" ] || fail "$name: exit $rc, want $want; stderr: $(head -c 300 "$T/err")"
}
count_lines() { grep -c . "$1"; }

# Seeds: one record per article, metadata present, exit 0.
expect_rc 0 seeds -- "$BIN" extract "$SEEDS"/0*.txt
[ "$(count_lines "$T/out")" = 5 ] || fail "seeds: want 5 records"
grep -q '"source":"Trend"' "$T/out" || fail "seeds: source Trend missing"
grep -q '"speaker":{[^}]*"name":"Ramata Almamy Mbaye"' "$T/out" || fail "seeds: Mbaye missing"

# Bad UTF-8, empty and binary files: error records, others still processed, exit 3.
printf 'Good article. "We did it," she said.\n' >"$T/good.txt"
printf 'bad \xff\xfe bytes\n' >"$T/bad.txt"
: >"$T/empty.txt"
head -c 2048 "$BIN" >"$T/binary.txt"
expect_rc 3 mixed -- "$BIN" extract "$T/good.txt" "$T/bad.txt" "$T/empty.txt" "$T/binary.txt"
[ "$(count_lines "$T/out")" = 4 ] || fail "mixed: want 4 records, got $(count_lines "$T/out")"
grep '"id":"bad.txt"' "$T/out" | grep -q '"error":{.*invalid UTF-8 at byte 4' || fail "bad utf8: no error record with offset"
grep '"id":"empty.txt"' "$T/out" | grep -q '"error"' || fail "empty: no error record"
grep '"id":"binary.txt"' "$T/out" | grep -q '"error"' || fail "binary: no error record"
grep '"id":"good.txt"' "$T/out" | grep -q '"quotes"' || fail "good: quote lost"

# A missing file: error record, exit 3.
expect_rc 3 missing -- "$BIN" extract "$T/nope.txt" "$T/good.txt"
grep '"id":"nope.txt"' "$T/out" | grep -q 'cannot open' || fail "missing: no error record"
[ "$(count_lines "$T/out")" = 2 ] || fail "missing: want 2 records"

# Folder recursion: *.txt only, sorted.
mkdir -p "$T/tree/a/b"
cp "$SEEDS/000_10f9a0e448c5c48f.txt" "$T/tree/a/one.txt"
cp "$SEEDS/001_cefc97ef7a5acf77.txt" "$T/tree/a/b/two.txt"
echo ignored >"$T/tree/a/notes.md"
expect_rc 0 folder -- "$BIN" extract "$T/tree"
[ "$(count_lines "$T/out")" = 2 ] || fail "folder: want 2 records"
head -1 "$T/out" | grep -q '"id":"two.txt"' || fail "folder: order not sorted by path"

# JSONL with one broken line: error record for it, the rest processed.
{
  echo '{"id":"j1","title":"A headline","text":"\"We won,\" the coach said."}'
  echo '{"id":"j2", this is not json'
  echo '{"id":"j3","text":"Prices rose, officials said on Monday."}'
} >"$T/in.jsonl"
expect_rc 3 jsonl -- "$BIN" extract "$T/in.jsonl"
[ "$(count_lines "$T/out")" = 3 ] || fail "jsonl: want 3 records"
grep -q '"id":"in.jsonl:2".*"error"' "$T/out" || fail "jsonl: broken line has no error record"
grep '"id":"j1"' "$T/out" | grep -q '"headline":"A headline"' || fail "jsonl: title is not the headline"

# stdin, as text and as JSONL.
expect_rc 0 stdin -- sh -c "\"$BIN\" extract - <\"$T/good.txt\""
grep -q '"id":"stdin"' "$T/out" || fail "stdin: no record"
expect_rc 0 stdin_jsonl -- sh -c "grep j3 \"$T/in.jsonl\" | \"$BIN\" extract --input_format=jsonl -"
grep -q '"id":"j3"' "$T/out" || fail "stdin jsonl: no record"

# Formats.
for f in json textproto binary table; do
  expect_rc 0 "format $f" -- "$BIN" extract --format=$f "$SEEDS/003_39826b0c454f42ef.txt"
  [ -s "$T/out" ] || fail "format $f: empty output"
done
expect_rc 0 table -- "$BIN" extract --format=table "$SEEDS/003_39826b0c454f42ef.txt"
grep -q "Ilham Aliyev" "$T/out" || fail "table: speaker missing"

# Binary output reads back as a delimited stream.
"$BIN" extract --format=binary --include_text=true "$SEEDS"/0*.txt >"$T/out.pb" || fail "binary write"
[ -s "$T/out.pb" ] || fail "binary: empty"

# check: the JSON report is an object with findings (verdict, measure, event,
# claims with articleId and text); --fail-on=conflict exits 1 only on a conflict.
expect_rc 0 check_json -- "$BIN" check --format=json --fail-on=conflict "$SEEDS"/0*.txt
python3 - "$T/out" <<'PY' || fail "check json: contract broken"
import json, sys
report = json.load(open(sys.argv[1]))
assert isinstance(report, dict) and report["findings"], report
for f in report["findings"]:
    assert f["verdict"] in ("CONSISTENT", "CONFLICT", "SINGLE_SOURCE", "DISCREPANCY"), f
    for c in f.get("claims", []):
        assert c["articleId"] and c["text"], c
assert not any(f["verdict"] == "CONFLICT" for f in report["findings"])
PY
printf ' date 2024-03-02 LISBON, Portugal, March 2. The Third Ocean Summit is attended by 50 delegates from 12 countries, Lusa reports.\n' >"$T/sum_a.txt"
printf ' date 2024-03-02 LISBON, Portugal, March 2. The Third Ocean Summit is attended by 80 delegates from 12 countries, Reuters reports.\n' >"$T/sum_b.txt"
expect_rc 1 check_conflict -- "$BIN" check --fail-on=conflict "$T/sum_a.txt" "$T/sum_b.txt"
grep -q "CONFLICT" "$T/out" || fail "check conflict: no CONFLICT in the report"
expect_rc 0 check_no_fail_flag -- "$BIN" check "$T/sum_a.txt" "$T/sum_b.txt"

# Usage errors exit 2.
expect_rc 2 no_command -- "$BIN"
expect_rc 2 bad_command -- "$BIN" frobnicate x
expect_rc 2 no_paths -- "$BIN" extract
expect_rc 2 bad_format -- "$BIN" extract --format=yaml "$T/good.txt"
expect_rc 0 help -- "$BIN" --helpfull
grep -q -- "--format" "$T/out" "$T/err" || fail "help does not list --format"

if [ "$fails" -gt 0 ]; then echo "$fails failure(s)"; exit 1; fi
echo "all CLI checks passed"
