// The public entry point: one article, a stream, options and user word lists.
#include "quotes/analyzer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "google/protobuf/arena.h"
#include "gtest/gtest.h"

namespace quotes {
namespace {

using ::testing::HasSubstr;

std::unique_ptr<Analyzer> Make(const AnalyzerOptions& options) {
  auto a = Analyzer::Create(options);
  EXPECT_TRUE(a.ok()) << a.status();
  return a.ok() ? *std::move(a) : nullptr;
}

TEST(AnalyzerTest, StreamGivesOneRecordPerArticleInOrder) {
  auto analyzer = Make(AnalyzerOptions());
  std::vector<v1::Article> in(3);
  in[0].set_id("a");
  in[0].set_text("“We will win,” Mayor Jane Doe said.");
  in[1].set_id("b");
  in[1].set_text("bad \xff bytes");
  in[2].set_id("c");
  in[2].set_text("Officials said the bridge would reopen in May.");
  size_t i = 0;
  std::vector<v1::ArticleAnalysis> out;
  const size_t n = analyzer->AnalyzeStream(
      [&](v1::Article* a) {
        if (i == in.size()) return false;
        *a = in[i++];
        return true;
      },
      [&](v1::ArticleAnalysis a) {
        out.push_back(std::move(a));
        return true;
      });
  ASSERT_EQ(n, 3u);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].article().id(), "a");
  ASSERT_EQ(out[0].quotes_size(), 1);
  EXPECT_EQ(out[0].quotes(0).speaker().name(), "Jane Doe");
  EXPECT_TRUE(out[1].has_error());
  EXPECT_THAT(out[1].error().message(), HasSubstr("byte 4"));
  EXPECT_EQ(out[2].article().id(), "c");
  EXPECT_EQ(out[2].quotes_size(), 1);
}

// AnalyzeTo on an arena gives the same record as Analyze, for a good and a
// failed article, and clears what the message held before.
TEST(AnalyzerTest, AnalyzeToOnAnArenaEqualsAnalyze) {
  AnalyzerOptions options;
  options.extract_claims = true;
  auto analyzer = Make(options);
  ASSERT_NE(analyzer, nullptr);
  v1::Article hints;
  hints.set_id("a1");
  hints.set_date("2024-12-05");
  const std::string good =
      "\u201cWe will build 120 schools,\u201d Mayor Jane Smith said on Monday. "
      "She added that the plan would cost $5m.\n";
  const std::string bad = "bad \xff byte";
  google::protobuf::Arena arena;
  auto* on_arena =
      google::protobuf::Arena::CreateMessage<v1::ArticleAnalysis>(&arena);
  on_arena->mutable_error()->set_message("left over");
  for (const std::string& text : {good, bad}) {
    const v1::ArticleAnalysis plain = analyzer->Analyze(text, hints);
    analyzer->AnalyzeTo(text, hints, on_arena);
    EXPECT_EQ(on_arena->SerializeAsString(), plain.SerializeAsString());
  }
  const v1::ArticleAnalysis good_plain = analyzer->Analyze(good, hints);
  EXPECT_EQ(good_plain.quotes_size(), 2);
  EXPECT_GT(good_plain.claims_size(), 0);
}

struct TakingCase {
  const char* name;
  std::string text;
  bool include_text;
};

std::ostream& operator<<(std::ostream& os, const TakingCase& c) { return os << c.name; }

class TakingTextTest : public ::testing::TestWithParam<TakingCase> {};

