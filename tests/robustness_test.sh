#!/bin/bash
# Robustness of factcheck extract on what a crawler brings back: invalid UTF-8,
# NUL bytes, a 50 MB single line, 100,000 unbalanced quote marks, quotes nested
# 50 deep, JSONL lines that are not JSON, a 20 MB JSONL field, a stream longer
# than the threads' window whose records change shape, truncated and
# malformed delimited Article streams, an empty folder, unreadable paths.
#
# For each case: no crash (exit 0 or 3, never a signal), within a time limit,
# articles in = records out, an error record (id + message) for each article
# that failed and none for the others, and the same bytes with --threads=2 as
# with one thread.
#
# Usage: robustness_test.sh [CASE...]   (no CASE: every case)
set -u
BIN="${FACTCHECK:-$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck}"
T="${TEST_TMPDIR:-$(mktemp -d)}"
# Under sanitizers everything is several times slower.
LIMIT="${ROBUSTNESS_TIME_LIMIT:-240}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# run NAME WANT_RC WANT_RECORDS WANT_ERRORS -- factcheck args...
# Runs factcheck extract with one and two threads; checks exit code, record
# and error-record counts, time, and that both runs wrote the same bytes.
run() {
  local name=$1 want_rc=$2 want_records=$3 want_errors=$4; shift 5
  local start end rc
  start=$(date +%s)
  timeout "$LIMIT" "$BIN" extract --include_text=false --progress=false "$@" \
    >"$T/$name.out" 2>"$T/$name.err"
  rc=$?
  end=$(date +%s)
  echo "$name: exit $rc in $((end - start)) s"
  if [ "$rc" = 124 ]; then fail "$name: no result in $LIMIT s"; return; fi
  [ "$rc" -lt 128 ] || fail "$name: killed by signal $((rc - 128)): $(tail -c 600 "$T/$name.err")"
  [ "$rc" = "$want_rc" ] || fail "$name: exit $rc, want $want_rc; stderr: $(head -c 400 "$T/$name.err")"
  local records errors
  records=$(grep -c . "$T/$name.out")
  errors=$(grep -c '"error":{"articleId":"[^"]\+","message":"[^"]\+"' "$T/$name.out")
  [ "$records" = "$want_records" ] || fail "$name: $records records, want $want_records"
  [ "$errors" = "$want_errors" ] || fail "$name: $errors error records, want $want_errors"
  # Every error record is also reported on stderr, naming the article.
  local reported
  reported=$(grep '^factcheck: ' "$T/$name.err" | grep -vc ' failed (exit 3)$')
  [ "$reported" = "$want_errors" ] || fail "$name: $reported errors on stderr, want $want_errors"
  timeout "$LIMIT" "$BIN" extract --include_text=false --progress=false --threads=2 "$@" \
    >"$T/$name.out2" 2>/dev/null
  rc=$?
  [ "$rc" = "$want_rc" ] || fail "$name: --threads=2 exit $rc, want $want_rc"
  cmp -s "$T/$name.out" "$T/$name.out2" || fail "$name: --threads=2 output differs"
  # Binary output too: the workers serialize it themselves.
  "$BIN" extract --include_text=false --progress=false --format=binary "$@" \
    >"$T/$name.bin1" 2>/dev/null
  "$BIN" extract --include_text=false --progress=false --format=binary --threads=3 "$@" \
    >"$T/$name.bin3" 2>/dev/null
  cmp -s "$T/$name.bin1" "$T/$name.bin3" || fail "$name: --threads=3 binary output differs"
}

# has_error NAME ID PATTERN: the record of ID is an error whose message matches.
has_error() {
  grep "\"articleId\":\"$2\"" "$T/$1.out" | grep -q "\"message\":\"[^\"]*$3" ||
    fail "$1: no error record for $2 matching '$3'"
}

# prose N: N bytes of one line of news prose with no newline. No speech
# cues: one paragraph of sentences with cues is not linear yet (case_scaling).
prose() {
  yes 'The river rose again on Monday and the town was flooded by the storm. ' |
    tr -d '\n' | head -c "$1"
}

