#!/bin/bash
# End-to-end tests of factcheck's archive commands: `check --db` gives the
# bytes of a plain `check` over all the articles at once; `quotes` finds a
# speaker by full name and surname, and words; and the faults: a process
# killed mid-index, two writers, a file that is not an archive, a corrupt
# archive, and a full disk (a file-size limit).
set -u
BIN="$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck"
DATA="$TEST_SRCDIR/$TEST_WORKSPACE/tests/testdata"
T="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() {  # expect_rc WANT NAME -- command...
  local want=$1 name=$2; shift 3
  "$@" >"$T/out" 2>"$T/err"; local rc=$?
  [ "$rc" = "$want" ] || fail "$name: exit $rc, want $want; stderr: $(head -c 400 "$T/err")"
}
# The number of articles a check over the archive alone counts.
archived() { "$BIN" check --db="$1" --format=json 2>/dev/null | sed -n 's/^ *"articles": \([0-9]*\),*$/\1/p'; }
# N hand-written articles, one JSON object a line, each different.
generate() {
  local i
  for i in $(seq 1 "$1"); do
    printf '{"id":"%s-%05d","headline":"Council vote %d in Riverton","date":"2024-0%d-1%d","source":"%s Paper %d","text":"Mayor Rosa Diaz said on Tuesday that %d homes were flooded in Riverton. \\"We will rebuild every street,\\" Diaz said. The council voted %d to %d to fund the repairs, according to clerk Tom Hale. \\"The money is there,\\" Hale said."}\n' \
      "$2" "$i" "$i" $((i % 9 + 1)) $((i % 9)) "$2" $((i % 5)) $((i * 7)) $((i % 40 + 5)) $((i % 11))
  done
}

# check --db: some articles indexed first, the rest given to check, is the
# same report byte for byte as a plain check over all of them, in every
# format and with threads; and check --db alone is a check of the archive.
head -6 "$DATA/check/news.jsonl" >"$T/news_a.jsonl"
tail -n +7 "$DATA/check/news.jsonl" >"$T/news_b.jsonl"
head -20 "$DATA/check/stories.jsonl" >"$T/stories_a.jsonl"
tail -n +21 "$DATA/check/stories.jsonl" >"$T/stories_b.jsonl"
expect_rc 0 index_seeds -- "$BIN" index --db="$T/a.db" "$DATA"/seeds/0*.txt "$T/news_a.jsonl" "$T/stories_a.jsonl"
grep -q "31 added" "$T/err" || fail "index_seeds: want 31 added: $(cat "$T/err")"
for format in text json jsonl textproto; do
  for threads in 1 2; do
    "$BIN" check --format=$format --threads=$threads "$DATA"/seeds/0*.txt "$T/news_a.jsonl" \
      "$T/stories_a.jsonl" "$T/news_b.jsonl" "$T/stories_b.jsonl" >"$T/plain.$format" 2>/dev/null
    expect_rc 0 "check_db_$format" -- "$BIN" check --db="$T/a.db" --format=$format \
      --threads=$threads "$T/news_b.jsonl" "$T/stories_b.jsonl"
    cmp -s "$T/out" "$T/plain.$format" ||
      fail "check --db --format=$format --threads=$threads differs from a plain check"
  done
done
grep -q "CONFLICT\|DIFFERS" "$T/plain.text" || fail "the compared report has no finding to compare"
"$BIN" check --format=json "$DATA"/seeds/0*.txt "$T/news_a.jsonl" "$T/stories_a.jsonl" >"$T/plain_a" 2>/dev/null
expect_rc 0 check_db_alone -- "$BIN" check --db="$T/a.db" --format=json
cmp -s "$T/out" "$T/plain_a" || fail "check --db alone differs from a check of what was indexed"
# check --db stores nothing: the archive is as it was.
[ "$(archived "$T/a.db")" = 31 ] || fail "check --db changed the archive: $(archived "$T/a.db") articles"
# Indexing the same files again changes nothing; one article under a new id
# is an alias, counted once.
expect_rc 0 reindex -- "$BIN" index --db="$T/a.db" "$T/news_a.jsonl"
grep -q "0 added, 0 replaced, 6 unchanged" "$T/err" || fail "reindex: $(cat "$T/err")"
head -1 "$T/news_a.jsonl" | sed 's/"id": *"[^"]*"/"id":"copy-of-first"/' >"$T/copy.jsonl"
grep -q copy-of-first "$T/copy.jsonl" || fail "copy.jsonl has no new id"
expect_rc 0 alias -- "$BIN" index --db="$T/a.db" "$T/copy.jsonl"
grep -q "1 stored as aliases" "$T/err" || fail "alias: $(cat "$T/err")"
[ "$(archived "$T/a.db")" = 31 ] || fail "an alias was counted as an article"

