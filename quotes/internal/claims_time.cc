#include "quotes/internal/claims_time.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/internal/re2_util.h"

namespace quotes {
namespace internal {

namespace {

// Time expressions kept per sentence: bounds the overlap checks, and the
// event resolution that scans them, on adversarial text.
constexpr size_t kMaxTimesPerSentence = 32;

// Days since 1970-01-01 of a full proleptic Gregorian date (H. Hinnant).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

std::string IsoOf(CivilDate d) {
  if (d.year == 0) return "";
  if (d.month == 0) return absl::StrCat(d.year);
  if (d.day == 0) return absl::StrFormat("%04d-%02d", d.year, d.month);
  return absl::StrFormat("%04d-%02d-%02d", d.year, d.month, d.day);
}

double Number(CivilDate d, bool end) {
  const int month = d.month != 0 ? d.month : (end ? 12 : 1);
  const int day = d.day != 0 ? d.day : (end ? 31 : 1);
  return d.year * 10000.0 + month * 100 + day;
}

int ToInt(re2::StringPiece s) {
  int n = 0;
  if (!absl::SimpleAtoi(ToView(s), &n)) return 0;
  return n;
}

// A year: 1600-2099. Rejects "2100", "999".
constexpr char kYear[] = R"((?:1[6-9]|20)\d\d)";

// Prepositions before a time: "on", "since", "as of". Rejects "at".
constexpr char kPreposition[] =
    R"((?i:on|in|since|from|until|till|by|before|after|during|as of|between|through|of))";

}  // namespace

CivilDate ParseIsoDate(absl::string_view iso) {
  CivilDate d;
  if (iso.size() < 4 || !absl::SimpleAtoi(iso.substr(0, 4), &d.year)) return {};
  if (iso.size() >= 7 && !absl::SimpleAtoi(iso.substr(5, 2), &d.month)) d.month = 0;
  if (iso.size() >= 10 && !absl::SimpleAtoi(iso.substr(8, 2), &d.day)) d.day = 0;
  return d;
}

CivilDate AddToDate(CivilDate date, int years, int months, int days) {
  if (date.year == 0) return date;
  date.year += years;
  if (months != 0 && date.month != 0) {
    int m = date.month - 1 + months;
    date.year += m >= 0 ? m / 12 : -((11 - m) / 12);
    date.month = ((m % 12) + 12) % 12 + 1;
  }
  if (days != 0) {
    if (date.day == 0) return date;
    return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
  }
  return date;
}

int Weekday(CivilDate date) {
  const long z = DaysFromCivil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

std::string TimeExpr::Iso() const {
  if (end.year == 0) return IsoOf(date);
  return absl::StrCat(IsoOf(date), "/", IsoOf(end));
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
    v.set_lower(Number(date, false));
    v.set_lower_inclusive(qualifier != "after");
  }
  if (!open_end) {
    v.set_has_upper(true);
    v.set_upper(Number(end.year != 0 ? end : date, true));
    v.set_upper_inclusive(qualifier != "before");
  }
  return v;
}

struct TimeFinder::Impl {
  std::unique_ptr<RE2> date;
  std::unique_ptr<RE2> year;
  std::unique_ptr<RE2> relative;
  absl::flat_hash_map<std::string, int> months;    // exact case
  absl::flat_hash_map<std::string, int> weekdays;  // exact case
  absl::flat_hash_map<std::string, const v1::RelativeTime*> relatives;
  v1::Lexicon lexicon;  // owns the RelativeTime records
};

TimeFinder::TimeFinder() = default;
TimeFinder::~TimeFinder() = default;

absl::StatusOr<std::unique_ptr<TimeFinder>> TimeFinder::Create(
    const v1::Lexicon& lexicon) {
  auto impl = std::make_unique<Impl>();
  *impl->lexicon.mutable_relative_times() = lexicon.relative_times();
  std::vector<std::string> months, weekdays, relatives;
  for (const v1::NumberWord& w : lexicon.months()) {
    for (const std::string& f : w.forms()) {
      impl->months[f] = static_cast<int>(w.value());
      months.push_back(f);
    }
  }
  for (const v1::NumberWord& w : lexicon.weekdays()) {
    for (const std::string& f : w.forms()) {
      impl->weekdays[f] = static_cast<int>(w.value());
      weekdays.push_back(f);
    }
  }
  for (const v1::RelativeTime& r : impl->lexicon.relative_times()) {
    for (const std::string& f : r.forms()) {
      impl->relatives[FoldCaseAsRe2(f)] = &r;
      relatives.push_back(f);
    }
  }
  const auto group = [](const std::vector<std::string>& words) {
    const std::string alt = AlternationOf(words);
    return alt.empty() ? std::string("(?!)") : "(?:" + alt + ")";
  };
  const std::string month = group(months);
  // Accepts "on November 24, 2006", "January 29-30, 2020", "5 December 2024",
  // "in January 2020", "Dec. 5"; rejects "may 5" (lower case) and "Mayor".
  const std::string date = absl::StrCat(
      "(?:\\b(", kPreposition, ")\\s+)?\\b(?:",
      "(", month, ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?"
      "(?:,?\\s+(", kYear, "))?\\b",
      "|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+(", month,
      ")\\b\\.?(?:,?\\s+(", kYear, "))?\\b",
      "|(", month, ")\\.?,?\\s+(", kYear, ")\\b)");
  // Accepts "since 1991", "1987-1991", "( 2007)", "the 1990s"; rejects "19910",
  // "1,991".
  const std::string year = absl::StrCat(
      "(?:\\b(", kPreposition, ")\\s+)?\\b(", kYear, ")(s)?",
      "(?:\\s*[-–]\\s*(", kYear, "|\\d\\d))?\\b");
  // Accepts "last year", "today", "on Thursday"; rejects "Thursday's" without
  // a preposition and "todays".
  const std::string relative = absl::StrCat(
      "\\b(?i:(", AlternationOf(relatives).empty() ? "(?!)" : AlternationOf(relatives),
      "))\\b|\\b(?i:(on|last|this|next|since|by|from|until))\\s+(",
      group(weekdays), ")\\b");
  auto d = CompilePattern("claims.date", date);
  if (!d.ok()) return d.status();
  auto y = CompilePattern("claims.year", year);
  if (!y.ok()) return y.status();
  auto r = CompilePattern("claims.relative", relative);
  if (!r.ok()) return r.status();
  impl->date = *std::move(d);
  impl->year = *std::move(y);
  impl->relative = *std::move(r);
  std::unique_ptr<TimeFinder> finder(new TimeFinder());
  finder->impl_ = std::move(impl);
  return finder;
}

std::vector<TimeExpr> TimeFinder::Find(absl::string_view text, TextSpan sentence,
                                       CivilDate article_date) const {
  std::vector<TimeExpr> out;
  const re2::StringPiece input = ToPiece(text.substr(0, sentence.end));
  const auto offset = [&text](re2::StringPiece s) {
    return static_cast<size_t>(s.data() - text.data());
  };
  const auto overlaps = [&out](size_t b, size_t e) {
    for (const TimeExpr& t : out) {
      if (b < t.span.end && t.span.begin < e) return true;
    }
    return false;
  };
  const auto start = [](TimeExpr* t, re2::StringPiece prep) {
    t->qualifier = absl::AsciiStrToLower(ToView(prep));
    t->can_date_event = t->qualifier.empty() || t->qualifier == "on" ||
                        t->qualifier == "in" || t->qualifier == "during" ||
                        t->qualifier == "of";
  };
  // Dates first: their years must not come out again as bare years.
  re2::StringPiece g[12];
  size_t pos = sentence.begin;
  while (pos < sentence.end && out.size() < kMaxTimesPerSentence &&
         impl_->date->Match(input, pos, sentence.end, RE2::UNANCHORED, g, 12)) {
    TimeExpr t;
    t.span = {offset(g[0]), offset(g[0]) + g[0].size()};
    pos = t.span.end;
    start(&t, g[1]);
    if (!g[2].empty()) {
      t.date = {ToInt(g[5]), impl_->months.at(std::string(ToView(g[2]))), ToInt(g[3])};
      if (!g[4].empty()) t.end = {t.date.year, t.date.month, ToInt(g[4])};
    } else if (!g[8].empty()) {
      t.date = {ToInt(g[9]), impl_->months.at(std::string(ToView(g[8]))), ToInt(g[6])};
      if (!g[7].empty()) t.end = {t.date.year, t.date.month, ToInt(g[7])};
    } else {
      t.date = {ToInt(g[11]), impl_->months.at(std::string(ToView(g[10]))), 0};
    }
    if (t.date.day > 31 || t.end.day > 31 || (t.end.day != 0 && t.end.day < t.date.day)) {
      continue;
    }
    if (t.date.year == 0) {
      // "December 5": the article's year.
      t.date.year = article_date.year;
      if (t.end.day != 0) t.end.year = article_date.year;
    }
    if (t.end.day != 0) t.can_date_event = t.date.year != 0;
    out.push_back(t);
  }
  pos = sentence.begin;
  while (pos < sentence.end && out.size() < kMaxTimesPerSentence &&
         impl_->year->Match(input, pos, sentence.end, RE2::UNANCHORED, g, 5)) {
    TimeExpr t;
    t.span = {offset(g[0]), offset(g[0]) + g[0].size()};
    pos = t.span.end;
    if (overlaps(t.span.begin, t.span.end)) continue;
    const size_t year_begin = offset(g[2]);
    // "$2020", "2020%", "1,2020" are not years.
    if (year_begin > 0 && (text[year_begin - 1] == '$' || text[year_begin - 1] == ',' ||
                           text[year_begin - 1] == '.')) {
      continue;
    }
    if (t.span.end < text.size() &&
        (text[t.span.end] == '%' ||
         (text[t.span.end] == ',' && t.span.end + 1 < text.size() &&
          absl::ascii_isdigit(static_cast<unsigned char>(text[t.span.end + 1]))))) {
      continue;
    }
    start(&t, g[1]);
    t.date = {ToInt(g[2]), 0, 0};
    if (!g[3].empty()) {
      t.end = {t.date.year + 9, 0, 0};  // "the 1990s"
      t.can_date_event = false;
    }
    if (!g[4].empty()) {
      int end = ToInt(g[4]);
      if (g[4].size() == 2) end += t.date.year / 100 * 100;
      if (end <= t.date.year) continue;
      t.end = {end, 0, 0};
      t.can_date_event = false;
    }
    out.push_back(t);
  }
  pos = sentence.begin;
  while (pos < sentence.end && out.size() < kMaxTimesPerSentence &&
         impl_->relative->Match(input, pos, sentence.end, RE2::UNANCHORED, g, 4)) {
    TimeExpr t;
    t.span = {offset(g[0]), offset(g[0]) + g[0].size()};
    pos = t.span.end;
    if (overlaps(t.span.begin, t.span.end)) continue;
    t.can_date_event = true;
    if (!g[1].empty()) {
      // Matched in any case, looked up as RE2 folded it ("la\u017Ft year" is
      // "last year"); a word beyond ASCII in another case than the lexicon's
      // is not found, and is no time.
      const std::string key = FoldCaseAsRe2(ToView(g[1]));
      const auto it = impl_->relatives.find(key);
      if (it == impl_->relatives.end()) continue;
      const v1::RelativeTime* r = it->second;
      CivilDate base = article_date;
      if (r->months() == 0 && r->days() == 0 && key.find("year") != std::string::npos) {
        base = {article_date.year, 0, 0};  // "last year" is a year
      } else if (r->days() == 0 && r->months() != 0) {
        base.day = 0;  // "last month" is a month
      }
      t.date = AddToDate(base, r->years(), r->months(), r->days());
    } else {
      start(&t, g[2]);
      t.can_date_event = true;
      if (article_date.day != 0) {
        const int want = impl_->weekdays.at(std::string(ToView(g[3])));
        const int have = Weekday(article_date);
        int delta = -((have - want + 7) % 7);  // the last one, or the day itself
        if (t.qualifier == "next") delta = (want - have + 7) % 7 == 0 ? 7 : (want - have + 7) % 7;
        if (t.qualifier == "last" && delta == 0) delta = -7;
        t.date = AddToDate(article_date, 0, 0, delta);
      }
    }
    out.push_back(t);
  }
  std::sort(out.begin(), out.end(), [](const TimeExpr& a, const TimeExpr& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

}  // namespace internal
}  // namespace quotes
