// libFuzzer target for quotes::ArticleParser::Parse: any bytes in, an Article
// or an error out, never a crash; every span the parser reports lies inside
// the text it returns.
//
// Built and run by tests/fuzz/run_fuzzers.sh (clang-14, -fsanitize=fuzzer).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/article_parser.h"
#include "quotes/lexicon.h"

namespace {

void CheckSpan(const quotes::v1::Span& span, size_t size) {
  if (span.begin() > span.end() || span.end() > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const quotes::ArticleParser* parser =
      quotes::ArticleParser::Create(quotes::DefaultLexicon())->release();
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  quotes::v1::Article hints;
  hints.set_id("fuzz");
  absl::StatusOr<quotes::v1::Article> article = parser->Parse(text, hints);
  if (!article.ok()) {
    if (article.status().message().empty()) std::abort();  // errors say why
    return 0;
  }
  const size_t n = article->text().size();
  for (const quotes::v1::Span& p : article->paragraphs()) CheckSpan(p, n);
  for (const quotes::v1::Span& b : article->boilerplate()) CheckSpan(b, n);
  if (article->has_headline_span()) CheckSpan(article->headline_span(), n);
  return 0;
}
