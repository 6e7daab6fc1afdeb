// Time expressions for claims, with the value TimeML gives them: dates ("on
// November 24, 2006", "January 29-30, 2020", "Jan. 2"), months ("in August",
// "last May"), years ("since 1991", "1987-1991", "( 2007)"), decades ("the
// 1990s" = "199"), seasons and quarters ("this summer" = "2016-SU"), weeks
// ("last week" = "2016-W10"), weekdays ("said Friday", "Thursday night" =
// "2016-03-10TNI"), clock times ("8 p.m." = "2016-03-15T20:00"), relative
// times ("yesterday", "four years ago", "tonight") and references ("now" =
// "PRESENT_REF"), resolved against the article's date.
//
// Calendar arithmetic is Abseil's civil time (absl/time/civil_time.h); a date
// that does not exist ("February 30", "Jan. 45", "99:99 pm") is no time.
//
// Example:
//   auto finder = TimeFinder::Create(quotes::DefaultLexicon());
//   std::vector<TimeExpr> t = (*finder)->Find(
//       "It was held last year.", {0, 22}, ParseIsoDate("2024-12-05"));
//   // t[0].Iso() == "2023", t[0].span covers "last year"
#ifndef QUOTES_CLAIMS_CLAIMS_TIME_H_
#define QUOTES_CLAIMS_CLAIMS_TIME_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "quotes/claims/word_triggers.h"
#include "quotes/text/text_span.h"
#include "re2/re2.h"

namespace quotes {
namespace internal {

// A calendar date known to the year, the month or the day; unknown parts are 0.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool operator==(const CivilDate& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
};

// "2024-12-05" -> {2024, 12, 5}; "2024" -> {2024, 0, 0}; anything else,
// and a date that does not exist ("2015-02-29"), -> {}.
CivilDate ParseIsoDate(absl::string_view iso);

// `date` moved by whole years, months and days. A day offset needs a full
// date; the result keeps the input's precision ("2024" - 1 year = "2023").
// A month step that lands beyond the month's end keeps to its last day
// ("2024-01-31" + 1 month = "2024-02-29").
CivilDate AddToDate(CivilDate date, int years, int months, int days);

// ISO weekday of a full date: 1 Monday ... 7 Sunday.
int Weekday(CivilDate date);

// The ISO 8601 week of a day: 2016-01-01 is in week 53 of 2015.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(absl::CivilDay day);

// What a time expression names, finest last. Its TimeML value has that
// granularity: kYear "2016", kWeek "2016-W10", kPartOfDay "2016-03-15TAF".
enum class TimeUnit {
  kNone,        // not resolved (no article date)
  kReference,   // "now": PRESENT_REF, "recently": PAST_REF
  kDecade,      // "the 1990s": "199"
  kYear,        // "2016"
  kSeason,      // "2016-SU"
  kQuarter,     // "2016-Q1"
  kMonth,       // "2016-03"
  kWeek,        // "2016-W10"
  kWeekend,     // "2016-W10-WE"
  kDay,         // "2016-03-15"
  kPartOfDay,   // "2016-03-15TAF"
  kMinute,      // "2016-03-15T20:00"
};

// One time expression in a sentence. A plain value; copy freely.
struct TimeExpr {
  TextSpan span;           // the expression as written, preposition included
  CivilDate date;          // its (start) date, resolved; year 0 if unresolved
  CivilDate end;           // the end of a range ("1987-1991"); year 0 if none
  std::string qualifier;   // the preposition as written, lower case: "since"
  // True for a single date that can say when an event took place; false for
  // ranges and open periods ("since 1991", "until 2020").
  bool can_date_event = false;
  // A clock time that no day stands next to: its day is the article's.
  bool day_from_article = false;

  TimeUnit unit = TimeUnit::kNone;
  // TimeML's code for kSeason ("SU"), kQuarter ("Q1"), kPartOfDay ("AF")
  // and kReference ("PRESENT_REF").
  std::string code;
  int hour = 0, minute = 0;  // kMinute
  // The time it covers, [begin, end): "2016" is 2016-01-01T00:00 to
  // 2017-01-01T00:00. An open qualifier opens it: "since 2002" ends at
  // CivilSecond::max(), "until 2020" begins at CivilSecond::min(). Empty
  // (begin == end) when unknown: a reference, or no article date.
  absl::CivilSecond begin, finish;

  // The TimeML value: "2024-12-05", "2023", "199", "2016-W10",
  // "2016-03-15T20:00", "PRESENT_REF"; a range as an ISO-8601 interval,
  // "1987/1991". Empty when unresolved.
  std::string Iso() const;
  // As YYYYMMDD numbers: "1987-1991" is [19870101, 19911231]; "since 1991" has
  // no upper bound.
  v1::Interval Value() const;
  // True when `begin`/`finish` say something.
  bool HasInterval() const { return begin < finish; }
};

// Puts the clock time `clock` on the day of `day` (a day or a part of one),
// keeping its qualifier's opening ("after 11 p.m."): a clock time without a
// day of its own is on the day the sentence before it names.
void SetClockDay(const TimeExpr& day, TimeExpr* clock);

// False when `a` and `b` cannot name the same moment: "on Tuesday" and
// "Thursday night", "2015" and "March 2016", "8 p.m." and "9 p.m." of one
// day. True when they overlap ("Tuesday" and "Tuesday night", "since 2002"
// and "2010") or when either is not known well enough to say.
bool TimesCanCoincide(const TimeExpr& a, const TimeExpr& b);

// Immutable after Create(); Find() is const and thread-safe.
class TimeFinder {
 public:
  static absl::StatusOr<std::unique_ptr<TimeFinder>> Create(
      const v1::Lexicon& lexicon);
  ~TimeFinder();

  // Time expressions in text[sentence.begin, sentence.end), in order, not
  // overlapping. `article_date` resolves relative times and dates without a
  // year; when it is unknown they keep year 0. Linear in the sentence length.
  std::vector<TimeExpr> Find(absl::string_view text, TextSpan sentence,
                             CivilDate article_date) const;

 private:
  TimeFinder();
  struct Impl;
  struct SentenceScan;
  std::unique_ptr<Impl> impl_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_CLAIMS_TIME_H_
