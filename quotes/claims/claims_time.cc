// Time expressions and their TimeML values (claims_time.h). Each kind of
// expression has its pattern, built from the lexicon's month, weekday,
// relative-time and time words; the patterns run in order over a sentence
// and an earlier kind keeps its text (a date's year is not a year again).
// A resolution that needs a guess (the year of "Jan. 2", the week of
// "Thursday") is made against the article's date with Abseil's civil time.
#include "quotes/claims/claims_time.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "quotes/claims/time_calendar.h"
#include "quotes/text/re2_util.h"

namespace quotes {
namespace internal {

namespace {

// Time expressions kept per sentence: bounds the overlap checks, and the
// event resolution that scans them, on adversarial text.
constexpr size_t kMaxTimesPerSentence = 32;

// How far before a bare weekday or month a future cue still counts: about
// the clause ("will be held in Las Vegas on Thursday").
constexpr size_t kFutureCueReach = 80;

// How far from a clock time a day still gives its date: "Tuesday at 8
// p.m.", "8 p.m. on Tuesday", not a date in the next clause.
constexpr size_t kClockDayReach = 12;

// A year: 1600-2099. Rejects "2100", "999".
constexpr char kYear[] = R"((?:1[6-9]|20)\d\d)";

// Prepositions before a time: "on", "since", "as of". Rejects "at".
constexpr char kPreposition[] =
    R"((?i:on|in|since|from|until|till|by|before|after|during|as of|between|through|of))";

// Prepositions before a clock time: "at 8 p.m.", "until 1 a.m.".
constexpr char kClockPreposition[] =
    R"((?i:at|by|until|till|before|after|from|since|around|about|on))";

// The words that place a weekday, month or season relative to the article:
// "last May", "this summer", "next Tuesday".
constexpr char kRelativeWord[] = R"((?i:last|this|next|past|coming))";

int ToInt(re2::StringPiece s) {
  int n = 0;
  if (!absl::SimpleAtoi(ToView(s), &n)) return 0;
  return n;
}

// The qualifier's preposition and whether the time can date an event.
void SetQualifier(re2::StringPiece prep, TimeExpr* t) {
  t->qualifier = absl::AsciiStrToLower(ToView(prep));
  t->can_date_event = t->qualifier.empty() || t->qualifier == "on" ||
                      t->qualifier == "in" || t->qualifier == "during" ||
                      t->qualifier == "of" || t->qualifier == "at";
}

}  // namespace

using calendar::DateOf;
using calendar::MakeDay;
using calendar::SetDay;
using calendar::SetPartOfDay;
using calendar::SetMinute;
using calendar::SetMonth;
using calendar::SetYear;
using calendar::SetWeek;
using calendar::SetQuarter;
using calendar::SeasonStartMonth;
using calendar::SetSeason;
using calendar::MonthNear;
using calendar::DayNear;
using calendar::WeekdayNear;
using calendar::HolidayIn;
using calendar::OpenByQualifier;
using calendar::UnitOfCode;

// The patterns Find() scans every sentence for, in its order: the bits of
// WordTriggers.
enum Scan {
  kScanNotTime,
  kScanHoliday,
  kScanDate,
  kScanSeason,
  kScanQuarter,
  kScanClock,
  kScanYear,
  kScanCounted,
  kScanRelative,
  kScanMonth,
  kScanWeekday,
  kScanReference,
};

// A relative time of the lexicon and what its form says about it.
struct RelativeForm {
  const v1::RelativeTime* time = nullptr;
  TimeUnit unit = TimeUnit::kDay;
  std::string part;  // "NI" for "tonight"
};


// The lexicon's time words as written, a list per pattern that reads them,
// and the unit each unit word names.
struct TimeWords {
  std::vector<std::string> months, weekdays, relatives, counted, parts, seasons, references,
      modifiers, futures, units_q, numbers, ordinals, not_times, holidays;
  absl::flat_hash_map<std::string, TimeUnit> units;
};

struct TimeFinder::Impl {
  std::unique_ptr<RE2> not_time, holiday, date, season, quarter, clock, year, counted,
      relative, month, weekday, reference, part_after, future;
  absl::flat_hash_map<std::string, int> months;    // exact case
  absl::flat_hash_map<std::string, int> weekdays;  // exact case
  // Keyed by FoldCaseAsRe2 of the form; a counted form as "# years ago".
  absl::flat_hash_map<std::string, RelativeForm> relatives;
  absl::flat_hash_map<std::string, std::string> parts, seasons, references;
  absl::flat_hash_map<std::string, std::string> holidays;  // exact case
  absl::flat_hash_map<std::string, double> numbers, ordinals;
  absl::flat_hash_set<std::string> speech_verbs;
  v1::Lexicon lexicon;  // owns the RelativeTime records
  // The patterns Find() runs over every sentence, by their order there: a
  // sentence is searched only for those it may hold.
  WordTriggers scans;

  // The steps of TimeFinder::Create, in order.
  void ReadWords(const v1::Lexicon& lexicon, TimeWords* words);
  void ReadRelativeForms(TimeWords* words);
  absl::Status CompilePatterns(const TimeWords& words);
  void SetTriggers(const TimeWords& words);

