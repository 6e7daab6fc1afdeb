#!/bin/sh
# The whole test suite, as CI runs it (README command 2, .ci/run):
#   1. bazel test (every package): unit, table, golden, CLI, gRPC, robustness
#   1b. the Python package (python/): the module's tests and a two-worker
#      Dask LocalCluster against factcheck check, byte for byte; its
#      extension links Debian's shared libraries (--define below)
#   2. the example consumer workspace (examples/consumer), built against this
#      checkout through local_repository
#   3. the same suite under AddressSanitizer and UndefinedBehaviorSanitizer
#      together (one build and run instead of two)
#   4. each libFuzzer target for a bounded time (FUZZ_SECONDS, default 45)
#   5. the API reference, which must build without warnings
# Each step prints its time. Extra output bases live under /tmp, keyed by
# this checkout's path, so a second clone never shares one with the first.
set -eu
cd "$(dirname "$0")/.."
key=$(pwd | md5sum | cut -c1-12)
# Every package, named: `//...` would also walk into the bazel-<folder>
# convenience link that the first build leaves, whose name depends on the
# checkout's folder and so cannot be listed in .bazelignore.
targets="//proto/... //quotes/... //service/... //tools/... //tests/... //third_party/..."

step() {
  name=$1
  shift
  start=$(date +%s)
  echo "== $name"
  "$@"
  echo "== $name: done in $(($(date +%s) - start)) s"
}

# shellcheck disable=SC2086
step "bazel test" bazel test $targets
step "Python package and Dask" \
  bazel test --define=quotecheck_system_libs=shared //python/...
step "example consumer" env CONSUMER_OUTPUT_BASE="/tmp/quotecheck-consumer-$key" \
  tools/test_consumer.sh
step "AddressSanitizer and UndefinedBehaviorSanitizer" \
  bazel --output_base="/tmp/quotecheck-sanitizers-$key" --max_idle_secs=60 \
  test --config=asan --config=ubsan $targets
step "fuzzers" tests/fuzz/run_fuzzers.sh "${FUZZ_SECONDS:-45}"
step "API reference" tools/docs.sh