printf 'BAKU, December 5. "We did it," Mayor Jane Smith said. She added that the work was done.\n' >"$T/good.txt"

case_invalid_utf8() {
  printf 'bad \xff\xfe bytes in the middle\n' >"$T/u1.txt"
  printf 'overlong \xc0\xaf slash\n' >"$T/u2.txt"
  printf 'a surrogate \xed\xa0\x80 here\n' >"$T/u3.txt"
  printf 'cut at the end \xe2\x80' >"$T/u4.txt"
  printf '{"id":"ju","text":"bad \xff here"}\n{"id":"jok","text":"Fine, he said."}\n' >"$T/u.jsonl"
  run invalid_utf8 3 7 5 -- "$T/u1.txt" "$T/good.txt" "$T/u2.txt" "$T/u3.txt" "$T/u4.txt" "$T/u.jsonl"
  has_error invalid_utf8 u1.txt 'invalid UTF-8 at byte 4'
  has_error invalid_utf8 u2.txt 'invalid UTF-8 at byte 9'
  has_error invalid_utf8 u3.txt 'invalid UTF-8 at byte 12'
  has_error invalid_utf8 u4.txt 'invalid UTF-8 at byte 15'
  has_error invalid_utf8 u.jsonl:1 'UTF-8'
}

case_nul_bytes() {
  printf 'text with a \0 NUL byte\n' >"$T/n1.txt"
  printf '\0\0\0\0' >"$T/n2.txt"
  printf '{"id":"jn","text":"escaped \\u0000 NUL"}\n' >"$T/n.jsonl"
  run nul_bytes 3 4 3 -- "$T/n1.txt" "$T/n2.txt" "$T/good.txt" "$T/n.jsonl"
  has_error nul_bytes n1.txt 'NUL byte at byte 12'
  has_error nul_bytes n2.txt 'NUL byte at byte 0'
  has_error nul_bytes jn 'NUL byte'
}

case_line_50mb() {
  prose 50000000 >"$T/line50.txt"
  run line_50mb 0 2 0 -- "$T/line50.txt" "$T/good.txt"
  grep -q '"id":"line50.txt"' "$T/line_50mb.out" || fail "line_50mb: no record"
}

case_unbalanced_quotes() {
  # 100,000 opening marks with no closing ones, on one line and in one
  # paragraph each.
  yes 'a " b ' | tr -d '\n' | head -c 600000 >"$T/q_ascii.txt"
  yes '“' | tr -d '\n' | head -c 300000 >"$T/q_curly.txt"
  yes "the ‘word " | tr -d '\n' | head -c 1200000 >"$T/q_single.txt"
  run unbalanced_quotes 0 4 0 -- "$T/q_ascii.txt" "$T/q_curly.txt" "$T/q_single.txt" "$T/good.txt"
  # No quote swallows the rest of the article: each is bounded.
  if grep -o '"text":"[^"]*' "$T/unbalanced_quotes.out" | awk 'length > 100000' | grep -q .; then
    fail "unbalanced_quotes: a quote longer than 100000 bytes"
  fi
}

case_nested_50() {
  local open="" close="" i
  for i in $(seq 25); do
    open+="“level $i said ‘"
    close="’ he said” $close"
  done
  printf 'Mayor Jane Smith said %score%s.\n' "$open" "$close" >"$T/nest_curly.txt"
  open="" close=""
  for i in $(seq 50); do open+="\"$i "; close=" \"$close"; done
  printf 'He said %sx%s then left.\n' "$open" "$close" >"$T/nest_ascii.txt"
  run nested_50 0 3 0 -- "$T/nest_curly.txt" "$T/nest_ascii.txt" "$T/good.txt"
}

