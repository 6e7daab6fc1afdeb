#!/bin/bash
# factcheck check --format=html, opened in headless Chromium: the page's
# script runs without error (data-ready="1", no data-error on <body>), the
# rendered page holds one quote element per quote extract finds, one finding
# per CONFLICT, DIFFERS and CONSISTENT finding of the report, the four views
# and one article per input, and the hostile article's markup (in its id,
# headline, source, url and text) became text: none of its handlers ran (each
# would set data-pwned on <body>) and none of its tags became elements.
#
# Skips (exit 0) only when chromium is not installed and
# QUOTECHECK_REQUIRE_BROWSER is unset; tools/setup.sh installs it. The
# screenshot goes to the test's undeclared outputs (bazel-testlogs/...).
set -u
BIN="$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck"
DATA="$TEST_SRCDIR/$TEST_WORKSPACE/tests/testdata"
T="${TEST_TMPDIR:-$(mktemp -d)}"
SHOTS="${TEST_UNDECLARED_OUTPUTS_DIR:-$T}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Without a browser too: html is check's alone, and the page's bytes do not
# depend on the order of the inputs.
"$BIN" extract --format=html "$DATA"/seeds/000_*.txt >/dev/null 2>&1
rc=$?
[ "$rc" = 2 ] || fail "extract --format=html: exit $rc, want 2 (usage)"
"$BIN" check --format=html "$DATA"/seeds/0*.txt "$DATA"/html/*.jsonl >"$T/a.html" 2>/dev/null
"$BIN" check --format=html "$DATA"/html/*.jsonl $(ls -r "$DATA"/seeds/0*.txt) >"$T/b.html" 2>/dev/null
cmp -s "$T/a.html" "$T/b.html" || fail "the page differs with the inputs in another order"
# Over extract's own output, the same page: the analyses carry the text.
"$BIN" extract "$DATA"/seeds/0*.txt "$DATA"/html/*.jsonl >"$T/a.jsonl" 2>/dev/null
"$BIN" check --format=html "$T/a.jsonl" >"$T/c.html" 2>/dev/null
cmp -s "$T/a.html" "$T/c.html" || fail "the page over extract's output differs"

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  if [ -n "${QUOTECHECK_REQUIRE_BROWSER:-}" ]; then
    echo "FAIL: chromium is not installed and QUOTECHECK_REQUIRE_BROWSER is set"
    exit 1
  fi
  echo "SKIPPED: chromium is not installed (tools/setup.sh installs it); set" \
       "QUOTECHECK_REQUIRE_BROWSER=1 (bazel test --test_env=...) to make that a failure"
  exit $((fails > 0))
fi

INPUTS=("$DATA"/seeds/0*.txt "$DATA"/html/primaries.jsonl "$DATA"/html/hostile.jsonl)
"$BIN" check --format=html --output="$T/report.html" "${INPUTS[@]}" 2>"$T/err" ||
  { echo "FAIL: check --format=html: $(head -c 300 "$T/err")"; exit 1; }

# What the page should show, from factcheck's own JSON output.
"$BIN" extract "${INPUTS[@]}" >"$T/analyses.jsonl" 2>/dev/null
"$BIN" check --format=json "${INPUTS[@]}" >"$T/report.json" 2>/dev/null
read -r want_articles want_quotes <<<"$(python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(len(rows), sum(len(r.get("quotes", [])) for r in rows))' "$T/analyses.jsonl")"
want_findings=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(sum(f.get("verdict") in ("CONFLICT", "DIFFERS", "CONSISTENT") for f in r.get("findings", [])))' \
  "$T/report.json")
[ "$want_quotes" -gt 5 ] || fail "want several quotes in the inputs, got $want_quotes"
[ "$want_findings" -gt 2 ] || fail "want several findings, got $want_findings"

# A profile and a home of the test's own: the sandbox's HOME is not writable.
export HOME="$T/home"
mkdir -p "$HOME"
browse() {
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --no-first-run --user-data-dir="$T/profile" --hide-scrollbars "$@" 2>>"$T/chromium.log"
}
browse --dump-dom "file://$T/report.html" >"$T/dom.html"
[ -s "$T/dom.html" ] || { echo "FAIL: chromium printed no DOM: $(tail -c 600 "$T/chromium.log")"; exit 1; }
browse --window-size=1100,1400 --screenshot="$SHOTS/report.png" "file://$T/report.html" >/dev/null
browse --window-size=1100,900 --screenshot="$SHOTS/report-timeline.png" \
  "file://$T/report.html#timeline" >/dev/null
[ -s "$SHOTS/report.png" ] || fail "no screenshot written"

body=$(grep -o '<body[^>]*>' "$T/dom.html" | head -1)
echo "$body"
case "$body" in *'data-ready="1"'*) ;; *) fail "the page's script did not run: $body" ;; esac
case "$body" in *data-error*) fail "a script error: $body" ;; esac
case "$body" in *data-pwned*) fail "the hostile article's markup ran: $body" ;; esac
count() { grep -o "$1" "$T/dom.html" | wc -l; }
got=$(count '<span class="q [^"]*" data-q="[0-9]*" id="a[0-9]*-q[0-9]*"')
[ "$got" = "$want_quotes" ] || fail "quotes: $got in the page, $want_quotes extracted"
got=$(count '<article class="finding ')
[ "$got" = "$want_findings" ] || fail "findings: $got in the page, $want_findings in the report"
got=$(count '<article class="art" id="art-[0-9]*"')
[ "$got" = "$want_articles" ] || fail "articles: $got in the page, $want_articles read"
got=$(count '<section id="view-[a-z]*" class="view')
[ "$got" = 4 ] || fail "views: $got, want 4"
# One view shown, the findings (the report has some); the others hidden.
got=$(count 'class="view hidden"')
[ "$got" = 3 ] || fail "hidden views: $got, want 3"
got=$(count '<svg ')
[ "$got" -ge 1 ] || fail "no timeline chart for the primaries' delegate tally"
# The hostile article's tags are text; the page's own two scripts are its only ones.
[ "$(count '<img')" = 0 ] || fail "an <img> element was made from article text"
[ "$(count '<script')" = 2 ] || fail "scripts: $(count '<script'), want the page's own 2"
[ "$(count '&lt;img src=x onerror=')" -ge 2 ] || fail "the hostile markup is not shown as text"
grep -q 'href="javascript:' "$T/dom.html" && fail "a javascript: address became a link"
echo "load: $(grep -o 'data-load-ms="[0-9]*"' "$T/dom.html")"

[ "$fails" = 0 ] && echo PASS
exit $((fails > 0))
