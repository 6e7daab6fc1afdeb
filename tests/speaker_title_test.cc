// Titles and organisations of speakers: the title as written, and the
// organisation split from it (an acronym in brackets, "at <firm>", a name
// before a title word). Match and non-match cases side by side, each run in
// the grid of contexts of quote_test_util.h.
#include <ostream>
#include <string>
#include <tuple>

#include "gtest/gtest.h"
#include "tests/quote_test_util.h"

namespace quotes {
namespace testing {
namespace {

struct TitleCase {
  // Test-name fragment: letters, digits and '_' only.
  const char* name;
  const char* text;
  // Words of the quote whose speaker is checked.
  const char* quote;
  const char* speaker;
  const char* title;
  const char* organization;
};

std::ostream& operator<<(std::ostream& os, const TitleCase& c) {
  return os << c.name << ": " << c.text;
}

const TitleCase kCases[] = {
    // The organisation is split from the title.
    {"acronym_before_title",
     "ICESCO Director General Salim M. AlMalik said the visit would go ahead.",
     "the visit would go ahead", "Salim M. AlMalik", "Director General", "ICESCO"},
    {"acronym_in_brackets_closing_appositive",
     "Anna Berg, Director-General of the Nordic Trade Council (NTC), said the "
     "talks went well.",
     "the talks went well", "Anna Berg",
     "Director-General of the Nordic Trade Council", "NTC"},
    {"firm_after_at",
     "“Inflation is still too high,” said Su-Lin Ong, chief economist at "
     "Harbour Capital Markets.",
     "Inflation is still too high", "Su-Lin Ong", "chief economist",
     "Harbour Capital Markets"},
    {"firm_after_at_without_the_place",
     "“Inflation is still too high,” said Paul Grant, economist at Harbour "
     "Brothers in Tokyo.",
     "Inflation is still too high", "Paul Grant", "economist", "Harbour Brothers"},
    {"firm_name_before_title_word",
     "The board met on Monday. Acme Foods chief executive Tom Hale said "
     "profits would rise.",
     "profits would rise", "Tom Hale", "chief executive", "Acme Foods"},
    // A weekday before the title is no part of it.
    {"weekday_before_title",
     "The ferry was late again. On Monday President Tom Hale said the bridge "
     "was safe.",
     "the bridge was safe", "Tom Hale", "President", ""},
    // The title stays whole.
    {"nationality_before_title",
     "Azerbaijani Ambassador to Morocco Oktay Gurbanov said the talks were "
     "useful.",
     "the talks were useful", "Oktay Gurbanov",
     "Azerbaijani Ambassador to Morocco", ""},
    {"rank_before_title",
     "Senate Majority Leader Anna Berg said the bill would pass.",
     "the bill would pass", "Anna Berg", "Senate Majority Leader", ""},
    {"title_word_before_title_word",
     "Finance Minister Anna Berg told reporters that the budget was ready.",
     "the budget was ready", "Anna Berg", "Finance Minister", ""},
    {"one_ordinary_word_opening_the_sentence",
     "The board met on Monday. Charity boss Tom Hale said donations had "
     "fallen.",
     "donations had fallen", "Tom Hale", "Charity boss", ""},
    {"sentence_opening_conjunction_is_no_title",
     "But opposition councillor Andrew Carter warned that the roads could "
     "not cope.",
     "the roads could not cope", "Andrew Carter", "opposition councillor", ""},
    {"of_phrase_stays_in_the_title",
     "Paul Grant, the mayor of Harbourtown, said the bridge was safe.",
     "the bridge was safe", "Paul Grant", "mayor of Harbourtown", ""},
};

class SpeakerTitleTest
    : public ::testing::TestWithParam<std::tuple<TitleCase, Context>> {};

TEST_P(SpeakerTitleTest, Holds) {
  const TitleCase& c = std::get<0>(GetParam());
  const Context& context = std::get<1>(GetParam());
  SCOPED_TRACE(::testing::Message() << c << "\ncontext: " << context);
  const v1::ArticleAnalysis a = AnalyzeInContext(c.text, context);
  SCOPED_TRACE(Describe(a));
  const v1::Quote* q = FindQuote(a, c.quote);
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->has_speaker());
  EXPECT_EQ(q->speaker().name(), c.speaker);
  EXPECT_EQ(q->speaker().title(), c.title);
  EXPECT_EQ(q->speaker().organization(), c.organization);
  // The speaker index says the same.
  bool indexed = false;
  for (const v1::Speaker& s : a.speakers()) {
    if (s.id() != q->speaker().id()) continue;
    indexed = true;
    EXPECT_EQ(s.title(), c.title);
    EXPECT_EQ(s.organization(), c.organization);
  }
  EXPECT_TRUE(indexed);
}

INSTANTIATE_TEST_SUITE_P(
    Grid, SpeakerTitleTest,
    ::testing::Combine(::testing::ValuesIn(kCases),
                       ::testing::ValuesIn(Contexts())),
    GridName<TitleCase>);

}  // namespace
}  // namespace testing
}  // namespace quotes
