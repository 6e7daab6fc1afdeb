// libFuzzer target for quotes::ParseJsonLine, the JSONL reader's line parser:
// any line in, a record out, never a crash. A record that failed says why and
// keeps an id; one that did not has its text.
//
// Built and run by tests/fuzz/run_fuzzers.sh (clang-14, -fsanitize=fuzzer).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "quotes/input_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string line(reinterpret_cast<const char*>(data), size);
  const quotes::InputRecord r = quotes::ParseJsonLine(line, "fuzz:1");
  if (r.hints.id().empty()) std::abort();
  if (!r.status.ok() && r.status.message().empty()) std::abort();
  if (!r.status.ok() && !r.text.empty()) std::abort();
  return 0;
}
