// One article's attribution in progress: the lookups the stages share.
#include "quotes/attribution/article_state.h"

#include <algorithm>
#include <vector>

namespace quotes {
namespace internal {
namespace {

// Whether `span` is one of `spans` (sorted by where they begin).
bool IsIn(const std::vector<TextSpan>& spans, TextSpan span) {
  auto it = std::lower_bound(
      spans.begin(), spans.end(), span.begin,
      [](const TextSpan& e, size_t p) { return e.begin < p; });
  return it != spans.end() && it->begin == span.begin && it->end == span.end;
}

}  // namespace

std::vector<SpeakerPhrase*> InTextOrder(std::vector<SpeakerPhrase>* phrases) {
  std::vector<SpeakerPhrase*> order;
  order.reserve(phrases->size());
  for (SpeakerPhrase& p : *phrases) order.push_back(&p);
  std::sort(order.begin(), order.end(), [](const SpeakerPhrase* a, const SpeakerPhrase* b) {
    return a->span.begin < b->span.begin;
  });
  return order;
}

bool ArticleState::IsEmbedded(TextSpan span) const {
  return IsIn(embedded, span) || IsIn(titles, span);
}

bool ArticleState::PartialAt(size_t pos, size_t end) const {
  auto q = std::lower_bound(
      marked.begin(), marked.end(), pos,
      [](const MarkedQuote& m, size_t p) { return m.open_mark.begin < p; });
  return q != marked.end() && q->open_mark.begin == pos &&
         IsEmbedded(q->content) && q->close_mark.end + 3 < end;
}

}  // namespace internal
}  // namespace quotes
