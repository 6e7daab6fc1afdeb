// The first stages: an article's blocks and their words, the cues in them,
// and the persons they name.
#ifndef QUOTES_ATTRIBUTION_STAGE_BLOCKS_H_
#define QUOTES_ATTRIBUTION_STAGE_BLOCKS_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "blocks": the body paragraphs that lie inside the text, then the headline
// when it was read from the text (quotes in headlines: "X says ...", "...
// – Director-General"), each with its tokens.
void SplitBlocks(const AttributionModel& model, ArticleState* state);

// "cues": each block's cues, and its sentences up to the one that holds its
// last cue (the headline is one sentence).
void FindCues(const AttributionModel& model, ArticleState* state);

// "persons": the persons the body names (a title-case headline names no one
// reliably, and persons named there are named again in the body), then
// each sentence that opens with the surname of a person named in full;
// and all of them in text order.
void FindPersons(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_BLOCKS_H_
