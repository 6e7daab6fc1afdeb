// The compiled patterns and word maps of the claim extractor (claims.h),
// built once from a lexicon, and the small parsers that read a quantity:
// its number, its measure and the interval its qualifier means.
#ifndef QUOTES_CLAIMS_CLAIMS_PATTERNS_H_
#define QUOTES_CLAIMS_CLAIMS_PATTERNS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "quotes/claims/claims_time.h"
#include "re2/re2.h"

namespace quotes {
namespace internal {

// Immutable after BuildClaimPatterns(); safe to share between threads.
struct ClaimPatterns {
  // Qualifier, prefix unit, number and its multiplier, optional range end
  // and its multiplier (the groups are named in claims_values.cc).
  std::unique_ptr<RE2> quantity;
  // Ranks: an ordinal and the word after it ("eighth term", "second-largest",
  // "3rd place"), or "No. 2".
  std::unique_ptr<RE2> rank;
  // Event nouns with an ordinal or a capitalised title before them.
  std::unique_ptr<RE2> event;
  // A capitalised name followed by its acronym in parentheses.
  std::unique_ptr<RE2> acronym;
  // Bit 0: a sentence may hold a match of `event` (one of its nouns).
  WordTriggers event_words;
  std::unique_ptr<TimeFinder> times;

  absl::flat_hash_map<std::string, double> numbers, fractions, multipliers,
      ordinals;
  absl::flat_hash_map<std::string, v1::QualifierKind> qualifiers;
  absl::flat_hash_map<std::string, std::string> prefix_units;
  std::vector<std::pair<std::string, std::string>> suffix_units;  // longest first
  absl::flat_hash_set<std::string> event_nouns, generic_nouns, other_words,
      participation, stop_words, irregular_plurals;
  // Lower case words never used as context: context_stop_words, event nouns,
  // ordinals, months and weekdays.
  absl::flat_hash_set<std::string> context_stop;

  // Claim values (claims_values.h), from the lexicon's fields 65-69.
  // "dozens" -> {24, 99}: the interval a vague amount allows.
  absl::flat_hash_map<std::string, std::pair<double, double>> vague;
  // Plural -> singular where dropping the ending is wrong: "people" -> "person".
  absl::flat_hash_map<std::string, std::string> singulars;
  // Singular units of time; words never a measure (with the speech verbs'
  // one-word forms that do not end in "s": "said", "say").
  absl::flat_hash_set<std::string> duration_units, non_measure;
  // Value cues by kind (ValueCueKind): CUE_POSSESSION, CUE_POLL, CUE_VOTE,
  // CUE_TALLY, CUE_AGE, CUE_FIRST_RANK, CUE_RANK_MODIFIER.
  // Prepositions before a figure that make it no noun a bare figure may
  // count ("in five states"): the lexicon's subject_blocking_words.
  absl::flat_hash_set<std::string> places_before;
  absl::flat_hash_set<std::string> possession_cues, poll_cues, vote_cues,
      tally_cues, age_cues, first_rank_nouns, rank_modifiers;
  // CUE_LEAD and CUE_TRAIL: "leads" and "trails" a named rival by two
  // figures.
  absl::flat_hash_set<std::string> lead_cues, trail_cues;
  // The lexicon's count_cues: a bare figure right after one of `verbs`, or
  // with one of `nouns` earlier in its clause, counts `measure` of `frame`
  // ("the death toll rose to 12": person, killed).
  struct CountCue {
    std::vector<std::vector<std::string>> nouns;  // lower case, split at spaces
    absl::flat_hash_set<std::string> verbs;       // lower case
    std::string frame;
    std::string measure;
  };
  std::vector<CountCue> count_cues;
  // Their measures ("person"): a figure of another noun needs no look.
  absl::flat_hash_set<std::string> count_measures;
};


// Compiles the patterns from the lexicon's word lists. Fails with
// InvalidArgumentError naming the pattern that does not compile.
absl::StatusOr<std::unique_ptr<const ClaimPatterns>> BuildClaimPatterns(
    const v1::Lexicon& lexicon);

// Lower case as RE2 folds it (FoldCaseAsRe2), runs of white space made one
// space: "More  than" -> "more than". The key of a word matched by the
// case-insensitive quantity pattern in the tables above.
std::string Lower(absl::string_view s);

inline bool IsAlnum(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }
inline bool IsAlpha(char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)); }

// Words after a number that say what is counted: "delegates" in "100
// delegates from"; "foreign journalists" gives "journalists", "likely
// Democratic voters" gives "voters". Reads text[pos, limit); sets *end past
// the measure. Empty when none, and when the word is no noun: a verb after a
// number used as a pronoun ("the two met"), a word ending in "-ed".
std::string ReadMeasure(absl::string_view text, size_t pos, size_t limit,
                        const ClaimPatterns& p, size_t* end);

// True when `lower` may be the noun a figure counts: not in non_measure,
// not a past form ("met", "agreed": ends in "-ed", but "speed" and "seed"
// are nouns).
bool CanBeMeasure(absl::string_view lower, const ClaimPatterns& p);

// The singular of a lower-case noun, for a claim's measure: "countries" ->
// "country", "classes" -> "class", "people" -> "person" (the lexicon's
// noun_forms), "status" -> "status".
std::string SingularNoun(absl::string_view noun, const ClaimPatterns& p);

// The value of a number as written: "1,200", "twenty-five", "two-thirds"
// (*fraction set: 0.667). False when it is not a number or not finite (a
// digit string beyond the range of a double).
bool ParseNumber(absl::string_view written, const ClaimPatterns& p, double* value,
                 bool* fraction);

// The interval a qualifier means for the number n (or the range lo..hi):
// MORE_THAN is (n, inf), ABOUT is [0.9n, 1.1n], none is [n, n].
v1::Interval IntervalFor(v1::QualifierKind kind, double lo, double hi);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_CLAIMS_PATTERNS_H_
