// Speakers: the drafts in text order, and the entity each one's speaker
// phrase resolves to.
#ifndef QUOTES_ATTRIBUTION_STAGE_SPEAKERS_H_
#define QUOTES_ATTRIBUTION_STAGE_SPEAKERS_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "order": the drafts in text order, the headline's last; the drafts stay
// where they were made from here on, and the stages after this one order,
// drop and join pointers to them.
void OrderDrafts(const AttributionModel& model, ArticleState* state);

// "resolve": each draft's speaker phrase resolved, in text order, to one
// entity of the article (a name, a surname, a pronoun or a description of
// someone named before); a draft with no phrase that may inherit takes the
// speaker of the quote before it ("..., Schiff said. “The other factor
// ...”" takes Schiff from the reported speech before it).
void ResolveSpeakers(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_SPEAKERS_H_
