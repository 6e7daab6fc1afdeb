#!/bin/sh
# Builds and tests examples/consumer/, a separate Bazel workspace that uses
# quotecheck through local_repository and the public API only, so a change
# that breaks outside Bazel projects turns CI red.
#
#   tools/test_consumer.sh [extra bazel test flags]
#
# The consumer gets its own output base (CONSUMER_OUTPUT_BASE, default
# ~/.cache/bazel/quotecheck_consumer) so it never contends with the main
# workspace's Bazel server; that server exits after 10 idle minutes.
set -eu
cd "$(dirname "$0")/../examples/consumer"
output_base="${CONSUMER_OUTPUT_BASE:-${HOME:-/root}/.cache/bazel/quotecheck_consumer}"
exec bazel --output_base="$output_base" --max_idle_secs=600 test //... "$@"
