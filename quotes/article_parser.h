// Reads the raw text of a news article into a quotes.v1.Article: metadata
// (date header, dateline, byline, agency credit, headline) and body
// paragraphs with byte offsets.
//
// Article.text keeps the input byte for byte; every span indexes into it.
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
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "re2/re2.h"

namespace quotes {

// Thread-safe after construction: Parse() is const and may be called from many
// threads at once. Not copyable.
class ArticleParser {
 public:
  // Compiles the lexicon's boilerplate and agency patterns. Fails with
  // InvalidArgumentError naming the pattern when one does not compile.
  static absl::StatusOr<std::unique_ptr<ArticleParser>> Create(
      const v1::Lexicon& lexicon);

  ArticleParser(const ArticleParser&) = delete;
  ArticleParser& operator=(const ArticleParser&) = delete;
  ~ArticleParser();

  // Parses `text`. Non-empty fields of `hints` (id, headline, date, source,
  // url, authors) come from the input's own metadata and win over what is
  // read from the text. Invalid UTF-8 is an InvalidArgumentError that names
  // the byte offset; an article with no text is an InvalidArgumentError too.
  absl::StatusOr<v1::Article> Parse(absl::string_view text,
                                    const v1::Article& hints) const;

 private:
  struct Patterns;
  explicit ArticleParser(std::unique_ptr<Patterns> patterns);

  std::unique_ptr<Patterns> patterns_;
};

}  // namespace quotes

#endif  // QUOTES_ARTICLE_PARSER_H_
