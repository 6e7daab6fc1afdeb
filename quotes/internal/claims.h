// Claims: quantities ("more than 100 delegates"), dates and events found in
// one analysed article, for the cross-check.
#ifndef QUOTES_INTERNAL_CLAIMS_H_
#define QUOTES_INTERNAL_CLAIMS_H_

#include <memory>

#include "absl/status/statusor.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace internal {

// Immutable after Create(); Extract() is const and thread-safe.
class ClaimExtractor {
 public:
  static absl::StatusOr<std::unique_ptr<ClaimExtractor>> Create(
      const v1::Lexicon& lexicon);
  ~ClaimExtractor();

  // Reads analysis->article() (and its quotes, for speakers) and appends to
  // analysis->claims.
  void Extract(v1::ArticleAnalysis* analysis) const;

 private:
  ClaimExtractor();
  struct Patterns;
  std::unique_ptr<Patterns> patterns_;
};

// Groups claims of many articles by (event, measure) and gives verdicts.
v1::CrossCheckReport CrossCheckClaims(
    const std::vector<v1::ArticleAnalysis>& analyses);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_INTERNAL_CLAIMS_H_
