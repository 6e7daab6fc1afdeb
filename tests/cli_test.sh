#!/bin/bash
# End-to-end tests of the factcheck CLI: exit codes, error records, folders,
# JSONL, stdin, every output format, and check over extract's own output.
source "$TEST_SRCDIR/$TEST_WORKSPACE/tests/cli_test_lib.sh"
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
# extract shows the claims check compares, unless --claims=false.
[ "$(grep -c '"claims":\[' "$T/out")" = 5 ] || fail "seeds: want claims in every record"
grep -q '"measure":"delegate"' "$T/out" || fail "seeds: the delegates claim is missing"
expect_rc 0 seeds_no_claims -- "$BIN" extract --claims=false "$SEEDS"/0*.txt
[ "$(count_lines "$T/out")" = 5 ] || fail "seeds --claims=false: want 5 records"
grep -q '"claims":\[[^]]\|"storyTerms":\[[^]]' "$T/out" && fail "seeds --claims=false: claims extracted"
grep -q '"quotes":\[{' "$T/out" || fail "seeds --claims=false: quotes lost"

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
grep '"id":"good.txt"' "$T/out" | grep -q '"quotes":\[{' || fail "good: quote lost"

# A missing file: error record, exit 3.
expect_rc 3 missing -- "$BIN" extract "$T/nope.txt" "$T/good.txt"
grep '"id":"nope.txt"' "$T/out" | grep -q 'cannot open' || fail "missing: no error record"
[ "$(count_lines "$T/out")" = 2 ] || fail "missing: want 2 records"

# Folder recursion: article files only, sorted, named by their path in it.
mkdir -p "$T/tree/a/b"
cp "$SEEDS/000_10f9a0e448c5c48f.txt" "$T/tree/a/one.txt"
cp "$SEEDS/001_cefc97ef7a5acf77.txt" "$T/tree/a/b/two.txt"
echo ignored >"$T/tree/a/notes.md"
expect_rc 0 folder -- "$BIN" extract "$T/tree"
[ "$(count_lines "$T/out")" = 2 ] || fail "folder: want 2 records"
head -1 "$T/out" | grep -q '"id":"a/b/two.txt"' || fail "folder: order not sorted by path"
grep -q 'skipped a/notes.md' "$T/err" || fail "folder: the skipped file is not named"

# An input is never written over, nor a file inside an input folder.
cp "$T/good.txt" "$T/keep.txt"
expect_rc 2 output_is_input -- "$BIN" extract --output="$T/keep.txt" "$T/keep.txt"
cmp -s "$T/good.txt" "$T/keep.txt" || fail "output_is_input: the input was changed"
expect_rc 2 output_in_folder -- "$BIN" extract --output="$T/tree/out.jsonl" "$T/tree"
[ -e "$T/tree/out.jsonl" ] && fail "output_in_folder: the output was created"

# A read error is an error record, and the input after it is read, in each
# reader (the first page of /proc/self/mem is unmapped: reading it fails).
for fmt in text jsonl delimited; do
  expect_rc 3 "read_error_$fmt" -- "$BIN" extract --input_format=$fmt /proc/self/mem "$T/good.txt"
  [ "$(count_lines "$T/out")" -ge 2 ] || fail "read_error_$fmt: want the error and the next input"
  head -1 "$T/out" | grep -q '"error":{[^}]*cannot read /proc/self/mem: Input/output error' ||
    fail "read_error_$fmt: no error record for the read error"
done

# --format=table writes terminal controls out instead of passing them on.
printf '{"id":"e\\u001b[2Jx","headline":"Bad \\u001b]0;title\\u0007 head","text":"Hi."}\n' >"$T/esc.jsonl"
expect_rc 0 table_escapes -- "$BIN" extract --format=table "$T/esc.jsonl"
grep -q "$(printf '\033')" "$T/out" && fail "table_escapes: an escape byte reached the output"
grep -qF 'e\x1b[2Jx' "$T/out" || fail "table_escapes: the id is not shown escaped"
grep -qF 'Bad \x1b]0;title\x07 head' "$T/out" || fail "table_escapes: the headline is not shown escaped"

