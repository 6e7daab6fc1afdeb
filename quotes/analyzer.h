// quotecheck's public entry point: analyse news articles into
// quotes.v1.ArticleAnalysis records (who said what, with byte spans) and
// cross-check their claims.
//
// The CLI (tools/factcheck), the gRPC service and outside Bazel projects all
// use this one class; nothing else in the library is public API except the
// records in proto/ and the word lists in quotes/lexicon.h. Bazel target:
// `@quotecheck//quotes:analyzer` (examples/consumer/ shows the WORKSPACE).
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

#include <functional>
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
// Each level keeps only quotes whose Quote.confidence reaches its threshold.
//
// Example:
//   quotes::AnalyzerOptions options;
//   options.strictness = quotes::Strictness::kLikely;
//   if (options.strictness >= quotes::Strictness::kLikely) {
//     // unbalanced marks and floating fragments are left out
//   }
enum class Strictness {
  kPossible = 0,  // everything found, unattributed fragments included
  // confidence >= 0.6: drops unbalanced and floating quotes, quotes with
  // no speaker and those that only take the speaker of the quote before
  kLikely = 1,
  // confidence >= 0.85: a named speaker by the surest rules
  // ("“...,” X said", "..., X said")
  kCertain = 2,
};

// What an Analyzer detects and with which word lists. A plain value: copy it,
// change it, pass it to Analyzer::Create(), which copies what it needs; the
// options need not outlive the Analyzer. The defaults find everything.
//
// Example:
//   quotes::AnalyzerOptions options;
//   options.extract_claims = false;              // quotes only
//   options.strictness = quotes::Strictness::kCertain;
//   options.lexicon_text_proto =                 // one more speech verb
//       "speech_verbs { forms: \"opined\" }";
//   auto analyzer = quotes::Analyzer::Create(options);
struct AnalyzerOptions final {
  // Quotes in quotation marks. Default true.
  bool detect_direct = true;
  // Reported speech: "X said that ...", "According to X, ...". Default true.
  bool detect_reported = true;
  // Quantities and dates, for cross-checking. Default true.
  bool extract_claims = true;
  // The least confidence a reported quote needs. Default kPossible (all).
  Strictness strictness = Strictness::kPossible;
  // Word lists in quotes.v1.Lexicon text format, appended to the built-in
  // lists (or replacing them when `replace_lexicon` is true).
  std::string lexicon_text_proto;
  // Use only `lexicon_text_proto`, not the built-in lists. Default false.
  bool replace_lexicon = false;
  // Copy the article text into ArticleAnalysis.article.text. Spans are byte
  // offsets into that text; without it, into the caller's input.
  bool include_text = true;
};

// Finds the quotes, speakers and claims in news articles.
//
// Thread-safe: one Analyzer may be shared by any number of threads, all of
// whose calls are const. Not copyable or movable; hold it by unique_ptr.
// Every result is returned by value and owns its data: no returned record
// points into the caller's input or into the Analyzer.
//
// Example:
//   auto analyzer = quotes::Analyzer::Create(quotes::AnalyzerOptions());
//   if (!analyzer.ok()) return analyzer.status();
//   std::vector<quotes::v1::ArticleAnalysis> analyses;
//   for (const auto& [id, text] : articles) {  // from any number of threads
//     quotes::v1::Article hints;
//     hints.set_id(id);
//     analyses.push_back((*analyzer)->Analyze(text, hints));
//   }
//   quotes::v1::CrossCheckReport report = (*analyzer)->CrossCheck(analyses);
class Analyzer {
 public:
  // Builds an analyzer: merges the word lists and compiles every pattern
  // once, so each Analyze() call is cheap. Fails with InvalidArgumentError
  // when the lexicon does not parse or one of its patterns does not compile
  // (the error names which); nothing is half built.
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
  // Nor does it throw: a bug that would (an exception from the standard
  // library or Abseil) yields an error record whose message begins with
  // kInternalError. `text` need only live for the duration of the call.
  //
  // Example:
  //   quotes::v1::Article hints;
  //   hints.set_id("harbour");
  //   quotes::v1::ArticleAnalysis a = analyzer->Analyze(text, hints);
  //   if (a.has_error()) {
  //     std::cerr << a.error().article_id() << ": " << a.error().message();
  //   } else {
  //     const quotes::v1::Quote& q = a.quotes(0);
  //     // a.article().text().substr(q.span().begin(),
  //     //     q.span().end() - q.span().begin()) == q.text()
  //   }
  v1::ArticleAnalysis Analyze(absl::string_view text,
                              const v1::Article& hints) const;

