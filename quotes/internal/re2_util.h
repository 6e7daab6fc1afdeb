// Glue between Abseil and RE2: Debian's absl::string_view is not
// std::string_view, and RE2 2022-06-01 takes re2::StringPiece.
#ifndef QUOTES_INTERNAL_RE2_UTIL_H_
#define QUOTES_INTERNAL_RE2_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "re2/re2.h"

namespace quotes {
namespace internal {

inline re2::StringPiece ToPiece(absl::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}
inline absl::string_view ToView(re2::StringPiece s) {
  return absl::string_view(s.data(), s.size());
}

// Patterns larger than this are rejected: they come from user word lists and
// would make every article slow.
inline constexpr int kMaxProgramSize = 1 << 20;

// Compiles `pattern` with UTF-8 semantics and errors returned, not logged.
// `name` goes into the error so a bad user pattern can be found.
absl::StatusOr<std::unique_ptr<RE2>> CompilePattern(absl::string_view name,
                                                    absl::string_view pattern,
                                                    bool case_sensitive = true);

// "a|b|c" with each alternative escaped, longest first so that RE2's
// leftmost-first alternation prefers "pointed out" over "pointed".
std::string AlternationOf(std::vector<std::string> words);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_INTERNAL_RE2_UTIL_H_
