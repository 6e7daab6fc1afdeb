// Story terms: the words that say which story an article tells (names and
// content words of its headline and first paragraphs). Extraction keeps them
// in the article's record (ArticleAnalysis.story_terms), where the
// cross-check's story clustering (crosscheck/stories.h) reads them.
//
// Example:
//   StoryTermFinder terms(quotes::DefaultLexicon());
//   *analysis.mutable_story_terms() = ...;  // terms.Find(analysis.article())
#ifndef QUOTES_CLAIMS_STORY_TERMS_H_
#define QUOTES_CLAIMS_STORY_TERMS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace internal {

// At most this many terms are kept per article.
inline constexpr int kMaxStoryTerms = 40;

// Reads an article's story terms. Immutable after construction; thread-safe.
class StoryTermFinder {
 public:
  // Reads story_stop_words, subject_stop_words, months and weekdays.
  explicit StoryTermFinder(const v1::Lexicon& lexicon);

  // The terms of analysis.article(): capitalised words that are not a
  // sentence's first (names: "cruz", "wisconsin"), and content words of the
  // headline and the first paragraphs, lower case; the kMaxStoryTerms that
  // say most (headline and names first, then the most repeated), sorted.
  // Linear in the length of the text read (at most the first 3,000 bytes
  // of the body).
  std::vector<std::string> Find(const v1::Article& article) const;

 private:
  absl::flat_hash_set<std::string> stop_;       // lower case
  absl::flat_hash_set<std::string> not_names_;  // as written
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_STORY_TERMS_H_