# Text with NUL bytes says what it looks like.
printf '\xff\xfeh\x00i\x00' >"$T/u16.txt"
expect_rc 3 not_text -- "$BIN" extract "$T/u16.txt"
grep -q 'u16.txt: NUL byte at byte 3: UTF-16 text' "$T/err" || fail "not_text: UTF-16 not named"
# gzip is recognised by its magic bytes whatever the name; a cut one is an error.
gzip -c "$T/good.txt" >"$T/packed.txt"
expect_rc 0 gzip_magic -- "$BIN" extract "$T/packed.txt"
grep -q '"id":"packed.txt".*"quotes":\[{' "$T/out" || fail "gzip_magic: the text was not gunzipped"
printf '\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03' >"$T/cut.txt"
expect_rc 3 gzip_cut -- "$BIN" extract "$T/cut.txt"
grep -q 'cut.txt' "$T/err" || fail "gzip_cut: not named: $(cat "$T/err")"

# Input dates are read in the forms feeds use, or left out and said.
printf '{"id":"d1","date":"October 12, 2016","text":"Hi."}\n{"id":"d2","date":"2024-02-30","text":"Hi."}\n' >"$T/dates.jsonl"
expect_rc 0 dates -- "$BIN" extract --claims=false "$T/dates.jsonl"
grep '"id":"d1"' "$T/out" | grep -q '"date":"2016-10-12"' || fail "dates: October 12, 2016 not read"
grep '"id":"d2"' "$T/out" | grep -q '"date":"[^"]' && fail "dates: 2024-02-30 passed on"
grep -q 'date "2024-02-30" is not a date' "$T/err" || fail "dates: the dropped date is not said"

# A byte-order mark does not cost the metadata.
printf '\xef\xbb\xbf date 2024-12-05 BAKU, Azerbaijan, December 5. Text here.\n' >"$T/bom.txt"
expect_rc 0 bom -- "$BIN" extract "$T/bom.txt"
grep -q '"date":"2024-12-05"' "$T/out" || fail "bom: date lost"
grep -q 'byte-order mark was removed' "$T/err" || fail "bom: not noted"

# gzip, by the name before .gz.
printf '{"id":"z1","text":"One."}\n{"id":"z2","text":"Two."}\n' | gzip -c >"$T/feed.JSONL.gz"
expect_rc 0 gzip -- "$BIN" extract "$T/feed.JSONL.gz"
[ "$(count_lines "$T/out")" = 2 ] || fail "gzip: want 2 records"
grep -q '"id":"z2"' "$T/out" || fail "gzip: second record lost"


# Inputs read by what they hold: check over extract's records in every
# format that carries them, on stdin and under names that do not say what
# they hold, gzipped by name or by magic bytes only, prints the report over
# the articles, byte for byte; articles read the same way give it too.
"$BIN" check --format=json "$NEWS" >"$T/content.want" || fail "content: check over the articles"
"$BIN" extract "$NEWS" >"$T/c.jsonl"
"$BIN" extract --format=json "$NEWS" >"$T/c.json"
"$BIN" extract --format=binary "$NEWS" >"$T/c.pb"
python3 -c "import json,sys; json.dump([json.loads(l) for l in open(sys.argv[1])], open(sys.argv[2], 'w'), indent=2)" \
  "$NEWS" "$T/articles_array.json"
cp "$NEWS" "$T/articles_lines.json"
for f in c.jsonl c.json c.pb articles_array.json; do
  cp "$T/$f" "$T/$f.data"                        # a name of no known kind
  gzip -c "$T/$f" >"$T/$f.gz"                     # gzipped, by name
  gzip -c "$T/$f" >"$T/$f.packed"                 # gzipped, by magic bytes only
done
# how it is given (a file under $T, or "<file" for stdin)
while read -r given; do
  if [ "${given#<}" != "$given" ]; then
    expect_rc 0 "content $given" -- sh -c "\"$BIN\" check --format=json - <\"$T/${given#<}\""
  else
    expect_rc 0 "content $given" -- "$BIN" check --format=json "$T/$given"
  fi
  cmp -s "$T/out" "$T/content.want" ||
    fail "content $given: report differs: $(diff "$T/content.want" "$T/out" | head -3) $(head -c 300 "$T/err")"
