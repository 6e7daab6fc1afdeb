#include "quotes/internal/re2_util.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace quotes {
namespace internal {

absl::StatusOr<std::unique_ptr<RE2>> CompilePattern(absl::string_view name,
                                                    absl::string_view pattern,
                                                    bool case_sensitive) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(ToPiece(pattern), options);
  if (!re->ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("pattern ", name, " does not compile: ", re->error()));
  }
  if (re->ProgramSize() > kMaxProgramSize) {
    return absl::InvalidArgumentError(absl::StrCat(
        "pattern ", name, " is too large: program size ", re->ProgramSize()));
  }
  return re;
}

std::string AlternationOf(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::vector<std::string> escaped;
  escaped.reserve(words.size());
  for (const std::string& w : words) {
    if (!w.empty()) escaped.push_back(RE2::QuoteMeta(ToPiece(w)));
  }
  return absl::StrJoin(escaped, "|");
}

}  // namespace internal
}  // namespace quotes
