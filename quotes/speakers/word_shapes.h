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

#include "absl/base/attributes.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "proto/quotes.pb.h"
#include "quotes/speakers/name_model.h"
#include "quotes/text/tokens.h"
#include "quotes/text/word_list.h"

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

inline std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

// IsDeterminer and the short word lists after it (IsPossessiveDeterminer,
// IsConnector, IsObjectPreposition) reject a word longer than any of their
// words by its length alone (WordList::Contains): most words asked about are.
inline bool IsDeterminer(absl::string_view w) {
  static constexpr WordList kWords{"the", "The", "a", "A", "an", "An"};
  return kWords.Contains(w);
}

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

// "the Spaniard", "the Frenchman", "the Australian": a person by nationality,
// which sports and agency copy use for the person just named. Any case.
inline bool IsPersonDemonym(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman",
      "scot", "scotsman", "scotswoman", "welshman", "welshwoman", "irishman",
      "irishwoman", "dutchman", "dutchwoman", "dane", "swede", "finn", "pole",
      "turk", "greek", "german", "italian", "australian", "brazilian",
      "argentine", "argentinian", "portuguese", "american", "canadian",
      "russian", "serb", "croat", "belgian", "nigerian", "kenyan",
      "ethiopian", "japanese", "korean", "mexican", "colombian", "uruguayan",
      "chilean", "norwegian", "austrian", "ukrainian", "swiss", "egyptian",
      "moroccan", "ghanaian", "senegalese", "cameroonian", "kiwi", "aussie",
      "czech", "slovak", "hungarian",
      "romanian", "bulgarian", "israeli", "iranian", "pakistani", "indian",
      "chinese", "jamaican", "venezuelan", "peruvian", "ecuadorian"};
  for (absl::string_view k : kWords) {
    if (absl::EqualsIgnoreCase(w, k)) return true;
  }
  return false;
}

// "His lawyer said", "their aides say": a possessive pronoun opens the
// phrase as an article would.
inline bool IsPossessiveDeterminer(absl::string_view w) {
  static constexpr WordList kWords{"his", "His", "her", "Her", "their", "Their", "its", "Its"};
  return kWords.Contains(w);
}

inline bool IsConnector(absl::string_view w) {
  static constexpr WordList kWords{"of", "the", "and", "for", "to", "on", "at", "in", "&"};
  return kWords.Contains(w);
}

// "Azerbaijani", "British", "Chinese", "French", "American": a nationality,
// by its ending. Seldom an organisation's name.
inline bool LooksLikeDemonym(absl::string_view w) {
  return absl::EndsWith(w, "an") || absl::EndsWith(w, "ese") ||
         absl::EndsWith(w, "ish") || absl::EndsWith(w, "i") || absl::EndsWith(w, "ch");
}

