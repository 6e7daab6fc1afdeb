// factcheck check --format=claimreview: each finding as a schema.org
// ClaimReview in JSON-LD (https://schema.org/ClaimReview), the markup fact
// checkers publish and search engines read.
//
// A finding becomes one ClaimReview: `claimReviewed` says what was compared
// and the figures as written; `itemReviewed` is a Claim whose `appearance`
// lists each article stating it (a CreativeWork with url, headline,
// datePublished and the article's source as publisher); `reviewRating`
// gives the verdict in words (`alternateName`) and as a number from 1
// (sources conflict) to 5 (consistent); `author` is the reviewing
// Organization and `datePublished` the review's date, both given by the
// caller so that the output depends on the input alone.
//
// Example:
//   ClaimReviewOptions options;
//   options.author = "Example Checks";
//   options.date = "2016-03-16";
//   std::cout << FindingToClaimReview(finding, options);
#ifndef TOOLS_CLAIM_REVIEW_H_
#define TOOLS_CLAIM_REVIEW_H_

#include <string>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"

namespace factcheck {

struct ClaimReviewOptions final {
  // The Organization publishing the reviews (check --review_author).
  std::string author = "factcheck";
  // The reviews' datePublished, YYYY-MM-DD; left out when empty.
  std::string date;
};

// `s` as a JSON string, quotes included.
std::string JsonQuote(absl::string_view s);

// The verdict in words and as a rating from 1 to 5.
const char* VerdictWords(quotes::v1::Verdict v);
int VerdictRating(quotes::v1::Verdict v);

// One finding as a ClaimReview JSON-LD object on one line (no line break).
std::string FindingToClaimReview(const quotes::v1::Finding& f, const ClaimReviewOptions& options);

}  // namespace factcheck

#endif  // TOOLS_CLAIM_REVIEW_H_