// AnalyzeTakingText gives the record Analyze gives, on an arena or not, and
// leaves the caller's text as it was when the text is no article.
TEST_P(TakingTextTest, EqualsAnalyze) {
  const TakingCase& c = GetParam();
  AnalyzerOptions options;
  options.extract_claims = true;
  options.include_text = c.include_text;
  auto analyzer = Make(options);
  ASSERT_NE(analyzer, nullptr);
  v1::Article hints;
  hints.set_id("t1");
  const v1::ArticleAnalysis want = analyzer->Analyze(c.text, hints);
  google::protobuf::Arena arena;
  v1::ArticleAnalysis plain;
  for (v1::ArticleAnalysis* out :
       {&plain, google::protobuf::Arena::CreateMessage<v1::ArticleAnalysis>(&arena)}) {
    std::string text = c.text;
    analyzer->AnalyzeTakingText(&text, hints, out);
    EXPECT_EQ(out->SerializeAsString(), want.SerializeAsString())
        << c.name << (out == &plain ? "" : " on an arena");
    if (want.has_error()) {
      EXPECT_EQ(text, c.text) << c.name;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Texts, TakingTextTest,
    ::testing::Values(
        TakingCase{"quote",
                   "\u201cWe will build 120 schools,\u201d Mayor Jane Smith said on Monday. "
                   "She added that the plan would cost $5m.\n",
                   true},
        TakingCase{"quote_without_text",
                   "\u201cWe will build 120 schools,\u201d Mayor Jane Smith said on Monday.\n",
                   false},
        TakingCase{"short", "She said yes.", true},  // held inside the string object
        TakingCase{"invalid_utf8", "bad \xff byte", true},
        TakingCase{"nul_byte", std::string("a\0b said", 8), true},
        TakingCase{"blank", " \n\t", true}),
    [](const ::testing::TestParamInfo<TakingCase>& info) { return info.param.name; });

TEST(AnalyzerTest, SinkCanStopTheStream) {
  auto analyzer = Make(AnalyzerOptions());
  int produced = 0;
  const size_t n = analyzer->AnalyzeStream(
      [&](v1::Article* a) {
        a->set_text("Text here.");
        return ++produced < 100;
      },
      [](v1::ArticleAnalysis) { return false; });
  EXPECT_EQ(n, 1u);
}

TEST(AnalyzerTest, UserWordListExtendsTheCues) {
  const std::string text = "Mayor Jane Doe harrumphed that the bridge was safe.";
  auto plain = Make(AnalyzerOptions());
  EXPECT_EQ(plain->Analyze(text, v1::Article()).quotes_size(), 0);
  AnalyzerOptions options;
  options.lexicon_text_proto = "speech_verbs { forms: \"harrumphed\" }";
  auto extended = Make(options);
  v1::ArticleAnalysis a = extended->Analyze(text, v1::Article());
  ASSERT_EQ(a.quotes_size(), 1);
  EXPECT_EQ(a.quotes(0).cue(), "harrumphed");
  EXPECT_EQ(a.quotes(0).speaker().name(), "Jane Doe");
}

// A user's not-name words, organisation words and weekdays are read as the
// built-in ones are. The speaker model's tests of those lists, which it reads
// as written, first test a class bit of the word (kNeverName, kDate) that its
// constructor gives every word of them: the user's words must have it too.
// Each case is read without the user's lists too, as the control.
TEST(AnalyzerTest, UserWordListsExtendTheNotNamesOrganisationWordsAndWeekdays) {
  AnalyzerOptions options;
  options.lexicon_text_proto =
      "not_name_words: \"Zorblat\"\n"
      "organization_words: \"Syndikat\"\n"
      "weekdays { forms: \"Sonnabend\" value: 6 }\n";
  auto plain = Make(AnalyzerOptions());
  auto extended = Make(options);

  // A not-name is no word of a person's name, not even a lone one.
  const std::string not_name = "Zorblat Jones said the bridge was safe.";
  v1::ArticleAnalysis a = plain->Analyze(not_name, v1::Article());
  ASSERT_EQ(a.quotes_size(), 1);
  EXPECT_EQ(a.quotes(0).speaker().name(), "Zorblat Jones");
  a = extended->Analyze(not_name, v1::Article());
  ASSERT_EQ(a.quotes_size(), 1);
  EXPECT_EQ(a.quotes(0).speaker().name(), "Jones");
  a = extended->Analyze("Zorblat said the bridge was safe.", v1::Article());
  for (const v1::Speaker& s : a.speakers()) EXPECT_NE(s.name(), "Zorblat");

  // An organisation word ends an organisation's name: a group speaks.
  const std::string org = "Acme Syndikat said the bridge was safe.";
  a = plain->Analyze(org, v1::Article());
  ASSERT_EQ(a.speakers_size(), 1);
  EXPECT_EQ(a.speakers(0).type(), v1::PERSON);
  a = extended->Analyze(org, v1::Article());
  ASSERT_EQ(a.speakers_size(), 1);
  EXPECT_EQ(a.speakers(0).name(), "Acme Syndikat");
  EXPECT_EQ(a.speakers(0).type(), v1::GROUP);

  // A weekday before an honorific is no part of a title.
  const std::string weekday = "On Sonnabend Mr Smith said the bridge was safe.";
  a = plain->Analyze(weekday, v1::Article());
  ASSERT_EQ(a.quotes_size(), 1);
  EXPECT_THAT(a.quotes(0).speaker().title(), HasSubstr("Sonnabend"));
  a = extended->Analyze(weekday, v1::Article());
  ASSERT_EQ(a.quotes_size(), 1);
  EXPECT_EQ(a.quotes(0).speaker().name(), "Smith");
  EXPECT_EQ(a.quotes(0).speaker().title(), "");
}

TEST(AnalyzerTest, BadWordListIsAnErrorThatSaysWhere) {
  AnalyzerOptions options;
  options.lexicon_text_proto = "speech_verbs { forms: ";
  auto a = Analyzer::Create(options);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(a.status().message()), HasSubstr("line 1"));
}

TEST(AnalyzerTest, StrictnessIsOrdered) {
  // An unattributed quote is kept when possible, dropped when certain.
  const std::string text = "The weather turned.\n\n“It is cold today.”";
  AnalyzerOptions options;
  auto possible = Make(options);
  options.strictness = Strictness::kCertain;
  auto certain = Make(options);
  EXPECT_EQ(possible->Analyze(text, v1::Article()).quotes_size(), 1);
  EXPECT_EQ(certain->Analyze(text, v1::Article()).quotes_size(), 0);
}

// A quote's confidence is its detection's times how often the rule that
// chose its speaker is right; each strictness keeps the quotes at its bar.
TEST(AnalyzerTest, ConfidenceFollowsTheRuleAndStrictnessReadsIt) {
  const std::string text =
      "“The bridge will reopen on Monday,” Mayor Paul Grant said.\n\n"
      "“It will carry trucks again.”\n\n"
      "The weather turned.\n\n“It is cold today,” he said.";
  AnalyzerOptions options;
  const v1::ArticleAnalysis all = Make(options)->Analyze(text, v1::Article());
  ASSERT_EQ(all.quotes_size(), 3) << all.DebugString();
  const v1::Quote& named = all.quotes(0);
  const v1::Quote& inherited = all.quotes(1);
  EXPECT_EQ(named.rule(), "direct.subject_after_quote");
  EXPECT_EQ(inherited.rule(), "resolve.inherit_direct");
  EXPECT_GT(named.confidence(), 0.85f);
  // A quote that takes the speaker of the one before is right about half
  // the time: below the bar of "likely".
  EXPECT_LT(inherited.confidence(), 0.6f);
  EXPECT_GT(inherited.confidence(), 0.0f);
  options.strictness = Strictness::kLikely;
  const v1::ArticleAnalysis likely = Make(options)->Analyze(text, v1::Article());
  options.strictness = Strictness::kCertain;
  const v1::ArticleAnalysis certain = Make(options)->Analyze(text, v1::Article());
  for (const auto* a : {&likely, &certain}) {
    for (const v1::Quote& q : a->quotes()) EXPECT_NE(q.rule(), "resolve.inherit_direct");
  }
  ASSERT_GE(certain.quotes_size(), 1);
  EXPECT_EQ(certain.quotes(0).speaker().name(), "Paul Grant");
  for (const v1::Quote& q : certain.quotes()) EXPECT_GE(q.confidence(), 0.85f);
}

TEST(AnalyzerTest, AccordingToAfterALoneCommaReadsNothingOutside) {
  // Found by the analyzer fuzzer: "According to" right after a comma that
  // opens the paragraph read the token before the paragraph.
  v1::ArticleAnalysis a = Make(AnalyzerOptions())
                              ->Analyze("\"er\n\n ,According to he the thts in Col.\n",
                                        v1::Article());
  EXPECT_FALSE(a.has_error());
  for (const v1::Quote& q : a.quotes()) {
    EXPECT_LE(q.span().end(), a.article().text().size());
  }
}

TEST(AnalyzerTest, DetectorsCanBeTurnedOff) {
  const std::string text =
      "“We will win,” Mayor Jane Doe said. She added that the vote was close.";
  AnalyzerOptions options;
  options.detect_reported = false;
  v1::ArticleAnalysis a = Make(options)->Analyze(text, v1::Article());
  ASSERT_EQ(a.quotes_size(), 1);
  EXPECT_EQ(a.quotes(0).kind(), v1::DIRECT);
  options.detect_reported = true;
  options.detect_direct = false;
  a = Make(options)->Analyze(text, v1::Article());
  ASSERT_EQ(a.quotes_size(), 1);
  EXPECT_EQ(a.quotes(0).kind(), v1::INDIRECT);
}

}  // namespace
}  // namespace quotes
