// Records: the speakers and quotes written into the analysis.
#ifndef QUOTES_ATTRIBUTION_STAGE_RECORDS_H_
#define QUOTES_ATTRIBUTION_STAGE_RECORDS_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "records": a v1::Speaker for each entity that speaks, in order of first
// quote ("s1", "s2", ...), and a v1::Quote for each kept draft in text
// order ("q1", "q2", ...), added to the analysis.
void WriteRecords(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_RECORDS_H_
