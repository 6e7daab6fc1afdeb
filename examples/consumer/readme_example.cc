#include <iostream>
#include "quotes/analyzer.h"

int main() {
  auto analyzer = quotes::Analyzer::Create(quotes::AnalyzerOptions());
  if (!analyzer.ok()) return 1;
  quotes::v1::Article hints;
  hints.set_id("story-1");
  quotes::v1::ArticleAnalysis a = (*analyzer)->Analyze(
      "\"We will rebuild,\" Mayor Jane Smith said.", hints);
  for (const quotes::v1::Quote& q : a.quotes())
    std::cout << q.speaker().name() << ": " << q.text() << "\n";
}
