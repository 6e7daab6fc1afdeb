// The last steps before the records: which drafts are kept, and the
// interrupted quotes joined into one.
#ifndef QUOTES_ATTRIBUTION_STAGE_SELECT_H_
#define QUOTES_ATTRIBUTION_STAGE_SELECT_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "select": the drafts at AttributorOptions::min_confidence or above, one
// per span (the first in speaker order stays), in text order.
void SelectQuotes(const AttributionModel& model, ArticleState* state);

// "join": an interrupted quote ("“A,” said X. “B”") becomes one draft with
// its parts, and a fragment that no quote goes on after is dropped; a
// reported clause ends where the next clause's subject (or cue) begins
// inside it ("Fowler said the politics would be more intense — and he noted
// that ...").
void JoinInterruptedQuotes(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_SELECT_H_
