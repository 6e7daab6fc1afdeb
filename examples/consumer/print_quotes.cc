// Prints who said what in news articles, using quotecheck's public API.
//
//   print_quotes ARTICLE.txt...
//
// One line per quote: the speaker's full name, the quote, and its byte span
// in the article. Exit code 1 when an article could not be read or analysed.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "absl/status/statusor.h"
#include "quotes/analyzer.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: print_quotes ARTICLE.txt...\n";
    return 2;
  }
  absl::StatusOr<std::unique_ptr<quotes::Analyzer>> analyzer =
      quotes::Analyzer::Create(quotes::AnalyzerOptions());
  if (!analyzer.ok()) {
    std::cerr << analyzer.status() << "\n";
    return 1;
  }
  int exit_code = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      std::cerr << argv[i] << ": cannot read\n";
      exit_code = 1;
      continue;
    }
    quotes::v1::Article hints;
    hints.set_id(argv[i]);
    const quotes::v1::ArticleAnalysis analysis =
        (*analyzer)->Analyze(text.str(), hints);
    if (analysis.has_error()) {
      std::cerr << argv[i] << ": " << analysis.error().message() << "\n";
      exit_code = 1;
      continue;
    }
    std::cout << analysis.article().id() << ": "
              << analysis.article().headline() << "\n";
    for (const quotes::v1::Quote& q : analysis.quotes()) {
      std::cout << "  " << quotes::v1::QuoteKind_Name(q.kind()) << " ["
                << q.span().begin() << ", " << q.span().end() << ") "
                << (q.speaker().name().empty() ? "(unknown)"
                                               : q.speaker().name())
                << ": " << q.text() << "\n";
    }
  }
  return exit_code;
}