done <<'TABLE'
c.json
c.pb
c.jsonl.data
c.json.data
c.pb.data
c.json.gz
c.pb.packed
c.jsonl.packed
articles_array.json
articles_lines.json
articles_array.json.packed
<c.jsonl
<c.json
<c.pb
<c.pb.gz
<articles_array.json
TABLE
# A delimited stream of Articles (not analyses) is told from analyses by its
# first record, by a .pb name or on stdin.
art() { printf "\\x$(printf %02x $((4 + ${#1} + ${#2})))\\x0a\\x$(printf %02x ${#1})%s\\x4a\\x$(printf %02x ${#2})%s" "$1" "$2"; }
{ art story-1 '"We won," the coach said.'; art a2 'Prices rose, officials said.'; } >"$T/arts.pb"
expect_rc 0 "articles delimited" -- "$BIN" extract "$T/arts.pb"
grep -q '"id":"story-1".*"quotes":\[{' "$T/out" || fail "articles delimited: not read as articles: $(head -c 300 "$T/out")"
expect_rc 0 "articles delimited stdin" -- sh -c "\"$BIN\" extract - <\"$T/arts.pb\""
[ "$(grep -c '"id":"story-1"\|"id":"a2"' "$T/out")" = 2 ] || fail "articles delimited stdin: $(head -c 300 "$T/out")"
# A text on stdin is still a text.
expect_rc 0 "text stdin" -- sh -c "\"$BIN\" extract - <\"$T/good.txt\""
grep -q '"id":"stdin".*"quotes":\[{' "$T/out" || fail "text stdin: not read as text"

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

# check over extract's own output (JSONL, binary, without text, with two
# threads) prints the report that check over the articles prints, byte for
# byte: the seeds and the hand-written multi-outlet articles of news.jsonl.
for set in seeds news; do
  if [ $set = seeds ]; then inputs=("$SEEDS"/0*.txt); else inputs=("$NEWS"); fi
  for f in text json; do
    "$BIN" check --format=$f "${inputs[@]}" >"$T/$set.want.$f" 2>"$T/err" ||
      fail "$set: check over articles failed: $(head -c 300 "$T/err")"
  done
  # The kept analyses lose their text: a figure's evidence is its claim's own
  # copy of its words and sentence.
  python3 - "$T/$set.want.json" <<'PY' || fail "$set: a claim of the report lacks its evidence"
import json, sys
report = json.load(open(sys.argv[1]))
claims = [c for f in report["findings"] if f["kind"] == "QUANTITY_CHECK"
          for c in f["claims"]]
assert claims, report
for c in claims:
    assert c["text"] and c["text"] in c["sentence"] and c["articleId"], c