// Words of rank or standing in a title, no organisation's name: "Senate
// Majority Leader", "Former President", "Acting Chief".
inline bool IsRankWord(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "Majority", "Minority", "Deputy", "Senior", "Acting", "Former", "Interim",
      "Vice", "Assistant", "Associate", "Executive", "Chief", "Head", "General",
      "Principal", "Junior", "Shadow", "First", "Second", "Lead", "Top",
      "Then", "Outgoing", "Incoming", "Retired", "Local", "State", "Federal",
      "National", "Regional", "Foreign", "Home", "Opposition", "Ranking",
      "District", "Party"};
  for (absl::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// "one victim", "One resident": "one" before a noun reads as "a".
inline bool IsOne(absl::string_view w) { return w == "one" || w == "One"; }

// Conjunctions and linking adverbs that open a sentence before its subject:
// "But", "And", "Meanwhile". Capitalised there, so a title run takes them.
inline bool IsSentenceOpener(absl::string_view w) {
  return w == "But" || w == "And" || w == "Yet" || w == "So" || w == "Or" || w == "As" ||
         w == "Meanwhile" || w == "However" || w == "Still" || w == "Now" ||
         w == "Also" || w == "Later" || w == "Separately" || w == "Instead";
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

// A lower-case noun shaped like the name of someone who does something:
// "narrator", "founder", "organisers", "pianist", "guardian", "chairman",
// "agent".
// "letter", "order" and "paper" have the shape and are not agents.
inline bool LooksLikeAgentNoun(absl::string_view w) {
  if (w.size() < 5) return false;
  absl::ConsumeSuffix(&w, "s");
  if (w == "letter" || w == "order" || w == "paper" || w == "number" ||
      w == "matter" || w == "chapter" || w == "water" || w == "power") {
    return false;
  }
  for (absl::string_view suffix : {"or", "er", "ist", "ian", "man", "men"}) {
    if (absl::EndsWith(w, suffix)) return true;
  }
  // "agent", "student", "correspondent"; not "statement".
  return absl::EndsWith(w, "ent") && !absl::EndsWith(w, "ment");
}

// "UK Coal", "US Steel": the abbreviations of countries and unions of them
// that open the names of companies and bodies, and are no initials.
inline bool IsCountryAcronym(absl::string_view w) {
  return w == "UK" || w == "US" || w == "USA" || w == "EU" || w == "UN";
}

inline bool IsPlacePreposition(absl::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "on" || w == "to" ||
         w == "near" ||
         w == "across" || w == "throughout" || w == "into" || w == "inside" ||
         w == "outside" || w == "toward" || w == "towards" || w == "through" ||
         w == "around" || w == "between" || w == "via";
}

inline bool IsObjectPreposition(absl::string_view w) {
  static constexpr WordList kWords{"to", "of", "for", "at", "in", "from", "on"};
  return kWords.Contains(w);
}

// The pronouns and honorifics below are short: a longer word (most of those
// asked about) is none of them by its size alone, without being lower-cased.
inline v1::Gender PronounGender(absl::string_view w) {
  static constexpr WordList kMale{"he", "him", "his"};
  static constexpr WordList kFemale{"she", "her", "hers"};
  static constexpr WordShape kShape = kMale.shape() | kFemale.shape();
  if (!kShape.MayHold(w)) return v1::GENDER_UNSPECIFIED;
  const LowerWord lw(w);
  const absl::string_view l = lw;
  if (kMale.Matches(l)) return v1::MALE;
  if (kFemale.Matches(l)) return v1::FEMALE;
  return v1::GENDER_UNSPECIFIED;
}

inline constexpr WordList kPronouns{"he", "she", "him", "her", "they", "them", "we", "i", "it"};

// IsPronoun's comparison of the lower-cased word, out of line: the words
// it rejects first cost no frame for the copy.
ABSL_ATTRIBUTE_NOINLINE inline bool IsLowerCasedPronoun(absl::string_view w) {
  return kPronouns.Matches(LowerWord(w));
}

inline bool IsPronoun(absl::string_view w) {
  // By size and first letter, in either case: most short words ("the",
  // "a", "and") are none before a copy is lower-cased (this runs for every
  // phrase parsed).
  if (!kPronouns.shape().MayHoldAnyCase(w)) return false;
  return IsLowerCasedPronoun(w);
}

inline v1::Gender HonorificGender(absl::string_view w) {
  static constexpr WordList kMale{"mr", "sir", "lord"};
  static constexpr WordList kFemale{"mrs", "ms", "miss", "dame", "lady"};
  // By size and first letter, in either case, as in IsPronoun.
  static constexpr WordShape kShape = kMale.shape() | kFemale.shape();
  w = absl::StripSuffix(w, ".");
  if (!kShape.MayHoldAnyCase(w)) return v1::GENDER_UNSPECIFIED;
  const LowerWord lw(w);
  const absl::string_view l = lw;
  if (kMale.Matches(l)) return v1::MALE;
  if (kFemale.Matches(l)) return v1::FEMALE;
  return v1::GENDER_UNSPECIFIED;
}

// Bits of NameModel::classes_. A list word written with a final stop ("Gen.")
// sets the *Dot bit of the word without it, so that a token matches a list
// word exactly as LowerWord(token) == word would.
enum WordClass : uint16_t {
  kTitle = 1 << 0,
  kTitleDot = 1 << 1,
  kGroup = 1 << 2,
  kGroupDot = 1 << 3,
  kAdverb = 1 << 4,
  kAdverbDot = 1 << 5,
  kParticle = 1 << 6,
  kParticleDot = 1 << 7,
  kHonorific = 1 << 8,  // with or without the stop
  kNeverName = 1 << 9,  // with or without the stop
  kCueStart = NameModel::kCueStartClass,  // the first word run of a cue form
  kSurnameTitle = 1 << 11,
  kPartyMember = 1 << 12,  // a title word when capitalised
  kBrand = 1 << 13,  // before a surname title, a company: "Burger King"
  kDate = 1 << 14,   // a weekday or a month, with or without the stop
  kNameToken = 1 << 15,  // set by Annotate: NameModel::IsNameToken
};

// Bits of NameModel::written_: the lists of words read as written.
enum WrittenList : uint16_t {
  kNotNameWord = 1 << 0,
  kOrgWord = 1 << 1,
  kSpeechNoun = 1 << 2,
  kWeekday = 1 << 3,  // a form of a weekday
  // A first name, by the gender it tells.
  kFemaleName = 1 << 4,
  kMaleName = 1 << 5,
};

// The bit for `plain` or its *Dot twin, as the token is written.
inline bool HasClass(const Token& t, uint16_t plain, uint16_t dotted) {
  const bool dot = !t.text.empty() && t.text.back() == '.';
  return (t.lex & (dot ? dotted : plain)) != 0;
}

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
      text.substr(tokens[begin].span.begin,
                  tokens[end - 1].span.end - tokens[begin].span.begin));
}

inline bool IsRomanSuffix(absl::string_view w) {
  return w == "II" || w == "III" || w == "IV";
}
// "Jr.", "Sr.", "III": a suffix after a surname, no surname itself.
inline bool IsNameSuffix(absl::string_view w) {
  return IsRomanSuffix(w) || w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr";
}

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_WORD_SHAPES_H_
