// A half-open byte range [begin, end) of an article's text: the unit every
// stage speaks in (paragraphs, sentences, tokens, quotes, figures).
#ifndef QUOTES_TEXT_TEXT_SPAN_H_
#define QUOTES_TEXT_TEXT_SPAN_H_

#include <cstddef>

namespace quotes {
namespace internal {

struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_TEXT_SPAN_H_
