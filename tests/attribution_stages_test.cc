// The attribution's stages one by one: for hand-written sentences, the
// stage and rule each quote records as having chosen its speaker
// (Quote.rule); what a stage contributes, by switching it off
// (AttributorOptions::disabled_stages); and that every stage can be
// switched off without breaking the others' output.
#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "proto/quotes.pb.h"
#include "quotes/article_parser.h"
#include "quotes/attribution/attributor.h"
#include "quotes/lexicon.h"

namespace quotes {
namespace {

using internal::Attributor;
using internal::AttributorOptions;

// Every article opens with this headline paragraph unless a case is about
// headlines.
constexpr char kHeadline[] = "Harbour council meets\n\n";

// Parses `text` and runs an Attributor with `options` over it.
v1::ArticleAnalysis Attribute(const std::string& text,
                              const AttributorOptions& options) {
  static const ArticleParser* parser =
      ArticleParser::Create(DefaultLexicon()).value().release();
  v1::ArticleAnalysis analysis;
  const absl::Status parsed =
      parser->ParseTo(text, v1::Article(), analysis.mutable_article());
  EXPECT_TRUE(parsed.ok()) << parsed;
  auto attributor = Attributor::Create(DefaultLexicon(), options);
  EXPECT_TRUE(attributor.ok()) << attributor.status();
  if (attributor.ok()) (*attributor)->Attribute(&analysis);
  return analysis;
}

AttributorOptions Without(const std::string& stage) {
  AttributorOptions options;
  options.disabled_stages.insert(stage);
  return options;
}

// Every quote, one a line, for failure messages.
std::string Describe(const v1::ArticleAnalysis& a) {
  std::string out;
  for (const v1::Quote& q : a.quotes()) {
    absl::StrAppend(&out, "  ", v1::QuoteKind_Name(q.kind()), " \"", q.text(),
                    "\" speaker=\"", q.speaker().name(), "\" rule=\"", q.rule(),
                    "\"\n");
  }
  return out.empty() ? "  (no quotes)\n" : out;
}

const v1::Quote* FindQuote(const v1::ArticleAnalysis& a, const std::string& words) {
  for (const v1::Quote& q : a.quotes()) {
    if (absl::StrContains(q.text(), words)) return &q;
  }
  return nullptr;
}

struct RuleCase {
  const char* name;
  const char* text;      // after kHeadline, unless `own_headline`
  const char* words;     // in the quote's text
  const char* speaker;   // its speaker's name
  const char* rule;      // Quote.rule
  bool own_headline = false;
};

std::ostream& operator<<(std::ostream& os, const RuleCase& c) {
  return os << c.name << ": " << c.text;
}

std::string ArticleOf(const RuleCase& c) {
  return absl::StrCat(c.own_headline ? "" : kHeadline, c.text, "\n");
}

const RuleCase kRules[] = {
    {"cue_after_quote",
     "“We will rebuild the bridge before winter,” said Mayor Paul Grant.",
     "rebuild the bridge", "Paul Grant", "direct.cue_after_quote"},
    {"according_to_after_quote",
     "“The bridge will reopen next week,” according to Anna Berg, the city "
     "engineer.",
     "reopen next week", "Anna Berg", "direct.according_to_after_quote"},
    {"quoted_as_after_quote",
     "“The bridge will reopen next week,” the Harbour Times quoted Anna Berg "
     "as saying.",
     "reopen next week", "Anna Berg", "direct.quoted_as_after_quote"},
    {"subject_after_quote",
     "“We will rebuild the bridge before winter,” Mayor Paul Grant said.",
     "rebuild the bridge", "Paul Grant", "direct.subject_after_quote"},
    {"signature",
     "“The rain came far too late for the wheat this year.” — Tom Reyes, 54, "
     "a farmer",
     "far too late", "Tom Reyes", "direct.signature"},
    {"cue_before_quote",
     "Mayor Paul Grant said: “We will rebuild the bridge before winter.”",
     "rebuild the bridge", "Paul Grant", "direct.cue_before_quote"},
    {"according_to_before_quote",
     "According to Anna Berg, “the bridge will reopen next week.”",
     "reopen next week", "Anna Berg", "direct.according_to_before_quote"},
    {"participle_before_quote",
     "Anna Berg wrote to the council saying: “The bridge will reopen next "
     "week.”",
     "reopen next week", "Anna Berg", "direct.participle_before_quote"},
    {"colon_subject",
     "Mayor Paul Grant was blunt: “The bridge will not reopen this year.”",
     "not reopen", "Paul Grant", "direct.colon_subject"},
    {"introducing_paragraph",
     "Mayor Paul Grant told the council on Monday:\n\n“The bridge will not "
     "reopen this year.”",
     "not reopen", "Paul Grant", "direct.introducing_paragraph"},
    {"quote_verb", "Mayor Paul Grant called the plan “unworkable” on Monday.",
     "unworkable", "Paul Grant", "direct.quote_verb"},
    {"reported_subject_before_cue",
     "Mayor Paul Grant said that the bridge would reopen next week.",
     "would reopen", "Paul Grant", "reported.subject_before_cue"},
    {"reported_tail",
     "The bridge would reopen next week, Mayor Paul Grant said.",
     "would reopen", "Paul Grant", "reported.tail"},
    {"reported_according_to",
     "The bridge will reopen next week, according to Mayor Paul Grant.",
     "will reopen", "Paul Grant", "reported.according_to"},
    {"reported_inverted",
     "The bridge will reopen next week, said Mayor Paul Grant.",
     "will reopen", "Paul Grant", "reported.inverted"},
    {"reported_inverted_inside",
     "Then, says Mayor Paul Grant, the bridge will reopen next week.",
     "will reopen", "Paul Grant", "reported.inverted_inside"},
    {"reported_sentence_subject",
     "Mayor Paul Grant spoke to the council on Monday, stressed that the "
     "bridge was safe.",
     "bridge was safe", "Paul Grant", "reported.sentence_subject"},
    {"reported_shared_subject",
     "Mayor Paul Grant said the bridge was safe and added that it would "
     "reopen next week.",
     "it would reopen", "Paul Grant", "reported.shared_subject"},
    {"reported_participle",
     "Mayor Paul Grant defended the plan, saying the bridge was safe.",
     "bridge was safe", "Paul Grant", "reported.participle"},
    {"reported_relative_who",
     "The council met Anna Berg, who said the bridge was safe for traffic.",
     "safe for traffic", "Anna Berg", "reported.relative_who"},
    {"reported_quoted_clause",
     "The harbour board says on its website that “the bridge will reopen "
     "for traffic next week.”",
     "bridge will reopen for traffic", "harbour board", "reported.quoted_clause"},
    {"headline_colon",
     "Grant: Bridge will reopen next week\n\nMayor Paul Grant spoke to the "
     "council on Monday.",
     "Bridge will reopen", "Paul Grant", "headline_colon.name", true},
    {"transcript_known_person",
     "Mayor Paul Grant spoke to the council on Monday.\n\nGRANT: The bridge "
     "will reopen next week.\n\nBERG: Will it be safe?\n\nGRANT: It will be "
     "safe for all traffic.\n\nBERG: When does the work start?",
     "safe for all traffic", "Paul Grant", "transcript.known_person"},
    {"transcript_label",
     "Mayor Paul Grant spoke to the council on Monday.\n\nGRANT: The bridge "
     "will reopen next week.\n\nBERG: Will it be safe?\n\nGRANT: It will be "
     "safe for all traffic.\n\nBERG: When does the work start?",
     "When does the work start", "Berg", "transcript.label"},
    {"inherit_direct",
     "“We will rebuild the bridge before winter,” Mayor Paul Grant "
     "said.\n\n“It will take a year to finish all the work.”",
     "take a year", "Paul Grant", "resolve.inherit_direct"},
    {"inherit_reported",
     "The bridge would reopen next week, Mayor Paul Grant said. “It will "
     "take a year to finish all the work.”",
     "take a year", "Paul Grant", "resolve.inherit_reported"},
    {"headline_quote_repeats_body",
     "‘We will rebuild the bridge’: Mayor vows\n\n“We will rebuild the "
     "bridge before winter,” Mayor Paul Grant said.",
     "We will rebuild the bridge", "Paul Grant",
     "headline_quote.repeats_body", true},
};

class RuleTest : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RuleTest, RecordsTheRuleThatChoseTheSpeaker) {
  const RuleCase& c = GetParam();
  const v1::ArticleAnalysis a = Attribute(ArticleOf(c), AttributorOptions());
  // The headline's quote of the last case repeats the body's: it is the
  // one with the rule, and the first quote that holds the words.
  const v1::Quote* q = FindQuote(a, c.words);
  ASSERT_NE(q, nullptr) << c << "\nno quote holds \"" << c.words << "\":\n"
                        << Describe(a);
  EXPECT_EQ(q->speaker().name(), c.speaker) << c << "\n" << Describe(a);
  EXPECT_EQ(q->rule(), c.rule) << c << "\n" << Describe(a);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, RuleTest, ::testing::ValuesIn(kRules),
    [](const ::testing::TestParamInfo<RuleCase>& info) { return info.param.name; });

// Every rule names a stage, and a quote has a rule exactly when it has a
// speaker.
TEST(RuleTest, NamesAStageAndComesWithASpeaker) {
  const std::vector<std::string> stages = Attributor::StageNames();
  for (const RuleCase& c : kRules) {
    const v1::ArticleAnalysis a = Attribute(ArticleOf(c), AttributorOptions());
    for (const v1::Quote& q : a.quotes()) {
      EXPECT_EQ(q.has_speaker(), !q.rule().empty()) << c << "\n" << Describe(a);
      if (q.rule().empty()) continue;
      const std::string stage = q.rule().substr(0, q.rule().find('.'));
      EXPECT_NE(std::find(stages.begin(), stages.end(), stage), stages.end())
          << c << "\nrule \"" << q.rule() << "\" names no stage";
    }
  }
}

// A stage switched off: the quote it attributed loses its speaker, or is
// not found at all.
struct StageCase {
  const char* stage;
  const char* rule_case;  // the name of a kRules case the stage decides
};

std::ostream& operator<<(std::ostream& os, const StageCase& c) {
  return os << c.stage << " on " << c.rule_case;
}

const RuleCase& RuleCaseNamed(const std::string& name) {
  for (const RuleCase& c : kRules) {
    if (name == c.name) return c;
  }
  ADD_FAILURE() << "no case " << name;
  return kRules[0];
}

const StageCase kStagesOff[] = {
    {"direct", "cue_after_quote"},
    {"direct", "colon_subject"},
    {"reported", "reported_tail"},
    {"reported", "reported_participle"},
    {"headline_colon", "headline_colon"},
    {"transcript", "transcript_known_person"},
    {"resolve", "inherit_direct"},
    {"resolve", "reported_subject_before_cue"},
    {"headline_quote", "headline_quote_repeats_body"},
};

class StageOffTest : public ::testing::TestWithParam<StageCase> {};

TEST_P(StageOffTest, ItsQuotesLoseTheirSpeaker) {
  const StageCase& s = GetParam();
  const RuleCase& c = RuleCaseNamed(s.rule_case);
  const v1::ArticleAnalysis on = Attribute(ArticleOf(c), AttributorOptions());
  const v1::Quote* q = FindQuote(on, c.words);
  ASSERT_NE(q, nullptr) << s << "\n" << Describe(on);
  ASSERT_TRUE(q->has_speaker()) << s << "\n" << Describe(on);
  const v1::ArticleAnalysis off = Attribute(ArticleOf(c), Without(s.stage));
  const v1::Quote* without = FindQuote(off, c.words);
  if (without != nullptr) {
    EXPECT_FALSE(without->has_speaker()) << s << "\n" << Describe(off);
    EXPECT_EQ(without->rule(), "") << s << "\n" << Describe(off);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Stages, StageOffTest, ::testing::ValuesIn(kStagesOff),
    [](const ::testing::TestParamInfo<StageCase>& info) {
      return absl::StrCat(info.param.stage, "_", info.param.rule_case);
    });

// Switching one stage off leaves the quotes that other stages attribute
// alone: a reported clause keeps its speaker without the direct stage, a
// direct quote without the reported stage.
TEST(StageOffTest, OtherStagesKeepTheirQuotes) {
  const std::string text = absl::StrCat(
      kHeadline,
      "“We will rebuild the bridge before winter,” said Mayor Paul Grant.\n\n"
      "Anna Berg said that the council would meet again in March.\n");
  const v1::ArticleAnalysis no_direct = Attribute(text, Without("direct"));
  const v1::Quote* reported = FindQuote(no_direct, "meet again in March");
  ASSERT_NE(reported, nullptr) << Describe(no_direct);
  EXPECT_EQ(reported->speaker().name(), "Anna Berg") << Describe(no_direct);
  EXPECT_EQ(FindQuote(no_direct, "rebuild the bridge"), nullptr) << Describe(no_direct);
  const v1::ArticleAnalysis no_reported = Attribute(text, Without("reported"));
  const v1::Quote* direct = FindQuote(no_reported, "rebuild the bridge");
  ASSERT_NE(direct, nullptr) << Describe(no_reported);
  EXPECT_EQ(direct->speaker().name(), "Paul Grant") << Describe(no_reported);
  EXPECT_EQ(FindQuote(no_reported, "meet again in March"), nullptr)
      << Describe(no_reported);
}

// Without the titles stage a quoted title is read as speech: "Right to
// Return" becomes a partial quote, which embeds it in the reported clause.
TEST(StageOffTest, TitlesKeepATitleOutOfMixedSpeech) {
  const std::string text = absl::StrCat(
      kHeadline,
      "Anna Berg said the conference on “Right to Return” would open in "
      "Geneva next week.\n");
  const v1::ArticleAnalysis on = Attribute(text, AttributorOptions());
  const v1::Quote* q = FindQuote(on, "would open in Geneva");
  ASSERT_NE(q, nullptr) << Describe(on);
  EXPECT_EQ(q->kind(), v1::INDIRECT) << Describe(on);
  const v1::ArticleAnalysis off = Attribute(text, Without("titles"));
  const v1::Quote* without = FindQuote(off, "would open in Geneva");
  ASSERT_NE(without, nullptr) << Describe(off);
  EXPECT_EQ(without->kind(), v1::MIXED) << Describe(off);
}

// Each stage that may be switched off can be, on an article with every
// construction above: the other stages still make well-formed quotes.
TEST(StageOffTest, EveryOptionalStageCanBeSwitchedOff) {
  std::string text = kHeadline;
  for (const RuleCase& c : kRules) {
    if (!c.own_headline) absl::StrAppend(&text, c.text, "\n\n");
  }
  for (const std::string& stage : Attributor::StageNames()) {
    if (stage == "blocks" || stage == "order" || stage == "records") continue;
    const v1::ArticleAnalysis a = Attribute(text, Without(stage));
    EXPECT_FALSE(a.has_error()) << stage;
    for (const v1::Quote& q : a.quotes()) {
      ASSERT_LE(q.span().end(), text.size()) << stage;
      EXPECT_EQ(q.text(), text.substr(q.span().begin(),
                                      q.span().end() - q.span().begin()))
          << stage << "\n" << Describe(a);
    }
  }
}

TEST(StageNamesTest, RunFromBlocksToRecordsOnceEach) {
  const std::vector<std::string> names = Attributor::StageNames();
  ASSERT_GE(names.size(), 3u);
  EXPECT_EQ(names.front(), "blocks");
  EXPECT_EQ(names.back(), "records");
  for (size_t i = 0; i < names.size(); ++i) {
    for (size_t j = i + 1; j < names.size(); ++j) EXPECT_NE(names[i], names[j]);
  }
}

TEST(StageNamesTest, CreateRejectsUnknownAndRequiredStages) {
  for (const std::string name : {"no_such_stage", "blocks", "order", "records"}) {
    auto attributor = Attributor::Create(DefaultLexicon(), Without(name));
    EXPECT_FALSE(attributor.ok()) << name;
    EXPECT_EQ(attributor.status().code(), absl::StatusCode::kInvalidArgument) << name;
    EXPECT_TRUE(absl::StrContains(attributor.status().message(), name))
        << attributor.status();
  }
  EXPECT_TRUE(Attributor::Create(DefaultLexicon(), Without("titles")).ok());
}

}  // namespace
}  // namespace quotes
