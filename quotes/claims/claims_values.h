// The figures of QUANTITY claims, read from a sentence: each as a typed value
// (a count, money, a percent, percentage points, an age, a tally, a rank, a
// duration, a fraction, an order of magnitude), an interval, and a measure
// normalised to a singular noun ("739 delegates" and "1 delegate" share
// "delegate"). Dates and clock times are never quantities (claims_time.h
// reads dates).
//
// Example:
//   QuantityReader reader(patterns, text);  // one per article
//   for (const TextSpan& s : sentences) {
//     for (const Quantity& q : reader.Read(s, paragraph_of(s), times_of(s))) {
//       // "Weiner, 46," -> q.type AGE, q.value [46, 46], q.measure "age"
//       // "a 5-4 decision" -> TALLY 5, q.second 4, measure "score"
//     }
//   }
#ifndef QUOTES_CLAIMS_CLAIMS_VALUES_H_
#define QUOTES_CLAIMS_CLAIMS_VALUES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/claims/claims_patterns.h"
#include "quotes/claims/claims_time.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

// One figure of a sentence, read.
struct Quantity {
  // The claim as written: "more than 100 delegates", "Weiner, 46", "5-4".
  TextSpan span;
  // Where the figure starts, its qualifier included: events, times and the
  // frame word are looked up from here.
  size_t figure_begin = 0;
  // Lower case as written ("more than"); empty for an exact figure.
  std::string qualifier;
  // Singular lower-case noun ("delegate"), a unit ("percent", "USD",
  // "points" for percentage points), a unit of time ("year"), "age",
  // "votes" or "score" for a tally, "rank" for a bare "No. 2".
  std::string measure;
  v1::ValueType type = v1::COUNT;
  // Finite bounds only; a missing bound is infinite.
  v1::Interval value;
  // The second figure of a TALLY; unset otherwise.
  bool has_second = false;
  v1::Interval second;
  // A figure of two rivals ("Clinton leads Sanders 1,428 to 1,153"): the
  // rival's name as written ("Sanders"), and whether the figure is the
  // rival's (1,153) or the sentence subject's (1,428). Empty otherwise.
  TextSpan rival;
  bool of_rival = false;
  // A frame the figure's own reading gives, for when the words around it
  // name none (claim_subject.h): "vote" for a tally of votes ("passed
  // 52-48"), a count cue's frame ("the death toll rose to 12": killed).
  // Empty otherwise.
  std::string frame;
  // True when `frame` is what the figure counts whatever the words near it
  // say: "the number of injured stands at 387" is people injured, not a
  // tally someone "has".
  bool frame_overrides = false;
};

// Reads the figures of one article's sentences, in text order.
//
// Keeps, per paragraph, the noun counted last, which a bare figure after a
// possession verb then counts: in "Trump has 739 delegates to Cruz's 465."
// and "Rubio has 10." both bare figures count delegates.
//
// Not thread-safe: one reader per article, fed its sentences in order. The
// patterns and the text must outlive it.
class QuantityReader {
 public:
  QuantityReader(const ClaimPatterns& p, absl::string_view text)
      : p_(p), text_(text) {}

  // The figures of text[sentence.begin, sentence.end), in text order, none
  // overlapping `times` (the sentence's dates). `paragraph` numbers the
  // sentence's paragraph; a new number forgets the counted noun. Every
  // value is finite. Linear in the sentence's length.
  std::vector<Quantity> Read(TextSpan sentence, size_t paragraph,
                             const std::vector<TimeExpr>& times);

