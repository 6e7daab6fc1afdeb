#!/bin/bash
# factcheck's output formats: every format of each command runs and prints
# something; csv follows RFC 4180 and agrees with the json output field by
# field; claimreview is schema.org ClaimReview JSON-LD, one per finding, with
# its author and date from the flags or the input, the same on every run.
source "$TEST_SRCDIR/$TEST_WORKSPACE/tests/cli_test_lib.sh"

# A quote holding a comma, double quotes and a line break, and non-ASCII text.
cat >"$T/tricky.jsonl" <<'JSONL'
{"id":"tricky, \"one\"","source":"Río Wire","date":"March 3, 2024","headline":"A \"big\", day","text":"“We came, we saw, and we said \"enough\",” Mayor Zoë Ortiz said on Sunday.\n\n“Next year, we build,” Ortiz added."}
JSONL

# command | format: each must exit 0 and print something.
while IFS='|' read -r cmd fmt; do
  "$BIN" "$cmd" --format="$fmt" "$NEWS" "$T/tricky.jsonl" >"$T/out" 2>"$T/err" ||
    fail "$cmd --format=$fmt: exit $?: $(head -c 300 "$T/err")"
  [ -s "$T/out" ] || fail "$cmd --format=$fmt: empty output"
done <<'TABLE'
extract|jsonl
extract|json
extract|textproto
extract|binary
extract|table
extract|csv
check|text
check|json
check|jsonl
check|textproto
check|binary
check|csv
check|claimreview
TABLE

# extract --format=csv against extract --format=jsonl: one row per quote.
"$BIN" extract "$SEEDS"/0*.txt "$T/tricky.jsonl" >"$T/x.jsonl" || fail "extract jsonl"
"$BIN" extract --format=csv "$SEEDS"/0*.txt "$T/tricky.jsonl" >"$T/x.csv" || fail "extract csv"
python3 - "$T/x.jsonl" "$T/x.csv" <<'PY' || fail "extract csv: does not agree with jsonl"
import csv, io, json, sys
analyses = [json.loads(l) for l in open(sys.argv[1])]
raw = open(sys.argv[2], "rb").read()
# CRLF after every row: no bare LF outside a quoted field.
assert raw.endswith(b"\r\n"), raw[-20:]
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
header = rows.pop(0)
assert header == ["article_id", "source", "date", "headline", "begin", "end", "char_begin",
                  "char_end", "text", "kind", "speaker", "speaker_title",
                  "speaker_organization", "cue", "rule", "confidence"], header
want = []
for a in analyses:
    art = a["article"]
    for q in a["quotes"]:
        sp = q.get("speaker", {})
        want.append([art["id"], art["source"], art["date"], art["headline"],
                     str(q["span"]["begin"]), str(q["span"]["end"]),
                     str(q["charSpan"]["begin"]), str(q["charSpan"]["end"]), q["text"],
                     q["kind"].lower(), sp.get("name", ""), sp.get("title", ""),
                     sp.get("organization", ""), q["cue"], q["rule"]])
assert len(rows) == len(want) > 5, (len(rows), len(want))
for got, w in zip(rows, want):
    assert got[:15] == w, (got, w)
    assert abs(float(got[15]) - next(q["confidence"] for a in analyses for q in a["quotes"]
               if q["text"] == w[8] and a["article"]["id"] == w[0])) < 1e-6
tricky = [r for r in rows if r[0] == 'tricky, "one"']
assert tricky and tricky[0][8] == 'We came, we saw, and we said "enough",', tricky
assert tricky[0][2] == "2024-03-03" and tricky[0][3] == 'A "big", day', tricky
assert b'"tricky, ""one"""' in raw, "quotes not doubled"
PY

# check --format=csv against check --format=json: one row per finding.
"$BIN" check --format=json "$NEWS" >"$T/c.json" || fail "check json"
"$BIN" check --format=csv "$NEWS" >"$T/c.csv" || fail "check csv"
python3 - "$T/c.json" "$T/c.csv" <<'PY' || fail "check csv: does not agree with json"
import csv, io, json, sys
report = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], "rb").read()
assert raw.count(b"\n") == raw.count(b"\r\n"), "a bare LF"
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
assert rows.pop(0) == ["verdict", "kind", "rule", "subject", "measure", "frame", "event",
                       "time", "values", "articles", "evidence"]