PY
  "$BIN" extract "${inputs[@]}" >"$T/$set.jsonl" || fail "$set: extract jsonl"
  "$BIN" extract --format=binary "${inputs[@]}" >"$T/$set.analyses.pb" || fail "$set: extract binary"
  "$BIN" extract --format=binary --include_text=false "${inputs[@]}" \
    >"$T/$set.notext.analyses.pb" || fail "$set: extract binary without text"
  cp "$T/$set.analyses.pb" "$T/$set.bin"
  for f in text json; do
    for run in "jsonl:$T/$set.jsonl" "jsonl_t2:--threads=2 $T/$set.jsonl" \
               "pb:$T/$set.analyses.pb" "pb_t2:--threads=2 $T/$set.analyses.pb" \
               "notext:$T/$set.notext.analyses.pb" \
               "flag:--input_format=analysis_delimited $T/$set.bin" \
               "flag_jsonl:--input_format=analysis_jsonl $T/$set.jsonl"; do
      # shellcheck disable=SC2086
      expect_rc 0 "$set analyses ${run%%:*} $f" -- "$BIN" check --format=$f ${run#*:}
      cmp -s "$T/out" "$T/$set.want.$f" ||
        fail "$set analyses ${run%%:*} $f: report differs: $(diff "$T/$set.want.$f" "$T/out" | head -5)"
    done
  done
  expect_rc 0 "$set analyses stdin" -- sh -c \
    "\"$BIN\" check --format=json --input_format=analysis_jsonl - <\"$T/$set.jsonl\""
  cmp -s "$T/out" "$T/$set.want.json" || fail "$set analyses stdin: report differs"
  # extract copies analyses through as they are: a round trip of both formats.
  expect_rc 0 "$set extract analyses" -- "$BIN" extract "$T/$set.jsonl"
  cmp -s "$T/out" "$T/$set.jsonl" || fail "$set: extract over its JSONL changed it"
  expect_rc 0 "$set extract analyses binary" -- "$BIN" extract --format=binary "$T/$set.analyses.pb"
  cmp -s "$T/out" "$T/$set.analyses.pb" || fail "$set: extract over its binary changed it"
done
# An article that failed stays failed: its error record passes through check
# (on stderr, exit 3) and the report is the one over the articles.
"$BIN" check --format=json "$T/good.txt" "$T/bad.txt" "$SEEDS"/0*.txt >"$T/fail.want" 2>"$T/fail.err"
[ $? = 3 ] || fail "failed article: check over articles did not exit 3"
"$BIN" extract "$T/good.txt" "$T/bad.txt" "$SEEDS"/0*.txt >"$T/fail.jsonl" 2>/dev/null
"$BIN" extract --format=binary "$T/good.txt" "$T/bad.txt" "$SEEDS"/0*.txt >"$T/fail.analyses.pb" 2>/dev/null
for input in fail.jsonl fail.analyses.pb; do
  expect_rc 3 "failed article $input" -- "$BIN" check --format=json "$T/$input"
  cmp -s "$T/out" "$T/fail.want" || fail "failed article $input: report differs"
  cmp -s "$T/err" "$T/fail.err" || fail "failed article $input: stderr differs: $(head -c 300 "$T/err")"
done
# Malformed analyses: an error naming the file and the line or record, exit
# 3, and every other record read.
{
  head -2 "$T/seeds.jsonl"
  echo '{"article": not json'
  echo '{"article":{"headline":"no id"},"quotes":[]}'
  echo '{"article":5}'
  tail -n +3 "$T/seeds.jsonl"
} >"$T/broken.jsonl"
expect_rc 3 "broken analyses jsonl" -- "$BIN" check --format=json "$T/broken.jsonl"
cmp -s "$T/out" "$T/seeds.want.json" || fail "broken analyses jsonl: the good records' report differs"
for n in 3 4 5; do
  grep -q "broken.jsonl:$n: broken.jsonl line $n: " "$T/err" || fail "broken analyses jsonl: line $n not named: $(cat "$T/err")"
done
[ "$(grep -c 'broken.jsonl line' "$T/err")" = 3 ] || fail "broken analyses jsonl: want 3 errors: $(cat "$T/err")"
grep -q "3 of 8 inputs failed" "$T/err" || fail "broken analyses jsonl: the failed inputs not counted: $(cat "$T/err")"
# A record whose bytes do not parse (length 3, then a fixed64 tag with one
# byte of its 8) is skipped to its end; a stream cut short ends with an error.
{ printf '\003\061ab'; cat "$T/seeds.analyses.pb"; } >"$T/bad_record.analyses.pb"
expect_rc 3 "bad delimited record" -- "$BIN" check --format=json "$T/bad_record.analyses.pb"
cmp -s "$T/out" "$T/seeds.want.json" || fail "bad delimited record: the good records' report differs"
grep -q "bad_record.analyses.pb record 1: not a quotes.v1.ArticleAnalysis" "$T/err" ||
  fail "bad delimited record: not named: $(cat "$T/err")"
head -c -10 "$T/seeds.analyses.pb" >"$T/cut.analyses.pb"
expect_rc 3 "cut delimited" -- "$BIN" extract "$T/cut.analyses.pb"
[ "$(count_lines "$T/out")" = 5 ] || fail "cut delimited: want 4 analyses and an error record"
grep -q "cut.analyses.pb record 5: truncated" "$T/err" || fail "cut delimited: not named: $(cat "$T/err")"
# An article JSONL is not taken for analyses, nor the other way round.
expect_rc 3 "articles as analyses" -- "$BIN" check --input_format=analysis_jsonl "$NEWS"
grep -q "news.jsonl line 1: the object has no article id" "$T/err" || fail "articles as analyses: $(head -3 "$T/err")"
# Analyses made with --claims=false leave nothing to compare: say so.
"$BIN" extract --claims=false "$SEEDS"/0*.txt >"$T/noclaims.jsonl"
expect_rc 0 "analyses without claims" -- "$BIN" check "$T/noclaims.jsonl"
grep -q "warning: none of the 5 analyses read carries claims" "$T/err" || fail "analyses without claims: no warning"
expect_rc 2 check_no_claims -- "$BIN" check --claims=false "$SEEDS"/0*.txt
expect_rc 2 bad_input_format -- "$BIN" check --input_format=analyses "$SEEDS"/0*.txt

# check --verdict writes only the findings of the verdicts asked for; the
# text summary counts them and says how many were left out.
"$BIN" check --format=json "$NEWS" >"$T/all.json" || fail "verdict: check failed"
# verdicts asked for | the verdicts (upper case) the report may hold
while IFS='|' read -r asked want; do
  expect_rc 0 "verdict $asked" -- "$BIN" check --format=json --verdict="$asked" "$NEWS"
  python3 - "$T/all.json" "$T/out" "$want" <<'PY' || fail "verdict $asked: wrong findings"
import json, sys
full, got, want = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3].split(",")
expected = [f for f in full["findings"] if f["verdict"] in want]
assert expected, "the table's case selects nothing: %s" % want
assert got.get("findings", []) == expected, (want, [f["verdict"] for f in got.get("findings", [])])
assert {k: v for k, v in got.items() if k != "findings"} == \
       {k: v for k, v in full.items() if k != "findings"}
