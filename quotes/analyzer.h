// quotecheck's public entry point: analyse news articles into
// quotes.v1.ArticleAnalysis records (who said what, with byte spans) and
// cross-check their claims.
//
// The CLI (tools/factcheck), the gRPC service and outside Bazel projects all
// use this one class; nothing else in the library is public API except the
// records in proto/ and the word lists in quotes/lexicon.h.
//
// Example:
//   quotes::AnalyzerOptions options;
//   absl::StatusOr<std::unique_ptr<quotes::Analyzer>> analyzer =
//       quotes::Analyzer::Create(options);
//   if (!analyzer.ok()) return analyzer.status();
//   quotes::v1::Article hints;
//   hints.set_id("story-1");
//   quotes::v1::ArticleAnalysis a = (*analyzer)->Analyze(
//       "\"We will rebuild,\" Mayor Jane Smith said.", hints);
//   for (const quotes::v1::Quote& q : a.quotes()) {
//     std::cout << q.speaker().name() << ": " << q.text() << "\n";
//   }
#ifndef QUOTES_ANALYZER_H_
#define QUOTES_ANALYZER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"

namespace quotes {

class ArticleParser;
namespace internal {
class Attributor;
class ClaimExtractor;
}  // namespace internal

// How sure a quote must be to be reported. Ordered: callers may write `>=`.
enum class Strictness {
  kPossible = 0,  // everything found, unattributed fragments included
  kLikely = 1,    // confidence >= 0.6: drops unbalanced and floating quotes
  kCertain = 2,   // confidence >= 0.85: quotes with an explicit cue only
};

struct AnalyzerOptions final {
  // Quotes in quotation marks.
  bool detect_direct = true;
  // Reported speech: "X said that ...", "According to X, ...".
  bool detect_reported = true;
  // Quantities and dates, for cross-checking.
  bool extract_claims = true;
  Strictness strictness = Strictness::kPossible;
  // Word lists in quotes.v1.Lexicon text format, appended to the built-in
  // lists (or replacing them when `replace_lexicon` is true).
  std::string lexicon_text_proto;
  bool replace_lexicon = false;
  // Copy the article text into ArticleAnalysis.article.text. Spans are byte
  // offsets into that text; without it, into the caller's input.
  bool include_text = true;
};

// Thread-safe: one Analyzer may be shared by any number of threads, all of
// whose calls are const. Not copyable or movable; hold it by unique_ptr.
class Analyzer {
 public:
  // Fails with InvalidArgumentError when the lexicon does not parse or one of
  // its patterns does not compile (the error names which).
  static absl::StatusOr<std::unique_ptr<Analyzer>> Create(
      const AnalyzerOptions& options);

  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;
  ~Analyzer();

  // Analyses one article. `text` is the raw article (UTF-8; an optional
  // leading " date YYYY-MM-DD" header). Non-empty fields of `hints` (id,
  // headline, date, source, url, authors) override what is read from the
  // text. Never fails: input that cannot be analysed (invalid UTF-8, NUL
  // bytes, no text) yields a record with `error` set and the hints' id.
  // `text` need only live for the duration of the call.
  v1::ArticleAnalysis Analyze(absl::string_view text,
                              const v1::Article& hints) const;

  // Cross-checks the claims of `analyses` (any number, any order; records with
  // `error` set are skipped): groups them by event and measure and gives each
  // group a verdict, counting copies of one agency's story as one source.
  v1::CrossCheckReport CrossCheck(
      const std::vector<v1::ArticleAnalysis>& analyses) const;

  const v1::Lexicon& lexicon() const { return lexicon_; }

 private:
  Analyzer();

  AnalyzerOptions options_;
  v1::Lexicon lexicon_;
  std::unique_ptr<ArticleParser> parser_;
  std::unique_ptr<internal::Attributor> attributor_;
  std::unique_ptr<internal::ClaimExtractor> claims_;
};

}  // namespace quotes

#endif  // QUOTES_ANALYZER_H_
