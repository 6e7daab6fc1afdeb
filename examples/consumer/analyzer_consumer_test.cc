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

// The quote whose text is `words`, or null. Quotes are looked up by their
// words, not their index, so a detector that learns to find one more quote in
// the article does not break this test.
const quotes::v1::Quote* FindQuote(const quotes::v1::ArticleAnalysis& a,
                                   const std::string& words) {
  for (const quotes::v1::Quote& q : a.quotes()) {
    if (q.text() == words) return &q;
  }
  return nullptr;
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
  // The words between the marks, exactly, and where they sit in the text.
  const std::string words = "The new sea wall is stronger than the old one,";
  const quotes::v1::Quote* found = FindQuote(a, words);
  ASSERT_NE(found, nullptr) << a.DebugString();
  const quotes::v1::Quote& q = *found;
  EXPECT_EQ(q.kind(), quotes::v1::DIRECT);
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
  const quotes::v1::Quote* found =
      FindQuote(a, "about 40 ships were waiting offshore");
  ASSERT_NE(found, nullptr) << a.DebugString();
  const quotes::v1::Quote& q = *found;
  EXPECT_EQ(q.kind(), quotes::v1::INDIRECT);
  EXPECT_EQ(Slice(text_, q.span()), q.text());
  EXPECT_EQ(q.speaker().name(), "Tomas Lindqvist");
  EXPECT_EQ(Slice(text_, q.speaker().mention().span()), "Tomas Lindqvist");
}

TEST_F(AnalyzerConsumerTest, TheBoilerplateFooterIsNotAQuote) {
  const quotes::v1::ArticleAnalysis a = AnalyzeHarbour();
  const size_t footer = text_.find("Stay up-to-date");
  ASSERT_NE(footer, std::string::npos);
  for (const quotes::v1::Quote& q : a.quotes()) {
    EXPECT_LT(q.span().end(), footer) << q.text();
  }
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
