// The cross-check of figures by their subject: quantity claims that say
// whose figure they are and what of it ("Donald Trump" "has" 739
// delegates), or that belong to a story several articles tell, compared
// pair by pair where their keys match and their times can be the same.
//
// Keys, strongest first:
//   subject  a named subject and a frame ("trump" / "has" / delegates / scope):
//            compared across all articles; a running tally only with figures
//            of the same day or the day before or after, a fixed figure
//            (a result in a named contest) only within one year;
//   scope    no subject but a frame and a named scope ("at stake" in
//            "florida"): compared across all articles within one year;
//   frame    a standing frame with no subject or scope ("1,237 delegates
//            needed"): agreeing figures across all articles within one year
//            are CONSISTENT; others are not compared (the figure may be of
//            another contest);
//   date     a date (DATE claim) within one story: the same value in
//            several articles is CONSISTENT; dates are not played against
//            each other (two dates of one story are as often of two events);
//   story    anything else with a measure, and a fixed figure of a subject
//            with no scope ("raised $4 million"): compared only within one
//            story; two story figures are only called DIFFERS when both have
//            a frame (of the lexicon, or the figure's own: a vote, a death
//            toll) and both or neither a subject, a percent, rank or span of
//            time only with a subject, within kMaxStoryRatio; two tallies
//            only when their totals are within kTallyTotalSlack.
// Verdicts, per pair of claims of different articles:
//   agree     the intervals overlap and the point figures are the same (up
//             to what "about" allows): joined into a CONSISTENT finding;
//   CONFLICT  a fixed figure with a subject or scope whose intervals cannot
//             both hold, at one stated time (Claim.time the same); two ages
//             a year apart only differ (a birthday may fall between);
//   DIFFERS   any other difference: compatible intervals, a running tally, a
//             day apart, or a story figure;
//   not compared: point figures more than kMaxRatio apart (two quantities,
//             not one quantity misreported); kMaxRunningRatio for a running
//             tally of a subject, which may double in one night of results.
// A figure that names nobody ("charged a 46-year-old former official", "the
// head of the authority misspent $1.6 million") is taken as the figure of
// the one subject of its story whose figure of that measure and frame
// another article gives near it (an age within a year, others within
// kMaxStoryRatio), and compared with that subject's figures while near
// them, never as a CONFLICT; the finding says so.
// A figure of a subject or scope key that no other article gives is
// SINGLE_SOURCE.
#ifndef QUOTES_CROSSCHECK_FIGURE_CHECK_H_
#define QUOTES_CROSSCHECK_FIGURE_CHECK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/crosscheck/cross_check_input.h"
#include "quotes/crosscheck/cross_check_util.h"

namespace quotes {
namespace internal {

// Two point figures further apart than this factor are not one quantity.
inline constexpr double kMaxRatio = 2.0;
// A running tally of a named subject moves: a candidate's 60 delegates
// before a winner-take-all state of 66 are 126 after it, the same evening.
inline constexpr double kMaxRunningRatio = 3.0;
// Nor are two story figures without a subject further apart than this.
inline constexpr double kMaxStoryRatio = 1.3;
// Nor are two story tallies whose totals differ by more than this share of
// the larger: they are votes of bodies of different sizes.
inline constexpr double kTallyTotalSlack = 0.05;

// One article as the check sees it.
struct CheckedArticle {
  const CrossCheckInput::Article* article;
  int index;       // into input.articles(), which SourceIndex was built from
  int story;       // index into `stories`, or -1
  int64_t day;     // days since 1970-01-01 of its date; -1 when unknown
};

// Appends the findings of the figure check to *out and adds to *skipped the
// comparisons a limit kept it from making. `articles` is in the report's
// order (by id); `stories` names the stories. Claims whose event key the
// event check owns (Claim.event set and not "about: ...", with no subject)
// are left to it.
void CheckFigures(const CrossCheckInput& input, const std::vector<CheckedArticle>& articles,
                  const std::vector<v1::Story>& stories, SourceIndex* sources,
                  std::vector<FindingDraft>* out, int64_t* skipped);

// True when the event check (cross_check.cc) judges `c`: a figure of those
// who take part in an event ("the Second International Conference", "a
// similar conference last year"), with no frame.
bool EventOwned(const v1::Claim& c);
bool EventOwned(const ClaimView& c);

// True when `c`'s frame is one of the lexicon's claim_frames (the subject
// finder's), not the word before the figure that the event reading keeps.
bool LexiconFrame(const ClaimView& c);

// True when the point figures of `a` and `b` are more than `ratio` apart:
// not one quantity.
bool FarApart(const ClaimView& a, const ClaimView& b, double ratio = kMaxRatio);

// Days since 1970-01-01 of the date "YYYY-MM-DD" that `iso` begins with
// ("2016-03-15", "2016-03-15T20:00"); -1 when it does not begin with a real
// date (30 February, year 0).
int64_t DayOf(absl::string_view iso);

// "countries" and "country" are one measure; "delegates", "delegate".
std::string MeasureKey(absl::string_view measure);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CROSSCHECK_FIGURE_CHECK_H_
