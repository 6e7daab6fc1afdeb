// Checks, from outside the quotecheck workspace, that the public API does what
// its header promises: quotes with their speakers and exact byte spans, a
// record (not a crash) for invalid input, and one Analyzer shared by threads.
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The bytes a span covers in the article text.
std::string Slice(const std::string& text, const quotes::v1::Span& span) {
  return text.substr(span.begin(), span.end() - span.begin());
}

class AnalyzerConsumerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<quotes::Analyzer>> analyzer =
        quotes::Analyzer::Create(quotes::AnalyzerOptions());
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = *std::move(analyzer);
    text_ = ReadFile("testdata/harbour.txt");
    ASSERT_FALSE(text_.empty()) << "testdata/harbour.txt missing from runfiles";
  }

  quotes::v1::ArticleAnalysis AnalyzeHarbour() const {
    quotes::v1::Article hints;
    hints.set_id("harbour");
    return analyzer_->Analyze(text_, hints);
  }

  std::unique_ptr<quotes::Analyzer> analyzer_;
  std::string text_;
};

TEST_F(AnalyzerConsumerTest, ReadsTheArticlesMetadata) {
  const quotes::v1::ArticleAnalysis a = AnalyzeHarbour();
  ASSERT_FALSE(a.has_error()) << a.error().message();
  EXPECT_EQ(a.article().id(), "harbour");
  EXPECT_EQ(a.article().date(), "2026-03-14");
  EXPECT_EQ(a.article().headline(),
            "Port Ellis harbour to reopen after storm repairs");
  // Spans index into the input byte for byte.
  EXPECT_EQ(a.article().text(), text_);
}

TEST_F(AnalyzerConsumerTest, FindsTheMayorsDirectQuoteWithItsExactSpan) {
  const quotes::v1::ArticleAnalysis a = AnalyzeHarbour();
  ASSERT_FALSE(a.has_error()) << a.error().message();
  ASSERT_EQ(a.quotes_size(), 2);

  const quotes::v1::Quote& q = a.quotes(0);
  EXPECT_EQ(q.kind(), quotes::v1::DIRECT);
  // The words between the marks, exactly, and where they sit in the text.
  const std::string words = "The new sea wall is stronger than the old one,";
  EXPECT_EQ(q.text(), words);
  const size_t begin = text_.find("\"" + words + "\"") + 1;
  EXPECT_EQ(q.span().begin(), begin);
  EXPECT_EQ(q.span().end(), begin + words.size());
  EXPECT_EQ(Slice(text_, q.span()), q.text());

  EXPECT_EQ(q.cue(), "said");
  EXPECT_EQ(Slice(text_, q.cue_span()), "said");
  EXPECT_EQ(q.speaker().name(), "Jane Whitmore");
  EXPECT_EQ(q.speaker().title(), "Mayor");
}

TEST_F(AnalyzerConsumerTest, FindsReportedSpeechWithTheSpeakersFullName) {
  const quotes::v1::ArticleAnalysis a = AnalyzeHarbour();
  ASSERT_EQ(a.quotes_size(), 2);

  const quotes::v1::Quote& q = a.quotes(1);
  EXPECT_EQ(q.kind(), quotes::v1::INDIRECT);
  EXPECT_EQ(q.text(), "about 40 ships were waiting offshore");
  EXPECT_EQ(Slice(text_, q.span()), q.text());
  EXPECT_EQ(q.speaker().name(), "Tomas Lindqvist");
  EXPECT_EQ(Slice(text_, q.speaker().mention().span()), "Tomas Lindqvist");
}

TEST_F(AnalyzerConsumerTest, InvalidUtf8IsARecordWithAnErrorNotACrash) {
  quotes::v1::Article hints;
  hints.set_id("broken");
  const quotes::v1::ArticleAnalysis a =
      analyzer_->Analyze("\"Fine,\" she said. \xff\xfe", hints);
  ASSERT_TRUE(a.has_error());
  EXPECT_EQ(a.error().article_id(), "broken");
  EXPECT_FALSE(a.error().message().empty());
  EXPECT_EQ(a.quotes_size(), 0);
}

TEST_F(AnalyzerConsumerTest, OneAnalyzerServesManyThreads) {
  const std::string expected = AnalyzeHarbour().SerializeAsString();
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::string& result : results) {
    threads.emplace_back([this, &result] {
      for (int i = 0; i < 20; ++i) result = AnalyzeHarbour().SerializeAsString();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
