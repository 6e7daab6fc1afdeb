// A small tokenizer for the speaker and cue logic: words with their byte
// spans, and punctuation as separate tokens.
#ifndef QUOTES_INTERNAL_TOKENS_H_
#define QUOTES_INTERNAL_TOKENS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "quotes/internal/segmenter.h"

namespace quotes {
namespace internal {

struct Token {
  TextSpan span;
  absl::string_view text;  // a view into the article text
  bool punct = false;      // , ; : . ! ? ( ) quote marks, dashes
  bool capitalized = false;  // first letter upper case (any script: non-ASCII counts)
  bool lower = false;        // first letter lower case ASCII
  bool acronym = false;      // two or more capitals, no lower case: "ICESCO"
  bool alpha = false;        // ASCII letters only
  // Word-list classes of the word, set by NameModel::Annotate (0 before).
  uint16_t lex = 0;
};

// Hash and equality of words in ASCII case-insensitive form, so that a
// token's text can be looked up without lower-casing a copy of it.
struct AsciiCaseInsensitiveHash {
  using is_transparent = void;
  size_t operator()(absl::string_view s) const;
};
struct AsciiCaseInsensitiveEq {
  using is_transparent = void;
  bool operator()(absl::string_view a, absl::string_view b) const;
};

// A word's bit in a filter of 16 x 32 x 32 bits: (length up to 15, first
// and last letter, any case). Words that share no bit cannot be equal.
constexpr size_t kWordFingerprintBits = 16 * 32 * 32;
inline size_t WordFingerprint(absl::string_view word) {
  if (word.empty()) return 0;
  const size_t length = word.size() < 15 ? word.size() : 15;
  // ASCII letters in either case share their low five bits.
  const size_t first = static_cast<unsigned char>(word.front()) & 31;
  const size_t last = static_cast<unsigned char>(word.back()) & 31;
  return (length << 10) | (first << 5) | last;
}

// ASCII word characters, as RE2's \b and \w see them.
inline bool IsAsciiWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

// A word in ASCII lower case without a heap allocation for short words:
// the hot lookups of the speaker model go through it.
class LowerWord {
 public:
  explicit LowerWord(absl::string_view w);
  operator absl::string_view() const { return view_; }  // NOLINT
  absl::string_view view() const { return view_; }

 private:
  char buf_[48];
  std::string long_;
  absl::string_view view_;
};

// Tokens of `text[range.begin, range.end)`. A trailing full stop stays on
// abbreviations and initials ("M.", "Sen.", "U.S."), else it is punctuation.
std::vector<Token> Tokenize(absl::string_view text, TextSpan range);

// "R-Del", "D-Calif", "R-Del.": a party's initial and a state's
// abbreviation, as in "John Smith, R-Del., said".
bool IsPartyStateTag(absl::string_view word);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_INTERNAL_TOKENS_H_
