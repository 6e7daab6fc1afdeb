// The cross-article fact-check: claims of many articles grouped by (event,
// measure) with a verdict each, independent sources counted, and quotes,
// names and titles that disagree across articles.
//
// Example:
//   std::vector<v1::ArticleAnalysis> analyses = ...;  // claims extracted
//   v1::CrossCheckReport report = CrossCheckClaims(analyses);
//   for (const v1::Finding& f : report.findings()) {
//     if (f.verdict() == v1::CONFLICT) std::cout << f.explanation() << "\n";
//   }
#ifndef QUOTES_INTERNAL_CROSS_CHECK_H_
#define QUOTES_INTERNAL_CROSS_CHECK_H_

#include <vector>

#include "proto/quotes.pb.h"

namespace quotes {
namespace internal {

// Checks the claims of `analyses` (records with `error` set are skipped).
//
// QUANTITY claims about an event are grouped by (event, measure) with hash
// maps; a figure tied to no event ("about: ...") is not compared. A claim
// whose event has no year ("conference (?)") or no ordinal joins the one
// group that differs from it only there, when exactly one does; otherwise an
// event of unknown year stays within its article. A group splits where its
// claims share no context word (place or name), and figures that do not count
// participants are grouped by their frame too ("won" 51 caps). Verdicts:
//   CONFLICT       some claim is allowed by no claim of another article ("50"
//                  and "51" countries; "some 80" and "more than 100"
//                  delegates). One article's own figures are not played
//                  against each other;
//   CONSISTENT     no conflict, and two or more articles make the claim;
//   SINGLE_SOURCE  no conflict, and one article makes it.
// Independent sources: articles with the same `source`, or whose texts share
// long passages word for word (estimated from 8-word shingles), count once.
//
// Also reported (verdict DISCREPANCY, kind as named): one quote attributed to
// different speakers (QUOTE_ATTRIBUTION); one speaker's quote worded
// differently (QUOTE_WORDING); an acronym expanded in two ways, or one
// expansion with two acronyms (NAME_VARIANT); one person with two titles
// (TITLE_VARIANT).
//
// Findings are ordered: conflicts, consistent, single source, then the
// DISCREPANCY findings about quotes, names and titles; within each, by event
// and measure. Time is near-linear in the number of claims and quotes; memory
// is proportional to them plus a fixed-size sketch per article.
v1::CrossCheckReport CrossCheckClaims(
    const std::vector<v1::ArticleAnalysis>& analyses);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_INTERNAL_CROSS_CHECK_H_
