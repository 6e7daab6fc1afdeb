// libFuzzer target for quotes::Analyzer::Analyze: the parser, the quote and
// speaker detectors (direct and reported speech) and the claim extractor on
// any bytes. Never a crash; a failed article has an error with its id and a
// message; every quote, cue and mention span lies inside the article text.
//
// Built and run by tests/fuzz/run_fuzzers.sh (clang-14, -fsanitize=fuzzer).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/analyzer.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const quotes::Analyzer* analyzer = &fuzz::FullAnalyzer();
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  quotes::v1::Article hints;
  hints.set_id("fuzz");
  const quotes::v1::ArticleAnalysis a = analyzer->Analyze(text, hints);
  if (a.has_error()) {
    if (a.error().article_id() != "fuzz" || a.error().message().empty()) {
      std::abort();
    }
    // A bug that threw, caught by the analyzer: a crash all the same.
    if (absl::StartsWith(a.error().message(), quotes::Analyzer::kInternalError)) {
      std::abort();
    }
    return 0;
  }
  const size_t n = a.article().text().size();
  if (n != size) std::abort();  // the text is kept byte for byte
  for (const quotes::v1::Quote& q : a.quotes()) {
    fuzz::CheckSpan(q.span(), n);
    // Quote.text holds the bytes of its span exactly, or for an interrupted
    // quote its pieces joined by one space (proto/quotes.proto).
    if (q.parts_size() == 0) {
      if (a.article().text().compare(q.span().begin(),
                                     q.span().end() - q.span().begin(),
                                     q.text()) != 0) {
        std::abort();
      }
    } else {
      std::string pieces;
      for (const quotes::v1::Span& p : q.parts()) {
        fuzz::CheckSpan(p, n);
        if (!pieces.empty()) pieces.push_back(' ');
        pieces.append(a.article().text(), p.begin(), p.end() - p.begin());
      }
      if (pieces != q.text()) std::abort();
    }
    // An interrupted quote's parts lie in its span, in order, apart, and
    // run from its start to its end.
    size_t at = q.span().begin();
    for (int k = 0; k < q.parts_size(); ++k) {
      const quotes::v1::Span& p = q.parts(k);
      fuzz::CheckSpan(p, n);
      if (p.begin() < at || (k == 0 && p.begin() != q.span().begin()) ||
          (k > 0 && p.begin() == at)) {
        std::abort();
      }
      at = p.end();
    }
    if (q.parts_size() == 1 || (q.parts_size() > 0 && at != q.span().end())) {
      std::abort();
    }
    if (q.has_cue_span()) fuzz::CheckSpan(q.cue_span(), n);
    if (q.has_speaker() && q.speaker().has_mention()) {
      fuzz::CheckSpan(q.speaker().mention().span(), n);
    }
  }
  for (const quotes::v1::Speaker& s : a.speakers()) {
    for (const quotes::v1::Mention& m : s.mentions()) fuzz::CheckSpan(m.span(), n);
  }
  return 0;
}
