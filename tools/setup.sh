#!/bin/sh
# Installs every Debian package quotecheck needs to build, test, fuzz and
# benchmark. Idempotent and quiet when all is there; runs as root, no prompts.
set -eu

PACKAGES="bazel-bootstrap bazel-rules-java bazel-rules-proto libre2-dev
libabsl-dev libprotobuf-dev protobuf-compiler libgtest-dev libgmock-dev
pkg-config libgrpc++-dev protobuf-compiler-grpc libbenchmark-dev clang-14
libfuzzer-14-dev libclang-rt-14-dev libsimdjson-dev libgoogle-perftools-dev doxygen
zlib1g-dev libsqlite3-dev
python3 ca-certificates openssl
chromium
python3-dev pybind11-dev python3-protobuf python3-distributed python3-pytest"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages:$missing; run as root to install them" >&2
    exit 1
  fi
  echo "setup: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
