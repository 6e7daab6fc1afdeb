#!/bin/sh
# Builds the quotecheck Python package (python/: the pybind11 extension, the
# quotes.v1 protobuf modules and the pure-Python code) and prints the line
# that puts it on the system interpreter's path:
#
#   eval "$(tools/pyenv.sh)"
#   /usr/bin/python3 -c 'import quotecheck; print(quotecheck.Analyzer())'
#
# Installs what the build needs through tools/setup.sh first (root, no
# prompts; nothing when it is there). Idempotent: a second run only checks.
# Extra arguments go to `bazel build` (default -c opt). Progress goes to
# stderr; stdout is the export line alone.
set -eu
cd "$(dirname "$0")/.."
tools/setup.sh >&2
if [ $# -eq 0 ]; then set -- -c opt; fi
# The extension is a shared object: it links Debian's shared libraries
# (third_party/system:shared_libs), not the static archives.
bazel build --define=quotecheck_system_libs=shared "$@" //python:site >&2
site="$(bazel info --define=quotecheck_system_libs=shared "$@" bazel-bin 2>/dev/null)/python/site"
/usr/bin/python3 -c "import sys; sys.path.insert(0, sys.argv[1]); import quotecheck" "$site" >&2
echo "export PYTHONPATH=$site\${PYTHONPATH:+:\$PYTHONPATH}"
