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

// RE2::Consume(input, re, args...), with a match test first. For an anchored
// match with groups on a short text RE2 goes straight to its backtracker,
// which clears a bitmap of the pattern's size times the text's before the
// first byte; asked for no groups it runs the DFA, which rejects a text that
// does not match in a few steps. So a pattern that seldom matches (a
// dateline) costs little where it does not, and the same where it does.
//
// Example:
//   re2::StringPiece head = ...;
//   std::string place;
//   if (ConsumeIfMatch(&head, dateline_re, &place)) ...
template <typename... Args>
bool ConsumeIfMatch(re2::StringPiece* input, const RE2& re, Args*... args) {
  re2::StringPiece probe = *input;
  return RE2::Consume(&probe, re) && RE2::Consume(input, re, args...);
}

// Calls `f(begin, end)` with the byte offsets (into `text`) of every
// non-overlapping match of `re` inside text[from, to), left to right. Asks RE2
// for the overall match only, so it runs on the DFA alone; the text around
// the range still counts for \b and ^.
template <typename F>
void ForEachMatch(const RE2& re, absl::string_view text, size_t from, size_t to,
                  F f) {
  const re2::StringPiece all = ToPiece(text);
  re2::StringPiece m;
  size_t pos = from;
  while (pos < to && re.Match(all, pos, to, RE2::UNANCHORED, &m, 1)) {
    const size_t b = m.data() - all.data();
    const size_t e = b + m.size();
    f(b, e);
    pos = e > b ? e : e + 1;
  }
}

// Like ForEachMatch for a pattern whose matches can start only where
// `next_candidate(pos, to)` says: it returns the first position in
// [pos, to) that may start a match, or `to`. RE2 runs anchored there, so a
// text with few candidates is not scanned once per match (a forward and a
// reverse DFA pass each). The matches are ForEachMatch's as long as no match
// starts elsewhere.
template <typename NextCandidate, typename F>
void ForEachMatchAt(const RE2& re, absl::string_view text, size_t from,
                    size_t to, NextCandidate next_candidate, F f) {
  const re2::StringPiece all = ToPiece(text);
  re2::StringPiece m;
  size_t pos = next_candidate(from, to);
  while (pos < to) {
    if (re.Match(all, pos, to, RE2::ANCHOR_START, &m, 1) && !m.empty()) {
      f(pos, pos + m.size());
      pos += m.size();
    } else {
      ++pos;
    }
    if (pos < to) pos = next_candidate(pos, to);
  }
}

// "a|b|c" with each alternative escaped, longest first so that RE2's
// leftmost-first alternation prefers "pointed out" over "pointed".
std::string AlternationOf(std::vector<std::string> words);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_INTERNAL_RE2_UTIL_H_
