// UTF-8 validation and decoding helpers used at the library's entry points.
#ifndef QUOTES_TEXT_UTF8_H_
#define QUOTES_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace quotes {
namespace internal {

// Returns OK when `text` is well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF). Otherwise an InvalidArgumentError that
// names the byte offset of the first bad sequence.
absl::Status ValidateUtf8(absl::string_view text);

// Decodes the code point that starts at `text[pos]` and stores its length in
// `*len`. The text must be valid UTF-8 and `pos` a character boundary.
char32_t DecodeAt(absl::string_view text, size_t pos, int* len);

// Decodes the code point that ends right before `text[pos]` and stores its
// length in `*len`; returns 0 with `*len == 0` at the start of the text.
char32_t DecodeBefore(absl::string_view text, size_t pos, int* len);

// Letters and digits: ASCII plus every code point above U+00BF that is not
// punctuation we know (quote marks, dashes, spaces). Good enough for deciding
// whether a quote mark touches a word.
bool IsWordChar(char32_t c);
bool IsSpaceChar(char32_t c);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_UTF8_H_
