// The last steps before the records: which drafts are kept, and the
// interrupted quotes joined into one.
#ifndef QUOTES_ATTRIBUTION_STAGE_SELECT_H_
#define QUOTES_ATTRIBUTION_STAGE_SELECT_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "select": each draft's speaker certainty (the measured precision of the
// rule that chose its speaker, one half without a speaker); one draft per
// span (the first in speaker order stays), in text order.
void SelectQuotes(const AttributionModel& model, ArticleState* state);

// "join": an interrupted quote ("“A,” said X. “B”") becomes one draft with
// its parts, and a fragment that no quote goes on after is dropped; a
// reported clause ends where the next clause's subject (or cue) begins
// inside it ("Fowler said the politics would be more intense — and he noted
// that ...").
void JoinInterruptedQuotes(const AttributionModel& model, ArticleState* state);

// The quotes below AttributorOptions::min_confidence dropped, and the quotes
// inside a dropped direct quote with them; the records stage calls it first.
// After the joins: the piece after an attribution ("“A,” he said. “B”")
// takes the speaker before it, a rule right about half the time on its own,
// but is part of a quote whose rule is surer.
void DropBelowMinConfidence(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_SELECT_H_