case_jsonl_not_json() {
  {
    echo '{"id":"j1","title":"A headline","text":"\"We won,\" the coach said."}'
    echo 'this is not json'
    echo '{"id":"j3", "text": "cut off'
    echo '[1, 2, 3]'
    echo '"a string"'
    echo ''
    echo '{"id":"j7","text":5}'
    echo '{"id":"j8","text":"Prices rose, officials said on Monday."}'
    printf '{"id":"j9","text":"no newline at the end, she said."}'
  } >"$T/bad.jsonl"
  # The blank line is not an article; every other line is one record.
  run jsonl_not_json 3 8 5 -- "$T/bad.jsonl"
  has_error jsonl_not_json bad.jsonl:2 'line 2: not'
  has_error jsonl_not_json bad.jsonl:3 'line 3: not'
  has_error jsonl_not_json bad.jsonl:4 'line 4: not a JSON object'
  has_error jsonl_not_json bad.jsonl:5 'line 5: not a JSON object'
  has_error jsonl_not_json j7 'no string field'
  grep -q '"id":"j9"' "$T/jsonl_not_json.out" || fail "jsonl_not_json: last line without newline lost"
}

case_jsonl_20mb_field() {
  {
    printf '{"id":"big","title":"Big","text":"'
    prose 20000000
    printf '"}\n'
    printf '{"id":"small","text":"After it, the mayor said the work was done."}\n'
  } >"$T/big.jsonl"
  run jsonl_20mb_field 0 2 0 -- "$T/big.jsonl"
  grep -q '"id":"small"' "$T/jsonl_20mb_field.out" || fail "jsonl_20mb_field: record after the big one lost"
}

