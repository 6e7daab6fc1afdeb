// Tests of the figure check (quotes/crosscheck/figure_check.h) through the
// public Analyzer: small hand-written articles of several outlets reporting
// one story, with the verdicts a careful reader would give.
#include "quotes/crosscheck/figure_check.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"

namespace quotes {
namespace {

const Analyzer& TheAnalyzer() {
  static const Analyzer* const analyzer =
      Analyzer::Create(AnalyzerOptions()).value().release();
  return *analyzer;
}

v1::ArticleAnalysis Article(const std::string& id, const std::string& source,
                            const std::string& date, const std::string& headline,
                            const std::string& text) {
  v1::Article hints;
  hints.set_id(id);
  hints.set_source(source);
  hints.set_date(date);
  hints.set_headline(headline);
  hints.set_url(absl::StrCat("https://example.com/", id));
  v1::ArticleAnalysis a = TheAnalyzer().Analyze(text, hints);
  a.mutable_article()->clear_text();  // as factcheck check does
  return a;
}

// The verdicts of the findings that hold a claim whose text is `a` and
// another, of another article, whose text is `b`.
std::vector<v1::Verdict> VerdictsOf(const v1::CrossCheckReport& r, const std::string& a,
                                    const std::string& b) {
  std::vector<v1::Verdict> out;
  for (const v1::Finding& f : r.findings()) {
    bool found = false;
    for (const v1::Claim& x : f.claims()) {
      for (const v1::Claim& y : f.claims()) {
        found = found || (x.text() == a && y.text() == b && x.article_id() != y.article_id());
      }
    }
    if (found) out.push_back(f.verdict());
  }
  return out;
}

int Count(const v1::CrossCheckReport& r, v1::Verdict verdict) {
  int n = 0;
  for (const v1::Finding& f : r.findings()) n += f.verdict() == verdict;
  return n;
}

TEST(FigureCheckTest, RunningTallyOfOneDayAgreesOrDiffersNeverConflicts) {
  const std::vector<v1::ArticleAnalysis> a = {
      Article("ap", "AP", "2016-03-24", "Trump wins Arizona",
              "Donald Trump won Arizona on Tuesday. Trump has 739 delegates."),
      Article("nbc", "NBC", "2016-03-24", "Trump takes Arizona",
              "Donald Trump carried Arizona. By our count Trump has 739 delegates."),
      Article("cnn", "CNN", "2016-03-24", "Arizona goes to Trump",
              "Donald Trump won the Arizona primary. Trump has 745 delegates."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  EXPECT_EQ(Count(r, v1::CONFLICT), 0) << r.DebugString();
  EXPECT_EQ(VerdictsOf(r, "739 delegates", "739 delegates"),
            std::vector<v1::Verdict>{v1::CONSISTENT})
      << r.DebugString();
  // One DIFFERS finding per article pair, each holding the two figures only.
  EXPECT_EQ(VerdictsOf(r, "739 delegates", "745 delegates"),
            (std::vector<v1::Verdict>{v1::DIFFERS, v1::DIFFERS}))
      << r.DebugString();
  for (const v1::Finding& f : r.findings()) {
    if (f.verdict() != v1::DIFFERS) continue;
    EXPECT_EQ(f.claims_size(), 2);
    EXPECT_EQ(f.subject(), "Donald Trump");
    EXPECT_EQ(f.frame(), "has");
    EXPECT_EQ(f.rule(), "subject-running-tally");
    EXPECT_NE(f.explanation().find("same day"), std::string::npos) << f.explanation();
  }
}

TEST(FigureCheckTest, TallyTwoWeeksLaterIsNotCompared) {
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2016-03-04", "Cruz gains", "Ted Cruz has 231 delegates."),
      Article("b", "NBC", "2016-03-15", "Cruz gains more", "Ted Cruz has 370 delegates."),
      Article("c", "CNN", "2016-03-16", "Cruz climbs", "Ted Cruz has 376 delegates."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  EXPECT_TRUE(VerdictsOf(r, "231 delegates", "370 delegates").empty()) << r.DebugString();
  // A day apart: one quantity that may have moved.
  EXPECT_EQ(VerdictsOf(r, "370 delegates", "376 delegates"),
            std::vector<v1::Verdict>{v1::DIFFERS})
      << r.DebugString();
}

// A running tally may double on one evening of results; a fixed figure
// twice another's is another quantity.
struct RatioCase {
  const char* name;
  const char* a;
  const char* b;
  const char* figure_a;
  const char* figure_b;
  bool differs;
};

class RatioTest : public testing::TestWithParam<RatioCase> {};

TEST_P(RatioTest, FiguresFarApartAreComparedOnlyAsRunningTallies) {
  const RatioCase& c = GetParam();
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2016-03-15", "Ohio votes", c.a),
      Article("b", "NBC", "2016-03-15", "Ohio results", c.b),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  const std::vector<v1::Verdict> v = VerdictsOf(r, c.figure_a, c.figure_b);
  EXPECT_EQ(v, c.differs ? std::vector<v1::Verdict>{v1::DIFFERS} : std::vector<v1::Verdict>{})
      << c.name << "\n" << r.DebugString();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RatioTest,
    testing::Values(
        RatioCase{"tally_doubles", "John Kasich has 60 delegates.",
                  "John Kasich has 126 delegates.", "60 delegates", "126 delegates", true},
        RatioCase{"tally_thrice_over", "John Kasich has 40 delegates.",
                  "John Kasich has 126 delegates.", "40 delegates", "126 delegates", false},
        RatioCase{"fixed_result_doubles", "John Kasich won 30 delegates in Ohio.",
                  "John Kasich won 66 delegates in Ohio.", "30 delegates", "66 delegates",
                  false}),
    [](const testing::TestParamInfo<RatioCase>& info) { return info.param.name; });

// Two versions of one live blog each give the earlier and the later count:
// each article's side of the difference is a finding.
TEST(FigureCheckTest, LiveBlogVersionsDifferBothWays) {
  const std::vector<v1::ArticleAnalysis> a = {
      Article("early", "AP", "2016-03-15", "The Latest: Florida",
              "9:05 p.m.\n\nMarco Rubio now has 171 delegates.\n\n8:05 p.m.\n\n"
              "Marco Rubio has 163 delegates."),
      Article("late", "AP", "2016-03-15", "The Latest: Ohio",
              "10:05 p.m.\n\nMarco Rubio has 163 delegates.\n\n9:05 p.m.\n\n"
              "Marco Rubio now has 171 delegates."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  int differs = 0;
  for (const v1::Finding& f : r.findings()) {
    if (f.verdict() != v1::DIFFERS) continue;
    ++differs;
    ASSERT_EQ(f.claims_size(), 2) << f.DebugString();
  }
  EXPECT_EQ(differs, 2) << r.DebugString();
  EXPECT_EQ(VerdictsOf(r, "171 delegates", "163 delegates"),
            (std::vector<v1::Verdict>{v1::DIFFERS, v1::DIFFERS}))
      << r.DebugString();
}

TEST(FigureCheckTest, ThresholdAgreesAcrossStoriesAndTwoThresholdsAreNotCompared) {
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2016-03-01", "Super Tuesday",
              "It takes 1,237 delegates to win the Republican nomination."),
      Article("b", "NYT", "2016-04-20", "New York votes",
              "Trump is short of the 1,237 delegates needed to clinch."),
      Article("c", "WP", "2016-04-20", "Clinton nears",
              "It takes 2,383 delegates to win the Democratic nomination."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  EXPECT_EQ(VerdictsOf(r, "1,237 delegates", "1,237 delegates"),
            std::vector<v1::Verdict>{v1::CONSISTENT})
      << r.DebugString();
  EXPECT_TRUE(VerdictsOf(r, "1,237 delegates", "2,383 delegates").empty()) << r.DebugString();
}

TEST(FigureCheckTest, ResultInNamedContestConflicts) {
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2016-03-16", "Trump sweeps Florida",
              "Donald Trump won 99 delegates in Florida."),
      Article("b", "Fox", "2016-03-16", "Florida to Trump",
              "Donald Trump won 66 delegates in Florida."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  const std::vector<v1::Verdict> v = VerdictsOf(r, "99 delegates", "66 delegates");
  ASSERT_EQ(v, std::vector<v1::Verdict>{v1::CONFLICT}) << r.DebugString();
  const v1::Finding& f = r.findings(0);
  EXPECT_EQ(f.rule(), "subject-fixed-figure");
  EXPECT_NE(f.explanation().find("cannot both be"), std::string::npos) << f.explanation();
}

TEST(FigureCheckTest, StoryFigureDiffersWithinOneStoryOnly) {
  const std::string text_a =
      "Flooding in the Vardar valley near Skopje killed villagers on Sunday. At least 12 "
      "people were killed, officials in Skopje said.";
  const std::string text_b =
      "Floods swept the Vardar valley near Skopje. Rescuers said 12 people were killed in "
      "the villages around Skopje.";
  const std::string text_c =
      "The Vardar valley floods near Skopje: 13 people were killed, the interior ministry in "
      "Skopje said.";
  // Another story, another week: its figure is never played against these.
  const std::string text_d =
      "A bus crash near Lyon left 13 people killed, French police said.";
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2024-05-12", "Floods in Vardar valley kill 12", text_a),
      Article("b", "Reuters", "2024-05-12", "Vardar valley floods near Skopje", text_b),
      Article("c", "AFP", "2024-05-13", "Skopje floods: death toll rises", text_c),
      Article("d", "DPA", "2024-05-20", "Bus crash near Lyon", text_d),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  ASSERT_GE(r.stories_size(), 1) << r.DebugString();
  EXPECT_EQ(r.stories(0).article_ids_size(), 3) << r.DebugString();
  EXPECT_EQ(Count(r, v1::CONFLICT), 0) << r.DebugString();
  EXPECT_EQ(VerdictsOf(r, "At least 12 people", "12 people"),
            std::vector<v1::Verdict>{v1::CONSISTENT})
      << r.DebugString();
  const std::vector<v1::Verdict> differ = VerdictsOf(r, "12 people", "13 people");
  EXPECT_FALSE(differ.empty()) << r.DebugString();
  for (const v1::Finding& f : r.findings()) {
    for (const v1::Claim& c : f.claims()) {
      EXPECT_NE(c.article_id(), "d") << "the bus crash is another story: " << f.DebugString();
    }
  }
}

// Two outlets' figures of one story (the Vardar valley near Skopje), with
// an article of another story beside them.
struct StoryCase {
  const char* name;
  const char* a;
  const char* b;
  const char* figure_a;
  const char* figure_b;
  std::vector<v1::Verdict> verdicts;
};

class StoryTest : public testing::TestWithParam<StoryCase> {};

TEST_P(StoryTest, ComparesFiguresOfOneStory) {
  const StoryCase& c = GetParam();
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2024-05-12", "Vardar valley near Skopje", c.a),
      Article("b", "Reuters", "2024-05-12", "Skopje and the Vardar valley", c.b),
      Article("d", "DPA", "2024-05-20", "Bus crash near Lyon",
              "A bus crash near Lyon left 13 people killed, French police said."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  EXPECT_EQ(VerdictsOf(r, c.figure_a, c.figure_b), c.verdicts) << c.name << "\n"
                                                               << r.DebugString();
  EXPECT_EQ(Count(r, v1::CONFLICT), 0) << c.name << "\n" << r.DebugString();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, StoryTest,
    testing::Values(
        // One vote told two ways: a Senate of 100 either way.
        StoryCase{"vote_differs",
                  "The Skopje senate passed the Vardar valley dam bill on Tuesday, 52-48, in a "
                  "close vote.",
                  "Senators in Skopje approved the Vardar valley dam bill by a 51-49 vote.",
                  "52-48", "51-49", {v1::DIFFERS}},
        StoryCase{"vote_agrees",
                  "The vote on the Vardar valley dam bill in Skopje was 52-48.",
                  "The Skopje senate voted 52-48 for the Vardar valley dam bill.", "52-48",
                  "52-48", {v1::CONSISTENT}},
        // Benches of nine and of eight: two votes.
        StoryCase{"votes_of_two_benches",
                  "The Skopje court voted 5-4 to stop the Vardar valley dam.",
                  "A 4-4 vote of the Skopje court would have left the Vardar valley dam ruling "
                  "standing.",
                  "5-4", "4-4", {}},
        // A death toll and a count of people killed are one figure.
        StoryCase{"toll_differs",
                  "The death toll from the Vardar valley floods near Skopje rose to 12 on "
                  "Monday.",
                  "Floods in the Vardar valley near Skopje killed 13 people, officials said.",
                  "12", "13 people", {v1::DIFFERS}},
        StoryCase{"toll_agrees",
                  "The death toll from the Vardar valley floods near Skopje rose to 12 on "
                  "Monday.",
                  "Floods in the Vardar valley near Skopje killed 12 people, officials said.",
                  "12", "12 people", {v1::CONSISTENT}},
        // An age that names nobody is the one person's of the story whose
        // age another article gives within a year of it.
        StoryCase{"unnamed_age_differs",
                  "A grand jury in Skopje indicted Darnell Whitcomb, 47, over the Vardar "
                  "valley dam fraud.",
                  "Prosecutors in Skopje charged a 46-year-old former official over the Vardar "
                  "valley dam fraud.",
                  "Darnell Whitcomb, 47", "46-year-old", {v1::DIFFERS}},
        StoryCase{"unnamed_age_agrees",
                  "A grand jury in Skopje indicted Darnell Whitcomb, 46, over the Vardar "
                  "valley dam fraud.",
                  "Prosecutors in Skopje charged a 46-year-old former official over the Vardar "
                  "valley dam fraud.",
                  "Darnell Whitcomb, 46", "46-year-old", {v1::CONSISTENT}},
        // Further apart, or near the ages of two people: maybe someone else.
        StoryCase{"unnamed_age_far",
                  "A grand jury in Skopje indicted Darnell Whitcomb, 47, over the Vardar "
                  "valley dam fraud.",
                  "Prosecutors in Skopje charged a 52-year-old former official over the Vardar "
                  "valley dam fraud.",
                  "Darnell Whitcomb, 47", "52-year-old", {}},
        StoryCase{"unnamed_age_of_two",
                  "A grand jury in Skopje indicted Darnell Whitcomb, 47, and Ana Berg, 46, "
                  "over the Vardar valley dam fraud.",
                  "Prosecutors in Skopje charged a 46-year-old former official over the Vardar "
                  "valley dam fraud.",
                  "Darnell Whitcomb, 47", "46-year-old", {}},
        // Likewise a sum of a frame that names nobody.
        StoryCase{"unnamed_sum_differs",
                  "Auditors in Skopje accused Conrad Pyle of wasting $1.5 million at the Vardar "
                  "valley housing office.",
                  "The head of the Vardar valley housing office in Skopje misspent $1.6 million, "
                  "auditors said.",
                  "$1.5 million", "$1.6 million", {v1::DIFFERS}},
        StoryCase{"unnamed_sum_of_two",
                  "Auditors in Skopje said Conrad Pyle spent $1.5 million and Ana Berg spent "
                  "$1.4 million at the Vardar valley housing office.",
                  "The head of the Vardar valley housing office in Skopje misspent $1.6 million, "
                  "auditors said.",
                  "$1.5 million", "$1.6 million", {}}),
    [](const testing::TestParamInfo<StoryCase>& info) { return info.param.name; });

TEST(FigureCheckTest, DatesOfOneStoryAgree) {
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2016-03-17", "Senate votes on Vardar dam bill",
              "The Senate passed the Vardar dam bill on Tuesday, officials in Skopje said."),
      Article("b", "Reuters", "2016-03-17", "Vardar dam bill passes Senate",
              "Senators in Skopje approved the Vardar dam bill on March 15."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  EXPECT_EQ(VerdictsOf(r, "on Tuesday", "on March 15"), std::vector<v1::Verdict>{v1::CONSISTENT})
      << r.DebugString();
  for (const v1::Finding& f : r.findings()) {
    if (f.rule() == "story-date") {
      EXPECT_EQ(f.time(), "2016-03-15") << f.DebugString();
    }
  }
}

TEST(FigureCheckTest, TwoQuantitiesOfOneMeasureAreNotCompared) {
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "AP", "2016-02-01", "Faith and politics",
              "The church has 1.6 billion members worldwide, Pope Francis said."),
      Article("b", "Reuters", "2016-02-01", "Faith and alliances",
              "Pope Francis said the alliance has 28 members."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  EXPECT_EQ(Count(r, v1::CONFLICT), 0) << r.DebugString();
  EXPECT_EQ(Count(r, v1::DIFFERS), 0) << r.DebugString();
}

TEST(FigureCheckTest, EvidenceNeedsNoArticle) {
  const std::string text = "Zürich’s mayor said Corinne Mauch has 120 seats.";
  const std::vector<v1::ArticleAnalysis> a = {
      Article("a", "SDA", "2024-01-05", "Zürich council", text),
      Article("b", "NZZ", "2024-01-05", "Zürich council seats",
              "Corinne Mauch has 120 seats, the Zürich council said."),
  };
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  ASSERT_EQ(Count(r, v1::CONSISTENT), 1) << r.DebugString();
  for (const v1::Finding& f : r.findings()) {
    if (f.verdict() != v1::CONSISTENT) continue;
    ASSERT_EQ(f.claims_size(), 2);
    const v1::Claim& c = f.claims(0);
    EXPECT_EQ(c.article_id(), "a");
    EXPECT_EQ(c.headline(), "Zürich council");
    EXPECT_EQ(c.date(), "2024-01-05");
    EXPECT_EQ(c.url(), "https://example.com/a");
    EXPECT_EQ(c.source(), "SDA");
    EXPECT_EQ(c.sentence(), text);
    EXPECT_EQ(c.text(), "120 seats");
    EXPECT_EQ(text.substr(c.span().begin(), c.span().end() - c.span().begin()), "120 seats");
    // "ü" and "’" are one code point each, two and three bytes.
    EXPECT_EQ(c.char_span().begin(), c.span().begin() - 3);
    EXPECT_EQ(c.char_span().end() - c.char_span().begin(), 9u);
  }
}

TEST(FigureCheckTest, SameBytesWhateverTheInputOrder) {
  std::vector<v1::ArticleAnalysis> a = {
      Article("ap", "AP", "2016-03-24", "Trump wins Arizona", "Trump has 739 delegates."),
      Article("nbc", "NBC", "2016-03-24", "Trump takes Arizona", "Trump has 741 delegates."),
      Article("cnn", "CNN", "2016-03-24", "Arizona to Trump", "Trump has 739 delegates."),
      Article("fox", "Fox", "2016-03-25", "Trump, Arizona", "Trump has 750 delegates."),
  };
  const std::string first = TheAnalyzer().CrossCheck(a).SerializeAsString();
  std::sort(a.begin(), a.end(), [](const v1::ArticleAnalysis& x, const v1::ArticleAnalysis& y) {
    return x.article().id() > y.article().id();
  });
  for (int i = 0; i < 4; ++i) {
    std::rotate(a.begin(), a.begin() + 1, a.end());
    EXPECT_EQ(TheAnalyzer().CrossCheck(a).SerializeAsString(), first) << i;
  }
}

TEST(FigureCheckTest, BadValuesMakeNoFinding) {
  const std::vector<std::string> bad = {
      "Trump has 1e308 delegates.",
      "Trump has 1000000000000000000000000 delegates.",
      "Trump has -5 delegates.",
      "Trump has NaN delegates.",
      "Trump has inf delegates.",
      "Trump had 5 delegates on 30 February 2016.",
      "Trump had 5 delegates in the year 0 and 9999.",
  };
  std::vector<v1::ArticleAnalysis> a;
  for (size_t i = 0; i < bad.size(); ++i) {
    a.push_back(Article(absl::StrCat("a", i), absl::StrCat("S", i), "2016-03-24",
                        "Trump delegates", bad[i]));
    a.push_back(Article(absl::StrCat("b", i), absl::StrCat("T", i), "0000-00-00",
                        "Trump delegates", bad[i]));
  }
  const v1::CrossCheckReport r = TheAnalyzer().CrossCheck(a);
  for (const v1::Finding& f : r.findings()) {
    EXPECT_NE(f.verdict(), v1::CONFLICT) << f.DebugString();
    for (const v1::Claim& c : f.claims()) {
      EXPECT_TRUE(std::isfinite(c.value().lower()) && std::isfinite(c.value().upper()))
          << c.DebugString();
    }
  }
}

}  // namespace
}  // namespace quotes
