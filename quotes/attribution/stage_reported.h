// Reported speech: the clauses that cues report, and who they report.
#ifndef QUOTES_ATTRIBUTION_STAGE_REPORTED_H_
#define QUOTES_ATTRIBUTION_STAGE_REPORTED_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "reported" (unless AttributorOptions::reported is false): for each cue of
// each sentence, outside quotation marks, the clause it reports and its
// speaker phrase:
//   - "according to X": the clause before or after it;
//   - an inverted cue after a comma: "..., said X, a Y." (the words before);
//   - a tail: "..., X said." (the words before);
//   - a cue after its subject: "X said (that) ..." (the clause after it),
//     with the subject of the sentence, of the clause before ("and", "but"),
//     of a relative "who", or of a participle ("..., saying ...").
// A clause that a direct quote already reports, that opens with a verb, or
// that is shorter than three words makes no draft; one that holds a
// partial quote is MIXED.
void FindReportedSpeech(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_REPORTED_H_
