// Micro benchmarks over quotecheck's public API: Analyzer::Analyze (all
// detectors, and each detector alone through AnalyzerOptions),
// ArticleParser::Parse and the JSONL reader's ParseJsonLine.
//
// The article is synthetic, built from the constructions news copy uses
// (datelines, bylines, direct quotes with cues, reported speech, "according
// to", partial quotes, quoted titles), so the benchmark needs no data files.
// Bytes processed are reported, so Google Benchmark prints MB/s.
//
//   bazel build -c opt //tools:bench_analyzer
//   bazel-bin/tools/bench_analyzer --benchmark_repetitions=3
//
// The whole-corpus figures (end to end, as a process) come from
// `factcheck extract --stats`; see BENCHMARKS.md.
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "benchmark/benchmark.h"
#include "proto/quotes.pb.h"
#include "quotes/analyzer.h"
#include "quotes/article_parser.h"
#include "quotes/input_reader.h"
#include "quotes/lexicon.h"

namespace {

// One paragraph set of typical news English; `paragraphs` copies of it make
// an article of the wanted length.
std::string SyntheticArticle(int paragraphs) {
  std::string text =
      " date 2024-12-05 LONDON, December 5. By Jane Reporter\n\n"
      "Ministers unveiled a plan to rebuild the city's flood defences\n\n";
  static const char* const kBlocks[] = {
      "\"We will rebuild every wall that the river took,\" Mayor Sarah Collins "
      "said on Thursday. \"Nobody will be left behind.\"\n\n",
      "The Environment Secretary, Michael Grant, told reporters that the "
      "government had set aside more than $1.13bn for the work.\n\n",
      "According to the Met Office, rainfall in November was 76% above the "
      "average for the past 30 years.\n\n",
      "Critics called the scheme \"too little, too late\", and the Local "
      "Government Association said councils had not been consulted.\n\n",
      "“It is a good start,” said Dr Priya Shah, a hydrologist at the "
      "University of Reading. “But the money has to reach the towns.”\n\n",
      "She added that the “Living with Water” campaign had warned of the risk "
      "since 2019. Mr Grant said he would meet the mayors next week.\n\n",
  };
  for (int i = 0; i < paragraphs; ++i) {
    text += kBlocks[i % (sizeof(kBlocks) / sizeof(kBlocks[0]))];
  }
  text += "Stay up-to-date with more news at our website.\n";
  return text;
}

std::unique_ptr<quotes::Analyzer> MakeAnalyzer(bool direct, bool reported,
                                               bool claims) {
  quotes::AnalyzerOptions options;
  options.detect_direct = direct;
  options.detect_reported = reported;
  options.extract_claims = claims;
  auto analyzer = quotes::Analyzer::Create(options);
  if (!analyzer.ok()) std::abort();
  return *std::move(analyzer);
}

void RunAnalyze(benchmark::State& state, const quotes::Analyzer& analyzer) {
  const std::string text = SyntheticArticle(static_cast<int>(state.range(0)));
  quotes::v1::Article hints;
  hints.set_id("bench");
  int64_t quotes_found = 0;
  for (auto _ : state) {
    quotes::v1::ArticleAnalysis a = analyzer.Analyze(text, hints);
    quotes_found += a.quotes_size();
    benchmark::DoNotOptimize(a);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.counters["quotes_per_article"] =
      state.iterations() ? static_cast<double>(quotes_found) / state.iterations()
                         : 0.0;
}

// Everything factcheck extract runs: parser, direct and reported quotes,
// speakers (claims off, as in extract).
void BM_AnalyzeExtract(benchmark::State& state) {
  static const auto* analyzer = MakeAnalyzer(true, true, false).release();
  RunAnalyze(state, *analyzer);
}
BENCHMARK(BM_AnalyzeExtract)->Arg(6)->Arg(24)->Arg(96);

// factcheck check: the same plus claims.
void BM_AnalyzeWithClaims(benchmark::State& state) {
  static const auto* analyzer = MakeAnalyzer(true, true, true).release();
  RunAnalyze(state, *analyzer);
}
BENCHMARK(BM_AnalyzeWithClaims)->Arg(24);

// The direct-quote detector alone (quote marks, cues, speakers).
void BM_AnalyzeDirectOnly(benchmark::State& state) {
  static const auto* analyzer = MakeAnalyzer(true, false, false).release();
  RunAnalyze(state, *analyzer);
}
BENCHMARK(BM_AnalyzeDirectOnly)->Arg(24);

// The reported-speech detector alone.
void BM_AnalyzeReportedOnly(benchmark::State& state) {
  static const auto* analyzer = MakeAnalyzer(false, true, false).release();
  RunAnalyze(state, *analyzer);
}
BENCHMARK(BM_AnalyzeReportedOnly)->Arg(24);

// The parser alone: the floor under every detector.
void BM_AnalyzeParserOnly(benchmark::State& state) {
  static const auto* analyzer = MakeAnalyzer(false, false, false).release();
  RunAnalyze(state, *analyzer);
}
BENCHMARK(BM_AnalyzeParserOnly)->Arg(24);

void BM_ArticleParserParse(benchmark::State& state) {
  static const auto* parser =
      quotes::ArticleParser::Create(quotes::DefaultLexicon())->release();
  const std::string text = SyntheticArticle(static_cast<int>(state.range(0)));
  quotes::v1::Article hints;
  hints.set_id("bench");
  for (auto _ : state) {
    auto article = parser->Parse(text, hints);
    benchmark::DoNotOptimize(article);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ArticleParserParse)->Arg(6)->Arg(24)->Arg(96);

// One JSONL line of the shape of the BBC corpus.
void BM_ParseJsonLine(benchmark::State& state) {
  std::string escaped = absl::StrReplaceAll(
      SyntheticArticle(static_cast<int>(state.range(0))),
      {{"\\", "\\\\"}, {"\"", "\\\""}, {"\n", "\\n"}});
  const std::string line = absl::StrCat(
      R"({"id": "bbc/business/001", "source": "bbc", "category": "business", )",
      R"("title": "Flood defences", "text": ")", escaped, "\"}");
  for (auto _ : state) {
    quotes::InputRecord r = quotes::ParseJsonLine(line, "bench:1");
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(line.size()));
}
BENCHMARK(BM_ParseJsonLine)->Arg(24);

}  // namespace
