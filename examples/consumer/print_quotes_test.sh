#!/bin/sh
# Runs print_quotes on the bundled article, and the README's example, and
# checks who said what.
set -eu
out="$(./print_quotes testdata/harbour.txt)"
echo "$out"
expect() {
  if ! printf '%s\n' "$out" | grep -qF -- "$1"; then
    echo "FAIL: expected a line containing: $1" >&2
    exit 1
  fi
}
expect "DIRECT [191, 237) Jane Whitmore: The new sea wall is stronger than the old one,"
expect "INDIRECT [339, 375) Tomas Lindqvist: about 40 ships were waiting offshore"
# A missing file is an error, not silence.
if ./print_quotes testdata/no_such_article.txt 2>/dev/null; then
  echo "FAIL: a missing file should exit non-zero" >&2
  exit 1
fi
# The README's example prints who said what.
readme="$(./readme_example)"
echo "$readme"
if [ "$readme" != "Jane Smith: We will rebuild," ]; then
  echo "FAIL: readme_example printed: $readme" >&2
  exit 1
fi
echo PASS
