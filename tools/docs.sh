#!/bin/sh
# Builds the API reference from the public headers with Doxygen (Debian's
# `doxygen` package) into docs/api/html/ (open docs/api/html/index.html).
# Fails, listing them, when Doxygen has any warning: every public entity must
# be documented and every comment must parse.
#
#   tools/docs.sh
set -eu
cd "$(dirname "$0")/.."
if ! command -v doxygen >/dev/null 2>&1; then
  echo "docs: doxygen is not installed; run tools/setup.sh (or apt-get install doxygen)" >&2
  exit 1
fi
rm -rf docs/api
mkdir -p docs/api
log=docs/api/warnings.log
status=0
doxygen docs/Doxyfile 2>"$log" || status=$?
warnings=$(grep -c . "$log" || true)
if [ "$status" -ne 0 ] || [ "$warnings" -ne 0 ]; then
  cat "$log" >&2
  echo "docs: FAILED: $warnings Doxygen warning line(s) (exit $status)" >&2
  exit 1
fi
echo "docs: 0 warnings; open docs/api/html/index.html"
