// Pairs quotation marks into direct quotes: every mark style, nesting, quotes
// over several paragraphs, apostrophes that are not marks.
#ifndef QUOTES_ATTRIBUTION_QUOTE_MARKS_H_
#define QUOTES_ATTRIBUTION_QUOTE_MARKS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

struct MarkedQuote {
  TextSpan content;    // between the marks
  TextSpan open_mark;  // the opening mark's bytes
  TextSpan close_mark;  // empty when the quote was never closed
  int first_paragraph = 0;
  int last_paragraph = 0;
  // False when the closing mark is missing and the quote was cut at the end of
  // its paragraph.
  bool balanced = true;
};

// A quote left open runs over at most this many following paragraphs before
// it is cut back to its own paragraph.
inline constexpr int kMaxContinuationParagraphs = 8;

// Finds the outermost quotes in `paragraphs` (spans into `text`, in order).
// Nested quotes stay inside their outer quote. Linear in the text's length.
std::vector<MarkedQuote> FindMarkedQuotes(absl::string_view text,
                                          const std::vector<TextSpan>& paragraphs);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_QUOTE_MARKS_H_