# quotes: a surname finds the full name's quotes too, with title and date.
"$BIN" index --db="$T/a.db" "$T/news_b.jsonl" 2>/dev/null
expect_rc 0 quotes_full -- "$BIN" quotes --db="$T/a.db" --speaker="Rosa Diaz"
full=$(grep -c . "$T/out")
[ "$full" -ge 2 ] || fail "quotes_full: want 2 or more quotes of Rosa Diaz, got $full"
grep -v -q '"articleId"' "$T/out" && fail "quotes_full: a record without its article"
expect_rc 0 quotes_surname -- "$BIN" quotes --db="$T/a.db" --speaker=diaz
cmp -s "$T/out" <("$BIN" quotes --db="$T/a.db" --speaker="Rosa Diaz" 2>/dev/null) ||
  fail "quotes: --speaker=diaz and --speaker='Rosa Diaz' differ"
expect_rc 0 quotes_text -- "$BIN" quotes --db="$T/a.db" --speaker=Diaz --format=text
grep -q "^titles: Mayor" "$T/out" || fail "quotes_text: no titles line: $(head -3 "$T/out")"
grep -q "^2025-02-1[0-9]  Rosa Diaz, Mayor" "$T/out" || fail "quotes_text: no dated quote"
expect_rc 0 quotes_json -- "$BIN" quotes --db="$T/a.db" --speaker=Diaz --format=json
python3 -c "import json,sys; assert len(json.load(open(sys.argv[1]))) == $full" "$T/out" ||
  fail "quotes_json: not a JSON array of $full"
expect_rc 0 quotes_match -- "$BIN" quotes --db="$T/a.db" --speaker=Diaz --match="homes DAMAGED"
[ "$(grep -c . "$T/out")" = 1 ] || fail "quotes_match: want 1 quote, got $(cat "$T/out")"
expect_rc 2 quotes_no_query -- "$BIN" quotes --db="$T/a.db"
expect_rc 2 quotes_path -- "$BIN" quotes --db="$T/a.db" --speaker=Diaz "$T/news_a.jsonl"
expect_rc 2 index_no_db -- "$BIN" index "$T/news_a.jsonl"
expect_rc 2 extract_db -- "$BIN" extract --db="$T/a.db" "$T/news_a.jsonl"
# --output may not be the archive: opening it for writing would empty it.
for cmd in "check --db=$T/a.db $T/news_b.jsonl" "quotes --db=$T/a.db --speaker=Diaz" "index --db=$T/a.db $T/news_b.jsonl"; do
  # shellcheck disable=SC2086
  expect_rc 2 "output_is_db: $cmd" -- "$BIN" $cmd --output="$T/a.db"
done
[ "$(archived "$T/a.db")" = 40 ] || fail "output_is_db: the archive lost articles: $(archived "$T/a.db")"
expect_rc 2 check_db_html -- "$BIN" check --db="$T/a.db" --format=html "$T/news_b.jsonl"
grep -q "no --format=html" "$T/err" || fail "check_db_html: $(cat "$T/err")"
expect_rc 2 check_no_archive -- "$BIN" check --db="$T/missing.db"
grep -q "no archive at" "$T/err" || fail "check_no_archive: $(cat "$T/err")"
[ -e "$T/missing.db" ] && fail "check --db made a missing archive"
# A failed input is reported as extract reports it (exit 3); the rest is stored.
printf 'bad \xff\xfe bytes\n' >"$T/bad.txt"
expect_rc 3 index_bad_input -- "$BIN" index --db="$T/bad_input.db" "$T/bad.txt" "$T/news_b.jsonl"
grep -q "invalid UTF-8" "$T/err" || fail "index_bad_input: $(cat "$T/err")"
[ "$(archived "$T/bad_input.db")" = 9 ] || fail "index_bad_input: want the 9 good articles"

# A file that is not an archive: a clear error naming it, exit 2, untouched.
printf 'Mayor Rosa Diaz said the river was rising.\n' >"$T/text.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE people (name TEXT)'); c.commit()" "$T/other.db"
for f in text other; do
  cp "$T/$f.db" "$T/$f.before"
  expect_rc 2 "index_$f" -- "$BIN" index --db="$T/$f.db" "$T/news_a.jsonl"
  grep -q "$T/$f.db.*not a quotecheck archive" "$T/err" || fail "index_$f: $(cat "$T/err")"
  expect_rc 2 "check_$f" -- "$BIN" check --db="$T/$f.db"
  expect_rc 2 "quotes_$f" -- "$BIN" quotes --db="$T/$f.db" --speaker=Diaz
  cmp -s "$T/$f.db" "$T/$f.before" || fail "$f: the file was changed"
