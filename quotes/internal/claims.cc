#include "quotes/internal/claims.h"

namespace quotes {
namespace internal {

struct ClaimExtractor::Patterns {};

ClaimExtractor::ClaimExtractor() = default;
ClaimExtractor::~ClaimExtractor() = default;

absl::StatusOr<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(
    const v1::Lexicon& lexicon) {
  (void)lexicon;
  return std::unique_ptr<ClaimExtractor>(new ClaimExtractor());
}

void ClaimExtractor::Extract(v1::ArticleAnalysis* analysis) const {
  (void)analysis;
}

v1::CrossCheckReport CrossCheckClaims(
    const std::vector<v1::ArticleAnalysis>& analyses) {
  v1::CrossCheckReport report;
  report.set_articles(static_cast<int>(analyses.size()));
  return report;
}

}  // namespace internal
}  // namespace quotes
