// Shared by the analyzer and claims fuzz targets.
#ifndef TESTS_FUZZ_FUZZ_UTIL_H_
#define TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdlib>

#include "proto/quotes.pb.h"
#include "quotes/analyzer.h"

namespace fuzz {

// Aborts (a finding for libFuzzer) unless `span` lies inside `size` bytes.
inline void CheckSpan(const quotes::v1::Span& span, size_t size) {
  if (span.begin() > span.end() || span.end() > size) std::abort();
}

// One analyzer with every detector and the claims, for the whole run.
inline const quotes::Analyzer& FullAnalyzer() {
  static const quotes::Analyzer* analyzer = [] {
    quotes::AnalyzerOptions options;
    options.extract_claims = true;
    return quotes::Analyzer::Create(options)->release();
  }();
  return *analyzer;
}

}  // namespace fuzz

#endif  // TESTS_FUZZ_FUZZ_UTIL_H_
