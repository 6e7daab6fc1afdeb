#!/bin/bash
# Builds quotecheck's libFuzzer targets with clang-14 (-fsanitize=fuzzer,address
# ,undefined) and runs each for a bounded time on a copy of its seed corpus.
#
#   tests/fuzz/run_fuzzers.sh [SECONDS_EACH] [FUZZER...]
#
# Run from the repository root. Bazel's toolchain is gcc, which has no
# libFuzzer, so the targets are built here directly: the library's sources
# from quotes/, the generated protobuf code and embedded lexicon from
# bazel-bin (the script builds them first), and Debian's RE2, protobuf,
# Abseil and simdjson. Output (binaries, working corpora, crash files) goes to
# $FUZZ_OUT (default: a folder under /tmp keyed by the checkout's path), never
# into the repository. Exits 1 when a fuzzer finds a crash, a leak, a timeout
# (-timeout, default 10 s per input) or an out-of-memory input.
set -eu
SECONDS_EACH="${1:-60}"
shift || true
FUZZERS=("$@")
[ ${#FUZZERS[@]} -gt 0 ] || FUZZERS=(article_parser analyzer claims jsonl_reader input_reader)
ROOT="$(pwd)"
[ -f "$ROOT/tests/fuzz/run_fuzzers.sh" ] || { echo "run from the repository root" >&2; exit 2; }
# Keyed by this checkout's path: two clones never share objects.
OUT="${FUZZ_OUT:-/tmp/quotecheck-fuzz-$(pwd | md5sum | cut -c1-12)}"
CXX="${CXX_FUZZ:-clang++-14}"
JOBS="${FUZZ_JOBS:-$(nproc)}"
mkdir -p "$OUT/obj"

bazel build //proto:quotes_cc_proto //proto:lexicon_cc_proto //quotes:embed_lexicon >/dev/null 2>&1 ||
  bazel build //proto:quotes_cc_proto //proto:lexicon_cc_proto //quotes:embed_lexicon
GEN="$(bazel info bazel-bin 2>/dev/null)"

FLAGS=(-std=c++17 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined
       -fno-sanitize-recover=undefined -I"$ROOT" -I"$GEN")
# The same system libraries Bazel links, here as shared libraries: every -l
# in the stand-ins for the library's dependencies ("-l:libre2.a" is -lre2),
# and Abseil's archives, listed in absl.BUILD.
LIBS=($( (grep -ho -- '"-l[A-Za-z0-9_+:.]*"' third_party/system/{re2,protobuf,simdjson}.BUILD;
          sed -n '/^_ARCHIVES = \[/,/^\]/p' third_party/system/absl.BUILD |
            grep -o '"[a-z0-9_]*"' | sed 's/^"/"-labsl_/') 2>/dev/null |
        tr -d '"' | sed 's/^-l:lib\(.*\)\.a$/-l\1/' | awk '!seen[$0]++') -pthread)

# The library: every .cc under quotes/ plus the generated sources.
SRCS=($(find quotes -name '*.cc' | sort) "$GEN/proto/quotes.pb.cc"
      "$GEN/proto/lexicon.pb.cc" "$GEN/quotes/default_lexicon_data.cc")
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
i=0
for src in "${SRCS[@]}"; do
  obj="$OUT/obj/$(echo "$src" | sed 's|^/||; s|[/.]|_|g').o"
  OBJS+=("$obj")
  compile "$src" "$obj" &
  i=$((i + 1))
  if [ $((i % JOBS)) = 0 ]; then wait; fi
done
wait
for f in "${OBJS[@]}"; do [ -f "$f" ] || { echo "compile failed: $f" >&2; exit 1; }; done

status=0
for name in "${FUZZERS[@]}"; do
  bin="$OUT/${name}_fuzzer"
  "$CXX" "${FLAGS[@]}" -fsanitize=fuzzer "tests/fuzz/${name}_fuzzer.cc" "${OBJS[@]}" \
    "${LIBS[@]}" -o "$bin"
  # Work on a copy: the repository's seed corpus stays as committed.
  work="$OUT/corpus/$name"
  mkdir -p "$work" "$OUT/artifacts/$name"
  cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
  extra=()
  [ "$name" = jsonl_reader ] || [ "$name" = input_reader ] || extra=(tests/testdata/seeds)
  echo "== $name: $SECONDS_EACH s"
  if ! "$bin" -max_total_time="$SECONDS_EACH" -timeout="${FUZZ_TIMEOUT:-10}" \
      -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-8192}" -print_final_stats=1 \
      -artifact_prefix="$OUT/artifacts/$name/" "$work" "${extra[@]}" \
      2>"$OUT/$name.log"; then
    echo "FAIL: $name found a problem; see $OUT/$name.log and $OUT/artifacts/$name/"
    grep -E "ERROR|SUMMARY|timeout|Test unit written" "$OUT/$name.log" | head -5
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$OUT/$name.log" | sed "s/^/$name /"
done
exit $status
