#!/bin/sh
# Runs one pytest file under the system interpreter, with the assembled
# package (bazel-bin/python/site, here in the runfiles) on PYTHONPATH.
# The tests find factcheck and the seed articles under RUNFILES_DIR.
set -eu
RUNFILES_DIR=${RUNFILES_DIR:-$0.runfiles}
root="$RUNFILES_DIR/quotecheck"
export RUNFILES_ROOT="$root"
export PYTHONPATH="$root/python/site"
export PYTHONDONTWRITEBYTECODE=1
cd "$root"
exec /usr/bin/python3 -m pytest -q -p no:cacheprovider "$@"