# article ID TEXT: one length-delimited quotes.v1.Article (id = 1, text = 9),
# for ID and TEXT shorter than 64 bytes each.
article() {
  local id=$1 text=$2
  local body_len=$((2 + ${#id} + 2 + ${#text}))
  printf "\\x$(printf %02x $body_len)\\x0a\\x$(printf %02x ${#id})%s\\x4a\\x$(printf %02x ${#text})%s" "$id" "$text"
}

# A stream longer than the threads' window (64 records a thread) whose
# records change shape from one to the next: small, above the 16 KB a reused
# slot keeps, not JSON, invalid UTF-8. A slot that held an error or a large
# article must hand the next record nothing of it; cmp with one thread (run)
# checks the order and the bytes.
case_mixed_stream() {
  local i errors=0 big
  big=$(prose 20000)
  for i in $(seq 1 700); do
    if [ $((i % 7)) = 0 ]; then
      echo "not json $i"
      errors=$((errors + 1))
    elif [ $((i % 11)) = 0 ]; then
      printf '{"id":"m%d","text":"bad \xff byte, he said."}\n' "$i"
      errors=$((errors + 1))
    elif [ $((i % 5)) = 0 ]; then
      printf '{"id":"m%d","text":"%s \\"We are done,\\" Mayor Ann Lee said."}\n' "$i" "$big"
    else
      printf '{"id":"m%d","text":"\\"Record %d is in,\\" the clerk said."}\n' "$i" "$i"
    fi
  done >"$T/mixed.jsonl"
  run mixed_stream 3 700 "$errors" -- "$T/mixed.jsonl"
  has_error mixed_stream mixed.jsonl:7 'line 7: not'
  has_error mixed_stream mixed.jsonl:11 'not valid UTF-8'
  # Quotes only where the record has one: none leaks from an earlier record.
  local quoted
  quoted=$(grep -c '"quotes":\[{' "$T/mixed_stream.out")
  [ "$quoted" = $((700 - errors)) ] || fail "mixed_stream: $quoted records with quotes, want $((700 - errors))"
}

case_truncated_delimited() {
  {
    article a1 'The mayor said the bridge would open in May.'
    article a2 '"We are ready," said Jane Smith.'
    article a3 'Officials said prices rose sharply.'
  } >"$T/full.pb"
  local size
  size=$(stat -c %s "$T/full.pb")
  head -c $((size - 7)) "$T/full.pb" >"$T/cut.pb"
  run delimited_full 0 3 0 -- --input_format=delimited "$T/full.pb"
  run truncated_delimited 3 3 1 -- --input_format=delimited "$T/cut.pb"
  has_error truncated_delimited cut.pb:3 'truncated delimited Article'
  # A length prefix larger than what follows.
  printf '\x64\x0a\x02id' >"$T/short.pb"
  run malformed_delimited 3 4 1 -- --input_format=delimited "$T/short.pb" "$T/full.pb"
  has_error malformed_delimited short.pb:1 'truncated delimited Article'
  # Through stdin as well.
  start=$(date +%s)
  "$BIN" extract --input_format=delimited --include_text=false - <"$T/cut.pb" >"$T/stdin.out" 2>/dev/null
  [ "$?" = 3 ] || fail "truncated_delimited stdin: want exit 3"
  [ "$(grep -c . "$T/stdin.out")" = 3 ] || fail "truncated_delimited stdin: want 3 records"
}

case_empty_folder() {
  mkdir -p "$T/empty_dir" "$T/tree/empty_sub"
  cp "$T/good.txt" "$T/tree/one.txt"
  # A folder with no article file at any depth is an error record of its own (a
  # wrong path should not look like an empty result); a folder with an
  # empty subfolder is not. The other inputs are all processed.
  run empty_folder 3 1 1 -- "$T/empty_dir"
  grep -q '"articleId":"empty_dir","message":"folder [^"]*empty_dir holds no article files"' \
    "$T/empty_folder.out" || fail "empty_folder: no error record naming the folder"
  run empty_folder_slash 3 1 1 -- "$T/empty_dir/"
  grep -q '"articleId":"empty_dir"' "$T/empty_folder_slash.out" || fail "empty_folder_slash: id"
  run empty_folder_mixed 3 3 1 -- "$T/empty_dir" "$T/good.txt" "$T/tree"
}

case_unreadable() {
  ln -sf "$T/does/not/exist" "$T/dangling.txt"
  local want_errors=2 args=("$T/dangling.txt" "$T/missing.txt" "$T/good.txt")
  # chmod 000 only stops a reader that is not root.
  if [ "$(id -u)" != 0 ]; then
    cp "$T/good.txt" "$T/noperm.txt"
    chmod 000 "$T/noperm.txt"
    args+=("$T/noperm.txt")
    want_errors=3
  fi
  run unreadable 3 $((want_errors + 1)) "$want_errors" -- "${args[@]}"
  has_error unreadable dangling.txt 'cannot open'
  has_error unreadable missing.txt 'cannot open'
  [ "$want_errors" = 3 ] && has_error unreadable noperm.txt 'cannot open'
}

# Inputs that were once dropped without a record.
case_silent_drops() {
  # A malformed length varint at the start of a delimited stream is not a
  # clean end of stream: one error record.
  printf '\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01' >"$T/varint.pb"
  run malformed_varint 3 1 1 -- --input_format=delimited "$T/varint.pb"
  # A dangling *.txt symlink inside a folder gets its error record.
  mkdir -p "$T/dangling_tree"
  ln -sf "$T/does/not/exist" "$T/dangling_tree/gone.txt"
  cp "$T/good.txt" "$T/dangling_tree/here.txt"
  run dangling_in_folder 3 2 1 -- "$T/dangling_tree"
}

# Time linear in the input: 4x the input may take at most 8x the time (plus
# a second of slack), on the shapes that were quadratic or cubic before:
# many cue sentences in one paragraph, and 100,000 paragraphs that each open
# a quote and never close it.
case_scaling() {
  seconds() {  # seconds COMMAND...: wall time of COMMAND, output dropped
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
  }
  check_linear() {  # NAME GENERATOR SMALL_BYTES
    local name=$1 gen=$2 n=$3 t1 t4
    $gen "$n" >"$T/s1.txt"
    $gen $((4 * n)) >"$T/s4.txt"
    t1=$(seconds "$BIN" extract --include_text=false "$T/s1.txt")
    t4=$(seconds timeout "$LIMIT" "$BIN" extract --include_text=false "$T/s4.txt")
    echo "$name: $n bytes ${t1}s, $((4 * n)) bytes ${t4}s"
    awk -v a="$t1" -v b="$t4" 'BEGIN { exit !(b != "" && b + 0 <= 8 * a + 1) }' ||
      fail "$name: not linear: ${t1}s for $n bytes, ${t4}s for 4x"
  }
  cue_line() { yes 'The river rose on Monday, the council said. ' | tr -d '\n' | head -c "$1"; }
  quoted_line() { yes 'The minister said "we will win" on Monday. ' | tr -d '\n' | head -c "$1"; }
  unbalanced_paragraphs() { yes 'He said "no' | head -c "$1" | sed 's/$/\n/'; }
  # Interrupted quotes, one after another in one paragraph, and paragraphs
  # that each name a new organisation and then describe it ("the company").
  interrupted_line() {
    yes '"We will win," said Mayor Anna Berg. "It is time to vote." ' | tr -d '\n' | head -c "$1"
  }
  described_orgs() {
    # A name a paragraph, spelt in letters ("Harbourbc Holdings").
    awk -v n="$1" 'BEGIN { for (i = 0; b < n; ++i) {
      name = ""; for (k = i; k > 0 || name == ""; k = int(k / 26))
        name = name substr("abcdefghijklmnopqrstuvwxyz", k % 26 + 1, 1);
      l = sprintf("Harbour%s Holdings said profits rose sharply. The company said costs fell by half.\n\n", name);
      printf "%s", l; b += length(l) } }'
  }
  # Knights named in full and then by first name, companies whose shares
  # open sentences, one new name a paragraph: the lookups for "Sir John",
  # "it said" and a sentence's surname are bounded a mention.
  knights_and_companies() {
    awk -v n="$1" 'BEGIN { for (i = 0; b < n; ++i) {
      name = ""; for (k = i; k > 0 || name == ""; k = int(k / 26))
        name = name substr("abcdefghijklmnopqrstuvwxyz", k % 26 + 1, 1);
      l = sprintf("Sir John Harbour%s said rates would rise. Sir John said costs fell. Harbour%s added that it was over. Shares in Dock%s Group fell after it said it would cut jobs.\n\n", name, name, name);
      printf "%s", l; b += length(l) } }'
  }
  # One titled speaker quoted again and again in one paragraph, the title
  # given only before the first quote: the search for the sentence that
  # gives the title is bounded (it split the paragraph once a mention).
  titled_once_line() {
    { printf 'Mayor Anna Berg visited the town. '
      yes '"We will win the vote," Berg said. The crowd cheered near the bridge. '; } |
      tr -d '\n' | head -c "$1"
  }
  check_linear titled_speaker_one_line titled_once_line 400000
  check_linear knights_and_companies knights_and_companies 100000
  check_linear interrupted_quotes_one_line interrupted_line 40000
  check_linear described_organisations described_orgs 100000
  check_linear cue_sentences_one_line cue_line 100000
  check_linear quoted_sentences_one_line quoted_line 40000
  check_linear unbalanced_quote_paragraphs unbalanced_paragraphs 300000
  # 1,200,000 bytes of 'He said "no' lines: 100,000 unbalanced marks.
  [ "$(grep -c . "$T/s4.txt")" -ge 100000 ] || fail "scaling: want 100,000 unbalanced marks"
}

cases=("$@")
if [ ${#cases[@]} = 0 ]; then
  cases=(invalid_utf8 nul_bytes line_50mb unbalanced_quotes nested_50 jsonl_not_json
         jsonl_20mb_field mixed_stream truncated_delimited empty_folder unreadable
         silent_drops scaling)
fi
for c in "${cases[@]}"; do "case_$c"; done
if [ "$fails" -gt 0 ]; then echo "$fails failure(s)"; exit 1; fi
echo "all robustness checks passed: ${cases[*]}"
