// Tests of TrimForCrossCheck: the cross-check gives the same report, byte
// for byte, over trimmed analyses as over whole ones (the seeds and the
// hand-written multi-outlet articles, with and without their texts), the
// trimmed analyses are smaller, and the comparison notices a trim that drops
// what the check reads.
#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"
#include "quotes/input_reader.h"
#include "quotes/crosscheck/cross_check.h"

namespace quotes {
namespace {

// An analyzer as factcheck check runs it: claims found.
const Analyzer& TheAnalyzer() {
  static const std::unique_ptr<Analyzer>* const made = [] {
    AnalyzerOptions with_claims;
    with_claims.extract_claims = true;
    auto made = Analyzer::Create(with_claims);
    EXPECT_TRUE(made.ok()) << made.status();
    return new std::unique_ptr<Analyzer>(std::move(made).value());
  }();
  return **made;
}

struct TrimCase {
  std::string name;
  std::vector<std::string> paths;
  InputFormat format;
};

std::ostream& operator<<(std::ostream& os, const TrimCase& c) { return os << c.name; }

std::vector<v1::ArticleAnalysis> AnalyzeAll(const TrimCase& c) {
  std::vector<v1::ArticleAnalysis> analyses;
  InputReader reader(c.paths, c.format);
  InputRecord record;
  while (reader.Next(&record)) {
    EXPECT_TRUE(record.status.ok()) << c << ": " << record.hints.id() << ": " << record.status;
    analyses.push_back(TheAnalyzer().Analyze(record.text, record.hints));
  }
  return analyses;
}

std::string Json(const v1::CrossCheckReport& report) {
  std::string json;
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(report, &json, options).ok());
  return json;
}

// Where two reports part, for the failure message.
std::string FirstDifference(const std::string& a, const std::string& b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  const size_t from = i < 200 ? 0 : i - 200;
  return "whole:\n" + a.substr(from, 400) + "\ntrimmed:\n" + b.substr(from, 400);
}

size_t SpaceUsed(const std::vector<v1::ArticleAnalysis>& analyses) {
  size_t n = 0;
  for (const v1::ArticleAnalysis& a : analyses) n += a.SpaceUsedLong();
  return n;
}

class TrimTest : public testing::TestWithParam<TrimCase> {};

TEST_P(TrimTest, SameReportWithAndWithoutText) {
  const TrimCase& c = GetParam();
  std::vector<v1::ArticleAnalysis> whole = AnalyzeAll(c);
  ASSERT_GE(whole.size(), 2u) << c;
  for (bool keep_text : {true, false}) {
    if (!keep_text) {
      // As factcheck check keeps them: the text dropped from every record.
      for (v1::ArticleAnalysis& a : whole) a.mutable_article()->clear_text();
    }
    std::vector<v1::ArticleAnalysis> trimmed = whole;
    for (v1::ArticleAnalysis& a : trimmed) internal::TrimForCrossCheck(&a);
    const std::string expected = Json(internal::CrossCheckClaims(whole));
    const std::string got = Json(internal::CrossCheckClaims(trimmed));
    EXPECT_EQ(expected, got) << c << (keep_text ? " with text" : " without text") << "\n"
                             << FirstDifference(expected, got);
    EXPECT_LT(SpaceUsed(trimmed), SpaceUsed(whole)) << c;
    // Trimming again changes nothing.
    std::vector<v1::ArticleAnalysis> twice = trimmed;
    for (v1::ArticleAnalysis& a : twice) internal::TrimForCrossCheck(&a);
    for (size_t i = 0; i < twice.size(); ++i) {
      EXPECT_EQ(twice[i].SerializeAsString(), trimmed[i].SerializeAsString())
          << c << ": " << trimmed[i].article().id();
    }
  }
}

// The comparison above is worth something only if the inputs exercise what
// the trim keeps: dropping every claim's sentence (the near-copy sketches
// and the findings' evidence) or headline (copied into the findings) must
// change their reports.
TEST_P(TrimTest, ReportNoticesWhatTheCheckReads) {
  const TrimCase& c = GetParam();
  const std::vector<v1::ArticleAnalysis> whole = AnalyzeAll(c);
  const std::string expected = Json(internal::CrossCheckClaims(whole));
  std::vector<v1::ArticleAnalysis> no_sentences = whole;
  for (v1::ArticleAnalysis& a : no_sentences) {
    for (v1::Claim& claim : *a.mutable_claims()) claim.clear_sentence();
  }
  EXPECT_TRUE(expected != Json(internal::CrossCheckClaims(no_sentences))) << c;
  std::vector<v1::ArticleAnalysis> no_headlines = whole;
  for (v1::ArticleAnalysis& a : no_headlines) {
    for (v1::Claim& claim : *a.mutable_claims()) claim.clear_headline();
  }
  EXPECT_TRUE(expected != Json(internal::CrossCheckClaims(no_headlines))) << c;
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, TrimTest,
    testing::Values(
        TrimCase{"seeds", {"tests/testdata/seeds/"}, InputFormat::kText},
        TrimCase{"news", {"tests/testdata/check/news.jsonl"}, InputFormat::kJsonl},
        TrimCase{"news_undated",
                 {"tests/testdata/check/news.jsonl", "tests/testdata/check/undated.jsonl"},
                 InputFormat::kJsonl}),
    [](const testing::TestParamInfo<TrimCase>& info) { return info.param.name; });

// What a trimmed analysis keeps of each part, on one hand-written article.
TEST(TrimForCrossCheck, KeepsWhatTheCheckReads) {
  v1::Article hints;
  hints.set_id("a1");
  hints.set_source("Agency");
  hints.set_date("2024-05-02");
  hints.set_url("https://example.org/a1");
  hints.add_authors("Jane Writer");
  v1::ArticleAnalysis a = TheAnalyzer().Analyze(
      "Summit opens in Geneva\n\nGENEVA - More than 300 delegates from 51 countries "
      "attended the Third World Water Summit on Tuesday, organisers said.\n\n"
      "\"We must act on water now, before the next drought comes,\" said Maria Lopez, "
      "the director of the Water Council. The summit ends on Friday.\n",
      hints);
  ASSERT_GT(a.claims_size(), 0);
  ASSERT_GT(a.quotes_size(), 0);
  const v1::ArticleAnalysis before = a;
  internal::TrimForCrossCheck(&a);
  EXPECT_EQ(a.article().id(), "a1");
  EXPECT_EQ(a.article().source(), "Agency");
  EXPECT_EQ(a.article().date(), "2024-05-02");
  EXPECT_EQ(a.article().headline(), before.article().headline());
  EXPECT_EQ(a.article().text(), before.article().text());
  // A title finding cites the link.
  EXPECT_EQ(a.article().url(), before.article().url());
  EXPECT_EQ(a.article().authors_size(), 0);
  // A speaker with a title keeps its evidence: the place that gives the
  // title and its sentence.
  int titled = 0;
  for (const v1::Speaker& s : a.speakers()) {
    const auto same = std::find_if(before.speakers().begin(), before.speakers().end(),
                                   [&s](const v1::Speaker& b) { return b.name() == s.name(); });
    ASSERT_NE(same, before.speakers().end()) << s.name();
    ++titled;
    EXPECT_EQ(s.title_sentence(), same->title_sentence());
    EXPECT_EQ(s.title_sentence_span().begin(), same->title_sentence_span().begin());
    EXPECT_EQ(s.title_span().begin(), same->title_span().begin());
    EXPECT_EQ(s.title_char_span().end(), same->title_char_span().end());
    EXPECT_NE(s.title_sentence().find("the director of the Water Council"), std::string::npos);
  }
  EXPECT_EQ(titled, 1) << a.DebugString();
  ASSERT_EQ(a.quotes_size(), before.quotes_size());
  for (int i = 0; i < a.quotes_size(); ++i) {
    EXPECT_EQ(a.quotes(i).text(), before.quotes(i).text());
    EXPECT_EQ(a.quotes(i).speaker().name(), before.quotes(i).speaker().name());
    EXPECT_TRUE(a.quotes(i).cue().empty()) << a.quotes(i).cue();
  }
  ASSERT_EQ(a.claims_size(), before.claims_size());
  int dates = 0;
  for (int i = 0; i < a.claims_size(); ++i) {
    const v1::Claim& was = before.claims(i);
    // Figures and dates are compared (dates within a story), so kept whole;
    // a date with no value is not.
    const bool figure = was.type() == v1::QUANTITY && !was.measure().empty();
    const bool date = was.type() == v1::DATE && !was.time().empty();
    if (figure || date) {
      EXPECT_EQ(a.claims(i).SerializeAsString(), was.SerializeAsString()) << was.text();
      dates += date;
    }
  }
  EXPECT_GT(dates, 0) << "no DATE claim in the article: the case tests nothing";
  EXPECT_LT(a.SpaceUsedLong(), before.SpaceUsedLong());
}

}  // namespace
}  // namespace quotes