  bool FutureNear(absl::string_view text, TextSpan sentence, size_t at) const;
  // Whether a future cue follows the time ending at `end` straight away:
  // "Monday will", "on Monday is expected to".
  bool FutureNext(absl::string_view text, TextSpan sentence, size_t end) const;
  bool ResolveRelative(const RelativeForm& r, int n, CivilDate article,
                       TimeExpr* t) const;
};

bool TimeFinder::Impl::FutureNear(absl::string_view text, TextSpan sentence,
                                  size_t at) const {
  const size_t from = std::max(sentence.begin, at > kFutureCueReach ? at - kFutureCueReach : 0);
  if (from >= at) return false;
  const re2::StringPiece input = ToPiece(text.substr(0, at));
  return future->Match(input, from, at, RE2::UNANCHORED, nullptr, 0);
}

bool TimeFinder::Impl::FutureNext(absl::string_view text, TextSpan sentence,
                                  size_t end) const {
  size_t from = end;
  while (from < sentence.end && text[from] == ' ') ++from;
  if (from == end || from >= sentence.end) return false;
  // Room for the longest cue ("are expected to") and no more: the cue must
  // open the words after the time.
  constexpr size_t kReach = 24;
  const size_t to = std::min(sentence.end, from + kReach);
  const re2::StringPiece input = ToPiece(text.substr(0, to));
  return future->Match(input, from, to, RE2::ANCHOR_START, nullptr, 0);
}

bool TimeFinder::Impl::ResolveRelative(const RelativeForm& r, int n, CivilDate article,
                                       TimeExpr* t) const {
  const int years = r.time->years() * n;
  const int months = r.time->months() * n;
  const int days = r.time->days() * n;
  t->unit = r.unit;
  if (article.year == 0) return true;  // kept, unresolved
  switch (r.unit) {
    case TimeUnit::kYear: {
      const int y = article.year + years + (months - (((months % 12) + 12) % 12)) / 12;
      if (y < 1000 || y > 2999) return false;
      SetYear(y, t);
      return true;
    }
    case TimeUnit::kQuarter:
    case TimeUnit::kMonth: {
      if (article.month == 0) return true;
      const absl::CivilMonth m =
          absl::CivilMonth(article.year, article.month) + 12 * years + months;
      if (m.year() < 1000 || m.year() > 2999) return false;
      if (r.unit == TimeUnit::kMonth) {
        SetMonth(m, t);
      } else {
        SetQuarter(static_cast<int>(m.year()), (m.month() - 1) / 3 + 1, t);
      }
      return true;
    }
    case TimeUnit::kWeek:
    case TimeUnit::kWeekend:
    case TimeUnit::kDay: {
      if (article.day == 0) return true;
      const CivilDate d = AddToDate(article, years, months, days);
      if (d.year < 1000 || d.year > 2999) return false;
      const absl::CivilDay day(d.year, d.month, d.day);
      if (r.unit == TimeUnit::kDay) {
        if (r.part.empty()) {
          SetDay(day, t);
        } else {
          SetPartOfDay(day, r.part, t);
        }
      } else {
        SetWeek(day, r.unit == TimeUnit::kWeekend, t);
      }
      return true;
    }
    default:
      return false;
  }
}

TimeFinder::TimeFinder() = default;
TimeFinder::~TimeFinder() = default;

// The lexicon's time words, into the tables Find() reads, and each list as
// written for the patterns.
void TimeFinder::Impl::ReadWords(const v1::Lexicon& lexicon, TimeWords* words) {
  for (const v1::NumberWord& w : lexicon.months()) {
    for (const std::string& f : w.forms()) {
      months[f] = static_cast<int>(w.value());
      words->months.push_back(f);
    }
  }
  for (const v1::NumberWord& w : lexicon.weekdays()) {
    for (const std::string& f : w.forms()) {
      weekdays[f] = static_cast<int>(w.value());
      words->weekdays.push_back(f);
    }
  }
  for (const v1::NumberWord& w : lexicon.number_words()) {
    for (const std::string& f : w.forms()) {
      numbers[FoldCaseAsRe2(f)] = w.value();
      words->numbers.push_back(f);
    }
  }
  for (const v1::NumberWord& w : lexicon.ordinal_words()) {
    if (w.value() < 1 || w.value() > 4) continue;  // quarters only
    for (const std::string& f : w.forms()) {
      ordinals[FoldCaseAsRe2(f)] = w.value();
      words->ordinals.push_back(f);
    }
  }
  for (const v1::SpeechVerb& v : lexicon.speech_verbs()) {
    for (const std::string& f : v.forms()) speech_verbs.insert(FoldCaseAsRe2(f));
  }
  for (const v1::TimeWord& w : lexicon.time_words()) {
    for (const std::string& f : w.forms()) {
      const std::string key = FoldCaseAsRe2(f);
      switch (w.kind()) {
        case v1::TimeWord::PART_OF_DAY:
          parts[key] = w.code();
          words->parts.push_back(f);
          break;
        case v1::TimeWord::UNIT:
          words->units[key] = UnitOfCode(w.code());
          if (w.code() == "Q") words->units_q.push_back(f);
          break;
        case v1::TimeWord::SEASON:
          if (SeasonStartMonth(w.code()) == 0) break;
          seasons[key] = w.code();
          words->seasons.push_back(f);
          break;
        case v1::TimeWord::REFERENCE:
          references[key] = w.code();
          words->references.push_back(f);
          break;
        case v1::TimeWord::MODIFIER:
          words->modifiers.push_back(f);
          break;
        case v1::TimeWord::FUTURE_CUE:
          words->futures.push_back(f);
          break;
        case v1::TimeWord::NOT_TIME:
          words->not_times.push_back(f);
          break;
        case v1::TimeWord::HOLIDAY:
          holidays[f] = w.code();
          words->holidays.push_back(f);
          break;
        default:
          break;
      }
    }
  }
}

// The relative times ("last year", "# weeks ago"), each with its unit and
// part of the day.
void TimeFinder::Impl::ReadRelativeForms(TimeWords* words) {
  for (const v1::RelativeTime& r : lexicon.relative_times()) {
    for (const std::string& f : r.forms()) {
      RelativeForm form;
      form.time = &r;
      std::string key = FoldCaseAsRe2(f);
      // The unit is the first unit word of the form ("two weeks ago" is a
      // week); a form without one is a day ("yesterday").
      for (absl::string_view word : absl::StrSplit(key, ' ')) {
        const auto u = words->units.find(word);
        if (u != words->units.end() && u->second != TimeUnit::kNone) {
          form.unit = u->second;
          break;
        }
      }
      if (form.unit == TimeUnit::kDay) {
        // "tonight" ends in "night"; the longest such part wins.
        size_t longest = 0;
        for (const auto& [part, code] : parts) {
          if (part.size() > longest && absl::EndsWith(key, part)) {
            form.part = code;
            longest = part.size();
          }
        }
      }
      if (absl::StartsWith(f, "# ")) {
        words->counted.push_back(f.substr(2));
      } else {
        words->relatives.push_back(f);
      }
      relatives[key] = form;
    }
  }
}

// The patterns Find() runs, made of the words' lists.
absl::Status TimeFinder::Impl::CompilePatterns(const TimeWords& words) {
  const auto group = [](const std::vector<std::string>& list) {
    const std::string alt = AlternationOf(list);
    return alt.empty() ? std::string("(?!)") : "(?:" + alt + ")";
  };
  const std::string month = group(words.months);
  const std::string weekday = group(words.weekdays);
  const std::string modifier = "(?i:" + group(words.modifiers) + ")";
  // Lower case: "Saturday Night Live" is a show.
  const std::string part = group(words.parts);
  // Accepts "on November 24, 2006", "January 29-30, 2020", "5 December 2024",
  // "in January 2020", "Dec. 5", "Monday, Feb. 1", "early March 2016";
  // rejects "may 5" (lower case) and "Mayor".
  const std::string date = absl::StrCat(
      "(?:\\b(", kPreposition, ")\\s+)?(?:\\b(", weekday, ")\\.?,?\\s+)?(?:\\b(", modifier,
      ")[\\s-]+)?\\b(?:", "(", month,
      ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?"
      "(?:,?\\s+(",
      kYear, "))?\\b", "|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+(?:of\\s+)?(",
      month, ")\\b\\.?(?:,?\\s+(", kYear, "))?\\b", "|(", month, ")\\.?,?\\s+(", kYear, ")\\b)");
  // Accepts "this summer", "the fall of 2015", "in the spring"; rejects "a
  // spring" and "the fall of Rome".
  const std::string season = absl::StrCat(
      "(?:\\b(", kPreposition, ")\\s+)?(?:\\b(", kRelativeWord, "|(?i:the))\\s+)?(?:\\b(", modifier,
      ")[\\s-]+)?\\b(?i:(", group(words.seasons), "))\\b(?:,?\\s+(?:of\\s+)?(", kYear, ")\\b)?");
  // Accepts "the first quarter", "in the third quarter of 2015".
  const std::string quarter =
      absl::StrCat("(?:\\b(", kPreposition, ")\\s+)?\\b(?i:the\\s+)?(?i:(", group(words.ordinals),
                   "))\\s+(?i:", group(words.units_q), ")\\b(?:\\s+of\\s+(", kYear, ")\\b)?");
  // Accepts "8 PM", "11am", "at 7:19 p.m.", "at 8:30"; rejects "I am", "8-3"
  // and the full stop after "PM".
  const std::string clock = absl::StrCat(
      "(?:\\b(", kClockPreposition, ")\\s+)?\\b(\\d{1,2})(?:[:.](\\d\\d))?\\s*",
      "(?i:([ap])(?:\\.\\s?m\\b\\.?|\\s?m\\b))", "|\\b((?i:at))\\s+(\\d{1,2}):(\\d\\d)\\b");
  // Accepts "since 1991", "1987-1991", "( 2007)", "the 1990s"; rejects "19910",
  // "1,991".
  const std::string year = absl::StrCat("(?:\\b(", kPreposition, ")\\s+)?\\b(", kYear, ")(s)?",
                                        "(?:\\s*[-–]\\s*(", kYear, "|\\d\\d))?\\b");
  // Accepts "four years ago", "2 weeks ago"; the forms "# years ago".
  const std::string counted_re = absl::StrCat(
      "\\b(?i:(\\d{1,3}|",
      AlternationOf(words.numbers).empty() ? "(?!)" : AlternationOf(words.numbers), "))\\s+(?i:(",
      AlternationOf(words.counted).empty() ? "(?!)" : AlternationOf(words.counted), "))\\b");
  // Accepts "last year", "today", "tonight"; rejects "todays".
  const std::string relative = absl::StrCat(
      "\\b(?i:(", AlternationOf(words.relatives).empty() ? "(?!)" : AlternationOf(words.relatives),
      "))\\b");
  // Accepts "in August", "last May", "mid-March", "by October"; a month
  // alone ("Theresa May") is rejected in Find().
  const std::string month_re =
      absl::StrCat("(?:\\b(", kPreposition, ")\\s+)?(?:\\b(", kRelativeWord, ")\\s+)?(?:\\b(",
                   modifier, ")[\\s-]+)?\\b(", month, ")\\b");
  // Accepts "on Thursday", "said Friday", "late Thursday", "Tuesday night",
  // "last Monday"; rejects "Thursdays" and a bare "Sun".
  const std::string weekday_re =
      absl::StrCat("(?:\\b(", kPreposition, ")\\s+)?(?:\\b(", kRelativeWord, ")\\s+)?(?:\\b(",
                   modifier, ")\\s+)?\\b(", weekday, ")\\b(?:\\s+(", part, ")\\b)?");
  const std::string reference = absl::StrCat("\\b(?i:(", group(words.references), "))\\b");
  const std::string part_after = absl::StrCat("\\s+(", part, ")\\b");
  const std::string future = absl::StrCat("\\b(?i:", group(words.futures), ")\\b");
  const std::string not_time = absl::StrCat("\\b", group(words.not_times), "\\b");
  // Accepts "on Labor Day", "Thanksgiving"; rejects "thanksgiving".
  const std::string holiday =
      absl::StrCat("(?:\\b(", kPreposition, ")\\s+)?\\b(", group(words.holidays), ")\\b");
  const std::pair<const char*, const std::string*> sources[] = {
      {"claims.date", &date},
      {"claims.season", &season},
      {"claims.quarter", &quarter},
      {"claims.clock", &clock},
      {"claims.year", &year},
      {"claims.counted_time", &counted_re},
      {"claims.relative", &relative},
      {"claims.month", &month_re},
      {"claims.weekday", &weekday_re},
      {"claims.time_reference", &reference},
      {"claims.part_of_day", &part_after},
      {"claims.future_cue", &future},
      {"claims.not_time", &not_time},
      {"claims.holiday", &holiday}};
  std::unique_ptr<RE2>* targets[] = {
      &this->date,       &this->season,   &this->quarter,  &this->clock,   &this->year,
      &this->counted,    &this->relative, &this->month,    &this->weekday, &this->reference,
      &this->part_after, &this->future,   &this->not_time, &this->holiday};
  for (size_t i = 0; i < sizeof(targets) / sizeof(targets[0]); ++i) {
    auto re = CompilePattern(sources[i].first, *sources[i].second);
    if (!re.ok()) return re.status();
    *targets[i] = *std::move(re);
  }
  return absl::OkStatus();
}

void TimeFinder::Impl::SetTriggers(const TimeWords& words) {
  // What each pattern Find() scans for needs (see the patterns above): a
  // digit, or a word of one list after \b or white space.
  WordTriggers& t = scans;
  t.AddWords(kScanNotTime, words.not_times, /*case_sensitive=*/true);
  t.AddWords(kScanHoliday, words.holidays, /*case_sensitive=*/true);
  // Each of the date's three forms has a month and a number.
  t.AddWords(kScanDate, words.months, /*case_sensitive=*/true);
  t.AddNumbers(kScanDate, WordTriggers::kAnyNumber);
  t.AddWords(kScanSeason, words.seasons, /*case_sensitive=*/false);
  t.AddWords(kScanQuarter, words.units_q, /*case_sensitive=*/false);
  t.AddNumbers(kScanClock, WordTriggers::kShortNumber);
  t.AddNumbers(kScanYear, WordTriggers::kYearNumber);
  t.AddWords(kScanCounted, words.counted, /*case_sensitive=*/false);
  t.AddWords(kScanRelative, words.relatives, /*case_sensitive=*/false);
  t.AddWords(kScanMonth, words.months, /*case_sensitive=*/true);
  t.AddWords(kScanWeekday, words.weekdays, /*case_sensitive=*/true);
  t.AddWords(kScanReference, words.references, /*case_sensitive=*/false);
}

absl::StatusOr<std::unique_ptr<TimeFinder>> TimeFinder::Create(const v1::Lexicon& lexicon) {
  auto impl = std::make_unique<Impl>();
  *impl->lexicon.mutable_relative_times() = lexicon.relative_times();
  TimeWords words;
  impl->ReadWords(lexicon, &words);
  impl->ReadRelativeForms(&words);
  if (absl::Status s = impl->CompilePatterns(words); !s.ok()) return s;
  impl->SetTriggers(words);
  std::unique_ptr<TimeFinder> finder(new TimeFinder());
  finder->impl_ = std::move(impl);
  return finder;
}

namespace {

// A time found, with what a later pass may still settle: the year of a date
// written without one, the day of a clock time.
struct Found {
  TimeExpr t;
  int month = 0;
  int day = 0;
  bool year_guessed = false;
  bool needs_day = false;  // a clock time, on the article's day for now
  // A year that the dates after it in the sentence are in: "In 2012, ...
  // on Jan. 3", "Last year, ... on Dec. 13"; not "a 2012 lawsuit".
  bool anchors_year = false;
};

}  // namespace

// The times of one sentence (TimeFinder::Find): each pattern's matches
// read by a reader of its own, in order, then what a later time in the
// sentence settles (a year for the dates without one, a day for the clock
// times). A struct: its fields are the sentence and what is found in it.
struct TimeFinder::SentenceScan {
  SentenceScan(const Impl* impl, absl::string_view text, TextSpan sentence,
               CivilDate article_date);
  std::vector<TimeExpr> Find();

