#!/bin/bash
# Builds quotecheck's libFuzzer targets with clang-14 (-fsanitize=fuzzer,address
# ,undefined) and runs each for a bounded time on a copy of its seed corpus,
# FUZZ_JOBS (default: the number of cores) at a time. For a long run by hand:
#   tests/fuzz/run_fuzzers.sh 1800 jsonl_reader input_reader grpc_service
#
#   tests/fuzz/run_fuzzers.sh [SECONDS_EACH] [FUZZER...]
#
# Run from the repository root. Bazel's toolchain is gcc, which has no
# libFuzzer, so the targets are built here directly: the library's sources
# from quotes/, the generated protobuf code and embedded lexicon from
# bazel-bin (the script builds them first), and Debian's RE2, protobuf,
# Abseil and simdjson; the gRPC service's fuzzer also Debian's gRPC. Output (binaries, working corpora, crash files) goes to
# $FUZZ_OUT (default: a folder under /tmp keyed by the checkout's path), never
# into the repository. Exits 1 when a fuzzer finds a crash, a leak, a timeout
# (-timeout, default 10 s per input) or an out-of-memory input.
set -eu
SECONDS_EACH="${1:-60}"
shift || true
FUZZERS=("$@")
[ ${#FUZZERS[@]} -gt 0 ] || FUZZERS=(article_parser analyzer claims jsonl_reader input_reader grpc_service)
ROOT="$(pwd)"
[ -f "$ROOT/tests/fuzz/run_fuzzers.sh" ] || { echo "run from the repository root" >&2; exit 2; }
# Keyed by this checkout's path: two clones never share objects.
OUT="${FUZZ_OUT:-/tmp/quotecheck-fuzz-$(pwd | md5sum | cut -c1-12)}"
CXX="${CXX_FUZZ:-clang++-14}"
JOBS="${FUZZ_JOBS:-$(nproc)}"
mkdir -p "$OUT/obj"

PROTOS=(//proto:quotes_cc_proto //proto:lexicon_cc_proto //proto:quotes_service_cc_grpc
        //quotes:embed_lexicon)
bazel build "${PROTOS[@]}" >/dev/null 2>&1 || bazel build "${PROTOS[@]}"
GEN="$(bazel info bazel-bin 2>/dev/null)"

FLAGS=(-std=c++17 -O1 -gline-tables-only -fno-omit-frame-pointer -fsanitize=address,undefined
       -fno-sanitize-recover=undefined -I"$ROOT" -I"$GEN")
# The same system libraries Bazel links, here as shared libraries: every -l
# in the stand-ins for the library's dependencies ("-l:libre2.a" is -lre2),
# and Abseil's archives, listed in absl.BUILD.
LIBS=($( (grep -ho -- '"-l[A-Za-z0-9_+:.]*"' third_party/system/{re2,protobuf,simdjson}.BUILD;
          sed -n '/^_ARCHIVES = \[/,/^\]/p' third_party/system/absl.BUILD |
            grep -o '"[a-z0-9_]*"' | sed 's/^"/"-labsl_/') 2>/dev/null |
        tr -d '"' | sed 's/^-l:lib\(.*\)\.a$/-l\1/' | awk '!seen[$0]++') -pthread)

# The library: every .cc under quotes/ but the archive (SQLite, which no
# fuzzer links), plus the generated sources.
SRCS=($(find quotes -name '*.cc' -not -path 'quotes/archive/*' | sort) "$GEN/proto/quotes.pb.cc"
      "$GEN/proto/lexicon.pb.cc" "$GEN/quotes/default_lexicon_data.cc")
# The gRPC service, linked into its own fuzzer only, with Debian's gRPC
# archives as grpc.BUILD lists them.
SERVICE_SRCS=(service/server.cc service/service_options.cc
              "$GEN/proto/quotes_service.pb.cc" "$GEN/proto/quotes_service.grpc.pb.cc")
GRPC_LIBS=($(sed -n '/name = "grpc++"/,/^)/p' third_party/system/grpc.BUILD |
             grep -o '"-[^"]*"' | tr -d '"'))
OBJS=()
# A header changed since the last build means everything is rebuilt: objects
# compiled against two versions of a struct do not mix.
STAMP="$OUT/obj/.headers"
HEADERS_NOW="$(find quotes proto "$GEN/proto" -name '*.h' -newer "$STAMP" 2>/dev/null | head -1)"
if [ ! -f "$STAMP" ] || [ -n "$HEADERS_NOW" ]; then rm -f "$OUT"/obj/*.o; fi
touch "$STAMP"
compile() {  # compile SRC OBJ: only when SRC is newer than OBJ
  [ "$2" -nt "$1" ] || "$CXX" "${FLAGS[@]}" -fsanitize=fuzzer-no-link -c "$1" -o "$2"
}
objname() { echo "$OUT/obj/$(echo "$1" | sed 's|^/||; s|[/.]|_|g').o"; }
# $JOBS compiles at a time, a new one as soon as any finishes.
for src in "${SRCS[@]}" "${SERVICE_SRCS[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  compile "$src" "$(objname "$src")" &
done
wait
for src in "${SRCS[@]}"; do OBJS+=("$(objname "$src")"); done
SERVICE_OBJS=()
for src in "${SERVICE_SRCS[@]}"; do SERVICE_OBJS+=("$(objname "$src")"); done
for f in "${OBJS[@]}" "${SERVICE_OBJS[@]}"; do
  [ -f "$f" ] || { echo "compile failed: $f" >&2; exit 1; }
done

# Each fuzzer is linked first, then they run $JOBS at a time (one a core),
# and their summaries are printed in the order named.
for name in "${FUZZERS[@]}"; do
  objs=("${OBJS[@]}")
  libs=("${LIBS[@]}")
  if [ "$name" = grpc_service ]; then
    objs+=("${SERVICE_OBJS[@]}")
    libs=("${GRPC_LIBS[@]}" "${libs[@]}")
  fi
  "$CXX" "${FLAGS[@]}" -fsanitize=fuzzer "tests/fuzz/${name}_fuzzer.cc" "${objs[@]}" \
    "${libs[@]}" -o "$OUT/${name}_fuzzer"
done

run_one() {  # run_one NAME: runs one fuzzer, writes $OUT/NAME.summary
  name=$1
  # Work on a copy: the repository's seed corpus stays as committed.
  work="$OUT/corpus/$name"
  mkdir -p "$work" "$OUT/artifacts/$name"
  cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
  extra=()
  case "$name" in
    jsonl_reader | input_reader | grpc_service) ;;
    *) extra=(tests/testdata/seeds) ;;
  esac
  {
    echo "== $name: $SECONDS_EACH s"
    if "$OUT/${name}_fuzzer" -max_total_time="$SECONDS_EACH" -timeout="${FUZZ_TIMEOUT:-10}" \
        -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-8192}" -print_final_stats=1 \
        -artifact_prefix="$OUT/artifacts/$name/" "$work" "${extra[@]}" \
        2>"$OUT/$name.log"; then
      echo ok > "$OUT/$name.status"
    else
      echo fail > "$OUT/$name.status"
      echo "FAIL: $name found a problem; see $OUT/$name.log and $OUT/artifacts/$name/"
      grep -E "ERROR|SUMMARY|timeout|Test unit written" "$OUT/$name.log" | head -5
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$OUT/$name.log" |
      sed "s/^/$name /"
  } > "$OUT/$name.summary"
}

running=0
for name in "${FUZZERS[@]}"; do
  rm -f "$OUT/$name.status"
  run_one "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

status=0
for name in "${FUZZERS[@]}"; do
  cat "$OUT/$name.summary"
  [ "$(cat "$OUT/$name.status" 2>/dev/null)" = ok ] || status=1
done
exit $status
