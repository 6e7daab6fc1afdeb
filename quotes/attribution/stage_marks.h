// Quote marks: the marks paired into quotes, and the quotes among them
// that are titles or crossheads, not speech.
#ifndef QUOTES_ATTRIBUTION_STAGE_MARKS_H_
#define QUOTES_ATTRIBUTION_STAGE_MARKS_H_

#include <vector>

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/quote_marks.h"
#include "quotes/attribution/stage.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {

// A marked quote with the tokens around it, as the stages that read direct
// quotes look at it. Views into the state's blocks.
struct QuoteWords {
  const MarkedQuote& q;
  const Block& open_block;   // the block of the opening mark
  const Block& close_block;  // the block of the closing mark
  const std::vector<Token>& ot;  // open_block's tokens
  const std::vector<Token>& ct;  // close_block's tokens
  int open_tok;   // the opening mark's token in `ot`
  int after_tok;  // the first token after the closing mark in `ct`
  // The quote's words; ten more when it runs over paragraphs.
  int words;
};
QuoteWords WordsOf(const ArticleState& state, const MarkedQuote& q);

// "marks": the quotes in quotation marks in the body and in the headline,
// sorted by where they begin (none unless AttributorOptions::direct); the
// persons named inside them flagged as quoted.
void PairQuoteMarks(const AttributionModel& model, ArticleState* state);

// "titles": the marked quotes that are titles of works, events or things
// ("conference on “Right to Return”", “Fox News Sunday,”, "known as the
// “Buffett rule”") or crossheads (a paragraph of a few quoted words): no
// one's speech, though reported speech around them may hold them.
void SetAsideTitles(const AttributionModel& model, ArticleState* state);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_MARKS_H_
