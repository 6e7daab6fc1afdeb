// Word tests the speaker model's files share: determiners, pronouns,
// honorifics, possessives and other shapes of words, the word classes
// NameModel looks up per token, and the limits of its searches. Internal to
// quotes/speakers.
#ifndef QUOTES_SPEAKERS_WORD_SHAPES_H_
#define QUOTES_SPEAKERS_WORD_SHAPES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "proto/quotes.pb.h"
#include "quotes/speakers/name_model.h"
#include "quotes/text/tokens.h"
#include "quotes/speakers/speaker_words.h"
#include "quotes/text/word_set.h"

namespace quotes {
namespace internal {

// Longest phrase read as one speaker.
inline constexpr int kMaxPhraseTokens = 16;
// A pronoun refers to someone named at most this many bytes before it.
inline constexpr size_t kMaxPronounDistance = 1200;
// How far before an "it" a one-word sentence subject may stand to be its
// antecedent ("Delta has been hit by rising costs. It said ...").
inline constexpr size_t kMaxOneWordSubjectDistance = 300;
// Candidates looked at for one resolution: bounds the work per quote.
inline constexpr int kMaxCandidates = 256;

// "54-year-old": an age used as a noun ("the 54-year-old said"). Sets
// `*age` to the digits.
inline bool IsAgeNoun(absl::string_view w, absl::string_view* age = nullptr) {
  size_t d = 0;
  while (d < w.size() && absl::ascii_isdigit(static_cast<unsigned char>(w[d]))) ++d;
  if (d == 0 || d > 3 || !absl::EqualsIgnoreCase(w.substr(d), "-year-old")) {
    return false;
  }
  if (age != nullptr) *age = w.substr(0, d);
  return true;
}

// "Azerbaijani", "British", "Chinese", "French", "American": a nationality,
// by its ending. Seldom an organisation's name.
inline bool LooksLikeDemonym(absl::string_view w) {
  return absl::EndsWith(w, "an") || absl::EndsWith(w, "ese") ||
         absl::EndsWith(w, "ish") || absl::EndsWith(w, "i") || absl::EndsWith(w, "ch");
}

// "He’s", "Clinton's", "they're": not part of a speaker phrase.
inline bool HasClitic(absl::string_view w) {
  // The apostrophe ' or ’ (E2 80 99) followed by s, re, ve, ll, d, m or t.
  // Its last byte stands one or two bytes before the end: most words, which
  // have neither there, are rejected by two byte tests (this runs for each
  // word of a phrase read before or after a cue).
  auto mark_ends_before = [w](size_t tail) {
    if (tail >= w.size()) return false;
    const char c = w[w.size() - tail - 1];
    return c == '\'' || c == '\x99';
  };
  if (!mark_ends_before(1) && !mark_ends_before(2)) return false;
  for (size_t tail = 1; tail <= 2 && tail < w.size(); ++tail) {
    const absl::string_view ending = w.substr(w.size() - tail);
    if (tail == 1 && ending != "s" && ending != "d" && ending != "m" &&
        ending != "t") {
      continue;
    }
    if (tail == 2 && ending != "re" && ending != "ve" && ending != "ll") {
      continue;
    }
    const absl::string_view before = w.substr(0, w.size() - tail);
    if (absl::EndsWith(before, "'") || absl::EndsWith(before, "\u2019")) {
      return true;
    }
  }
  return false;
}

// HasClitic of a token's word. A word of ASCII letters alone (most words)
// holds no apostrophe, neither ' nor the last byte 99 of ’: it has none.
inline bool HasClitic(const Token& t) { return !t.alpha && HasClitic(t.text); }

inline bool IsBareApostrophe(absl::string_view w) {
  return w == "'" || w == "\u2019";
}

inline bool IsPossessive(absl::string_view w) {
  return absl::EndsWith(w, "'s") || absl::EndsWith(w, "\u2019s");
}
// IsPossessive of a token's word: a word of ASCII letters alone holds no
// apostrophe, and is none.
inline bool IsPossessive(const Token& t) { return !t.alpha && IsPossessive(t.text); }

// Bits of NameModel::written_: the lists of words read as written.
enum WrittenList : uint16_t {
  kNotNameWord = 1 << 0,
  kOrgWord = 1 << 1,
  kSpeechNoun = 1 << 2,
  kWeekday = 1 << 3,  // a form of a weekday
  // A first name, by the gender it tells.
  kFemaleName = 1 << 4,
  kMaleName = 1 << 5,
  kPlaceOpener = 1 << 6,  // opens a place's name: "New", "Santa"
};

// A number written in digits: "63", "1,200".
inline bool IsCount(absl::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c)) && c != ',') {
      return false;
    }
  }
  return true;
}

inline std::string JoinTokens(absl::string_view text, const std::vector<Token>& tokens,
                       int begin, int end) {
  if (begin >= end) return "";
  return std::string(
      text.substr(tokens[begin].span().begin,
                  tokens[end - 1].span().end - tokens[begin].span().begin));
}

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_WORD_SHAPES_H_
