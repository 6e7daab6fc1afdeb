// Interrupted quotes: "“A,” said X. “B”" is one quote in two pieces, with
// its parts, its one cue and its speaker. Match and non-match cases side by
// side, each run in the grid of contexts of quote_test_util.h.
#include <ostream>
#include <string>
#include <tuple>

#include "gtest/gtest.h"
#include "tests/quote_test_util.h"

namespace quotes {
namespace testing {
namespace {

struct InterruptedCase {
  // Test-name fragment: letters, digits and '_' only.
  const char* name;
  const char* text;
  // Words of the first and of the second quoted piece.
  const char* first;
  const char* second;
  // Whether the pieces are one quote.
  bool joined;
  // The speaker of the first piece (and of the whole, when joined).
  const char* speaker;
};

std::ostream& operator<<(std::ostream& os, const InterruptedCase& c) {
  return os << c.name << ": " << c.text;
}

const InterruptedCase kCases[] = {
    // Joined: the attribution stands between the pieces and nothing else.
    {"said_name_then_stop",
     "“The bridge is safe,” said Mayor Paul Grant. “We checked it twice.”",
     "The bridge is safe", "We checked it twice", true, "Paul Grant"},
    {"name_said_then_stop",
     "“The bridge is safe,” Anna Berg said. “We checked it twice.”",
     "The bridge is safe", "We checked it twice", true, "Anna Berg"},
    {"pronoun_said_then_stop_after_full_name",
     "Anna Berg spoke at the port. “The bridge is safe,” she said. “We "
     "checked it twice.”",
     "The bridge is safe", "We checked it twice", true, "Anna Berg"},
    {"sentence_goes_on_after_comma",
     "“Every time you say that,” Paul Grant said, “you help the other side.”",
     "Every time you say that", "you help the other side", true,
     "Paul Grant"},
    {"participle_in_the_attribution",
     "“Every time you say that,” Paul Grant said, referring to the budget, "
     "“you help the other side.”",
     "Every time you say that", "you help the other side", true,
     "Paul Grant"},
    {"straight_marks",
     "\"The bridge is safe,\" said Mayor Paul Grant. \"We checked it twice.\"",
     "The bridge is safe", "We checked it twice", true, "Paul Grant"},
    {"british_single_marks",
     "‘The bridge is safe,’ said Mayor Paul Grant. ‘We checked it twice.’",
     "The bridge is safe", "We checked it twice", true, "Paul Grant"},
    {"question_before_the_attribution",
     "“How many times must we ask?” Anna Berg said. “The bridge is not "
     "safe.”",
     "How many times must we ask", "The bridge is not safe", true,
     "Anna Berg"},
    {"one_word_piece_before_the_attribution",
     "“That,” Anna Berg added, “would make the bridge far safer.”",
     "That", "would make the bridge far safer", true, "Anna Berg"},
    {"but_after_the_attribution",
     "\"You know, I love the plan,\" Paul Grant said, but \"the budget "
     "will not stretch that far.\"",
     "You know, I love the plan", "the budget will not stretch that far",
     true, "Paul Grant"},
    {"owner_and_agent_noun_in_the_attribution",
     "“If he thinks that makes him smart,” the ad’s narrator says, “what "
     "does he think of you?”",
     "If he thinks that makes him smart", "what does he think of you", true,
     "ad’s narrator"},
    // Not joined: each piece has its own cue, another speaker, a paragraph
    // break, another quote or reported speech between them.
    {"second_piece_has_its_own_cue",
     "“The bridge is safe,” said Mayor Paul Grant. “We checked it twice,” "
     "he added.",
     "The bridge is safe", "We checked it twice", false, "Paul Grant"},
    {"second_piece_by_another_speaker",
     "“The bridge is safe,” said Mayor Paul Grant. “It is not,” said Anna "
     "Berg.",
     "The bridge is safe", "It is not", false, "Paul Grant"},
    {"paragraph_break_between",
     "“The bridge is safe,” said Mayor Paul Grant.\n\n“We checked it twice "
     "this week.”",
     "The bridge is safe", "We checked it twice", false, "Paul Grant"},
    {"cue_before_the_first_piece",
     "Mayor Paul Grant said: “The bridge is safe.” “We checked it twice "
     "this week.”",
     "The bridge is safe", "We checked it twice", false, "Paul Grant"},
    {"another_sentence_between",
     "“The bridge is safe,” said Mayor Paul Grant. Later the board met in "
     "the town hall. “We checked it twice this week.”",
     "The bridge is safe", "We checked it twice", false, "Paul Grant"},
    {"but_and_another_speaker",
     "“The bridge is safe,” Paul Grant said, but Anna Berg said “it is "
     "not safe at all.”",
     "The bridge is safe", "it is not safe at all", false, "Paul Grant"},
    {"reported_speech_between",
     "“The bridge is safe,” said Mayor Paul Grant, adding that the ferry "
     "would run on Monday. “We checked it twice this week.”",
     "The bridge is safe", "We checked it twice", false, "Paul Grant"},
};

class InterruptedQuoteTest
    : public ::testing::TestWithParam<std::tuple<InterruptedCase, Context>> {};

TEST_P(InterruptedQuoteTest, Holds) {
  const InterruptedCase& c = std::get<0>(GetParam());
  const Context& context = std::get<1>(GetParam());
  SCOPED_TRACE(::testing::Message() << c << "\ncontext: " << context);
  const v1::ArticleAnalysis a = AnalyzeInContext(c.text, context);
  SCOPED_TRACE(Describe(a));
  const std::string& text = a.article().text();
  const v1::Quote* q = FindQuote(a, c.first);
  ASSERT_NE(q, nullptr) << "no quote holds the first piece";
  EXPECT_EQ(q->kind(), kDirect);
  EXPECT_EQ(q->speaker().name(), c.speaker);
  const bool both = q->text().find(c.second) != std::string::npos;
  if (!c.joined) {
    EXPECT_FALSE(both) << "the pieces must be two quotes: " << q->text();
    EXPECT_EQ(q->parts_size(), 0);
    EXPECT_NE(FindQuote(a, c.second), nullptr) << "the second piece is lost";
    return;
  }
  ASSERT_TRUE(both) << "the pieces must be one quote: " << q->text();
  ASSERT_EQ(q->parts_size(), 2);
  const v1::Span& p0 = q->parts(0);
  const v1::Span& p1 = q->parts(1);
  EXPECT_EQ(p0.begin(), q->span().begin());
  EXPECT_EQ(p1.end(), q->span().end());
  ASSERT_LT(p0.end(), p1.begin());
  const std::string first = text.substr(p0.begin(), p0.end() - p0.begin());
  const std::string second = text.substr(p1.begin(), p1.end() - p1.begin());
  EXPECT_NE(first.find(c.first), std::string::npos) << first;
  EXPECT_EQ(first.find(c.second), std::string::npos) << first;
  EXPECT_NE(second.find(c.second), std::string::npos) << second;
  // The one cue lies between the pieces, in no piece, and the text is the
  // pieces without it.
  EXPECT_GE(q->cue_span().begin(), p0.end());
  EXPECT_LE(q->cue_span().end(), p1.begin());
  EXPECT_EQ(q->text(), first + " " + second);
  const std::string between = text.substr(p0.end(), p1.begin() - p0.end());
  EXPECT_EQ(q->text().find(between), std::string::npos) << q->text();
  // No other record repeats the second piece.
  int holding_second = 0;
  for (const v1::Quote& other : a.quotes()) {
    holding_second += other.text().find(c.second) != std::string::npos;
  }
  EXPECT_EQ(holding_second, 1);
}

INSTANTIATE_TEST_SUITE_P(
    Grid, InterruptedQuoteTest,
    ::testing::Combine(::testing::ValuesIn(kCases),
                       ::testing::ValuesIn(Contexts())),
    GridName<InterruptedCase>);

}  // namespace
}  // namespace testing
}  // namespace quotes
