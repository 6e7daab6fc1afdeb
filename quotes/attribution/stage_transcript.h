// Transcripts: paragraphs opened by a speaker's label and a colon.
#ifndef QUOTES_ATTRIBUTION_STAGE_TRANSCRIPT_H_
#define QUOTES_ATTRIBUTION_STAGE_TRANSCRIPT_H_

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {

// "transcript" (unless AttributorOptions::direct is false): "BROWN: I
// disagree.": a paragraph opened by a known speaker's name in capitals and
// a colon is that speaker's words. Only persons named in the article
// count, so "NOTE:" or "UPDATE:" never speak; a label that opens two turns
// or more speaks too when another such label is a known person ("WALLACE:"
// beside "PENCE:" in a transcript of an interview). A transcript may sit
// inside quotation marks, one mark opening each turn: its turns replace
// the quote that spans them.
void ReadTranscripts(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_TRANSCRIPT_H_
