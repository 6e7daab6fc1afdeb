// UTF-8 validation and decoding helpers used at the library's entry points.
#ifndef QUOTES_TEXT_UTF8_H_
#define QUOTES_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>

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

// Characters that print nothing: the soft hyphen (U+00AD), zero-width
// space, joiners and direction marks (U+200B-U+200F), the word joiner and
// invisible operators (U+2060-U+2064) and the byte-order mark (U+FEFF).
// Web copy carries them inside names ("La<U+200B>Plante").
bool IsInvisibleChar(char32_t c);

// A name, title or organisation as one line of visible words: invisible
// characters dropped, every space character (no-break, thin, ideographic,
// line breaks) read as one ASCII space, runs of spaces made one and the ends
// trimmed. Names of ASCII alone are left as they are without a copy.
void NormalizeNameText(std::string* s);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_UTF8_H_