 private:
  struct Sentence;
  struct Figure;
  void ReadQuantities(const Sentence& s, std::vector<Quantity>* out);
  // One candidate of the quantity pattern, read by the steps below in
  // order; each step either settles it (appends its claim, or refuses it)
  // or passes it on. A step that settles returns true, except the filters
  // (OpenFigure, ReadEnds, ReadScale), which return false.
  void ReadFigure(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // Not a figure: part of a word or code, a clock time, a date, "no one".
  bool OpenFigure(const Sentence& s, Figure* fig);
  // An order of magnitude: "dozens of delegates".
  bool ReadVague(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // The numbers' values and a range's end; two rivals' counts.
  bool ReadEnds(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // A tally: "134-to-63", "a 5-4 decision".
  bool ReadTally(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // A unit before the number and the multipliers: "$5 million", "half a million".
  bool ReadScale(const Sentence& s, Figure* fig);
  // A ratio as a share: "6 in 10 voters".
  bool ReadRatio(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // "a two-year inquiry", "the 69-year-old", "a 5-point lead".
  bool ReadHyphenatedUnit(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // "aged 46", "Weiner, 46,".
  bool ReadAge(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // A unit after the number: "76%", "5 per cent", "percentage points".
  void ReadUnitAfter(const Sentence& s, Figure* fig);
  // The claim with its unit or measure noun, or the noun counted last.
  void ReadUnitOrMeasure(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // "Rubio has 10", "to Cruz's 465", a list line "Clinton: 547.": true when
  // the noun counted last is the figure's measure; false when settled.
  bool ReadCountedLast(const Sentence& s, Figure* fig, std::vector<Quantity>* out);
  // Where a group of the pattern starts and ends in the text.
  size_t At(const re2::StringPiece& piece) const;
  size_t After(const re2::StringPiece& piece) const;
  // True when the number ending at `e` runs on into another: "9/11", "7:19".
  bool RunsOn(const Sentence& s, size_t e) const;
  void ReadRanks(const Sentence& s, std::vector<Quantity>* out);
  // A heading in capitals over a list ("SUPERDELEGATES.", "PLEDGED
  // DELEGATES."): its plural noun is what the list's bare figures count; a
  // heading with none ("THE TOTAL.") forgets the noun counted before.
  void ReadHeading(TextSpan sentence);
  // True when the figure text[begin, end) ends its sentence after a colon
  // and the capitalised words that open it: a list line, "Clinton: 547.".
  bool ListLine(const Sentence& s, size_t begin, size_t end) const;
  // Two rivals' figures: "Clinton leads Sanders 1,428 to 1,153 in pledged
  // delegates", "Cruz trails Trump, 458-359". `first` and `second` are the
  // numbers as written, `begin` where the pair starts. Appends a COUNT per
  // figure and returns where the claim ends; 0 (nothing appended) when the
  // pair is not read so.
  size_t ReadRivals(const Sentence& s, size_t begin, TextSpan first, TextSpan second,
                    double lo, double hi, std::vector<Quantity>* out);

  // Lower-case word ending right before `pos` in the sentence, spaces skipped;
  // *begin set to its start. Empty at punctuation.
  absl::string_view WordBefore(size_t sentence_begin, size_t pos, size_t* begin) const;
  // Lower-case word starting at `pos` after spaces, up to `limit`; *end set
  // past it.
  absl::string_view WordAfter(size_t pos, size_t limit, size_t* end) const;
  // The count cue (ClaimPatterns::CountCue) a bare figure starting at `pos`
  // reads as: one of its verbs right before `pos`, or one of its nouns
  // earlier in the clause ("the death toll from the storm rose to"). Null
  // when none.
  const ClaimPatterns::CountCue* CountCueBefore(const Sentence& s, size_t pos) const;
  // True when a word of the sentence is in `cues`.
  bool SentenceHas(const Sentence& s, const absl::flat_hash_set<std::string>& cues) const;

  const ClaimPatterns& p_;
  absl::string_view text_;
  size_t paragraph_ = static_cast<size_t>(-1);
  // The noun counted last, and where it ended: "delegate". It counts bare
  // figures in its paragraph, and in the next ones within kCountedReach.
  std::string counted_;
  size_t counted_end_ = 0;
  static constexpr size_t kCountedReach = 600;
  // Where the next rank match in the article begins, searched (without
  // submatches) from the first sentence after the last one that had one:
  // most sentences have none, and then cost no search. 0 when not known.
  // (Most sentences have a quantity candidate: the quantity pattern gains
  // nothing from this, measured.)
  size_t next_rank_ = 0;
  // Begins the search of `re` in the sentence at `*next`: false when the
  // sentence has no match.
  bool SkipToMatch(const RE2& re, TextSpan sentence, size_t* next) const;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_CLAIMS_VALUES_H_
