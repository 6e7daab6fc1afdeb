// Reads the raw text of a news article into a quotes.v1.Article: metadata
// (date header, dateline, byline, agency credit, headline) and body
// paragraphs with byte offsets.
//
// Article.text keeps the input byte for byte; every span indexes into it.
// Analyzer runs this parser itself; use it directly for metadata and
// paragraphs without quote detection. Bazel target:
// `@quotecheck//quotes:article_parser`.
//
// Example:
//   auto parser = quotes::ArticleParser::Create(quotes::DefaultLexicon());
//   if (!parser.ok()) return parser.status();
//   quotes::v1::Article hints;
//   hints.set_id("000.txt");
//   absl::StatusOr<quotes::v1::Article> article =
//       (*parser)->Parse(" date 2024-12-05 BAKU, Azerbaijan, December 5. ...",
//                        hints);
//   // article->date() == "2024-12-05", article->dateline() == "BAKU, Azerbaijan"
#ifndef QUOTES_ARTICLE_PARSER_H_
#define QUOTES_ARTICLE_PARSER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "re2/re2.h"

namespace quotes {
namespace internal {
struct ArticlePatterns;  // article_parser.cc
}  // namespace internal

// Splits an article into metadata and paragraphs.
//
// Thread-safe after construction: Parse() is const and may be called from many
// threads at once. Not copyable. The parser keeps its own copy of what it
// needs from the lexicon, and every Article it returns owns its data.
//
// Example:
//   auto parser = quotes::ArticleParser::Create(quotes::DefaultLexicon());
//   if (!parser.ok()) return parser.status();
//   absl::StatusOr<quotes::v1::Article> article =
//       (*parser)->Parse(text, quotes::v1::Article());
//   if (!article.ok()) return article.status();
//   for (const quotes::v1::Span& p : article->paragraphs()) {
//     std::cout << article->text().substr(p.begin(), p.end() - p.begin());
//   }
class ArticleParser {
 public:
  // Compiles the lexicon's boilerplate and agency patterns. Fails with
  // InvalidArgumentError naming the pattern when one does not compile.
  // `lexicon` need only live for the duration of the call.
  static absl::StatusOr<std::unique_ptr<ArticleParser>> Create(
      const v1::Lexicon& lexicon);

  ArticleParser(const ArticleParser&) = delete;
  ArticleParser& operator=(const ArticleParser&) = delete;
  ~ArticleParser();

  // Parses `text`. Non-empty fields of `hints` (id, headline, date, source,
  // url, authors) come from the input's own metadata and win over what is
  // read from the text. Invalid UTF-8 is an InvalidArgumentError that names
  // the byte offset; an article with no text is an InvalidArgumentError too.
  // The returned Article holds a copy of `text`, so `text` need only live for
  // the duration of the call.
  //
  // Example:
  //   quotes::v1::Article hints;
  //   hints.set_id("feed-17");
  //   hints.set_headline("Harbour reopens");  // wins over the text's own
  //   absl::StatusOr<quotes::v1::Article> article = parser->Parse(text, hints);
  //   if (!article.ok()) {
  //     std::cerr << "feed-17: " << article.status().message();  // byte offset
  //   }
  absl::StatusOr<v1::Article> Parse(absl::string_view text,
                                    const v1::Article& hints) const;

  // As Parse, into `*out` (cleared first; left unchanged on an error; not
  // `&hints`). A caller that keeps the article in a message of its own, such
  // as an ArticleAnalysis on an arena, saves the copy of every field.
  absl::Status ParseTo(absl::string_view text, const v1::Article& hints,
                       v1::Article* out) const;

  // As ParseTo, but the article takes `*text`'s bytes instead of a copy of
  // them: a huge article is then held once, not twice. `*text` is left
  // unspecified on success, and unchanged on an error.
  absl::Status ParseTakingText(std::string* text, const v1::Article& hints,
                               v1::Article* out) const;

 private:
  explicit ArticleParser(std::unique_ptr<const internal::ArticlePatterns> patterns);

  // Why `text` is no article (invalid UTF-8, nothing but blanks), or OK.
  static absl::Status CheckText(absl::string_view text);
  // Fills `*out`, whose text is set, from it and from `hints`.
  void ReadFields(const v1::Article& hints, v1::Article* out) const;

  std::unique_ptr<const internal::ArticlePatterns> patterns_;
};

}  // namespace quotes

#endif  // QUOTES_ARTICLE_PARSER_H_
