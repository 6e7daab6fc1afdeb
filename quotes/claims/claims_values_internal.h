// What the two halves of QuantityReader (claims_values.cc, the figure and
// its amount; claims_units.cc, its unit, age, measure, rivals and ranks)
// share: the patterns' groups, the small tests on a figure's text, and the
// reader's Sentence and Figure. Internal to quotes/claims.
#ifndef QUOTES_CLAIMS_CLAIMS_VALUES_INTERNAL_H_
#define QUOTES_CLAIMS_CLAIMS_VALUES_INTERNAL_H_

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "quotes/claims/claims_values.h"

namespace quotes {
namespace internal {
namespace values {

// The quantity pattern's groups (claims_patterns.cc, QuantityPattern).
enum QuantityGroup {
  kWhole = 0,
  kQualifier = 1,
  kPrefixUnit = 2,
  kNumber = 3,
  kMultiplierSpace = 4,
  kMultiplier = 5,
  kSeparator = 6,
  kEnd = 7,
  kEndMultiplierSpace = 8,
  kEndMultiplier = 9,
  kGroups = 10,
};

inline bool IsDigit(char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); }
inline bool IsUpper(char c) { return absl::ascii_isupper(static_cast<unsigned char>(c)); }

// "1,200" and "46", not "1.5" or "twelve": a tally or an age is written so.
inline bool IsPlainInteger(absl::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c) && c != ',') return false;
  }
  return true;
}

inline v1::Interval Point(double x) { return IntervalFor(v1::QUALIFIER_KIND_UNSPECIFIED, x, x); }

// A claim must never carry an infinite or NaN bound (a 310-digit number
// "about" it overflows).
inline bool Finite(const v1::Interval& v) {
  return std::isfinite(v.lower()) && std::isfinite(v.upper()) &&
         (!v.has_lower() || !v.has_upper() || v.lower() <= v.upper());
}

}  // namespace values

struct QuantityReader::Sentence {
  TextSpan span;
  const std::vector<TimeExpr>* times;

  bool InTime(size_t begin, size_t end) const {
    for (const TimeExpr& t : *times) {
      if (begin < t.span.end && t.span.begin < end) return true;
    }
    return false;
  }
};

// One candidate of the quantity pattern, as the steps of ReadFigure read it.
struct QuantityReader::Figure {
  const re2::StringPiece* g = nullptr;  // the pattern's groups (QuantityGroup)
  size_t begin = 0;                     // the match's start
  size_t end = 0;                       // where the figure ends, so far
  size_t pos = 0;                       // where the next search starts
  size_t number_begin = 0;              // the first number as written
  size_t number_end = 0;
  size_t lead = 0;  // the first byte: the qualifier's or unit's, else the number's
  size_t first_end = 0;        // the first number's end, its multiplier included
  size_t qualifier_begin = 0;  // where the claim's words start
  std::string written;         // the first number, lower case
  std::string sep;             // a range's separator, lower case
  v1::QualifierKind kind = v1::QUALIFIER_KIND_UNSPECIFIED;
  bool range = false;  // two numbers: a range, a tally or two rivals' counts
  double lo = 0;
  double hi = 0;
  bool fraction = false;      // "half", "a third": a share, in percent
  bool fraction_end = false;  // the range's end is a fraction too
  std::string unit;           // a unit's name: "percent", "dollar"
  bool has_first = false;     // a multiplier after the first number
  bool has_end = false;       // a multiplier after the range's end
  bool bare = false;          // no unit, no multiplier, no fraction
  std::string measure;
  size_t measure_end = 0;
  Quantity q;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_CLAIMS_VALUES_INTERNAL_H_
