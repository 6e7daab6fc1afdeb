#!/bin/bash
# Compares what two factcheck binaries extract from the same articles, byte
# for byte, so that a change meant to keep behaviour (a refactor, a speed-up)
# can be shown to keep it. The "rule" field of a quote (which stage and rule
# chose its speaker) is left out of the comparison with --ignore_rule, for
# comparisons with binaries from before it existed.
#
#   tools/compare_extract.sh [--ignore_rule] OLD_BIN NEW_BIN INPUT...
#
# Each INPUT (a file, a folder or a .jsonl) is extracted by both binaries
# with --format=jsonl; prints "same" or the first differing line of each
# and exits 1 when any differs.
set -eu
ignore_rule=0
if [ "${1:-}" = "--ignore_rule" ]; then ignore_rule=1; shift; fi
if [ $# -lt 3 ]; then
  echo "usage: $0 [--ignore_rule] OLD_BIN NEW_BIN INPUT..." >&2
  exit 2
fi
old="$1" new="$2"
shift 2
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# strip: drops `"rule":"..."` members when asked (the JSON printer writes
# them without spaces, strings escaped, so no quote ends one early).
strip() {
  if [ "$ignore_rule" = 1 ]; then sed -e 's/,"rule":"[^"]*"//g; s/"rule":"[^"]*",\{0,1\}//g'; else cat; fi
}
status=0
for input in "$@"; do
  "$old" extract --format=jsonl --progress=false "$input" | strip >"$TMP/old.jsonl"
  "$new" extract --format=jsonl --progress=false "$input" | strip >"$TMP/new.jsonl"
  if cmp -s "$TMP/old.jsonl" "$TMP/new.jsonl"; then
    echo "same: $input ($(wc -l <"$TMP/old.jsonl") records, $(wc -c <"$TMP/old.jsonl") bytes)"
  else
    status=1
    echo "DIFFERENT: $input"
    cmp "$TMP/old.jsonl" "$TMP/new.jsonl" | head -1 || true
  fi
done
exit "$status"
