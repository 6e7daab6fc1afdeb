// The calendar under the time finder (claims_time.h): the setters that give
// a TimeExpr its unit, date and interval, and the resolution of a month,
// day, weekday or holiday named without a year against the article's date.
// Abseil's civil time does the arithmetic. Internal to quotes/claims.
#ifndef QUOTES_CLAIMS_TIME_CALENDAR_H_
#define QUOTES_CLAIMS_TIME_CALENDAR_H_

#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "quotes/claims/claims_time.h"

namespace quotes {
namespace internal {
namespace calendar {

// The date of a civil day.
CivilDate DateOf(absl::CivilDay d);

// The day y-m-d if it exists: rejects "February 30" and "Jan. 45".
bool MakeDay(int y, int m, int d, absl::CivilDay* out);

// The setters: a unit, its date and the interval it covers.
void SetDay(absl::CivilDay d, TimeExpr* t);

void SetPartOfDay(absl::CivilDay d, const std::string& code, TimeExpr* t);

void SetMinute(absl::CivilDay d, int hour, int minute, TimeExpr* t);

void SetMonth(absl::CivilMonth m, TimeExpr* t);

void SetYear(int year, TimeExpr* t);

// The ISO week holding `d` ("last week"), or its Saturday and Sunday.
void SetWeek(absl::CivilDay d, bool weekend, TimeExpr* t);

void SetQuarter(int year, int quarter, TimeExpr* t);

// The month a TimeML season code ("SU") starts in; 0 for none.
int SeasonStartMonth(const std::string& code);

void SetSeason(int year, const std::string& code, TimeExpr* t);

// "last May" is the May before this month, "next May" the one after, "this
// May" this year's; with no such word, the nearest May (the next one when a
// future cue is near, "will campaign in May"). Ties go to the past.
absl::CivilMonth MonthNear(absl::CivilMonth now, int month, absl::string_view rel,
                           bool future);

// The year of "Jan. 2" that puts it nearest `today` (a late-December article
// means the coming January); with a future cue, the first one not before.
bool DayNear(absl::CivilDay today, int month, int day, bool future, absl::CivilDay* out);

// `want` (1 Monday ... 7 Sunday) near `today`: "last" is the one before
// today, "next" the one after, "this" the one of today's ISO week; bare, the
// latest not after today (news reports what happened "on Thursday"), or with
// a future cue the first not before today.
absl::CivilDay WeekdayNear(absl::CivilDay today, int want, absl::string_view rel,
                           bool future);

// A holiday's day in `year` from its lexicon code: "12-25", or "11-22+4"
// for the first Thursday on or after November 22.
bool HolidayIn(int year, absl::string_view code, absl::CivilDay* out);

// "since 2002" runs on; "until 2020" has no start.
void OpenByQualifier(TimeExpr* t);

// The unit of a lexicon code: "Y", "Q", "M", "W", "WE", "D".
TimeUnit UnitOfCode(absl::string_view code);

}  // namespace calendar
}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_TIME_CALENDAR_H_
