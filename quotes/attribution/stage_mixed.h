// MIXED quotes: reported speech that holds a partial quote, and what it
// takes in.
#ifndef QUOTES_ATTRIBUTION_STAGE_MIXED_H_
#define QUOTES_ATTRIBUTION_STAGE_MIXED_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "mixed": 'The trend was "stupid", he said.': reported speech that holds a
// partial quote of the same cue is one MIXED quote, not a reported clause
// and a one-word direct quote. A partial quote inside a MIXED quote is part
// of it, and so is reported speech read inside one ('called the law
// “punitive” and vowed to challenge it in court' reports no second
// clause): their drafts go.
void MergeMixedQuotes(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_MIXED_H_
