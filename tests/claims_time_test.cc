// Table-driven tests of TimeFinder: the span and TimeML value of each time
// expression in a news sentence, resolved against the article's date;
// impossible dates, which must give no time; each expression inside a grid
// of positions in a sentence; the calendar helpers and TimesCanCoincide.
// Every sentence is written for the rule it tests.
#include "quotes/claims/claims_time.h"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"
#include "quotes/lexicon.h"

namespace quotes {
namespace internal {
namespace {

const TimeFinder& Finder() {
  static const TimeFinder* const finder =
      TimeFinder::Create(DefaultLexicon()).value().release();
  return *finder;
}

std::vector<TimeExpr> FindIn(const std::string& text, const std::string& date) {
  return Finder().Find(text, {0, text.size()}, ParseIsoDate(date));
}

// "on Tuesday=2016-03-15", one per expression, in order.
std::vector<std::string> Described(const std::string& text,
                                   const std::vector<TimeExpr>& times) {
  std::vector<std::string> out;
  for (const TimeExpr& t : times) {
    out.push_back(absl::StrCat(text.substr(t.span.begin, t.span.end - t.span.begin), "=",
                               t.Iso()));
  }
  return out;
}

struct FindCase {
  std::string date;  // the article's
  std::string sentence;
  std::vector<std::string> want;  // "span=value"
};

std::ostream& operator<<(std::ostream& os, const FindCase& c) {
  return os << c.date << " \"" << c.sentence << "\"";
}

class TimeValueTest : public testing::TestWithParam<FindCase> {};

TEST_P(TimeValueTest, SpansAndTimeMLValues) {
  const FindCase& c = GetParam();
  const std::vector<std::string> got = Described(c.sentence, FindIn(c.sentence, c.date));
  EXPECT_EQ(absl::StrJoin(got, " | "), absl::StrJoin(c.want, " | ")) << c;
}

INSTANTIATE_TEST_SUITE_P(
    Dates, TimeValueTest,
    testing::Values(
        FindCase{"2016-03-15", "The council met on January 29-30, 2020.",
                 {"on January 29-30, 2020=2020-01-29/2020-01-30"}},
        FindCase{"2016-03-15", "The deportation took place in 1987-1991.",
                 {"in 1987-1991=1987/1991"}},
        FindCase{"2016-03-15", "The group formed in March 2009.", {"in March 2009=2009-03"}},
        FindCase{"2016-03-15", "It has been legal since 2002.", {"since 2002=2002"}},
        FindCase{"2016-03-15", "Crime fell sharply in the 1990s.", {"1990s=199"}},
        FindCase{"2016-03-15", "The event was held on February 29, 2016.",
                 {"on February 29, 2016=2016-02-29"}},
        // A date without a year is the one nearest the article.
        FindCase{"2015-12-29", "A rally is scheduled for Jan. 2 in Des Moines.",
                 {"Jan. 2=2016-01-02"}},
        FindCase{"2016-01-04", "The governor signed the bill on Dec. 30.",
                 {"on Dec. 30=2015-12-30"}},
        FindCase{"2016-01-29", "The caucuses are on Monday, Feb. 1.",
                 {"on Monday, Feb. 1=2016-02-01"}},
        // A year named before it in the sentence is its year.
        FindCase{"2016-03-15", "In 2012, Santorum won the caucus on Jan. 3.",
                 {"In 2012=2012", "on Jan. 3=2012-01-03"}},
        FindCase{"2016-03-15", "Revenue rose in the first quarter of 2015.",
                 {"in the first quarter of 2015=2015-Q1"}},
        // A quarter without a year: this year's, or last year's when it has
        // not begun and no future cue is near.
        FindCase{"2009-03-31", "GM lost $9.6 billion in the fourth quarter.",
                 {"in the fourth quarter=2008-Q4"}},
        FindCase{"2016-05-10", "Profit rose in the first quarter.",
                 {"in the first quarter=2016-Q1"}},
        FindCase{"2016-05-10", "Sales will recover in the fourth quarter.",
                 {"in the fourth quarter=2016-Q4"}},
        FindCase{"2015-08-31", "The agency will release figures for the second quarter.",
                 {"the second quarter=2015-Q2"}},
        FindCase{"2015-09-10", "Parades were held on Labour Day.",
                 {"on Labour Day=2015-09-07"}},
        FindCase{"2016-09-06", "Clinton took questions on Labor Day.",
                 {"on Labor Day=2016-09-05"}},
        FindCase{"2015-11-27", "Sales on Thanksgiving rose 3 percent.",
                 {"on Thanksgiving=2015-11-26"}}));

INSTANTIATE_TEST_SUITE_P(
    MonthsAndSeasons, TimeValueTest,
    testing::Values(
        FindCase{"2016-10-12", "The law took effect in August.", {"in August=2016-08"}},
        FindCase{"2016-03-15", "The campaign will expand in May.", {"in May=2016-05"}},
        FindCase{"2016-03-15", "Sales peaked last May.", {"last May=2015-05"}},
        FindCase{"2016-08-14", "Sales peaked last May.", {"last May=2016-05"}},
        FindCase{"2016-03-15", "It happened in early February.",
                 {"in early February=2016-02"}},
        FindCase{"2016-03-15", "Prices rose this month.", {"this month=2016-03"}},
        FindCase{"2016-08-14", "His campaign spent less this summer.",
                 {"this summer=2016-SU"}},
        FindCase{"2016-02-17", "Aides have worked the state since the spring.",
                 {"since the spring=2015-SP"}},
        FindCase{"2016-02-17", "Aides will work the state in the fall.",
                 {"in the fall=2016-FA"}},
        FindCase{"2016-03-15", "Theresa May spoke in London.", {}}));

INSTANTIATE_TEST_SUITE_P(
    WeeksAndWeekdays, TimeValueTest,
    testing::Values(
        FindCase{"2016-03-15", "Voters went to the polls on Tuesday.",
                 {"on Tuesday=2016-03-15"}},
        FindCase{"2016-03-15", "The company said Friday that sales fell.",
                 {"Friday=2016-03-11"}},
        FindCase{"2016-03-15", "Trump skipped Thursday's debate.", {"Thursday=2016-03-10"}},
        FindCase{"2016-03-15", "The Senate will vote on Thursday.",
                 {"on Thursday=2016-03-17"}},
        FindCase{"2016-03-15", "Lawmakers return next Tuesday.",
                 {"next Tuesday=2016-03-22"}},
        FindCase{"2016-03-15", "Lawmakers met last Tuesday.", {"last Tuesday=2016-03-08"}},
        FindCase{"2016-07-22", "Trump accepted the nomination late Thursday.",
                 {"late Thursday=2016-07-21"}},
        FindCase{"2016-03-15", "Rubio campaigned in Miami on Monday night.",
                 {"on Monday night=2016-03-14TNI"}},
        FindCase{"2016-03-15", "Clinton spoke Tuesday afternoon in Ohio.",
                 {"Tuesday afternoon=2016-03-15TAF"}},
        FindCase{"2016-03-15", "He said last week that he would stay.",
                 {"last week=2016-W10"}},
        FindCase{"2016-03-15", "The bill passed two weeks ago.", {"two weeks ago=2016-W09"}},
        FindCase{"2016-01-01", "Talks stalled last week.", {"last week=2015-W52"}},
        FindCase{"2016-01-01", "Talks stalled this week.", {"this week=2015-W53"}},
        FindCase{"2016-06-22", "Another call is scheduled for this weekend.",
                 {"this weekend=2016-W25-WE"}},
        // A cue straight after the day makes it the coming one; one in the
        // reported clause after a speech verb does not.
        FindCase{"2015-11-27", "Online spending on Monday is expected to top $3 billion.",
                 {"on Monday=2015-11-30"}},
        FindCase{"2016-03-15", "Ohio votes Thursday will decide the race.",
                 {"Thursday=2016-03-17"}},
        FindCase{"2016-03-15", "Rubio said on Monday that he will stay in the race.",
                 {"on Monday=2016-03-14"}},
        // Days named for their place in the calendar.
        FindCase{"2016-03-15", "Trump won seven states on Super Tuesday.",
                 {"on Super Tuesday=2016-03-01"}},
        FindCase{"2020-02-20", "Sanders leads the polls before Super Tuesday.",
                 {"before Super Tuesday=2020-03-03"}},
        FindCase{"2015-11-30", "Shoppers spent less on Black Friday.",
                 {"on Black Friday=2015-11-27"}},
        FindCase{"2016-11-20", "Retailers expect a record Cyber Monday.",
                 {"Cyber Monday=2016-11-28"}},
        // Names that hold a weekday or "today" are no time.
        FindCase{"2016-03-15", "She appeared on Saturday Night Live.", {}},
        FindCase{"2016-03-15", "The campaign told USA TODAY it would appeal.", {}}));

INSTANTIATE_TEST_SUITE_P(
    RelativeAndClockTimes, TimeValueTest,
    testing::Values(
        FindCase{"2016-03-15", "Four years ago, Romney won the state.",
                 {"Four years ago=2012"}},
        FindCase{"2016-03-15", "The plant closed three days ago.",
                 {"three days ago=2016-03-12"}},
        FindCase{"2016-03-15", "The rally was held yesterday.", {"yesterday=2016-03-14"}},
        FindCase{"2016-03-15", "The results came yesterday afternoon.",
                 {"yesterday afternoon=2016-03-14TAF"}},
        FindCase{"2016-03-15", "Supporters will gather tonight.", {"tonight=2016-03-15TNI"}},
        FindCase{"2016-03-15", "The company grew this year.", {"this year=2016"}},
        FindCase{"2016-03-15", "Unemployment is now at 5 percent.", {"now=PRESENT_REF"}},
        FindCase{"2016-03-15", "Results are expected after 8 PM.",
                 {"after 8 PM=2016-03-15T20:00"}},
        FindCase{"2016-03-15", "The polls closed at 7:19 p.m. on Tuesday.",
                 {"at 7:19 p.m.=2016-03-15T19:19", "on Tuesday=2016-03-15"}},
        FindCase{"2016-03-17", "The debate will start at 11am Friday.",
                 {"at 11am=2016-03-18T11:00", "Friday=2016-03-18"}},
        FindCase{"2016-03-15", "Officials met at 8:30 to discuss it.",
                 {"at 8:30=2016-03-15T08:30"}}));

// Dates that do not exist give no time, and their numbers no year either.
INSTANTIATE_TEST_SUITE_P(
    ImpossibleDates, TimeValueTest,
    testing::Values(FindCase{"2016-03-15", "The vote is set for 30 February.", {}},
                    FindCase{"2016-03-15", "The deal was signed on February 29, 2015.", {}},
                    FindCase{"2016-03-15", "We met on 31 April.", {}},
                    FindCase{"2016-03-15", "The meeting is on Jan. 45.", {}},
                    FindCase{"2016-03-15", "It will happen in the year 9999.", {}},
                    FindCase{"2016-03-15", "It happened in the year 0.", {}},
                    FindCase{"2016-03-15", "The polls close at 99:99 pm.", {}},
                    FindCase{"2016-03-15", "The polls close at 13 p.m.", {}},
                    FindCase{"2016-03-15", "It ended at 24:30 sharp.", {}},
                    // No article date: found, but not resolved.
                    FindCase{"", "He arrived on Thursday.", {"on Thursday="}},
                    FindCase{"2015-02-29", "He arrived yesterday.", {"yesterday="}}));

// ---------------------------------------------------------------- grid

struct GridCase {
  std::string expression;  // as written mid-sentence
  std::string value;       // for an article of 2016-03-15, a Tuesday
};

std::ostream& operator<<(std::ostream& os, const GridCase& c) {
  return os << "\"" << c.expression << "\"";
}

class TimeGridTest : public testing::TestWithParam<GridCase> {};

// The same expression at the start, in the middle and at the end of a
// sentence, and after a dateline, has the same span and value.
TEST_P(TimeGridTest, SameValueAnywhereInTheSentence) {
  const GridCase& c = GetParam();
  std::string capital = c.expression;
  capital[0] = absl::ascii_toupper(static_cast<unsigned char>(capital[0]));
  const std::vector<std::pair<std::string, std::string>> sentences = {
      {capital + ", the officials said.", capital},
      {"The officials said " + c.expression + " that the plan had failed.", c.expression},
      {"The plan, announced " + c.expression + ", had failed.", c.expression},
      {"The officials met " + c.expression + ".", c.expression},
      {"WASHINGTON (AP) \xE2\x80\x94 " + capital + ", the officials met.", capital},
  };
  for (const auto& [sentence, written] : sentences) {
    const std::vector<std::string> got = Described(sentence, FindIn(sentence, "2016-03-15"));
    EXPECT_EQ(absl::StrJoin(got, " | "), absl::StrCat(written, "=", c.value))
        << c << " in \"" << sentence << "\"";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Positions, TimeGridTest,
    testing::Values(GridCase{"on Thursday", "2016-03-10"},
                    GridCase{"last week", "2016-W10"},
                    GridCase{"Tuesday afternoon", "2016-03-15TAF"},
                    GridCase{"on March 4", "2016-03-04"},
                    GridCase{"four years ago", "2012"},
                    GridCase{"at 8 PM", "2016-03-15T20:00"},
                    GridCase{"in 2014", "2014"},
                    GridCase{"last May", "2015-05"},
                    GridCase{"this month", "2016-03"},
                    GridCase{"yesterday", "2016-03-14"},
                    GridCase{"last year", "2015"}));

// ---------------------------------------------------------------- calendar

TEST(CalendarTest, IsoWeeksAndMonthSteps) {
  EXPECT_EQ(IsoWeekOf(absl::CivilDay(2016, 1, 1)).year, 2015);
  EXPECT_EQ(IsoWeekOf(absl::CivilDay(2016, 1, 1)).week, 53);
  EXPECT_EQ(IsoWeekOf(absl::CivilDay(2016, 1, 4)).week, 1);
  EXPECT_EQ(IsoWeekOf(absl::CivilDay(2014, 12, 29)).year, 2015);
  EXPECT_EQ(IsoWeekOf(absl::CivilDay(2014, 12, 29)).week, 1);
  EXPECT_EQ(IsoWeekOf(absl::CivilDay(2020, 12, 31)).week, 53);
  EXPECT_TRUE((AddToDate({2024, 1, 31}, 0, 1, 0) == CivilDate{2024, 2, 29}));
  EXPECT_TRUE((AddToDate({2016, 3, 15}, -4, 0, 0) == CivilDate{2012, 3, 15}));
  EXPECT_TRUE((ParseIsoDate("2015-02-29") == CivilDate{}));
  EXPECT_TRUE((ParseIsoDate("2016-02-29") == CivilDate{2016, 2, 29}));
  EXPECT_EQ(Weekday({2016, 3, 15}), 2);
}

TEST(CalendarTest, WeekValueCoversMondayToSunday) {
  const std::vector<TimeExpr> t = FindIn("He left last week.", "2016-03-15");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].Value().lower(), 20160307);
  EXPECT_EQ(t[0].Value().upper(), 20160313);
}

// ---------------------------------------------------------------- coincide

struct CoincideCase {
  std::string a, b;  // sentences with one time each
  bool can;
};

std::ostream& operator<<(std::ostream& os, const CoincideCase& c) {
  return os << "\"" << c.a << "\" vs \"" << c.b << "\"";
}

class CoincideTest : public testing::TestWithParam<CoincideCase> {};

TEST_P(CoincideTest, OverlappingIntervals) {
  const CoincideCase& c = GetParam();
  const std::vector<TimeExpr> a = FindIn(c.a, "2016-03-15");
  const std::vector<TimeExpr> b = FindIn(c.b, "2016-03-15");
  ASSERT_EQ(a.size(), 1u) << c;
  ASSERT_EQ(b.size(), 1u) << c;
  EXPECT_EQ(TimesCanCoincide(a[0], b[0]), c.can) << c;
  EXPECT_EQ(TimesCanCoincide(b[0], a[0]), c.can) << c;
}

INSTANTIATE_TEST_SUITE_P(
    Times, CoincideTest,
    testing::Values(CoincideCase{"The debate was on Tuesday.", "It was Thursday night.", false},
                    CoincideCase{"The debate was on Tuesday.", "It was Tuesday night.", true},
                    CoincideCase{"It ran since 2002.", "It ran in 2010.", true},
                    CoincideCase{"It ran in 2015.", "It ran in March 2016.", false},
                    CoincideCase{"It began at 8 p.m.", "It began at 9 p.m.", false},
                    CoincideCase{"It began Tuesday night.", "It began at 11 p.m.", true},
                    CoincideCase{"It began Monday night.", "It began at 11 p.m.", false},
                    CoincideCase{"It began last week.", "It began on Thursday.", true},
                    CoincideCase{"It is now over.", "It ended in 1990.", true}));

}  // namespace
}  // namespace internal
}  // namespace quotes
