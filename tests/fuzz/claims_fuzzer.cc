// libFuzzer target for the claim extractor and the cross-article check: the
// input is split at ASCII record separators (0x1E) into up to four articles,
// each analysed with claims, and the analyses are cross-checked. Never a
// crash; every claim's spans lie inside its article and its text is those
// bytes and its id unique in its article; every finding holds claims of the
// articles given and counts at most that many independent sources.
//
// Built and run by tests/fuzz/run_fuzzers.sh (clang-14, -fsanitize=fuzzer).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/analyzer.h"
#include "tests/fuzz/fuzz_util.h"

namespace {

constexpr size_t kMaxArticles = 4;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const quotes::Analyzer* analyzer = &fuzz::FullAnalyzer();
  const absl::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<absl::string_view> texts;
  size_t start = 0;
  while (texts.size() + 1 < kMaxArticles) {
    const size_t sep = input.find('\x1e', start);
    if (sep == absl::string_view::npos) break;
    texts.push_back(input.substr(start, sep - start));
    start = sep + 1;
  }
  texts.push_back(input.substr(start));

  std::vector<quotes::v1::ArticleAnalysis> analyses;
  absl::flat_hash_set<std::string> article_ids;
  for (size_t i = 0; i < texts.size(); ++i) {
    quotes::v1::Article hints;
    hints.set_id(absl::StrCat("a", i));
    // Two articles share a date and one an agency, so that dates resolve
    // and sources group.
    hints.set_date(i % 2 == 0 ? "2024-12-05" : "");
    if (i == 1) hints.set_source("Trend");
    quotes::v1::ArticleAnalysis a = analyzer->Analyze(texts[i], hints);
    if (a.has_error()) {
      // A bug that threw, caught by the analyzer: a crash all the same.
      if (absl::StartsWith(a.error().message(), quotes::Analyzer::kInternalError)) {
        std::abort();
      }
      continue;
    }
    const std::string& text = a.article().text();
    absl::flat_hash_set<std::string> claim_ids;
    for (const quotes::v1::Claim& c : a.claims()) {
      fuzz::CheckSpan(c.span(), text.size());
      fuzz::CheckSpan(c.sentence_span(), text.size());
      if (text.compare(c.span().begin(), c.span().end() - c.span().begin(),
                       c.text()) != 0) {
        std::abort();
      }
      if (c.article_id() != hints.id() || !claim_ids.insert(c.id()).second) {
        std::abort();
      }
    }
    article_ids.insert(hints.id());
    analyses.push_back(std::move(a));
  }
  const quotes::v1::CrossCheckReport report = analyzer->CrossCheck(analyses);
  for (const quotes::v1::Finding& f : report.findings()) {
    if (f.claims().empty()) std::abort();
    for (const quotes::v1::Claim& c : f.claims()) {
      if (!article_ids.contains(c.article_id())) std::abort();
    }
    if (f.independent_sources() < 0 ||
        f.independent_sources() > static_cast<int>(analyses.size())) {
      std::abort();
    }
  }
  return 0;
}
