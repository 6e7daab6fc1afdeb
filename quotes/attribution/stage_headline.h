// Headlines: the speaker a headline names before a colon, and the speaker
// of the body quote a headline's quote repeats.
#ifndef QUOTES_ATTRIBUTION_STAGE_HEADLINE_H_
#define QUOTES_ATTRIBUTION_STAGE_HEADLINE_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "headline_colon" (unless AttributorOptions::reported is false): "Pence:
// Flowers won't be at the debate": a headline that opens with a person's
// name and a colon reports what that person said. The name must be a full
// name or the surname of someone the body names in full ("Analysis:",
// "Poll:" name no one).
void AttributeHeadlineColon(const AttributionModel& model, ArticleState* state);

// "headline_quote": "‘We will not back down’: Prime Minister vows to fight
// on": a quote in the headline with no speaker repeats one of the body's,
// whose speaker it takes. Runs after resolve, on the drafts in order.
void MatchHeadlineQuotes(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_HEADLINE_H_