  // A reader fills a Found from the groups `g` of its pattern's match and
  // returns 1 to keep it, 0 to drop it and -1 to reject its span (no other
  // time may take it).
  using Reader = int (SentenceScan::*)(Found* f);
  // Runs `re` over the sentence, `read` judging each match that overlaps
  // no time kept or rejected before.
  void Run(Scan kind, const RE2& re, int groups, Reader read);
  int ReadNotTime(Found*) { return -1; }
  int ReadHoliday(Found* f);
  int ReadDate(Found* f);
  int ReadSeason(Found* f);
  int ReadQuarter(Found* f);
  int ReadClock(Found* f);
  int ReadYear(Found* f);
  int ReadCounted(Found* f);
  int ReadRelative(Found* f);
  int ReadMonth(Found* f);
  int ReadWeekday(Found* f);
  int ReadReference(Found* f);
  // "yesterday afternoon": a part of the day after a day.
  void part_after(Found* f);
  // A date without a year after a year in the sentence is in that year.
  void SettleYears();
  // A clock time is on a day named next to it.
  void SettleClockDays();

  size_t offset(re2::StringPiece s) const { return static_cast<size_t>(s.data() - text.data()); }
  bool overlaps(size_t b, size_t e) const;
  static std::string lower(re2::StringPiece s) { return FoldCaseAsRe2(ToView(s)); }
  bool future_at(size_t at) const { return impl_->FutureNear(text, sentence, at); }

