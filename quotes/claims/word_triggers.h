// WordTriggers: which of a set of patterns can match in a span of text, from
// its words and numbers, read in one pass (the time finder's pretest).
#ifndef QUOTES_CLAIMS_WORD_TRIGGERS_H_
#define QUOTES_CLAIMS_WORD_TRIGGERS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

// Which of up to 32 patterns may match in a span of text, read off its
// words and numbers in one pass, so that a pattern is not run over a
// sentence where it cannot match (a pass of each time pattern over each
// sentence was a fifth of extract's instructions). An answer may be wrong
// only one way: a pattern said to match may not.
//
// A pattern is keyed by what each of its matches holds: one of a list of
// words, a number of a kind, or both. Words are read as runs of ASCII
// letters, so a word list may key a pattern only where each form stands in
// it with \b or white space before and \b after (after a form that ends in
// a letter): every run of letters of the form is then a whole run of the
// text's. The rarest-looking run of each form (its longest) is the key.
// Case-insensitive words are compared in lower case; a span holding U+212A
// KELVIN SIGN or U+017F LONG S (RE2 folds them onto 'k' and 's') may match
// every pattern.
//
// Immutable once built; In() is thread-safe.
//
// Example:
//   WordTriggers t;
//   t.AddWords(0, {"January", "Jan"}, /*case_sensitive=*/true);  // \b(January|Jan)\b
//   t.AddNumbers(1, WordTriggers::kYearNumber);                   // \b(?:1[6-9]|20)\d\d\b
//   t.In("In January 1999.", {0, 16}) == 0b11
class WordTriggers {
 public:
  // Numbers a pattern may need, as maximal runs of ASCII digits.
  enum Numbers : uint8_t {
    kAnyNumber = 1,    // a digit
    kShortNumber = 2,  // one or two digits: "8 p.m.", "May 5"
    kYearNumber = 4,   // four, 1600 to 2099: "1999"
  };

  // Pattern `bit` (0 to 31) needs one of `forms`. When a form has no ASCII
  // letter the list says nothing, and is not kept.
  void AddWords(int bit, const std::vector<std::string>& forms, bool case_sensitive);
  // Pattern `bit` needs a number of each kind in `numbers`.
  void AddNumbers(int bit, uint8_t numbers);

  // Bit i set: pattern i may match in text[span.begin, span.end). A bit no
  // Add call named is set.
  uint32_t In(absl::string_view text, TextSpan span) const;

 private:
  struct Key {
    uint32_t any_case = 0;  // patterns keyed by the run in any case
    // Patterns keyed by the run as written, and how it is written.
    std::vector<std::pair<std::string, uint32_t>> exact;
  };
  static constexpr size_t kMaxRun = 32;
  absl::flat_hash_map<std::string, Key> runs_;  // by the run in lower case
  // Bit c - 'a' of letters_[n]: a key of n letters starts with c.
  uint32_t letters_[kMaxRun + 1] = {};
  uint32_t keyed_by_words_ = 0;
  uint8_t numbers_[32] = {};
  uint32_t named_ = 0;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_WORD_TRIGGERS_H_