  // Like Analyze(), into `*out`, which is cleared first. `out` may live on a
  // google::protobuf::Arena: a record holds many small messages and strings,
  // and with one arena per article building and freeing them costs little.
  //
  // Example:
  //   google::protobuf::Arena arena;
  //   auto* a = google::protobuf::Arena::CreateMessage<
  //       quotes::v1::ArticleAnalysis>(&arena);
  //   analyzer->AnalyzeTo(text, hints, a);
  void AnalyzeTo(absl::string_view text, const v1::Article& hints,
                 v1::ArticleAnalysis* out) const;

  // Like AnalyzeTo(), but the record's article takes `*text`'s bytes instead
  // of a copy of them (with AnalyzerOptions.include_text off, it keeps them
  // emptied), so a huge article is held once, not twice. `*text` is left
  // unspecified, or unchanged when it is no article (an error record for
  // invalid UTF-8, a NUL byte, no text).
  //
  // Example:
  //   std::string text = ReadWholeFile(path);
  //   analyzer->AnalyzeTakingText(&text, hints, &analysis);
  //   // analysis.article().text() holds the bytes; `text` is not to be read.
  void AnalyzeTakingText(std::string* text, const v1::Article& hints,
                         v1::ArticleAnalysis* out) const;

  // Analyses a stream of articles, one at a time, so memory stays flat
  // whatever its length: `next` fills its argument with the next article
  // (text in Article.text, metadata hints in the other fields) and returns
  // false at the end; `sink` receives each analysis in input order and may
  // return false to stop early. Returns the number of articles analysed.
  // Articles that cannot be analysed reach `sink` with `error` set, like
  // Analyze(). Runs on the calling thread.
  //
  // Example:
  //   std::vector<quotes::v1::Article> batch = ...;
  //   size_t i = 0;
  //   analyzer->AnalyzeStream(
  //       [&](quotes::v1::Article* a) {
  //         if (i == batch.size()) return false;
  //         *a = batch[i++];
  //         return true;
  //       },
  //       [](quotes::v1::ArticleAnalysis a) {
  //         std::cout << a.article().id() << ": " << a.quotes_size() << "\n";
  //         return true;
  //       });
  size_t AnalyzeStream(
      const std::function<bool(v1::Article*)>& next,
      const std::function<bool(v1::ArticleAnalysis)>& sink) const;

  // Cross-checks the claims of `analyses` (any number, any order; records with
  // `error` set are skipped): clusters the articles into stories, compares
  // figures that say the same of the same subject at the same time, and
  // gives each finding a verdict (CONFLICT, DIFFERS, CONSISTENT,
  // SINGLE_SOURCE), its rule, a reason and every claim's evidence, counting
  // copies of one agency's story as one source. The same analyses in any
  // order give the same report. `analyses` is only read, and need only live
  // for the duration of the call.
  //
  // Example:
  //   quotes::v1::CrossCheckReport report = analyzer->CrossCheck(analyses);
  //   for (const quotes::v1::Finding& f : report.findings()) {
  //     if (f.verdict() == quotes::v1::CONFLICT) std::cout << f.measure();
  //   }
  v1::CrossCheckReport CrossCheck(
      const std::vector<v1::ArticleAnalysis>& analyses) const;

  // The word lists in use: the built-in ones merged with
  // AnalyzerOptions.lexicon_text_proto. The reference lives as long as this
  // Analyzer and never changes.
  //
  // Example:
  //   std::cout << analyzer->lexicon().speech_verbs_size() << " speech verbs";
  const v1::Lexicon& lexicon() const { return lexicon_; }

  // How the message of the error record for a bug begins (see Analyze).
  static constexpr absl::string_view kInternalError = "internal error: ";

 private:
  Analyzer();

  // AnalyzeTo's and AnalyzeTakingText's work, taking `*owned` (whose bytes
  // are `text`) when it is not null. Turns an exception into an error record.
  void AnalyzeGuarded(absl::string_view text, std::string* owned,
                      const v1::Article& hints, v1::ArticleAnalysis* out) const;
  // The work itself, which may throw only where there is a bug. `text` is
  // not read once `*owned` is taken.
  void AnalyzeOrThrow(absl::string_view text, std::string* owned,
                      const v1::Article& hints, v1::ArticleAnalysis* out) const;

  AnalyzerOptions options_;
  v1::Lexicon lexicon_;
  std::unique_ptr<ArticleParser> parser_;
  std::unique_ptr<internal::Attributor> attributor_;
  std::unique_ptr<internal::ClaimExtractor> claims_;
};

}  // namespace quotes

#endif  // QUOTES_ANALYZER_H_