done
cp "$T/a.db" "$T/newer.db" && python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version=7')" "$T/newer.db"
expect_rc 2 check_newer -- "$BIN" check --db="$T/newer.db"
grep -q "schema version 7, newer" "$T/err" || fail "check_newer: $(cat "$T/err")"
# A corrupt archive (pages overwritten): an error, never a crash.
"$BIN" index --db="$T/corrupt.db" --db_batch=64 <(generate 400 c) 2>/dev/null
python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" "$T/corrupt.db"
size=$(stat -c %s "$T/corrupt.db")
dd if=/dev/urandom of="$T/corrupt.db" bs=4096 seek=2 count=$((size / 4096 - 4)) conv=notrunc 2>/dev/null
for cmd in "check --db=$T/corrupt.db" "quotes --db=$T/corrupt.db --speaker=Diaz"; do
  # shellcheck disable=SC2086
  "$BIN" $cmd >/dev/null 2>"$T/err"; rc=$?
  { [ $rc = 2 ] || [ $rc = 3 ]; } || fail "corrupt: $cmd exit $rc, want 2 or 3: $(cat "$T/err")"
  grep -q "corrupt\|not a\|malformed" "$T/err" || fail "corrupt: $cmd: unclear error: $(cat "$T/err")"
done

# Killed mid-index: every committed batch is there, the file opens, and the
# same run again completes it.
generate 3000 k >"$T/many.jsonl"
"$BIN" index --db="$T/kill.db" --db_batch=8 "$T/many.jsonl" 2>/dev/null &
pid=$!
for _ in $(seq 1 100); do
  n=$(archived "$T/kill.db")
  [ -n "$n" ] && [ "$n" -gt 0 ] && break
  sleep 0.1
done
kill -9 $pid
wait $pid 2>/dev/null
n=$(archived "$T/kill.db")
[ -n "$n" ] || fail "killed: the archive does not open"
[ -n "$n" ] && [ $((n % 8)) != 0 ] && fail "killed: $n articles, not whole batches of 8"
[ -n "$n" ] && [ "$n" -ge 3000 ] && fail "killed: the index ended before the kill ($n)"
expect_rc 0 killed_rerun -- "$BIN" index --db="$T/kill.db" --db_batch=8 "$T/many.jsonl"
[ "$(archived "$T/kill.db")" = 3000 ] || fail "killed: rerun left $(archived "$T/kill.db") articles"
grep -q "$n unchanged" "$T/err" || fail "killed: rerun should find $n stored: $(cat "$T/err")"

# Two writers at once: both finish (the second waits for the first's
# batches), nothing is lost.
generate 600 w1 >"$T/w1.jsonl"
generate 600 w2 >"$T/w2.jsonl"
"$BIN" index --db="$T/two.db" --db_batch=16 "$T/w1.jsonl" 2>"$T/w1.err" &
p1=$!
"$BIN" index --db="$T/two.db" --db_batch=16 "$T/w2.jsonl" 2>"$T/w2.err" &
p2=$!
wait $p1 || fail "writer 1 failed: $(cat "$T/w1.err")"
wait $p2 || fail "writer 2 failed: $(cat "$T/w2.err")"
[ "$(archived "$T/two.db")" = 1200 ] || fail "two writers: $(archived "$T/two.db") articles, want 1200"
# A writer that holds its lock past the busy timeout: a clear error, exit 3.
python3 - "$T/two.db" <<'EOF' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[1] + ".held", "w").close()
time.sleep(3)
c.execute("ROLLBACK")
EOF
holder=$!
for _ in $(seq 1 50); do [ -e "$T/two.db.held" ] && break; sleep 0.1; done
expect_rc 3 locked -- "$BIN" index --db="$T/two.db" --busy_timeout_ms=200 "$T/news_a.jsonl"
grep -q "being written by another process.*200 ms" "$T/err" || fail "locked: $(cat "$T/err")"
wait $holder
[ "$(archived "$T/two.db")" = 1200 ] || fail "locked: the archive changed"

# A full disk (a file-size limit; SIGXFSZ ignored so that the write fails
# instead of killing the process): a clear error, exit 3, and the archive
# opens with what was committed.
generate 2000 f >"$T/full.jsonl"
(trap '' XFSZ; ulimit -f 1500; exec "$BIN" index --db="$T/full.db" --db_batch=32 "$T/full.jsonl") \
  >/dev/null 2>"$T/err"
rc=$?
[ $rc = 3 ] || fail "full: exit $rc, want 3: $(cat "$T/err")"
grep -q "disk is full\|size limit" "$T/err" || fail "full: unclear error: $(cat "$T/err")"
n=$(archived "$T/full.db")
[ -n "$n" ] && [ "$n" -gt 0 ] && [ "$n" -lt 2000 ] && [ $((n % 32)) = 0 ] ||
  fail "full: want whole batches short of 2000, got '$n'"

if [ "$fails" -gt 0 ]; then
  echo "$fails failure(s)"
  exit 1
fi
echo PASS
