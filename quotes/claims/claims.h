// Claims: the checkable quantities ("more than 100 delegates"), dates ("on
// November 24, 2006", "last year") and event ordinals ("40th session") of one
// analysed article, each tied to the event it describes, for the cross-check
// (quotes/crosscheck/cross_check.h).
//
// Example:
//   absl::StatusOr<std::unique_ptr<ClaimExtractor>> extractor =
//       ClaimExtractor::Create(quotes::DefaultLexicon());
//   v1::ArticleAnalysis analysis = ...;  // article parsed, quotes attributed
//   (*extractor)->Extract(&analysis);
//   for (const v1::Claim& c : analysis.claims()) {
//     // c.measure() "delegate", c.value() (100, inf), c.event()
//     // "conference #2 (2024)", c.text() "more than 100 delegates"
//   }
#ifndef QUOTES_CLAIMS_CLAIMS_H_
#define QUOTES_CLAIMS_CLAIMS_H_

#include <memory>

#include "absl/status/statusor.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace internal {

struct ClaimPatterns;  // claims_patterns.h
class SubjectFinder;   // claim_subject.h
class StoryTermFinder;  // story_terms.h

// Finds claims in one article.
//
// Claim.event is the key the cross-check groups by. For an event it reads
// "<noun>[ #<ordinal>] (<year>)": "conference #2 (2024)", "session #40
// (2020)", "conference (2023)"; the year is "?" when neither the sentence nor
// the article date gives one, and "another" for "a similar conference" with
// no time. A quantity that describes no event gets "about: <the sentence's
// proper nouns>", which only a near-copy of the sentence shares.
//
// Immutable after Create(); Extract() is const and thread-safe. Not copyable.
class ClaimExtractor {
 public:
  // Builds the patterns from the lexicon's number words, qualifiers, units,
  // months, weekdays, relative times and event nouns. Fails with
  // InvalidArgumentError when a pattern does not compile (too many or too
  // long words).
  static absl::StatusOr<std::unique_ptr<ClaimExtractor>> Create(
      const v1::Lexicon& lexicon);
  ClaimExtractor(const ClaimExtractor&) = delete;
  ClaimExtractor& operator=(const ClaimExtractor&) = delete;
  ~ClaimExtractor();

  // Runs after attribution (Attributor::Attribute), whose quotes it reads: a
  // claim inside a quote takes that quote's speaker, so claims extracted
  // before the quotes are found carry no speaker. Reads
  // analysis->article() (text, paragraphs, headline, date, source) and
  // its quotes and appends to
  // analysis->claims; sets analysis->story_terms. Each claim carries its
  // article's headline, date and URL, its sentence and both its byte and
  // code-point spans, and a quantity its subject, frame and scope
  // (claim_subject.h). Does nothing when `error` is set or the text is empty.
  // Time and memory are linear in the article's length.
  void Extract(v1::ArticleAnalysis* analysis) const;


 private:
  ClaimExtractor();
  std::unique_ptr<const ClaimPatterns> patterns_;
  std::unique_ptr<const SubjectFinder> subjects_;
  std::unique_ptr<const StoryTermFinder> story_terms_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_CLAIMS_H_
