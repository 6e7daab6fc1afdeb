// Stories: the articles that report one story, found from each article's
// story terms (claims/story_terms.h: names and content words of its headline
// and first paragraphs, kept in ArticleAnalysis.story_terms) and dates, so
// the clustering needs neither the text nor a second pass over it, and
// records analysed anywhere cluster alike.
//
// Example:
//   std::vector<StoryInput> inputs = ...;  // one per article, sorted by id
//   StoryClusters s = ClusterStories(inputs);
//   // s.story_of[i]: index into s.stories, or -1 for an article alone
#ifndef QUOTES_CROSSCHECK_STORIES_H_
#define QUOTES_CROSSCHECK_STORIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace internal {

// One article as the clustering sees it. The views are the caller's and
// must outlive the ClusterStories() call.
struct StoryInput {
  absl::string_view id;
  absl::string_view headline;
  int64_t day = -1;  // days since 1970-01-01; -1 when the date is unknown
  std::vector<absl::string_view> terms;
};

struct StoryClusters {
  // Stories of two or more articles, ordered by their first article's index
  // (so by id when the inputs are sorted by id); ids "story-1", ...
  std::vector<v1::Story> stories;
  // For each input, the index of its story in `stories`, or -1.
  std::vector<int> story_of;
};

// Links two articles when the terms they share, each weighted by its
// rarity over all inputs (inverse document frequency), make up at least
// kStorySimilarity of their weight (a cosine over binary term vectors), and
// their dates are at most kStoryDays apart; when neither date is known the
// terms alone must say more, kUndatedStorySimilarity (two articles of one
// topic share as much as two of one story do within days); stories are the
// linked components. Terms in more than a
// tenth of the articles (and more than 50) tell nothing and are not used.
// Deterministic for inputs in a fixed order; time about linear in the number
// of shared term pairs, memory linear in the number of terms (the pairs'
// weights are summed one article at a time, never all held at once).
StoryClusters ClusterStories(const std::vector<StoryInput>& inputs);

inline constexpr double kStorySimilarity = 0.2;
inline constexpr double kUndatedStorySimilarity = 0.4;
inline constexpr int kStoryDays = 3;

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CROSSCHECK_STORIES_H_