assert len(rows) == len(report["findings"]) > 3, len(rows)
for row, f in zip(rows, report["findings"]):
    assert row[0] == f["verdict"] and row[4] == f["measure"] and row[1] == f["kind"], (row, f)
    ids = list(dict.fromkeys(c["articleId"] for c in f["claims"]))
    assert row[9] == "; ".join(ids), (row[9], ids)
    for c in f["claims"]:
        assert c["text"] in row[8] and c["articleId"] in row[10], (row, c)
PY

# check --format=claimreview: the JSON-LD shape, one review per finding.
# review_date flag | the datePublished wanted ("latest": the latest article date)
while IFS='|' read -r date_flag want_date; do
  "$BIN" check --format=claimreview --review_author="Example Checks" $date_flag "$NEWS" \
    >"$T/cr.json" 2>"$T/err" || fail "claimreview $date_flag: $(head -c 300 "$T/err")"
  python3 - "$T/c.json" "$T/cr.json" "$want_date" "$NEWS" <<'PY' || fail "claimreview $date_flag: wrong shape"
import json, sys
report = json.load(open(sys.argv[1]))
reviews = json.load(open(sys.argv[2]))
want_date = sys.argv[3]
if want_date == "latest":
    want_date = max(json.loads(l)["date"] for l in open(sys.argv[4]) if l.strip())
assert isinstance(reviews, list) and len(reviews) == len(report["findings"]) > 3
words = {}
for r, f in zip(reviews, report["findings"]):
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview", r
    assert r["claimReviewed"].startswith(f["measure"]), (r["claimReviewed"], f["measure"])
    item = r["itemReviewed"]
    assert item["@type"] == "Claim", item
    ids = list(dict.fromkeys(c["articleId"] for c in f["claims"]))
    assert [w["identifier"] for w in item["appearance"]] == ids, (item, ids)
    for w, c in zip(item["appearance"], [next(c for c in f["claims"] if c["articleId"] == i) for i in ids]):
        assert w["@type"] == "CreativeWork", w
        assert w["headline"] == c["headline"] and w["datePublished"] == c["date"], (w, c)
        assert w["publisher"] == {"@type": "Organization", "name": c["source"]}, w
    rating = r["reviewRating"]
    assert rating["@type"] == "Rating" and 1 <= rating["ratingValue"] <= 5, rating
    assert rating["alternateName"], rating
    words.setdefault(f["verdict"], set()).add((rating["alternateName"], rating["ratingValue"]))
    assert r["author"] == {"@type": "Organization", "name": "Example Checks"}, r["author"]
    assert r["datePublished"] == want_date, (r["datePublished"], want_date)
# One wording and rating per verdict, a different one for each.
assert all(len(v) == 1 for v in words.values()), words
assert len({next(iter(v)) for v in words.values()}) == len(words), words
assert "CONFLICT" in words and next(iter(words["CONFLICT"]))[1] == 1, words
PY
done <<'TABLE'
|latest
--review_date=2026-01-02|2026-01-02
TABLE
# The same bytes on every run and whatever the order of the input.
tac "$NEWS" >"$T/reversed.jsonl"
"$BIN" check --format=claimreview "$NEWS" >"$T/cr1.json"
"$BIN" check --format=claimreview "$T/reversed.jsonl" >"$T/cr2.json"
"$BIN" check --format=claimreview --threads=2 "$NEWS" >"$T/cr3.json"
cmp -s "$T/cr1.json" "$T/cr2.json" || fail "claimreview: input order changes the output"
cmp -s "$T/cr1.json" "$T/cr3.json" || fail "claimreview: threads change the output"
"$BIN" check --format=csv "$T/reversed.jsonl" | cmp -s - "$T/c.csv" || fail "check csv: input order changes the output"

# Usage errors: claimreview is for check, a review date must be a date.
for args in "extract --format=claimreview" "check --format=claimreview --review_date=2026-02-30" \
            "check --format=claimreview --review_date=yesterday"; do
  # shellcheck disable=SC2086
  "$BIN" $args "$NEWS" >/dev/null 2>&1
  rc=$?
  [ "$rc" = 2 ] || fail "$args: exit $rc, want 2"
done

finish "output format"