  const Impl* const impl_;
  const absl::string_view text;
  const TextSpan sentence;
  const CivilDate article_date;
  const re2::StringPiece input;
  const bool have_day;
  const bool have_month;
  const absl::CivilDay today;
  const absl::CivilMonth this_month;
  const uint32_t may_match;  // the patterns whose words the sentence has
  re2::StringPiece g[16];
  std::vector<Found> found;
  std::vector<TextSpan> rejected;  // impossible dates: their parts are no time
};

TimeFinder::SentenceScan::SentenceScan(const Impl* impl, absl::string_view text,
                                       TextSpan sentence, CivilDate article_date)
    : impl_(impl),
      text(text),
      sentence(sentence),
      article_date(article_date),
      input(ToPiece(text.substr(0, sentence.end))),
      have_day(article_date.day != 0),
      have_month(article_date.month != 0),
      today(have_day ? absl::CivilDay(article_date.year, article_date.month, article_date.day)
                     : absl::CivilDay()),
      this_month(have_month ? absl::CivilMonth(article_date.year, article_date.month)
                            : absl::CivilMonth()),
      may_match(impl->scans.In(text, sentence)) {}

bool TimeFinder::SentenceScan::overlaps(size_t b, size_t e) const {
  for (const Found& f : found) {
    if (b < f.t.span.end && f.t.span.begin < e) return true;
  }
  for (const TextSpan& r : rejected) {
    if (b < r.end && r.begin < e) return true;
  }
  return false;
}

void TimeFinder::SentenceScan::Run(Scan kind, const RE2& re, int groups, Reader read) {
  if ((may_match >> kind & 1u) == 0) return;
  size_t pos = sentence.begin;
  while (pos < sentence.end && found.size() < kMaxTimesPerSentence &&
         re.Match(input, pos, sentence.end, RE2::UNANCHORED, g, groups)) {
    Found f;
    f.t.span = {offset(g[0]), offset(g[0]) + g[0].size()};
    pos = std::max(f.t.span.end, f.t.span.begin + 1);
    if (overlaps(f.t.span.begin, f.t.span.end)) continue;
    const int verdict = (this->*read)(&f);
    if (verdict < 0) rejected.push_back(f.t.span);
    if (verdict <= 0) continue;
    OpenByQualifier(&f.t);
    found.push_back(std::move(f));
  }
}

int TimeFinder::SentenceScan::ReadHoliday(Found* f) {
  const auto it = impl_->holidays.find(std::string(ToView(g[2])));
  if (it == impl_->holidays.end()) return 0;
  SetQualifier(g[1], &f->t);
  f->t.unit = TimeUnit::kDay;
  if (!have_day) return 1;
  int year = 0;
  for (int y = article_date.year - 1; y <= article_date.year + 1; ++y) {
    absl::CivilDay d;
    if (!HolidayIn(y, it->second, &d)) return 0;
    const bool future = future_at(f->t.span.begin);
    if (future && d < today) continue;
    absl::CivilDay best;
    if (year == 0 || (HolidayIn(year, it->second, &best) &&
                      std::abs(d - today) < std::abs(best - today))) {
      year = y;
    }
  }
  absl::CivilDay d;
  if (year == 0 || !HolidayIn(year, it->second, &d)) return 0;
  SetDay(d, &f->t);
  return 1;
}

int TimeFinder::SentenceScan::ReadDate(Found* f) {
  TimeExpr& t = f->t;
  SetQualifier(g[1], &t);
  int year = 0, month = 0, day = 0, last = 0;
  if (!g[4].empty()) {
    month = impl_->months.at(std::string(ToView(g[4])));
    day = ToInt(g[5]);
    last = ToInt(g[6]);
    year = ToInt(g[7]);
  } else if (!g[10].empty()) {
    month = impl_->months.at(std::string(ToView(g[10])));
    day = ToInt(g[8]);
    last = ToInt(g[9]);
    year = ToInt(g[11]);
  } else {
    month = impl_->months.at(std::string(ToView(g[12])));
    year = ToInt(g[13]);
    SetMonth(absl::CivilMonth(year, month), &t);
    return 1;
  }
  absl::CivilDay first;
  if (year != 0) {
    if (!MakeDay(year, month, day, &first)) return -1;
  } else if (have_day) {
    if (!DayNear(today, month, day, future_at(t.span.begin), &first)) return -1;
    f->year_guessed = true;
  } else {
    // No article date: the day is kept, its year unknown.
    if (!MakeDay(2000, month, day, &first)) return -1;
    t.unit = TimeUnit::kDay;
    t.date = {0, month, day};
    if (last != 0) t.end = {0, month, last};
    return last == 0 || last > day ? 1 : -1;
  }
  f->month = month;
  f->day = day;
  SetDay(first, &t);
  if (last != 0) {
    absl::CivilDay end_day;
    if (last <= day || !MakeDay(static_cast<int>(first.year()), month, last, &end_day)) {
      return -1;
    }
    t.end = DateOf(end_day);
    t.finish = absl::CivilSecond(end_day + 1);
    t.can_date_event = true;
  }
  return 1;
}

int TimeFinder::SentenceScan::ReadSeason(Found* f) {
  const std::string rel = lower(g[2]);
  const int year = ToInt(g[5]);
  if (year == 0 && (rel.empty() || (rel == "the" && g[1].empty()))) return 0;
  SetQualifier(g[1], &f->t);
  const auto it = impl_->seasons.find(lower(g[4]));
  if (it == impl_->seasons.end()) return 0;
  int y = year;
  if (y == 0) {
    if (!have_month) return 0;
    y = article_date.year;
    const absl::CivilMonth start(y, SeasonStartMonth(it->second));
    if ((rel == "last" || rel == "past") && start + 3 > this_month) --y;
    if ((rel == "next" || rel == "coming") && start <= this_month) ++y;
    // "since the spring": the latest one begun, or with a future cue
    // ("will campaign in the fall") the next one not yet over.
    if (rel == "the") {
      if (future_at(f->t.span.begin)) {
        if (start + 3 <= this_month) ++y;
      } else if (start > this_month) {
        --y;
      }
    }
  }
  SetSeason(y, it->second, &f->t);
  return 1;
}

int TimeFinder::SentenceScan::ReadQuarter(Found* f) {
  const auto it = impl_->ordinals.find(lower(g[2]));
  if (it == impl_->ordinals.end()) return 0;
  const int quarter = static_cast<int>(it->second);
  int year = g[3].empty() ? article_date.year : ToInt(g[3]);
  if (year == 0) return 0;
  SetQualifier(g[1], &f->t);
  // Without a year: this year's, unless it has not begun and no future cue
  // is near, when it is last year's ("lost $9.6 billion in the fourth
  // quarter" in March). A cue does not move it on: figures for a quarter
  // are released after it ("will release figures for the second quarter").
  if (g[3].empty() && have_month && quarter >= 1 && quarter <= 4 &&
      absl::CivilMonth(year, 3 * quarter - 2) > this_month && !future_at(f->t.span.begin)) {
    --year;
  }
  SetQuarter(year, quarter, &f->t);
  return 1;
}

int TimeFinder::SentenceScan::ReadClock(Found* f) {
  int hour, minute;
  if (!g[2].empty()) {
    SetQualifier(g[1], &f->t);
    hour = ToInt(g[2]);
    minute = g[3].empty() ? 0 : ToInt(g[3]);
    if (hour < 1 || hour > 12 || minute > 59) return -1;
    hour = hour % 12 + (lower(g[4]) == "p" ? 12 : 0);
  } else {
    SetQualifier(g[5], &f->t);
    hour = ToInt(g[6]);
    minute = ToInt(g[7]);
    if (hour > 23 || minute > 59) return -1;
  }
  f->t.unit = TimeUnit::kMinute;
  f->t.hour = hour;
  f->t.minute = minute;
  f->needs_day = true;
  if (have_day) SetMinute(today, hour, minute, &f->t);
  return 1;
}

int TimeFinder::SentenceScan::ReadYear(Found* f) {
  TimeExpr& t = f->t;
  const size_t year_begin = offset(g[2]);
  // "$2020", "2020%", "1,2020" are not years.
  if (year_begin > 0 && (text[year_begin - 1] == '$' || text[year_begin - 1] == ',' ||
                         text[year_begin - 1] == '.')) {
    return 0;
  }
  if (t.span.end < text.size() &&
      (text[t.span.end] == '%' ||
       (text[t.span.end] == ',' && t.span.end + 1 < text.size() &&
        absl::ascii_isdigit(static_cast<unsigned char>(text[t.span.end + 1]))))) {
    return 0;
  }
  SetQualifier(g[1], &t);
  const int y = ToInt(g[2]);
  SetYear(y, &t);
  f->anchors_year = t.qualifier == "in" || t.qualifier == "during";
  if (!g[3].empty()) {
    t.unit = TimeUnit::kDecade;  // "the 1990s"
    t.end = {y + 9, 0, 0};
    t.finish = absl::CivilSecond(absl::CivilYear(y + 10));
    t.can_date_event = false;
  }
  if (!g[4].empty()) {
    int end = ToInt(g[4]);
    if (g[4].size() == 2) end += y / 100 * 100;
    if (end <= y) return 0;
    t.end = {end, 0, 0};
    t.finish = absl::CivilSecond(absl::CivilYear(end + 1));
    t.can_date_event = false;
  }
  return 1;
}

int TimeFinder::SentenceScan::ReadCounted(Found* f) {
  const std::string n_text = lower(g[1]);
  int n = 0;
  if (!absl::SimpleAtoi(n_text, &n)) {
    const auto it = impl_->numbers.find(n_text);
    if (it == impl_->numbers.end()) return 0;
    n = static_cast<int>(it->second);
  }
  const auto it = impl_->relatives.find(absl::StrCat("# ", lower(g[2])));
  if (it == impl_->relatives.end() || n <= 0) return 0;
  f->t.can_date_event = true;
  f->anchors_year = it->second.unit == TimeUnit::kYear;
  return impl_->ResolveRelative(it->second, n, article_date, &f->t) ? 1 : 0;
}

int TimeFinder::SentenceScan::ReadRelative(Found* f) {
  // Matched in any case, looked up as RE2 folded it ("la\u017Ft year" is
  // "last year"); a word beyond ASCII in another case than the lexicon's
  // is not found, and is no time.
  const auto it = impl_->relatives.find(lower(g[1]));
  if (it == impl_->relatives.end()) return 0;
  // A capital after the first letter makes it a name: ABC's "This Week",
  // "USA TODAY".
  const absl::string_view written = ToView(g[1]);
  if (std::any_of(written.begin() + 1, written.end(),
                  [](char c) { return absl::ascii_isupper(static_cast<unsigned char>(c)); })) {
    return 0;
  }
  f->t.can_date_event = true;
  f->anchors_year = it->second.unit == TimeUnit::kYear;
  if (!impl_->ResolveRelative(it->second, 1, article_date, &f->t)) return 0;
  part_after(f);  // "yesterday afternoon"
  return 1;
}

int TimeFinder::SentenceScan::ReadMonth(Found* f) {
  const std::string rel = lower(g[2]);
  if (g[1].empty() && rel.empty() && g[3].empty()) return 0;  // "Theresa May"
  // "Mar-a-Lago" is no month.
  if (f->t.span.end < sentence.end && text[f->t.span.end] == '-') return 0;
  SetQualifier(g[1], &f->t);
  f->month = impl_->months.at(std::string(ToView(g[4])));
  if (!have_month) {
    f->t.unit = TimeUnit::kMonth;
    f->t.date = {0, f->month, 0};
    return 1;
  }
  SetMonth(MonthNear(this_month, f->month, rel, rel.empty() && future_at(f->t.span.begin)),
           &f->t);
  f->year_guessed = rel.empty();
  return 1;
}

int TimeFinder::SentenceScan::ReadWeekday(Found* f) {
  const std::string rel = lower(g[2]);
  // An abbreviation needs a preposition or "last": "The Sun" is a paper.
  if (g[1].empty() && rel.empty() && g[4].size() <= 4) return 0;
  SetQualifier(g[1], &f->t);
  f->t.unit = TimeUnit::kDay;
  if (!have_day) return 1;
  bool future = false;
  if (rel.empty()) {
    // "said Friday" is the day it was said; otherwise a cue before it
    // ("will vote on Tuesday") makes it the coming one.
    const size_t b = offset(g[1].empty() ? g[4] : g[1]);
    size_t w = b;
    while (w > sentence.begin && text[w - 1] == ' ') --w;
    size_t v = w;
    while (v > sentence.begin && absl::ascii_isalpha(static_cast<unsigned char>(text[v - 1]))) {
      --v;
    }
    // A cue straight after it counts too ("Monday is expected to").
    future = !impl_->speech_verbs.contains(FoldCaseAsRe2(text.substr(v, w - v))) &&
             (future_at(f->t.span.begin) ||
              impl_->FutureNext(text, sentence, offset(g[4]) + g[4].size()));
  }
  const absl::CivilDay d =
      WeekdayNear(today, impl_->weekdays.at(std::string(ToView(g[4]))), rel, future);
  if (!g[5].empty()) {
    const auto it = impl_->parts.find(lower(g[5]));
    if (it != impl_->parts.end()) {
      SetPartOfDay(d, it->second, &f->t);
      return 1;
    }
  }
  SetDay(d, &f->t);
  return 1;
}

int TimeFinder::SentenceScan::ReadReference(Found* f) {
  const auto it = impl_->references.find(lower(g[1]));
  if (it == impl_->references.end()) return 0;
  // "Johnny-come-lately" is no time.
  if (f->t.span.begin > 0 && text[f->t.span.begin - 1] == '-') return 0;
  f->t.unit = TimeUnit::kReference;
  f->t.code = it->second;
  return 1;
}

void TimeFinder::SentenceScan::part_after(Found* f) {
  re2::StringPiece p[2];
  if (f->t.unit != TimeUnit::kDay ||
      !impl_->part_after->Match(input, f->t.span.end, sentence.end, RE2::ANCHOR_START, p,
                                2)) {
    return;
  }
  const auto it = impl_->parts.find(lower(p[1]));
  if (it == impl_->parts.end()) return;
  SetPartOfDay(absl::CivilDay(f->t.date.year, f->t.date.month, f->t.date.day), it->second,
               &f->t);
  f->t.span.end = offset(p[0]) + p[0].size();
}

void TimeFinder::SentenceScan::SettleYears() {
  // A date without a year after a year in the sentence is in that year
  // ("In 2012, Santorum won on Jan. 3"; "Four years ago ... in August").
  int sentence_year = 0;
  for (Found& f : found) {
    const TimeExpr& t = f.t;
    if (f.anchors_year && t.unit == TimeUnit::kYear && t.end.year == 0) {
      sentence_year = t.date.year;
      continue;
    }
    if (!f.year_guessed || sentence_year == 0) continue;
    if (f.day != 0) {
      absl::CivilDay d;
      if (!MakeDay(sentence_year, f.month, f.day, &d)) continue;
      const CivilDate end = f.t.end;
      SetDay(d, &f.t);
      if (end.year != 0) {
        f.t.end = {sentence_year, end.month, end.day};
        f.t.finish = absl::CivilSecond(absl::CivilDay(sentence_year, end.month, end.day) + 1);
      }
    } else {
      SetMonth(absl::CivilMonth(sentence_year, f.month), &f.t);
    }
    OpenByQualifier(&f.t);
  }
}

void TimeFinder::SentenceScan::SettleClockDays() {
  // A clock time is on a day named next to it ("8 p.m. Tuesday", "Tuesday
  // at 8 p.m."), else on the article's day.
  for (Found& f : found) {
    if (!f.needs_day) continue;
    const Found* best = nullptr;
    size_t best_distance = 0;
    for (const Found& o : found) {
      if (o.t.unit != TimeUnit::kDay && o.t.unit != TimeUnit::kPartOfDay) continue;
      if (o.t.date.year == 0 || o.t.end.year != 0) continue;
      const size_t d = o.t.span.begin > f.t.span.begin ? o.t.span.begin - f.t.span.end
                                                       : f.t.span.begin - o.t.span.end;
      if (d <= kClockDayReach && (best == nullptr || d < best_distance)) {
        best = &o;
        best_distance = d;
      }
    }
    if (best == nullptr) {
      f.t.day_from_article = have_day;
      continue;
    }
    SetClockDay(best->t, &f.t);
  }
}

std::vector<TimeExpr> TimeFinder::SentenceScan::Find() {
  // Names with a time word in them ("Super Tuesday") are no time.
  Run(kScanNotTime, *impl_->not_time, 1, &SentenceScan::ReadNotTime);
  Run(kScanHoliday, *impl_->holiday, 3, &SentenceScan::ReadHoliday);
  // Dates first: their years must not come out again as bare years.
  Run(kScanDate, *impl_->date, 14, &SentenceScan::ReadDate);
  Run(kScanSeason, *impl_->season, 6, &SentenceScan::ReadSeason);
  Run(kScanQuarter, *impl_->quarter, 4, &SentenceScan::ReadQuarter);
  Run(kScanClock, *impl_->clock, 8, &SentenceScan::ReadClock);
  Run(kScanYear, *impl_->year, 5, &SentenceScan::ReadYear);
  Run(kScanCounted, *impl_->counted, 3, &SentenceScan::ReadCounted);
  Run(kScanRelative, *impl_->relative, 2, &SentenceScan::ReadRelative);
  Run(kScanMonth, *impl_->month, 5, &SentenceScan::ReadMonth);
  Run(kScanWeekday, *impl_->weekday, 6, &SentenceScan::ReadWeekday);
  Run(kScanReference, *impl_->reference, 2, &SentenceScan::ReadReference);
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.t.span.begin < b.t.span.begin;
  });
  SettleYears();
  SettleClockDays();
  std::vector<TimeExpr> out;
  out.reserve(found.size());
  for (Found& f : found) out.push_back(std::move(f.t));
  return out;
}

void SetClockDay(const TimeExpr& day, TimeExpr* clock) {
  SetMinute(absl::CivilDay(day.date.year, day.date.month, day.date.day), clock->hour,
            clock->minute, clock);
  OpenByQualifier(clock);
  clock->day_from_article = false;
}

std::vector<TimeExpr> TimeFinder::Find(absl::string_view text, TextSpan sentence,
                                       CivilDate article_date) const {
  return SentenceScan(impl_.get(), text, sentence, article_date).Find();
}

}  // namespace internal
}  // namespace quotes
