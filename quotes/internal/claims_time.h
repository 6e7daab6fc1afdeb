// Time expressions for claims: dates ("on November 24, 2006", "January 29-30,
// 2020", "5 December"), years ("since 1991", "1987-1991", "( 2007)") and
// relative times ("last year", "today", "on Thursday") resolved against the
// article's date.
//
// Example:
//   auto finder = TimeFinder::Create(quotes::DefaultLexicon());
//   std::vector<TimeExpr> t = (*finder)->Find(
//       "It was held last year.", {0, 22}, ParseIsoDate("2024-12-05"));
//   // t[0].Iso() == "2023", t[0].span covers "last year"
#ifndef QUOTES_INTERNAL_CLAIMS_TIME_H_
#define QUOTES_INTERNAL_CLAIMS_TIME_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "quotes/internal/segmenter.h"
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

// "2024-12-05" -> {2024, 12, 5}; "2024" -> {2024, 0, 0}; anything else -> {}.
CivilDate ParseIsoDate(absl::string_view iso);

// `date` moved by whole years, months and days. A day offset needs a full
// date; the result keeps the input's precision ("2024" - 1 year = "2023").
CivilDate AddToDate(CivilDate date, int years, int months, int days);

// ISO weekday of a full date: 1 Monday ... 7 Sunday.
int Weekday(CivilDate date);

// One time expression in a sentence.
struct TimeExpr {
  TextSpan span;           // the expression as written, preposition included
  CivilDate date;          // its (start) date, resolved; year 0 if unresolved
  CivilDate end;           // the end of a range ("1987-1991"); year 0 if none
  std::string qualifier;   // the preposition as written, lower case: "since"
  // True for a single date that can say when an event took place; false for
  // ranges and open periods ("since 1991", "until 2020").
  bool can_date_event = false;

  // "2024-12-05", "2023", "1987/1991" (an ISO-8601 interval).
  std::string Iso() const;
  // As YYYYMMDD numbers: "1987-1991" is [19870101, 19911231]; "since 1991" has
  // no upper bound.
  v1::Interval Value() const;
};

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
  std::unique_ptr<Impl> impl_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_INTERNAL_CLAIMS_TIME_H_
