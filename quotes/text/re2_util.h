// Glue between Abseil and RE2: Debian's absl::string_view is not
// std::string_view, and RE2 2022-06-01 takes re2::StringPiece.
#ifndef QUOTES_TEXT_RE2_UTIL_H_
#define QUOTES_TEXT_RE2_UTIL_H_

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
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

// IsAsciiWordByte of every byte, for the walks over words' bytes in the cue
// search: one load a byte, where the test's ranges cost eight instructions.
// A constant, worked out at compile time (re2_util.cc): no initialisation
// at start-up, and none to wait for before a static initialiser uses it.
extern const std::array<bool, 256> kAsciiWordBytes;

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
// The test asks RE2::Match itself: Consume's argument handling (17 pieces
// set up on each call) is ~110 of the ~800 instructions of a failed test.
//
// Example:
//   re2::StringPiece head = ...;
//   std::string place;
//   if (ConsumeIfMatch(&head, dateline_re, &place)) ...
template <typename... Args>
bool ConsumeIfMatch(re2::StringPiece* input, const RE2& re, Args*... args) {
  return re.Match(*input, 0, input->size(), RE2::ANCHOR_START, nullptr, 0) &&
         RE2::Consume(input, re, args...);
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

// `s` in lower case as RE2's case-insensitive matching sees it: ASCII
// letters lowered, and U+212A KELVIN SIGN and U+017F LONG S, which RE2 folds
// onto 'k' and 's' (the only characters beyond ASCII in the orbits of ASCII
// letters), made those letters; every other byte kept. The key to look a
// match of a case-insensitive pattern up by in a table of lower-case ASCII
// words: "\u017Fome" matches "some" and is looked up as "some".
std::string FoldCaseAsRe2(absl::string_view s);

// "a|b|c" with each alternative escaped, longest first so that RE2's
// leftmost-first alternation prefers "pointed out" over "pointed".
std::string AlternationOf(std::vector<std::string> words);

// The anchored matches of \b(?:AlternationOf(words))\b, found
// without RE2, for words that are ASCII and start with an ASCII word byte
// (Supports). Compiling that pattern for the ~400 cue forms, twice (as
// written and in any case), was a tenth of a short run's instructions, and
// each anchored match cost ~1000 instructions; here the words whose first
// run of word bytes is the text's are tried in the pattern's order with
// RE2's rules:
//   - leftmost-first: the first word in AlternationOf's order that matches,
//     with \b on both sides, wins;
//   - \b is ASCII and reads the text around the range (context), as
//     RE2::Match does with a startpos and an endpos;
//   - in any case, RE2 (UTF-8) folds an ASCII letter onto its other case and
//     'k' and 's' also onto U+212A KELVIN SIGN and U+017F LONG S, the only
//     characters beyond ASCII in those letters' orbits.
// Thread-safe once built.
class WordAlternation {
 public:
  static bool Supports(const std::vector<std::string>& words);
  // `words` must be Supports()'ed.
  WordAlternation(std::vector<std::string> words, bool case_sensitive);

  // The length of the match that RE2::Match(text, pos, limit, ANCHOR_START)
  // finds for the pattern, or 0 when it finds none. With a match, `*word`
  // (when given) is the number of the word that made it: word(*word).
  size_t MatchAt(absl::string_view text, size_t pos, size_t limit,
                 int* word = nullptr) const;

  // The words in the order they are tried, without duplicates: word(i) for
  // i in [0, size()).
  size_t size() const { return words_.size(); }
  const std::string& word(int i) const { return words_[i]; }

 private:
  // Bytes of text[pos, limit) that `word` matches from `pos`, or 0.
  size_t MatchWord(absl::string_view text, size_t pos, size_t limit,
                   absl::string_view word) const;
  // The length of the first of `candidates` (indices into words_, in order)
  // that matches at `pos` between two word boundaries, or 0; `*word` is set
  // to that index.
  size_t FirstMatch(absl::string_view text, size_t pos, size_t limit,
                    const std::vector<int>& candidates, int* word) const;

  bool case_sensitive_;
  std::vector<std::string> words_;  // AlternationOf's order, no duplicates
  std::vector<int> all_;            // 0 .. words_.size() - 1
  // A word's first run of word bytes, lower-cased -> the words with that
  // run, in order.
  absl::flat_hash_map<std::string, std::vector<int>> by_run_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_RE2_UTIL_H_
