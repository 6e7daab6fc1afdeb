// The calendar of time expressions (time_calendar.h) and TimeExpr's values
// (claims_time.h), on Abseil's civil time.
#include "quotes/claims/time_calendar.h"

#include <algorithm>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace quotes {
namespace internal {

namespace {

// Hours each TimeML part of the day covers, [from, to), 24 and beyond on
// the next day: the bounds TimesCanCoincide compares.
struct PartHours {
  const char* code;
  int from;
  int to;
};
constexpr PartHours kPartHours[] = {
    {"MO", 5, 12}, {"AF", 12, 18}, {"EV", 17, 24}, {"NI", 19, 30}, {"DT", 8, 18}};

// The month each TimeML season starts in.
struct SeasonStart {
  const char* code;
  int month;
};
constexpr SeasonStart kSeasonStarts[] = {{"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}};

}  // namespace

namespace calendar {

CivilDate DateOf(absl::CivilDay d) {
  return {static_cast<int>(d.year()), d.month(), d.day()};
}

// The day y-m-d if it exists: rejects "February 30" and "Jan. 45".
bool MakeDay(int y, int m, int d, absl::CivilDay* out) {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const absl::CivilDay day(y, m, d);
  if (day.month() != m || day.day() != d) return false;
  *out = day;
  return true;
}

void SetDay(absl::CivilDay d, TimeExpr* t) {
  t->unit = TimeUnit::kDay;
  t->date = DateOf(d);
  t->begin = absl::CivilSecond(d);
  t->finish = absl::CivilSecond(d + 1);
}

void SetPartOfDay(absl::CivilDay d, const std::string& code, TimeExpr* t) {
  SetDay(d, t);
  t->unit = TimeUnit::kPartOfDay;
  t->code = code;
  for (const PartHours& p : kPartHours) {
    if (code == p.code) {
      t->begin = absl::CivilSecond(d) + p.from * 3600;
      t->finish = absl::CivilSecond(d) + p.to * 3600;
    }
  }
}

void SetMinute(absl::CivilDay d, int hour, int minute, TimeExpr* t) {
  SetDay(d, t);
  t->unit = TimeUnit::kMinute;
  t->hour = hour;
  t->minute = minute;
  t->begin = absl::CivilSecond(d.year(), d.month(), d.day(), hour, minute, 0);
  t->finish = t->begin + 60;
}

void SetMonth(absl::CivilMonth m, TimeExpr* t) {
  t->unit = TimeUnit::kMonth;
  t->date = {static_cast<int>(m.year()), m.month(), 0};
  t->begin = absl::CivilSecond(m);
  t->finish = absl::CivilSecond(m + 1);
}

void SetYear(int year, TimeExpr* t) {
  t->unit = TimeUnit::kYear;
  t->date = {year, 0, 0};
  t->begin = absl::CivilSecond(absl::CivilYear(year));
  t->finish = absl::CivilSecond(absl::CivilYear(year + 1));
}

// The ISO week holding `d` ("last week"), or its Saturday and Sunday.
void SetWeek(absl::CivilDay d, bool weekend, TimeExpr* t) {
  const absl::CivilDay monday = d - (Weekday(DateOf(d)) - 1);
  t->unit = weekend ? TimeUnit::kWeekend : TimeUnit::kWeek;
  t->date = DateOf(monday);
  t->begin = absl::CivilSecond(weekend ? monday + 5 : monday);
  t->finish = absl::CivilSecond(monday + 7);
}

void SetQuarter(int year, int quarter, TimeExpr* t) {
  const absl::CivilMonth first(year, 3 * quarter - 2);
  t->unit = TimeUnit::kQuarter;
  t->code = absl::StrCat("Q", quarter);
  t->date = {year, 0, 0};
  t->begin = absl::CivilSecond(first);
  t->finish = absl::CivilSecond(first + 3);
}

int SeasonStartMonth(const std::string& code) {
  for (const SeasonStart& s : kSeasonStarts) {
    if (code == s.code) return s.month;
  }
  return 0;
}

void SetSeason(int year, const std::string& code, TimeExpr* t) {
  const absl::CivilMonth first(year, SeasonStartMonth(code));
  t->unit = TimeUnit::kSeason;
  t->code = code;
  t->date = {year, 0, 0};
  t->begin = absl::CivilSecond(first);
  t->finish = absl::CivilSecond(first + 3);
}

// "last May" is the May before this month, "next May" the one after, "this
// May" this year's; with no such word, the nearest May (the next one when a
// future cue is near, "will campaign in May"). Ties go to the past.
absl::CivilMonth MonthNear(absl::CivilMonth now, int month, absl::string_view rel,
                           bool future) {
  const bool last = rel == "last" || rel == "past";
  const bool next = rel == "next" || rel == "coming";
  absl::CivilMonth best;
  bool found = false;
  for (int y = static_cast<int>(now.year()) - 1; y <= now.year() + 1; ++y) {
    const absl::CivilMonth m(y, month);
    if ((last && m >= now) || (next && m <= now) || (rel == "this" && m.year() != now.year()) ||
        (rel.empty() && future && m < now)) {
      continue;
    }
    // Years ascend: "last" keeps the latest; otherwise a strictly nearer one
    // wins, so a tie keeps the earlier.
    if (!found || last || std::abs(m - now) < std::abs(best - now)) best = m;
    found = true;
  }
  return best;
}

// The year of "Jan. 2" that puts it nearest `today` (a late-December article
// means the coming January); with a future cue, the first one not before.
bool DayNear(absl::CivilDay today, int month, int day, bool future, absl::CivilDay* out) {
  bool found = false;
  for (int y = static_cast<int>(today.year()) - 1; y <= today.year() + 1; ++y) {
    absl::CivilDay d;
    if (!MakeDay(y, month, day, &d)) continue;
    if (future && d < today) continue;
    if (!found || std::abs(d - today) < std::abs(*out - today)) {
      *out = d;
      found = true;
    }
  }
  return found;
}

// `want` (1 Monday ... 7 Sunday) near `today`: "last" is the one before
// today, "next" the one after, "this" the one of today's ISO week; bare, the
// latest not after today (news reports what happened "on Thursday"), or with
// a future cue the first not before today.
absl::CivilDay WeekdayNear(absl::CivilDay today, int want, absl::string_view rel,
                           bool future) {
  const int have = Weekday(DateOf(today));
  int delta = -((have - want + 7) % 7);
  if (rel == "next" || rel == "coming" || (rel.empty() && future)) {
    delta = (want - have + 7) % 7;
    if (delta == 0 && !rel.empty()) delta = 7;
  } else if (rel == "last" || rel == "past") {
    if (delta == 0) delta = -7;
  } else if (rel == "this") {
    delta = want - have;
  }
  return today + delta;
}

// A holiday's day in `year` from its lexicon code: "12-25", or "11-22+4"
// for the first Thursday on or after November 22.
bool HolidayIn(int year, absl::string_view code, absl::CivilDay* out) {
  int month = 0, day = 0, weekday = 0;
  if (code.size() < 5 || code[2] != '-' || !absl::SimpleAtoi(code.substr(0, 2), &month) ||
      !absl::SimpleAtoi(code.substr(3, 2), &day)) {
    return false;
  }
  if (code.size() > 5 && (code[5] != '+' || !absl::SimpleAtoi(code.substr(6), &weekday) ||
                          weekday < 1 || weekday > 7)) {
    return false;
  }
  if (!MakeDay(year, month, day, out)) return false;
  if (weekday != 0) *out += (weekday - Weekday(DateOf(*out)) + 7) % 7;
  return true;
}

// "since 2002" runs on; "until 2020" has no start.
void OpenByQualifier(TimeExpr* t) {
  if (!t->HasInterval()) return;
  const std::string& q = t->qualifier;
  if (q == "since" || q == "from" || q == "after") t->finish = absl::CivilSecond::max();
  if (q == "until" || q == "till" || q == "by" || q == "before") {
    t->begin = absl::CivilSecond::min();
  }
}

TimeUnit UnitOfCode(absl::string_view code) {
  if (code == "Y") return TimeUnit::kYear;
  if (code == "Q") return TimeUnit::kQuarter;
  if (code == "M") return TimeUnit::kMonth;
  if (code == "W") return TimeUnit::kWeek;
  if (code == "WE") return TimeUnit::kWeekend;
  if (code == "D") return TimeUnit::kDay;
  return TimeUnit::kNone;
}

}  // namespace calendar

namespace {

using calendar::DateOf;
using calendar::MakeDay;

std::string IsoOf(CivilDate d) {
  if (d.year <= 0 || d.year > 9999) return "";
  if (d.month == 0) return absl::StrFormat("%04d", d.year);
  if (d.day == 0) return absl::StrFormat("%04d-%02d", d.year, d.month);
  return absl::StrFormat("%04d-%02d-%02d", d.year, d.month, d.day);
}

double Number(CivilDate d, bool end) {
  const int month = d.month != 0 ? d.month : (end ? 12 : 1);
  const int day = d.day != 0 ? d.day : (end ? 31 : 1);
  return d.year * 10000.0 + month * 100 + day;
}

double Number(absl::CivilSecond s) {
  return static_cast<double>(s.year()) * 10000.0 + s.month() * 100 + s.day();
}

}  // namespace

CivilDate ParseIsoDate(absl::string_view iso) {
  CivilDate d;
  if (iso.size() < 4 || !absl::SimpleAtoi(iso.substr(0, 4), &d.year) || d.year <= 0) {
    return {};
  }
  if (iso.size() >= 7 && !absl::SimpleAtoi(iso.substr(5, 2), &d.month)) d.month = 0;
  if (iso.size() >= 10 && !absl::SimpleAtoi(iso.substr(8, 2), &d.day)) d.day = 0;
  if (d.month < 0 || d.month > 12) return {d.year, 0, 0};
  absl::CivilDay day;
  if (d.month == 0) {
    d.day = 0;
  } else if (d.day != 0 && !MakeDay(d.year, d.month, d.day, &day)) {
    return {};
  }
  return d;
}

CivilDate AddToDate(CivilDate date, int years, int months, int days) {
  if (date.year == 0) return date;
  if (date.month == 0) {
    date.year += years;
    return date;
  }
  const absl::CivilMonth m = absl::CivilMonth(date.year, date.month) + 12 * years + months;
  if (date.day == 0) return {static_cast<int>(m.year()), m.month(), 0};
  const int last_day = (absl::CivilDay(m + 1) - 1).day();
  const absl::CivilDay d(m.year(), m.month(), std::min(date.day, last_day));
  return DateOf(d + days);
}

int Weekday(CivilDate date) {
  const absl::CivilDay d(date.year, date.month, date.day);
  return static_cast<int>(absl::GetWeekday(d)) + 1;  // absl: Monday is 0
}

IsoWeek IsoWeekOf(absl::CivilDay day) {
  // The week belongs to the year of its Thursday.
  const absl::CivilDay thursday = day + (4 - Weekday(DateOf(day)));
  return {static_cast<int>(thursday.year()), (absl::GetYearDay(thursday) - 1) / 7 + 1};
}

std::string TimeExpr::Iso() const {
  if (unit == TimeUnit::kReference) return code;
  const std::string start = IsoOf(date);
  if (start.empty()) return "";
  switch (unit) {
    case TimeUnit::kDecade:
      if (date.year % 10 == 0 && end.year == date.year + 9) {
        return absl::StrFormat("%03d", date.year / 10);
      }
      break;
    case TimeUnit::kSeason:
    case TimeUnit::kQuarter:
      return absl::StrCat(start, "-", code);
    case TimeUnit::kWeek:
    case TimeUnit::kWeekend: {
      const IsoWeek w = IsoWeekOf(absl::CivilDay(date.year, date.month, date.day));
      return absl::StrFormat("%04d-W%02d%s", w.year, w.week,
                             unit == TimeUnit::kWeekend ? "-WE" : "");
    }
    case TimeUnit::kPartOfDay:
      return absl::StrCat(start, "T", code);
    case TimeUnit::kMinute:
      return absl::StrFormat("%sT%02d:%02d", start, hour, minute);
    default:
      break;
  }
  if (end.year == 0) return start;
  return absl::StrCat(start, "/", IsoOf(end));
}

v1::Interval TimeExpr::Value() const {
  v1::Interval v;
  if (date.year == 0) return v;
  const bool open_end = qualifier == "since" || qualifier == "from" ||
                        qualifier == "after";
  const bool open_start = qualifier == "until" || qualifier == "till" ||
                          qualifier == "by" || qualifier == "before";
  if (!open_start) {
    v.set_has_lower(true);
    v.set_lower(HasInterval() ? Number(begin) : Number(date, false));
    v.set_lower_inclusive(qualifier != "after");
  }
  if (!open_end) {
    v.set_has_upper(true);
    v.set_upper(HasInterval() ? Number(finish - 1) : Number(end.year != 0 ? end : date, true));
    v.set_upper_inclusive(qualifier != "before");
  }
  return v;
}

bool TimesCanCoincide(const TimeExpr& a, const TimeExpr& b) {
  if (!a.HasInterval() || !b.HasInterval()) return true;
  return a.begin < b.finish && b.begin < a.finish;
}

}  // namespace internal
}  // namespace quotes
