// Direct quotes: who said each quote in quotation marks.
#ifndef QUOTES_ATTRIBUTION_STAGE_DIRECT_H_
#define QUOTES_ATTRIBUTION_STAGE_DIRECT_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "direct": a draft for each marked quote that is no title, with the
// speaker phrase its attribution names, tried in this order:
//   - a cue after it: “...,” said X / “...,” X said / “...,” X, a Y, said;
//   - a dash and a full name closing the line: “...” — Jane Doe, 34;
//   - a cue before it: X said: “...” / X said, “...” / According to X, “...”;
//   - a colon after a sentence: Mayor Paul Grant was blunt: “...”;
//   - a paragraph that closes with "X said:" before the quote's;
//   - a verb that takes the words as its object: He called the plan “...”
//     (a MIXED quote).
// A quote with none of these takes the previous quote's speaker (resolve);
// a few words inside a sentence with no cue (a scare quote, a nickname) and
// short title-case quotes make no draft.
void AttributeDirectQuotes(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_DIRECT_H_