PY
  left=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(sum(f['verdict'] not in sys.argv[2].split(',') for f in r['findings']))" "$T/all.json" "$want")
  expect_rc 0 "verdict $asked text" -- "$BIN" check --verdict="$asked" "$NEWS"
  head -1 "$T/out" | grep -q "; $left findings of other verdicts left out (--verdict)" ||
    fail "verdict $asked text: the summary does not say $left were left out: $(head -1 "$T/out")"
done <<'TABLE'
CONFLICT|CONFLICT
differs,conflict|DIFFERS,CONFLICT
CONSISTENT, SINGLE_SOURCE|CONSISTENT,SINGLE_SOURCE
TABLE
# --fail_on still sees a conflict the filter leaves out.
expect_rc 1 verdict_fail_on -- "$BIN" check --fail_on=conflict --verdict=CONSISTENT "$T/sum_a.txt" "$T/sum_b.txt"

# The progress line shows on a terminal only: the count, the total when it is
# known (text files), and the time left; never in the output.
python3 - "$BIN" "$SEEDS" "$T" <<'PY' || fail "progress line"
import glob, os, pty, subprocess, sys
bin, seeds, tmp = sys.argv[1:4]
files = sorted(glob.glob(seeds + "/0*.txt"))
master, slave = pty.openpty()
with open(tmp + "/progress.out", "wb") as out:
    subprocess.run([bin, "extract"] + files, stdout=out, stderr=slave, check=True)
os.close(slave)
shown = os.read(master, 65536).decode()
assert "1/%d articles" % len(files) in shown and " left" in shown, repr(shown)
assert b"\r" not in open(tmp + "/progress.out", "rb").read(), "the progress line reached stdout"
with open(tmp + "/progress.err", "wb") as err:  # not a terminal: no line
    subprocess.run([bin, "extract"] + files, stdout=subprocess.DEVNULL, stderr=err, check=True)
assert os.path.getsize(tmp + "/progress.err") == 0, open(tmp + "/progress.err").read()
PY

# Usage errors exit 2.
expect_rc 2 no_command -- "$BIN"
expect_rc 2 bad_command -- "$BIN" frobnicate x
expect_rc 2 no_paths -- "$BIN" extract
expect_rc 2 bad_format -- "$BIN" extract --format=yaml "$T/good.txt"
expect_rc 0 help -- "$BIN" --helpfull
grep -q -- "--format" "$T/out" "$T/err" || fail "help does not list --format"

finish CLI
