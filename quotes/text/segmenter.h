// Splits paragraphs into sentences. Knows abbreviations ("Mr.", "U.S.",
// "Jan.") and initials ("Salim M. AlMalik") so they do not end a sentence.
#ifndef QUOTES_TEXT_SEGMENTER_H_
#define QUOTES_TEXT_SEGMENTER_H_

#include <cstddef>
#include <vector>

#include "absl/strings/string_view.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

// Whether `s` holds nothing but ASCII white space (or nothing).
bool IsBlank(absl::string_view s);

// Sentences of `text[paragraph.begin, paragraph.end)`, trimmed, in order.
// Linear in the paragraph's length. With `until`, only those that begin at
// or before byte `until` (the scan stops after the one that holds it).
std::vector<TextSpan> SplitSentences(absl::string_view text,
                                     TextSpan paragraph,
                                     size_t until = absl::string_view::npos);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_SEGMENTER_H_
