// A small tokenizer for the speaker and cue logic: words with their byte
// spans, and punctuation as separate tokens.
#ifndef QUOTES_INTERNAL_TOKENS_H_
#define QUOTES_INTERNAL_TOKENS_H_

#include <cstdint>
#include <string>
#include <vector>

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
  // Word-list classes of the word, set by NameModel::Annotate (0 before).
  uint16_t lex = 0;
};

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

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_INTERNAL_TOKENS_H_
