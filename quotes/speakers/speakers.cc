#include "quotes/speakers/speakers.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <utility>
#include <string>

#include "absl/base/attributes.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "quotes/text/word_list.h"

namespace quotes {
namespace internal {
namespace {

// Longest phrase read as one speaker.
constexpr int kMaxPhraseTokens = 16;
// A pronoun refers to someone named at most this many bytes before it.
constexpr size_t kMaxPronounDistance = 1200;
// How far before an "it" a one-word sentence subject may stand to be its
// antecedent ("Delta has been hit by rising costs. It said ...").
constexpr size_t kMaxOneWordSubjectDistance = 300;
// Candidates looked at for one resolution: bounds the work per quote.
constexpr int kMaxCandidates = 256;

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

// IsDeterminer and the short word lists after it (IsPossessiveDeterminer,
// IsConnector, IsObjectPreposition) reject a word longer than any of their
// words by its length alone (WordList::Contains): most words asked about are.
bool IsDeterminer(absl::string_view w) {
  static constexpr WordList kWords{"the", "The", "a", "A", "an", "An"};
  return kWords.Contains(w);
}

// "54-year-old": an age used as a noun ("the 54-year-old said"). Sets
// `*age` to the digits.
bool IsAgeNoun(absl::string_view w, absl::string_view* age = nullptr) {
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
bool IsPersonDemonym(absl::string_view w) {
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
bool IsPossessiveDeterminer(absl::string_view w) {
  static constexpr WordList kWords{"his", "His", "her", "Her", "their", "Their", "its", "Its"};
  return kWords.Contains(w);
}

bool IsConnector(absl::string_view w) {
  static constexpr WordList kWords{"of", "the", "and", "for", "to", "on", "at", "in", "&"};
  return kWords.Contains(w);
}

// "Azerbaijani", "British", "Chinese", "French", "American": a nationality,
// by its ending. Seldom an organisation's name.
bool LooksLikeDemonym(absl::string_view w) {
  return absl::EndsWith(w, "an") || absl::EndsWith(w, "ese") ||
         absl::EndsWith(w, "ish") || absl::EndsWith(w, "i") || absl::EndsWith(w, "ch");
}

// Words of rank or standing in a title, no organisation's name: "Senate
// Majority Leader", "Former President", "Acting Chief".
bool IsRankWord(absl::string_view w) {
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
bool IsOne(absl::string_view w) { return w == "one" || w == "One"; }

// Conjunctions and linking adverbs that open a sentence before its subject:
// "But", "And", "Meanwhile". Capitalised there, so a title run takes them.
bool IsSentenceOpener(absl::string_view w) {
  return w == "But" || w == "And" || w == "Yet" || w == "So" || w == "Or" || w == "As" ||
         w == "Meanwhile" || w == "However" || w == "Still" || w == "Now" ||
         w == "Also" || w == "Later" || w == "Separately" || w == "Instead";
}

// "He’s", "Clinton's", "they're": not part of a speaker phrase.
bool HasClitic(absl::string_view w) {
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
bool HasClitic(const Token& t) { return !t.alpha && HasClitic(t.text); }

bool IsBareApostrophe(absl::string_view w) {
  return w == "'" || w == "\u2019";
}

bool IsPossessive(absl::string_view w) {
  return absl::EndsWith(w, "'s") || absl::EndsWith(w, "\u2019s");
}
// IsPossessive of a token's word: a word of ASCII letters alone holds no
// apostrophe, and is none.
bool IsPossessive(const Token& t) { return !t.alpha && IsPossessive(t.text); }

// A lower-case noun shaped like the name of someone who does something:
// "narrator", "founder", "organisers", "pianist", "guardian", "chairman",
// "agent".
// "letter", "order" and "paper" have the shape and are not agents.
bool LooksLikeAgentNoun(absl::string_view w) {
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
bool IsCountryAcronym(absl::string_view w) {
  return w == "UK" || w == "US" || w == "USA" || w == "EU" || w == "UN";
}

bool IsPlacePreposition(absl::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "on" || w == "to" ||
         w == "near" ||
         w == "across" || w == "throughout" || w == "into" || w == "inside" ||
         w == "outside" || w == "toward" || w == "towards" || w == "through" ||
         w == "around" || w == "between" || w == "via";
}

bool IsObjectPreposition(absl::string_view w) {
  static constexpr WordList kWords{"to", "of", "for", "at", "in", "from", "on"};
  return kWords.Contains(w);
}

// The pronouns and honorifics below are short: a longer word (most of those
// asked about) is none of them by its size alone, without being lower-cased.
v1::Gender PronounGender(absl::string_view w) {
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

constexpr WordList kPronouns{"he", "she", "him", "her", "they", "them", "we", "i", "it"};

// IsPronoun's comparison of the lower-cased word, out of line: the words
// it rejects first cost no frame for the copy.
ABSL_ATTRIBUTE_NOINLINE bool IsLowerCasedPronoun(absl::string_view w) {
  return kPronouns.Matches(LowerWord(w));
}

bool IsPronoun(absl::string_view w) {
  // By size and first letter, in either case: most short words ("the",
  // "a", "and") are none before a copy is lower-cased (this runs for every
  // phrase parsed).
  if (!kPronouns.shape().MayHoldAnyCase(w)) return false;
  return IsLowerCasedPronoun(w);
}

v1::Gender HonorificGender(absl::string_view w) {
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
bool HasClass(const Token& t, uint16_t plain, uint16_t dotted) {
  const bool dot = !t.text.empty() && t.text.back() == '.';
  return (t.lex & (dot ? dotted : plain)) != 0;
}

// A number written in digits: "63", "1,200".
bool IsCount(absl::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c)) && c != ',') {
      return false;
    }
  }
  return true;
}

std::string JoinTokens(absl::string_view text, const std::vector<Token>& tokens,
                       int begin, int end) {
  if (begin >= end) return "";
  return std::string(
      text.substr(tokens[begin].span.begin,
                  tokens[end - 1].span.end - tokens[begin].span.begin));
}

}  // namespace

NameModel::NameModel(const v1::Lexicon& lexicon,
                     const std::vector<std::string>& cue_forms) {
  // A word's key is the word without its final stop (in any case: the
  // table lower-cases it), and the stop chooses the bit.
  auto add = [&](absl::string_view w, uint16_t plain, uint16_t dotted) {
    const bool dot = absl::ConsumeSuffix(&w, ".");
    classes_.Add(w, dot ? dotted : plain);
  };
  for (const auto& w : lexicon.title_words()) add(w, kTitle, kTitleDot);
  for (const auto& w : lexicon.party_members()) {
    add(w, kPartyMember | kNeverName, kPartyMember | kNeverName);
  }
  for (const auto& w : lexicon.honorifics()) add(w, kHonorific, kHonorific);
  for (const auto& w : lexicon.name_particles()) add(w, kParticle, kParticleDot);
  for (const auto& w : lexicon.not_name_words()) written_.Add(w, kNotNameWord);
  // A name in both lists is male (FirstNameGender).
  for (const auto& w : lexicon.female_first_names()) written_.Add(w, kFemaleName);
  for (const auto& w : lexicon.male_first_names()) written_.Add(w, kMaleName);
  for (const auto& w : lexicon.organization_words()) written_.Add(w, kOrgWord);
  for (const auto& w : lexicon.speech_nouns()) written_.Add(w, kSpeechNoun);
  for (const v1::NumberWord& d : lexicon.weekdays()) {
    for (const auto& w : d.forms()) written_.Add(w, kWeekday);
  }
  written_.Freeze();
  for (const auto& w : lexicon.group_nouns()) {
    std::vector<absl::string_view> parts = absl::StrSplit(w, ' ');
    add(parts.back(), kGroup, kGroupDot);
  }
  for (const auto& w : lexicon.cue_adverbs()) add(w, kAdverb, kAdverbDot);
  for (const auto& w : lexicon.surname_titles()) {
    add(w, kSurnameTitle, kSurnameTitle);
  }
  for (const auto& w : lexicon.surname_title_brands()) add(w, kBrand, kBrand);
  for (const auto* list : {&lexicon.weekdays(), &lexicon.months()}) {
    for (const v1::NumberWord& d : *list) {
      for (const auto& w : d.forms()) add(w, kDate, kDate);
    }
  }
  // A capitalised group noun ("Republicans", "Tories") names a group, never
  // a person.
  for (const auto& w : lexicon.group_nouns()) {
    if (!w.empty() && absl::ascii_isupper(static_cast<unsigned char>(w[0])) &&
        !absl::StrContains(w, ' ')) {
      add(w, kNeverName, kNeverName);
    }
  }
  // Every word that can never be part of a name.
  for (const auto* list : {&lexicon.honorifics(), &lexicon.title_words(),
                           &lexicon.not_name_words(),
                           &lexicon.organization_words()}) {
    for (const auto& w : *list) add(w, kNeverName, kNeverName);
  }
  for (const std::string& form : cue_forms) {
    size_t n = 0;
    while (n < form.size() && IsAsciiWordByte(static_cast<unsigned char>(form[n]))) {
      ++n;
    }
    if (n > 0) classes_.Add(form.substr(0, n), kCueStart);
  }
  classes_.Freeze();
}

namespace {
bool IsRomanSuffix(absl::string_view w) {
  return w == "II" || w == "III" || w == "IV";
}
// "Jr.", "Sr.", "III": a suffix after a surname, no surname itself.
bool IsNameSuffix(absl::string_view w) {
  return IsRomanSuffix(w) || w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr";
}
// Whether `t` (its classes looked up) can be a word of a person's name.
bool NameShaped(const Token& t) {
  if (t.punct || !t.capitalized) return false;
  // Most words are ASCII letters alone: no possessive, initial or digit.
  if (t.alpha) {
    return IsRomanSuffix(t.text) || (!t.acronym && (t.lex & kNeverName) == 0);
  }
  // Possessives are not speakers: "Clinton’s".
  if (absl::EndsWith(t.text, "'s") || absl::EndsWith(t.text, "’s")) return false;
  // Initials: "M.", "G.K.".
  if (t.text.size() >= 2 && t.text.size() % 2 == 0) {
    bool initials = true;
    for (size_t i = 0; i < t.text.size(); i += 2) {
      initials &= absl::ascii_isupper(static_cast<unsigned char>(t.text[i])) &&
                  t.text[i + 1] == '.';
    }
    if (initials && t.text != "U.S." && t.text != "U.K." && t.text != "U.N.") {
      return true;
    }
  }
  // Generational suffixes close a name: "Paul Grant III".
  if (IsRomanSuffix(t.text)) return true;
  if (t.acronym) return false;
  if ((t.lex & kNeverName) != 0) return false;
  for (char c : t.text) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

namespace {

// "al-Sisi", "el-Erian", "ad-Dawla": an Arabic article joined to a
// capitalised name is part of the name, written in lower case.
bool IsArticlePrefixedName(absl::string_view w) {
  for (absl::string_view prefix : {"al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-"}) {
    if (w.size() > prefix.size() + 1 && absl::StartsWith(w, prefix) &&
        absl::ascii_isupper(static_cast<unsigned char>(w[prefix.size()]))) {
      return true;
    }
  }
  return false;
}

// What MarkNameShapes adds to one token.
void MarkNameShape(Token* token) {
  Token& t = *token;
  // Most words are ASCII letters alone (no hyphen, not punctuation):
  // NameShaped in bit operations, as branches on each word's case
  // mispredict. An acronym of letters is capitalised.
  if (t.alpha && !t.text.empty()) {
    const bool name = t.capitalized & !t.acronym & ((t.lex & kNeverName) == 0);
    t.lex |= name ? kNameToken : 0;
    if (t.acronym && IsRomanSuffix(t.text)) t.lex |= kNameToken;
    return;
  }
  if (t.punct || t.text.empty()) return;
  // The hyphen's place rejects nearly every word at once ("and", "are").
  if (t.lower && t.text.size() > 4 && (t.text[2] == '-' || t.text[3] == '-') &&
      IsArticlePrefixedName(t.text)) {
    t.capitalized = true;
    t.lower = false;
  }
  if (NameShaped(t)) t.lex |= kNameToken;
}

// MarkNameShapes inside Tokenize, on each word as it is pushed; the common
// word (NameShaped's bit operations above) is marked without the call.
class NameShapeMarker : public WordMarker {
 public:
  NameShapeMarker() : WordMarker(kNeverName, kNameToken) {}
  void Mark(Token* t) const override { MarkNameShape(t); }
};

}  // namespace

void NameModel::Annotate(std::vector<Token>* tokens) const {
  for (Token& t : *tokens) {
    t.lex = t.punct || t.text.empty() ? 0 : ClassesOf(absl::StripSuffix(t.text, "."));
  }
  MarkNameShapes(tokens);
}

std::vector<Token> NameModel::Tokenize(absl::string_view text, TextSpan range) const {
  static const NameShapeMarker marker;
  return internal::Tokenize(text, range, &classes_, &marker);
}

void NameModel::MarkNameShapes(std::vector<Token>* tokens) const {
  for (Token& t : *tokens) MarkNameShape(&t);
}

uint16_t NameModel::ClassesOf(absl::string_view key) const {
  return classes_.Find(key);
}

bool NameModel::MayStartCue(absl::string_view run) const {
  return (ClassesOf(run) & kCueStart) != 0;
}

bool NameModel::IsTitleWord(const Token& t) const {
  // As written, or without its stop: "Gen." is a title when "gen" is.
  return (t.lex & kTitle) != 0 || HasClass(t, kTitle, kTitleDot) ||
         ((t.lex & kPartyMember) != 0 && t.capitalized);
}
bool NameModel::IsCueAdverb(const Token& t) const {
  return HasClass(t, kAdverb, kAdverbDot);
}
bool NameModel::IsDateWord(const Token& t) const {
  return (t.lex & kDate) != 0 && t.capitalized;
}
bool NameModel::IsGroupNoun(const Token& t) const {
  return HasClass(t, kGroup, kGroupDot);
}
bool NameModel::IsOrganizationWord(const Token& t) const {
  return t.capitalized && InOrgWords(t);
}

namespace {
// Whether `t` may be a word of a list whose words all have class `c`: it has
// it, or Annotate looked up no classes for it (punctuation).
bool MayHaveClass(const Token& t, uint16_t c) {
  return (t.lex & c) != 0 || t.punct || t.text.empty();
}
}  // namespace

// The word lists' words have a class each (the not-name and organisation
// words kNeverName, the weekdays kDate): its bit rules out nearly every
// token before the table lookup.
bool NameModel::InNotNames(const Token& t) const {
  return MayHaveClass(t, kNeverName) && InWritten(t.text, kNotNameWord);
}
bool NameModel::InOrgWords(const Token& t) const {
  return MayHaveClass(t, kNeverName) && InWritten(t.text, kOrgWord);
}
bool NameModel::InWeekdays(const Token& t) const {
  return MayHaveClass(t, kDate) && InWritten(t.text, kWeekday);
}

bool NameModel::InWritten(absl::string_view w, uint16_t lists) const {
  return (written_.Find(w) & lists) != 0;
}
v1::Gender NameModel::FirstNameGender(absl::string_view w) const {
  // The male list is read last: a name in both is male.
  const uint16_t lists = written_.Find(w);
  if ((lists & kMaleName) != 0) return v1::MALE;
  if ((lists & kFemaleName) != 0) return v1::FEMALE;
  return v1::GENDER_UNSPECIFIED;
}
bool NameModel::IsFirstName(absl::string_view w) const {
  return InWritten(w, kFemaleName | kMaleName);
}
bool NameModel::IsParticle(const Token& t) const {
  return HasClass(t, kParticle, kParticleDot);
}
bool NameModel::IsHonorific(const Token& t) const {
  return (t.lex & kHonorific) != 0;
}

bool NameModel::IsSurnameTitle(const Token& t) const {
  return (t.lex & kSurnameTitle) != 0 && t.capitalized && !t.acronym &&
         !absl::EndsWith(t.text, ".");
}


bool NameModel::SurnameTitleAt(const std::vector<Token>& tokens, int begin,
                               int i) const {
  // Most words are no surname title: that answer is found without the
  // frame (the saved registers) of the rest, which is kept out of line.
  if (i - 1 < begin || i >= static_cast<int>(tokens.size()) ||
      !IsSurnameTitle(tokens[i])) {
    return false;
  }
  return SurnameTitleClosesName(tokens, i);
}

ABSL_ATTRIBUTE_NOINLINE bool NameModel::SurnameTitleClosesName(
    const std::vector<Token>& tokens, int i) const {
  const int n = static_cast<int>(tokens.size());
  if (i + 1 < n && !IsNameSuffix(tokens[i + 1].text) &&
      (IsNameToken(tokens[i + 1]) || IsSurnameTitle(tokens[i + 1]))) {
    return false;  // "Prince Charles": a title before the name
  }
  // "the Stephen King Foundation", "King Center": an organisation's name.
  if (i + 1 < n && InOrgWords(tokens[i + 1])) return false;
  const Token& prev = tokens[i - 1];
  if (IsHonorific(prev)) return true;
  // "Burger King": a brand, not a first name and a surname.
  if ((prev.lex & kBrand) != 0) return false;
  // "Larry King", not "the Spanish King".
  return IsNameToken(prev) && !(i - 2 >= 0 && IsDeterminer(tokens[i - 2].text));
}

bool NameModel::IsNameToken(const Token& t) const {
  return (t.lex & kNameToken) != 0;
}

void NameModel::SplitTitle(absl::string_view text,
                           const std::vector<Token>& tokens, int begin, int end,
                           SpeakerPhrase* p) const {
  // Drop determiners, honorifics, dangling connectors and a conjunction or
  // adverb opening the sentence ("But opposition councillor Andrew Carter")
  // at either end.
  while (begin < end &&
         (IsDeterminer(tokens[begin].text) || IsSentenceOpener(tokens[begin].text) ||
          IsOne(tokens[begin].text) ||
          IsPossessiveDeterminer(tokens[begin].text) || tokens[begin].punct ||
          IsHonorific(tokens[begin]) ||
          IsConnector(tokens[begin].text))) {
    if (p->gender == v1::GENDER_UNSPECIFIED) {
      p->gender = HonorificGender(tokens[begin].text);
    }
    ++begin;
  }
  while (end > begin &&
         (IsConnector(tokens[end - 1].text) || tokens[end - 1].punct)) {
    --end;
  }
  if (begin >= end) return;
  // An acronym is the organisation: "ICESCO Director General". The title is
  // the rest: its own bytes (commas included) from first to last word.
  int tb = -1, te = -1;
  for (int i = begin; i < end; ++i) {
    if (tokens[i].acronym && p->organization.empty() &&
        !IsTitleWord(tokens[i])) {
      p->organization = std::string(tokens[i].text);
      continue;
    }
    if (tb < 0) tb = i;
    te = i + 1;
  }
  if (tb < 0) return;
  while (tb < te && IsConnector(tokens[tb].text)) ++tb;
  while (te > tb && IsConnector(tokens[te - 1].text)) --te;
  if (tb < te) {
    // An acronym in the middle splits the title: keep the part nearest the
    // name ("Director of the ... Sciences ISESCO Ramata" keeps the title).
    std::string title;
    for (int i = tb; i < te; ++i) {
      if (tokens[i].acronym && p->organization == tokens[i].text) {
        title = JoinTokens(text, tokens, tb, i);
        break;
      }
    }
    p->title = title.empty() ? JoinTokens(text, tokens, tb, te) : title;
    // "Acme Chief Executive", "White House spokesman", "Harbour Trust boss":
    // capitalised words before the first title word, none a title word
    // itself, a nationality or a word of rank, name the organisation.
    if (p->organization.empty() && title.empty() && p->form != v1::DESCRIPTION) {
      int first_title = tb;
      while (first_title < te && !IsTitleWord(tokens[first_title])) ++first_title;
      bool org = first_title > tb && first_title < te && first_title - tb <= 3 &&
                 (tokens[first_title].lex & kPartyMember) == 0;
      // One ordinary word opening the sentence is capitalised for that
      // reason alone ("Charity boss Gordon Lishman").
      const bool opens = tb == 0 || tokens[tb - 1].text == "." ||
                         tokens[tb - 1].text == "!" || tokens[tb - 1].text == "?";
      if (org && opens && first_title - tb == 1 && !tokens[tb].acronym) org = false;
      for (int i = tb; org && i < first_title; ++i) {
        const Token& t = tokens[i];
        org = !t.punct && (t.capitalized || t.acronym) && !IsPossessive(t) &&
              (t.acronym || !LooksLikeDemonym(t.text)) && !IsRankWord(t.text) &&
              !IsDateWord(t) && (t.lex & kPartyMember) == 0 &&
              !absl::StartsWithIgnoreCase(t.text, "ex-") &&
              !absl::EndsWith(t.text, "-born") && !absl::EndsWith(t.text, "-based");
      }
      if (org) {
        p->organization = JoinTokens(text, tokens, tb, first_title);
        p->title = JoinTokens(text, tokens, first_title, te);
      }
    }
  }
  // "Minister of Culture" -> "Ministry of Culture".
  if (p->organization.empty()) {
    for (int i = tb; i + 2 < te; ++i) {
      if (absl::EqualsIgnoreCase(tokens[i].text, "minister") && tokens[i + 1].text == "of" &&
          tokens[i + 2].capitalized) {
        p->organization = absl::StrCat("Ministry of ", tokens[i + 2].text);
        break;
      }
    }
  }
}

SpeakerPhrase NameModel::Classify(absl::string_view text,
                                  const std::vector<Token>& tokens, int begin,
                                  int end) const {
  SpeakerPhrase p;
  ClassifyInto(text, tokens, begin, end, &p);
  return p;
}

void NameModel::ClassifyInto(absl::string_view text,
                             const std::vector<Token>& tokens, int begin,
                             int end, SpeakerPhrase* out) const {
  SpeakerPhrase& p = *out;
  if (begin >= end) return;
  p.span = {tokens[begin].span.begin, tokens[end - 1].span.end};
  if (end - begin == 1 && IsPronoun(tokens[begin].text)) {
    p.form = v1::PRONOUN;
    p.name = std::string(tokens[begin].text);
    p.gender = PronounGender(tokens[begin].text);
    return;
  }
  // "Orin Middleton of Barclays Capital": a full name, then its
  // organisation after "of", "at", "from", "for" or "with".
  for (int m = end - 2; m >= begin + 2; --m) {
    const absl::string_view w = tokens[m].text;
    if (w != "of" && w != "at" && w != "from" && w != "for" && w != "with") {
      continue;
    }
    // "Mr. Morgan of the Sierra Club": a surname after an honorific too.
    const bool honorific = IsHonorific(tokens[m - 2]);
    if (!IsNameToken(tokens[m - 1]) ||
        (!IsNameToken(tokens[m - 2]) && !honorific)) {
      break;
    }
    SpeakerPhrase person = Classify(text, tokens, begin, m);
    if (person.form != v1::FULL && !(honorific && person.form == v1::SURNAME)) {
      break;
    }
    int ob = m + 1;
    while (ob < end && IsDeterminer(tokens[ob].text)) ++ob;
    if (person.organization.empty() && ob < end) {
      person.organization = JoinTokens(text, tokens, ob, end);
    }
    person.span.end = tokens[end - 1].span.end;
    p = std::move(person);
    return;
  }
  // "Burger King said": a company named like a person.
  if (end - begin >= 2 && IsSurnameTitle(tokens[end - 1]) &&
      (tokens[end - 2].lex & kBrand) != 0 && tokens[end - 2].capitalized) {
    int ob = end - 2;
    while (ob > begin && tokens[ob - 1].capitalized && !IsHonorific(tokens[ob - 1]) &&
           !IsTitleWord(tokens[ob - 1])) {
      --ob;
    }
    p.form = v1::ORGANIZATION;
    p.name = JoinTokens(text, tokens, ob, end);
    return;
  }
  // "Analysts at Goldman Sachs", "Economists from Capital Economics": people
  // in the plural speak for the organisation they work at.
  {
    int b0 = begin;
    while (b0 < end && IsDeterminer(tokens[b0].text)) ++b0;
    const absl::string_view w = b0 + 2 < end ? tokens[b0].text : "";
    if (w.size() > 4 && absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss") &&
        (tokens[b0 + 1].text == "at" || tokens[b0 + 1].text == "from") &&
        (IsTitleWord(tokens[b0]) || IsGroupNoun(tokens[b0]) ||
         absl::EndsWith(w, "ists") || absl::EndsWith(w, "ers"))) {
      bool proper = true;
      for (int i = b0 + 2; i < end && proper; ++i) {
        proper = tokens[i].capitalized || tokens[i].acronym || IsConnector(tokens[i].text);
      }
      if (proper && (tokens[b0 + 2].capitalized || tokens[b0 + 2].acronym)) {
        p.form = v1::ORGANIZATION;
        p.name = JoinTokens(text, tokens, b0 + 2, end);
        p.title = std::string(w);
        return;
      }
    }
  }
  // The name: the run of name words at the end of the phrase.
  int k = end;
  // "Larry King", "Mr. Dean": a title closing a name is its surname.
  if (SurnameTitleAt(tokens, begin, end - 1) ||
      (end - begin == 1 && IsSurnameTitle(tokens[begin]))) {
    --k;
  } else if (end - begin >= 3 && IsNameSuffix(tokens[end - 1].text) &&
             SurnameTitleAt(tokens, begin, end - 2)) {
    k -= 2;  // "Martin Luther King III"
  }
  while (k > begin) {
    const Token& t = tokens[k - 1];
    if (IsNameToken(t)) {
      --k;
      continue;
    }
    // "KK Mittal", "MS Dhoni", "AL Gooneratne": two initials written
    // without stops open the name (South Asian copy); a country or a title
    // does not ("UK Coal", "MP Smith").
    if (k < end && t.acronym && t.text.size() == 2 && !IsTitleWord(t) &&
        !IsCountryAcronym(t.text) && (k - 1 == begin || !tokens[k - 2].acronym)) {
      --k;
      break;
    }
    // "Dean Narramore": a title that is also a first name, before a lone
    // surname, is the first name ("Dean Jane Smith" keeps the title).
    if (k == end - 1 && IsTitleWord(t) && t.capitalized &&
        IsFirstName(t.text) &&
        (k - 1 == begin || !IsNameToken(tokens[k - 2]))) {
      --k;
      continue;
    }
    // "de Blasio", "bin Salman": a particle inside a name, or opening it
    // ("de Blasio said", "Mayor de Blasio").
    if (IsParticle(t) && k < end &&
        (k - 1 == begin || IsNameToken(tokens[k - 2]) ||
         IsParticle(tokens[k - 2]) || IsTitleWord(tokens[k - 2]) ||
         IsHonorific(tokens[k - 2]))) {
      --k;
      continue;
    }
    break;
  }
  // "the Commission on Presidential Debates", "Bank of New England": an
  // organisation word joined to the run by a preposition names the whole
  // as an organisation, not a person.
  if (k < end && k - 1 > begin && IsConnector(tokens[k - 1].text)) {
    int b0 = begin;
    while (b0 < k - 1 && IsDeterminer(tokens[b0].text)) ++b0;
    for (int i = b0; i < k - 1; ++i) {
      if (InOrgWords(tokens[i])) {
        // The organisation's name is the capitalised run around the word;
        // lower-case words before it are the speaker's role ("a spokesman
        // for the Ministry of Transport").
        int ob = i;
        while (ob > b0 && (tokens[ob - 1].capitalized || tokens[ob - 1].acronym)) --ob;
        p.form = v1::ORGANIZATION;
        p.name = JoinTokens(text, tokens, ob, end);
        return;
      }
    }
  }
  // "Ambassador to Morocco Oktay Gurbanov": Morocco belongs to the title.
  while (k < end - 1 && k > begin && IsObjectPreposition(tokens[k - 1].text)) {
    ++k;
  }
  // A particle with no name after it is no part of one.
  while (k < end - 1 && IsParticle(tokens[k]) && !IsNameToken(tokens[k + 1]) &&
         !IsParticle(tokens[k + 1])) {
    ++k;
  }
  // "The Ministry of Transport": one capitalised word after "of" is the
  // object of an organisation's name, not a surname. "A spokesman for Acme":
  // the spokesman speaks for Acme, which is the speaker we can name.
  if (k == end - 1 && k > begin && IsObjectPreposition(tokens[k - 1].text)) {
    // "The minister in Kabul said": the place says where the minister is,
    // not whom he speaks for.
    const absl::string_view prep = tokens[k - 1].text;
    if (k >= begin + 2 && tokens[k - 2].lower && IsTitleWord(tokens[k - 2]) &&
        (prep == "in" || prep == "on" || prep == "from")) {
      SpeakerPhrase role = Classify(text, tokens, begin, k - 1);
      if (role.form == v1::DESCRIPTION) {
        role.span.end = tokens[end - 1].span.end;
        p = std::move(role);
        return;
      }
    }
    if (k >= begin + 2 && tokens[k - 2].lower &&
        (IsTitleWord(tokens[k - 2]) || IsGroupNoun(tokens[k - 2]))) {
      p.form = v1::ORGANIZATION;
      p.name = std::string(tokens[k].text);
      int tb = begin;
      while (tb < k - 1 && IsDeterminer(tokens[tb].text)) ++tb;
      p.title = JoinTokens(text, tokens, tb, k - 1);
      return;
    }
    k = end;
  }
  // "UK Coal said", "US Steel said": a country's acronym before one
  // capitalised word names a company or a body, not a person called Coal.
  // (Other capitals may be initials: "KK Mittal", "MS Dhoni".)
  if (end - begin == 2 && k == begin + 1 && tokens[k].capitalized &&
      IsCountryAcronym(tokens[begin].text) && !IsFirstName(tokens[k].text)) {
    p.form = v1::ORGANIZATION;
    p.name = JoinTokens(text, tokens, begin, end);
    return;
  }
  // "the Spaniard said": a nationality for the person just named, like "the
  // 54-year-old".
  if (k + 1 == end && k > begin && IsDeterminer(tokens[k - 1].text) &&
      IsPersonDemonym(tokens[k].text)) {
    p.form = v1::DESCRIPTION;
    p.name = std::string(tokens[k].text);
    return;
  }
  if (k < end) {
    // Joined straight from the tokens' views, one space between words, in
    // one allocation at most: no string a word, no StrAppend call a word.
    size_t size = end - k - 1;
    for (int i = k; i < end; ++i) size += tokens[i].text.size();
    p.name.reserve(size);
    for (int i = k; i < end; ++i) {
      if (i > k) p.name.push_back(' ');
      p.name.append(tokens[i].text.data(), tokens[i].text.size());
    }
    p.form = end - k >= 2 ? v1::FULL : v1::SURNAME;
    if (p.form == v1::FULL) {
      const v1::Gender g = FirstNameGender(tokens[k].text);
      if (g != v1::GENDER_UNSPECIFIED) p.gender = g;
    }
    if (k > begin) {
      // "Mr", "Ms" before the name say more than the first name.
      const v1::Gender honorific = HonorificGender(tokens[k - 1].text);
      if (honorific != v1::GENDER_UNSPECIFIED) p.gender = honorific;
      // "ABN Amro's Eddie Wong", "the party's leader John Smith".
      int owner = -1;
      for (int i = begin; i < k; ++i) {
        if (IsPossessive(tokens[i])) owner = i;
      }
      if (owner >= 0) {
        int ob = begin;
        while (ob < owner && (IsDeterminer(tokens[ob].text) || IsHonorific(tokens[ob]))) ++ob;
        std::string org = JoinTokens(text, tokens, ob, owner + 1);
        org.resize(org.size() - (absl::EndsWith(org, "'s") ? 2 : 4));
        SplitTitle(text, tokens, owner + 1, k, &p);
        if (p.organization.empty()) p.organization = org;
      } else {
        SplitTitle(text, tokens, begin, k, &p);
      }
    }
    return;
  }
  // No name: a description ("the department director") or a group.
  const Token& head = tokens[end - 1];
  int b = begin;
  // "one victim", "One resident": "one" before a noun counts as "a".
  // "Mr Blair's official spokesman" is named "Blair's official spokesman".
  while (b < end && (IsDeterminer(tokens[b].text) ||
                     IsPossessiveDeterminer(tokens[b].text) ||
                     (b + 1 < end && IsOne(tokens[b].text)) ||
                     (b + 1 < end && IsHonorific(tokens[b]) && IsPossessive(tokens[b + 1])))) {
    ++b;
  }
  if (b >= end) return;
  // "an examination of Tory (plans)": a party's name after other words is
  // no description of a member.
  bool party_modifier = false;
  if ((head.lex & kPartyMember) != 0) {
    for (int i = b; i < end - 1; ++i) party_modifier |= tokens[i].lower;
  }
  // "the Ministry of Finance", "the Department of Health": an organisation
  // word with "of" makes the phrase the body's name, whatever its last word
  // ("Finance" is a title word too, as in "Finance Minister").
  const bool body_of = NamesBodyOf(tokens, b, end);
  if ((IsTitleWord(head) && !IsGroupNoun(head) && !party_modifier && !body_of) ||
      (b > begin && b == end - 1 && IsAgeNoun(head.text))) {
    p.form = v1::DESCRIPTION;
    int nb = begin;
    while (nb < end - 1 && (IsPossessiveDeterminer(tokens[nb].text) || IsOne(tokens[nb].text) ||
                            (IsHonorific(tokens[nb]) && IsPossessive(tokens[nb + 1])))) {
      ++nb;
    }
    p.name = JoinTokens(text, tokens, nb, end);
    SplitTitle(text, tokens, begin, end, &p);
    for (int i = b; i < end - 1; ++i) {
      const Token& t = tokens[i];
      // A nationality ("the Azerbaijani minister", "the British envoy")
      // is seldom written into the title it describes: no qualifier.
      const bool demonym = !t.acronym && LooksLikeDemonym(t.text);
      if ((t.capitalized || t.acronym) && !t.punct && !demonym && !IsTitleWord(t) &&
          !IsHonorific(t) && !IsPossessive(t)) {
        p.qualifiers.push_back(Lower(t.text));
      }
    }
    return;
  }
  // A group: "police", "the ministry", "ICESCO", "the White House"; not a
  // lone capitalised word that never names anyone ("Friday").
  int capitals = 0;
  for (int i = b; i < end; ++i) capitals += tokens[i].capitalized;
  const bool named_group = head.acronym || InOrgWords(head) ||
                           (capitals >= 2 && !InNotNames(head));
  // "the chief executive of a leading European car maker": one person,
  // described by the title of an organisation left unnamed; "critics of the
  // takeover", "unions at the carmaker": a group.
  if (const int role = TitleOfObject(tokens, end - 1); role >= 0) {
    p.form = IsGroupNoun(tokens[role]) ? v1::ORGANIZATION : v1::DESCRIPTION;
    p.name = JoinTokens(text, tokens, b, end);
    return;
  }
  if (IsGroupNoun(head) || named_group) {
    p.form = v1::ORGANIZATION;
    p.name = JoinTokens(text, tokens, b, end);
    return;
  }
  // "The network said", "the report said": a source named by a noun; "the
  // ad's narrator" too, when the article went with the owner's capital;
  // "the top British medical journal".
  const bool after_article =
      b > begin || (begin > 0 && IsDeterminer(tokens[begin - 1].text) &&
                    end - b == 2 && tokens[b].lower && IsPossessive(tokens[b]));
  if (after_article && head.lower && !head.punct && end - b <= 4) {
    p.form = v1::ORGANIZATION;
    p.name = JoinTokens(text, tokens, b, end);
    return;
  }
  return;
}

namespace {

// Nouns for unnamed sources: "a source familiar with the matter", "people
// close to the talks", "an official with knowledge of the plans".
bool IsSourceNoun(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "source", "sources", "person", "people", "official", "officials",
      "insider", "insiders", "diplomat", "diplomats", "aide", "aides",
      "executive", "executives", "banker", "bankers", "adviser", "advisers",
      "advisor", "advisors"};
  for (absl::string_view k : kWords) {
    if (absl::EqualsIgnoreCase(w, k)) return true;
  }
  return false;
}

}  // namespace

NameModel::SourceWords NameModel::AnonymousSourceAt(const std::vector<Token>& tokens,
                                                   int end) const {
  // Back from the cue over the complement ("familiar with the matter") to
  // its linking words, then the source noun and its determiner.
  constexpr int kMaxComplement = 8;
  for (int l = end - 2; l >= 1 && end - l <= kMaxComplement; --l) {
    const Token& t = tokens[l];
    if (t.punct) break;
    // Most words start no linking phrase: one byte tells (this runs for
    // every phrase parsed before a cue).
    const char c0 = t.text.empty() ? ' ' : t.text[0];
    if (c0 != 'f' && c0 != 'c' && c0 != 'a' && c0 != 'b' && c0 != 'i' && c0 != 'k') {
      continue;
    }
    int noun = -1;
    if ((t.text == "familiar" || t.text == "close" || t.text == "aware" ||
         t.text == "briefed" || t.text == "involved") &&
        l + 1 < end &&
        (tokens[l + 1].text == "with" || tokens[l + 1].text == "to" ||
         tokens[l + 1].text == "of" || tokens[l + 1].text == "on" ||
         tokens[l + 1].text == "in")) {
      noun = l - 1;
      // "with direct knowledge of".
    } else if (t.text == "knowledge" && l >= 2) {
      noun = tokens[l - 1].text == "with" ? l - 2
             : l >= 3 && tokens[l - 2].text == "with" ? l - 3 : -1;
    }
    if (noun < 0 || !IsSourceNoun(tokens[noun].text)) continue;
    int begin = noun;
    // "a senior source", "two people", "a Western diplomat".
    while (begin > 0 && noun - begin < 3 && !tokens[begin - 1].punct &&
           (tokens[begin - 1].lower || IsDeterminer(tokens[begin - 1].text) ||
            absl::ascii_isdigit(static_cast<unsigned char>(tokens[begin - 1].text[0]))) &&
           !IsCueAdverb(tokens[begin - 1])) {
      --begin;
      if (IsDeterminer(tokens[begin].text)) break;
    }
    int nb = begin;
    while (nb < noun && IsDeterminer(tokens[nb].text)) ++nb;
    return {begin, nb};
  }
  return {};
}

SpeakerPhrase NameModel::SourcePhrase(absl::string_view text,
                                      const std::vector<Token>& tokens,
                                      SourceWords source, int end) const {
  SpeakerPhrase p;
  p.form = v1::DESCRIPTION;
  p.span = {tokens[source.begin].span.begin, tokens[end - 1].span.end};
  p.name = JoinTokens(text, tokens, source.name_begin, end);
  return p;
}

SpeakerPhrase NameModel::ParseAnonymousSource(absl::string_view text,
                                              const std::vector<Token>& tokens,
                                              int end) const {
  const SourceWords source = AnonymousSourceAt(tokens, end);
  return source.begin >= 0 ? SourcePhrase(text, tokens, source, end) : SpeakerPhrase();
}

SpeakerPhrase NameModel::ParseBefore(absl::string_view text,
                                     const std::vector<Token>& tokens,
                                     int end, bool first_of_pair) const {
  if (end >= 3) {
    // Found by its words first: most phrases are no unnamed source, and
    // build and destroy no phrase for it.
    const SourceWords source = AnonymousSourceAt(tokens, end);
    if (source.begin >= 0) return SourcePhrase(text, tokens, source, end);
    // "Procter & Gamble said", "Johnson & Johnson said": capitalised words
    // joined by "&" name a firm, not two people.
    int k = end - 1;
    while (k >= 0 && end - k <= 3 && !tokens[k].punct && tokens[k].capitalized) --k;
    if (k >= 1 && k < end - 1 && tokens[k].text == "&" && tokens[k - 1].capitalized &&
        !tokens[k - 1].punct) {
      int b = k - 1;
      while (b > 0 && k - b < 3 && !tokens[b - 1].punct && tokens[b - 1].capitalized &&
             !IsSentenceOpener(tokens[b - 1].text)) {
        --b;
      }
      SpeakerPhrase p;
      p.form = v1::ORGANIZATION;
      p.span = {tokens[b].span.begin, tokens[end - 1].span.end};
      p.name = JoinTokens(text, tokens, b, end);
      return p;
    }
  }
  int i = end - 1;
  while (i >= 0 && !tokens[i].punct && tokens[i].lower &&
         IsCueAdverb(tokens[i])) {
    --i;
  }
  // "Sanders on Tuesday said", "Smith last week said": a time between the
  // subject and its verb.
  if (i >= 2 && tokens[i].capitalized && InNotNames(tokens[i]) &&
      tokens[i - 1].text == "on") {
    i -= 2;
  } else if (i >= 2 && (tokens[i].text == "week" || tokens[i].text == "month" ||
                        tokens[i].text == "year") &&
             (tokens[i - 1].text == "last" || tokens[i - 1].text == "this")) {
    i -= 2;
  }
  while (i >= 0 && !tokens[i].punct && tokens[i].lower &&
         IsCueAdverb(tokens[i])) {
    --i;
  }
  // "Paul Grant, however, said", "The company, for its part, said": a
  // discourse adverb between commas.
  if (i >= 3 && tokens[i].text == ",") {
    static constexpr absl::string_view kAsides[] = {
        "however", "meanwhile", "though", "too", "also", "instead",
        "nevertheless", "nonetheless", "moreover", "meantime", "separately",
        "likewise", "similarly"};
    int o = i - 1;
    if (o >= 2 && tokens[o].text == "part" && tokens[o - 2].text == "for" &&
        IsPossessiveDeterminer(tokens[o - 1].text)) {
      o -= 2;  // "for his part"
    } else if (o >= 1 && tokens[o].text == "turn" && tokens[o - 1].text == "in") {
      o -= 1;  // "in turn"
    } else {
      bool aside = false;
      for (absl::string_view a : kAsides) aside |= tokens[o].text == a;
      if (!aside) o = -1;
    }
    if (o >= 2 && tokens[o - 1].text == "," && !tokens[o - 2].punct) {
      SpeakerPhrase p = ParseBefore(text, tokens, o - 1, first_of_pair);
      // The subject opens its clause: "In the end, however, said" has none.
      int pb = o - 2;
      while (pb > 0 && tokens[pb - 1].span.end > p.span.begin) --pb;
      if (!p.empty() && pb > 0 && !tokens[pb - 1].punct &&
          tokens[pb - 1].text != "and" && tokens[pb - 1].text != "but") {
        return {};
      }
      if (!p.empty()) p.span.end = tokens[i - 1].span.end;
      return p;
    }
  }
  // "Chief Minister Mamata Banerjee, while addressing a rally in Kolkata,
  // alleged": a clause of time or manner between commas.
  if (i >= 4 && tokens[i].text == ",") {
    static constexpr absl::string_view kOpeners[] = {
        "while", "whilst", "when", "after", "before", "speaking", "addressing",
        "talking", "responding", "reacting", "referring", "writing"};
    constexpr int kMaxAside = 14;
    for (int c = i - 2; c >= 1 && i - c <= kMaxAside; --c) {
      if (!tokens[c].punct) continue;
      if (tokens[c].text != ",") break;
      bool opener = false;
      for (absl::string_view o : kOpeners) opener |= tokens[c + 1].text == o;
      if (!opener || tokens[c - 1].punct) break;
      SpeakerPhrase p = ParseBefore(text, tokens, c, first_of_pair);
      if (p.form == v1::FULL || p.form == v1::SURNAME || p.form == v1::DESCRIPTION ||
          p.form == v1::ORGANIZATION) {
        p.span.end = tokens[i - 1].span.end;
        return p;
      }
      break;
    }
  }
  // "The Prime Minister's Office (PMO) in a statement said", "Grant in an
  // interview said": where it was said, between the subject and its verb.
  if (i >= 3 && tokens[i - 2].text == "in" && InWritten(tokens[i].text, kSpeechNoun) &&
      (tokens[i - 1].text == "a" || tokens[i - 1].text == "an" ||
       IsPossessiveDeterminer(tokens[i - 1].text))) {
    SpeakerPhrase p = ParseBefore(text, tokens, i - 2, first_of_pair);
    if (!p.empty()) {
      p.span.end = tokens[i].span.end;
      return p;
    }
  }
  if (i >= 1 && tokens[i].text == ",") return ParseAppositiveBefore(text, tokens, i);
  // "Tom Carper, D-Del. said": a party and state without the second comma.
  if (i >= 2 && tokens[i - 1].text == "," && IsPartyStateTag(tokens[i].text)) {
    SpeakerPhrase p = ParseBefore(text, tokens, i - 1);
    if (!p.empty()) p.span.end = tokens[i].span.end;
    return p;
  }
  // "Gov. Mike Pence (R-IN) said": skip a short parenthesis.
  if (i >= 2 && tokens[i].text == ")") {
    int o = i - 1;
    while (o > 0 && tokens[o].text != "(" && i - o <= 6) --o;
    if (tokens[o].text == "(") {
      SpeakerPhrase p = ParseBefore(text, tokens, o);
      if (!p.empty()) p.span.end = tokens[i].span.end;
      return p;
    }
  }
  return ParsePhraseEndingAt(text, tokens, i, first_of_pair);
}

SpeakerPhrase NameModel::ParsePhraseEndingAt(absl::string_view text,
                                             const std::vector<Token>& tokens,
                                             int last, bool first_of_pair) const {
  SpeakerPhrase p;  // what every path returns
  if (last < 0 || tokens[last].punct) return p;
  if (IsPronoun(tokens[last].text)) {
    ClassifyInto(text, tokens, last, last + 1, &p);
    return p;
  }
  int j = last;
  bool has_head = false;
  bool owner = false;  // a possessive owner of the head was crossed
  int modifiers = 0;
  for (; j >= 0 && last - j < kMaxPhraseTokens; --j) {
    const Token& t = tokens[j];
    // "the Prime Minister's official spokesman said": the owner of a role
    // belongs to its description.
    // "the EPA's Andrew Fanara said", "Acme's Tom Hale said": so does the
    // owner of a named person, the organisation they speak for.
    // The person's name opens with a known first name, an honorific or a
    // title, so that "January's View From Great Edinburgh International
    // Cross Country" names no one.
    if (!t.punct && !owner && t.capitalized && IsPossessive(t) &&
        (has_head ||
         (j < last && (IsFirstName(tokens[j + 1].text) ||
                       IsHonorific(tokens[j + 1]) || IsTitleWord(tokens[j + 1]))))) {
      owner = true;
      continue;
    }
    // "the mayor's spokesman", "the council's lawyer": an owner in lower case
    // when it is a role or a group itself.
    if (!t.punct && has_head && !owner && t.lower && IsPossessive(t)) {
      absl::string_view stem = t.text;
      if (absl::ConsumeSuffix(&stem, "'s") || absl::ConsumeSuffix(&stem, "\u2019s")) {
        const uint16_t lex = ClassesOf(stem);
        // "the ad's narrator", "the film's director": any owner after an
        // article.
        if ((lex & (kTitle | kGroup)) != 0 || (j > 0 && IsDeterminer(tokens[j - 1].text))) {
          owner = true;
          continue;
        }
      }
    }
    if (t.punct || HasClitic(t)) break;
    // The owner's name is a capitalised run, perhaps after "the".
    // "Mr Odinga's spokesman": an honorific before the owner's name.
    if (owner && ((!IsDeterminer(t.text) && !t.capitalized && !t.acronym) ||
                  (InNotNames(t) && !IsHonorific(t)))) {
      break;
    }
    if (IsPossessiveDeterminer(t.text) && j < last) {
      --j;
      break;
    }
    if (IsDeterminer(t.text)) {
      // "Anna Berg of the Harbour Trust", "Mr. Grant of the Trust": a person
      // and the organisation they speak for.
      if (j >= 3 && (tokens[j - 1].text == "of" || tokens[j - 1].text == "at" ||
                     tokens[j - 1].text == "from") &&
          IsNameToken(tokens[j - 2]) &&
          (IsNameToken(tokens[j - 3]) || IsHonorific(tokens[j - 3]))) {
        j -= 2;
        continue;
      }
      // "A spokesman for the ministry": keep going over the preposition.
      if (j >= 2 && (tokens[j - 1].text == "for" || tokens[j - 1].text == "of" ||
                     tokens[j - 1].text == "at") &&
          (IsTitleWord(tokens[j - 2]) || IsGroupNoun(tokens[j - 2]))) {
        j -= 2;
        continue;
      }
      --j;
      break;
    }
    // "on Tuesday Mr Ebbers denied", "on Monday President Bush said": a
    // weekday before an honorific, a title or a first name is no title
    // (the "Sunday Telegraph" is a name).
    if (j < last && t.capitalized && InWeekdays(t) &&
        (IsHonorific(tokens[j + 1]) || IsTitleWord(tokens[j + 1]) ||
         IsFirstName(tokens[j + 1].text))) {
      break;
    }
    if (t.capitalized || t.acronym) {
      // "The Prime Minister's Office said": an organisation has an owner.
      has_head |= j == last && t.capitalized && InOrgWords(t);
      continue;
    }
    if (IsTitleWord(t) || IsGroupNoun(t) || (j == last && IsAgeNoun(t.text))) {
      has_head = true;
      continue;
    }
    // "Prince Charles and Camilla Parker Bowles": "and" between two people
    // ends the phrase; "Social and Human Sciences" inside a title does not.
    // "Queensland Fire and Emergency Services said": an organisation's name
    // that ends in an organisation word holds its "and".
    if ((t.text == "and" || t.text == "&") && j < last &&
        InOrgWords(tokens[last]) && tokens[j + 1].capitalized) {
      continue;
    }
    if ((t.text == "and" || t.text == "&") && j >= 2 &&
        (IsNameToken(tokens[j - 1]) || SurnameTitleAt(tokens, 0, j - 1)) &&
        (IsNameToken(tokens[j - 2]) || IsTitleWord(tokens[j - 2]) ||
         IsHonorific(tokens[j - 2]))) {
      // Before a cue, "Mr. King and Mr. Shultz say": both speak, and the
      // first named is the one reports list first.
      if (first_of_pair && j < last) {
        SpeakerPhrase first = ParseBefore(text, tokens, j, false);
        if (first.form == v1::FULL || first.form == v1::SURNAME) {
          first.span.end = tokens[last].span.end;
          p = std::move(first);
          return p;
        }
      }
      break;
    }
    if (IsConnector(t.text) || IsParticle(t)) continue;
    // "63 percent said", "another 19 percent said": a share of a poll.
    if ((t.lower || IsCount(t.text)) && has_head && modifiers < 3) {
      ++modifiers;
      continue;
    }
    // "The network said", "the ad's narrator says": a common noun right
    // before the cue, after an article, names the source; after an owner
    // after an article, an agent noun does.
    // "the chief executive of a leading European car maker": an agent noun
    // heads the object of a title's "of", "for" or "at".
    if (t.lower && j == last && TitleOfObject(tokens, j) >= 0) {
      has_head = true;
      continue;
    }
    if (t.lower && j == last && j > 0 &&
        (IsDeterminer(tokens[j - 1].text) ||
         IsPossessiveDeterminer(tokens[j - 1].text) ||
         (j > 1 && tokens[j - 1].lower && IsPossessive(tokens[j - 1]) &&
          IsDeterminer(tokens[j - 2].text) && LooksLikeAgentNoun(t.text)))) {
      has_head = true;
      continue;
    }
    break;
  }
  int begin = j + 1;
  // Trim leading lower-case words that are not part of a description; after
  // a comma or at the start they are ("..., another source said").
  const bool clause_start = begin == 0 || tokens[begin - 1].text == "," ||
                            tokens[begin - 1].text == ".";
  while (!clause_start && begin <= last && tokens[begin].lower &&
         !IsDeterminer(tokens[begin].text) &&
         !IsPossessiveDeterminer(tokens[begin].text) &&
         !IsTitleWord(tokens[begin]) &&
         !IsGroupNoun(tokens[begin]) &&
         !(begin > 0 && IsDeterminer(tokens[begin - 1].text))) {
    ++begin;
  }
  // "But Mr Blair insisted": the conjunction opens the sentence, not the
  // name.
  while (begin < last && tokens[begin].capitalized && IsSentenceOpener(tokens[begin].text)) {
    ++begin;
  }
  if (begin > last) return p;
  ClassifyInto(text, tokens, begin, last + 1, &p);
  // "EU leaders at a summit in Lisbon pledged": a place after "in" or "at"
  // is where the subject spoke; the subject stands before the chain of
  // places and occasions, at the start of its clause.
  if (begin >= 3 && tokens[begin - 1].lower &&
      (tokens[begin - 1].text == "in" || tokens[begin - 1].text == "at") &&
      (p.form == v1::SURNAME || p.form == v1::ORGANIZATION || p.form == v1::FULL)) {
    constexpr int kMaxChain = 10;
    int subject_end = -1;
    for (int m = begin - 2; m >= 1 && begin - m <= kMaxChain; --m) {
      if (tokens[m].punct) break;
      if (tokens[m].lower && IsPlacePreposition(tokens[m].text) && !tokens[m - 1].punct) {
        subject_end = m;
      }
    }
    if (subject_end > 0) {
      SpeakerPhrase subject = ParseBefore(text, tokens, subject_end, first_of_pair);
      int sb = subject_end - 1;
      while (sb > 0 && tokens[sb - 1].span.end > subject.span.begin) --sb;
      const bool clause_start = sb == 0 || tokens[sb - 1].punct;
      if (!subject.empty() && subject.form != v1::PRONOUN && clause_start) {
        subject.span.end = tokens[last].span.end;
        p = std::move(subject);
        return p;
      }
    }
  }
  // "Jakub Koreiba, a Polish analyst, said": the phrase is an appositive.
  if (begin >= 2 && tokens[begin - 1].text == "," &&
      (IsDeterminer(tokens[begin].text) || IsTitleWord(tokens[begin])) &&
      (p.form == v1::DESCRIPTION || p.form == v1::ORGANIZATION ||
       p.form == v1::MENTION_FORM_UNSPECIFIED)) {
    SpeakerPhrase named = ParseBefore(text, tokens, begin - 1);
    // "At a press conference in Chelsea, the mayor said": a place opening
    // the sentence, not the mayor's name.
    int nb = begin - 1;
    while (nb > 0 && tokens[nb - 1].span.end > named.span.begin) --nb;
    const bool after_preposition = nb > 0 && tokens[nb - 1].lower;
    // "Clinton Hid Health Problems From Public, Former White House Doctor
    // Says": a title-case clause is no name.
    const bool too_long = begin - 1 - nb > 4;
    // "Separately, the IMF warned": a sentence adverb is no name.
    const bool opener = named.form == v1::SURNAME &&
                        (IsSentenceOpener(named.name) || InWritten(named.name, kNotNameWord));
    if (!after_preposition && !too_long && !opener &&
        (named.form == v1::FULL || named.form == v1::SURNAME)) {
      int tb = begin;
      while (tb <= last && IsDeterminer(tokens[tb].text)) ++tb;
      if (named.title.empty()) named.title = JoinTokens(text, tokens, tb, last + 1);
      named.span.end = tokens[last].span.end;
      p = std::move(named);
      return p;
    }
  }
  return p;
}

SpeakerPhrase NameModel::ParseAppositiveBefore(absl::string_view text,
                                               const std::vector<Token>& tokens,
                                               int comma,
                                               bool second_appositive) const {
  // "John Smith, a British economist, said"; "Paul Grant, 54, said".
  int c = comma - 1;
  while (c >= 0 && tokens[c].text != "," && comma - c <= 20) {
    // "who helps veterans' families": a plural's apostrophe.
    if (tokens[c].punct && tokens[c].text != "(" && tokens[c].text != ")" &&
        !IsBareApostrophe(tokens[c].text)) {
      return {};
    }
    --c;
  }
  if (c < 1 || tokens[c].text != "," || c + 1 >= comma) return {};
  // "Tom Reyes, a farmer from Fresno, Calif., said": the state belongs to the
  // appositive before it.
  if (comma == c + 2 && absl::EndsWith(tokens[c + 1].text, ".") &&
      IsStateAbbreviation(absl::StripSuffix(tokens[c + 1].text, "."))) {
    SpeakerPhrase inner = ParseAppositiveBefore(text, tokens, c, second_appositive);
    if (!inner.empty()) inner.span.end = tokens[comma - 1].span.end;
    return inner;
  }
  const Token& first = tokens[c + 1];
  const bool age = absl::ascii_isdigit(static_cast<unsigned char>(first.text[0]));
  // "T-Mobile's chief executive", "managing director of T-Mobile": a title.
  bool has_title = false;
  for (int k = c + 1; k < comma; ++k) has_title |= IsTitleWord(tokens[k]);
  // "Danny Kruger, who also works in the Tory research unit, said".
  // "Smith, speaking to reporters in Ohio, said": a participle does the same.
  const bool relative = first.text == "who" || first.text == "whose" ||
                        first.text == "which" ||
                        (first.lower && first.text.size() > 4 &&
                         absl::EndsWith(first.text, "ing"));
  // "Birgit Kuhlhoff, from Sal Oppenheim, told", "Johnnie Wilson, of
  // Springfield, said": where the person comes from.
  const bool origin = first.text == "from" || first.text == "of";
  // "Dianne Feinstein, Democrat of California, said": a short proper phrase.
  bool proper = comma - (c + 1) <= 6;
  for (int k = c + 1; k < comma && proper; ++k) {
    proper = tokens[k].capitalized || tokens[k].acronym || tokens[k].text == "of" ||
             tokens[k].text == "the" || tokens[k].text == "and";
  }
  // "Anna Berg, the attorney general, one of the officials suing, said":
  // a second appositive after a first one that follows the name.
  auto second = [&]() -> SpeakerPhrase {
    if (!second_appositive) return {};
    SpeakerPhrase inner = ParseAppositiveBefore(text, tokens, c, false);
    if (inner.form != v1::FULL && inner.form != v1::SURNAME) return {};
    inner.span.end = tokens[comma - 1].span.end;
    return inner;
  };
  if (!IsDeterminer(first.text) && !age && !has_title && !relative && !proper &&
      !origin) {
    // "One of the foreign bidders who lost out, steel giant LNM, told": an
    // appositive of lower-case words and a proper name names the speaker
    // the words before it describe.
    // Only where the words before it name no one, and the appositive's
    // lower-case words are a role, no place ("at the 3GSM", "in Melton
    // Mowbray").
    if (first.lower && comma - (c + 1) <= 5 &&
        (tokens[comma - 1].capitalized || tokens[comma - 1].acronym)) {
      int nb = c + 1;
      bool place = false;
      bool role = false;  // "economist Hale": a person's role; "steel giant": a firm's
      while (nb < comma && tokens[nb].lower) {
        place |= IsObjectPreposition(tokens[nb].text) || IsPlacePreposition(tokens[nb].text);
        role |= IsTitleWord(tokens[nb]);
        ++nb;
      }
      const SpeakerPhrase before = place ? SpeakerPhrase() : ParseBefore(text, tokens, c);
      const bool unnamed = before.form != v1::FULL && before.form != v1::SURNAME &&
                           before.form != v1::ORGANIZATION;
      SpeakerPhrase inner = place || !unnamed ? SpeakerPhrase() : Classify(text, tokens, nb, comma);
      if (inner.form == v1::SURNAME && !role) inner.form = v1::ORGANIZATION;
      if (inner.form == v1::ORGANIZATION || inner.form == v1::FULL ||
          inner.form == v1::SURNAME) {
        if (inner.title.empty()) inner.title = JoinTokens(text, tokens, c + 1, nb);
        inner.span.end = tokens[comma - 1].span.end;
        return inner;
      }
    }
    return second();
  }
  SpeakerPhrase named = ParseBefore(text, tokens, c);
  // "Officials at Homeland Security Investigations, a division of ...,
  // said": the organisation, described by the appositive.
  if (named.form == v1::ORGANIZATION && (first.text == "a" || first.text == "an")) {
    named.span.end = tokens[comma - 1].span.end;
    return named;
  }
  // "one victim, who asked not to be named, said": a description or a
  // group with a relative clause or participle after it.
  if (relative && (named.form == v1::DESCRIPTION || named.form == v1::ORGANIZATION)) {
    named.span.end = tokens[comma - 1].span.end;
    return named;
  }
  if (named.form != v1::FULL && named.form != v1::SURNAME) {
    SpeakerPhrase outer = second();
    if (!outer.empty()) return outer;
    // "The state's campaign chairman, Phil Lovas, said": the name is the
    // appositive and the words before it its description; "A lawyer for
    // the news outlets, David Schulz, said" when they read as no phrase.
    SpeakerPhrase inner = Classify(text, tokens, c + 1, comma);
    if (inner.form == v1::FULL && named.empty()) {
      inner.span.end = tokens[comma - 1].span.end;
      return inner;
    }
    if (inner.form == v1::FULL && (named.form == v1::DESCRIPTION ||
                                   named.form == v1::ORGANIZATION)) {
      if (inner.title.empty()) inner.title = named.name;
      inner.span = {named.span.begin, tokens[comma - 1].span.end};
      return inner;
    }
    return {};
  }
  int tb = c + 1;
  while (tb < comma && IsDeterminer(tokens[tb].text)) ++tb;
  if (!age && !relative && named.title.empty() && tb < comma) {
    named.title = JoinTokens(text, tokens, tb, comma);
  }
  named.span.end = tokens[comma - 1].span.end;
  return named;
}

SpeakerPhrase NameModel::ParseAfter(absl::string_view text,
                                    const std::vector<Token>& tokens, int begin,
                                    int* next) const {
  SpeakerPhrase p;  // what every path returns
  *next = begin;
  const int n = static_cast<int>(tokens.size());
  if (begin >= n || tokens[begin].punct) return p;
  if (IsPronoun(tokens[begin].text)) {
    *next = begin + 1;
    ClassifyInto(text, tokens, begin, begin + 1, &p);
    return p;
  }
  int j = begin;
  bool determiner = IsDeterminer(tokens[j].text);
  if (determiner) ++j;
  int modifiers = 0;
  int end = j;
  const int first_word = j;
  int age = -1;  // an age noun read as a modifier, after the determiner
  for (; j < n && j - begin < kMaxPhraseTokens; ++j) {
    const Token& t = tokens[j];
    if (t.punct) break;
    // "ABN Amro's Eddie Wong": the owner names the organisation.
    if (HasClitic(t)) {
      // "the Prime Minister's official spokesman said".
      if (IsPossessive(t) && j + 1 < n && !tokens[j + 1].punct &&
          (tokens[j + 1].capitalized || IsTitleWord(tokens[j + 1]) ||
           (tokens[j + 1].lower && j + 2 < n && IsTitleWord(tokens[j + 2])))) {
        continue;
      }
      break;
    }
    // Days and months end the phrase: "said Smith on Friday"; an honorific
    // after an owner does not ("the Economist Intelligence Unit's Mr
    // Hensel").
    if (t.capitalized && InNotNames(t) && end > begin &&
        !(IsHonorific(t) && j > begin && IsPossessive(tokens[j - 1]))) {
      break;
    }
    if (t.capitalized || t.acronym) {
      end = j + 1;
      // "according to the top British medical journal": after a
      // nationality, the lower-case words up to the phrase's end are its
      // head.
      if (determiner && LooksLikeDemonym(t.text)) {
        int h = j + 1;
        while (h < n && h <= j + 2 && tokens[h].lower && !tokens[h].punct &&
               !IsConnector(tokens[h].text)) {
          ++h;
        }
        if (h > j + 1 && (h >= n || tokens[h].punct)) {
          end = h;
          j = h - 1;
        }
      }
      continue;
    }
    if (IsTitleWord(t) || IsGroupNoun(t)) {
      end = j + 1;
      continue;
    }
    // "Secretary of State", "a spokesman for the ministry"; not "in a
    // briefing on Wednesday", which says where, not who.
    // "the" joins only after a preposition: "told the council the United
    // States would ..." names the council alone.
    const bool joins = t.text == "of" || t.text == "for" || t.text == "at" ||
                       t.text == "to" || t.text == "and" ||
                       (t.text == "the" && j > begin && IsConnector(tokens[j - 1].text)) ||
                       t.text == "&" || IsParticle(t);
    if (joins && j + 1 < n &&
        (tokens[j + 1].capitalized || IsDeterminer(tokens[j + 1].text))) {
      continue;
    }
    // Lower-case modifiers come before the head, never after it: "the
    // department director", "said energy analyst Orin Middleton"; or after
    // "for the": "a spokesman for the ministry". "... Columbia ruled that"
    // is where the phrase ended.
    const bool before_head = end == first_word;
    // "said 34-year-old nurse Jane Doe": an age is a modifier too.
    // "said 9/11 widow Terry Strada": a date or number modifies the role.
    // "According to conservative talk radio host Rush Limbaugh": more
    // modifiers without an article when a title and a name come next.
    auto title_then_name = [&] {
      for (int k = j + 1; k < n && k <= j + 3; ++k) {
        if (tokens[k].punct || tokens[k].capitalized) return false;
        if (IsTitleWord(tokens[k])) return k + 1 < n && tokens[k + 1].capitalized;
      }
      return false;
    };
    if ((t.lower || IsAgeNoun(t.text) ||
         (!t.capitalized && absl::ascii_isdigit(static_cast<unsigned char>(t.text[0])))) &&
        modifiers < 3 && before_head &&
        (determiner || j - begin < 2 || (t.lower && title_then_name()))) {
      ++modifiers;
      if (determiner && IsAgeNoun(t.text)) age = j;
      continue;
    }
    if (t.lower && modifiers < 3 && j >= 2 && IsDeterminer(tokens[j - 1].text) &&
        (tokens[j - 2].text == "for" || tokens[j - 2].text == "of" ||
         tokens[j - 2].text == "at")) {
      ++modifiers;
      continue;
    }
    break;
  }
  // "said the 30-year-old, who ...": an age with nothing after it is the
  // head itself.
  if (end == first_word && age >= 0 && age == j - 1) end = j;
  if (end <= begin || (determiner && end == begin + 1)) return p;
  ClassifyInto(text, tokens, begin, end, &p);
  *next = end;
  // An appositive: ", a Polish political analyst and PhD in political science,".
  if (!p.empty() && end + 1 < n && tokens[end].text == "," &&
      (p.form == v1::FULL || p.form == v1::SURNAME) &&
      (IsDeterminer(tokens[end + 1].text) || IsTitleWord(tokens[end + 1]))) {
    int a = end + 1;
    // The appositive ends at punctuation or at a verb of speech:
    // "said Joshua Osagie, a cocoa farmer from Edo state told Reuters."
    while (a < n && tokens[a].text != "," && tokens[a].text != "." &&
           tokens[a].text != "told" && tokens[a].text != "said" &&
           tokens[a].text != "says" && tokens[a].text != "added" &&
           tokens[a].text != ";" && tokens[a].text != "(" && a - end < 20) {
      ++a;
    }
    int tb = end + 1;
    while (tb < a && IsDeterminer(tokens[tb].text)) ++tb;
    // An appositive closes with a comma or a parenthesis; at the end of a
    // sentence only an indefinite one ("said Smith, an economist.") is one.
    // "According to Grant, the bridge will reopen" is a clause, not a title.
    const bool closed = a < n && (tokens[a].text == "," || tokens[a].text == "(");
    const bool indefinite = tokens[end + 1].text == "a" || tokens[end + 1].text == "an";
    // At the end of a sentence, a role too: "said Mark Hill, chief executive
    // of the Transit Authority.", "said Tom Briggs, the deputy leader.".
    const bool role = a > tb && (a >= n || tokens[a].text == ".") &&
                      RoleAppositive(tokens, tb, a);
    if (a > tb && (closed || indefinite || role)) {
      if (p.title.empty()) p.title = JoinTokens(text, tokens, tb, a);
      p.span.end = tokens[a - 1].span.end;
      // "(ICESCO)" right after: the organisation.
      if (a + 2 < n && tokens[a].text == "(" && tokens[a + 1].acronym &&
          tokens[a + 2].text == ")" && p.organization.empty()) {
        p.organization = std::string(tokens[a + 1].text);
      }
      *next = a;
    }
  }
  return p;
}

bool NameModel::RoleAppositive(const std::vector<Token>& tokens, int begin,
                               int end) const {
  bool head = false;
  int modifiers = 0;
  for (int k = begin; k < end; ++k) {
    const Token& x = tokens[k];
    if (x.punct) return false;
    if (IsTitleWord(x)) {
      head = true;
      continue;
    }
    // "of the Transit Authority", "of transportation of Ontario": the
    // organisation or field of the role, a few lower-case words at most.
    if (head && (x.text == "of" || x.text == "for" || x.text == "at")) {
      int lower = 0;
      for (++k; k < end; ++k) {
        if (tokens[k].punct) return false;
        if (tokens[k].lower && !IsDeterminer(tokens[k].text) &&
            !IsConnector(tokens[k].text) && ++lower > 3) {
          return false;
        }
      }
      return true;
    }
    if (!head && x.lower && modifiers < 2) {
      ++modifiers;
      continue;
    }
    if (x.capitalized || x.acronym) continue;
    return false;
  }
  return head;
}

int NameModel::TitleOfObject(const std::vector<Token>& tokens, int j) const {
  if (!tokens[j].lower || !LooksLikeAgentNoun(tokens[j].text)) return -1;
  for (int k = j - 1; k >= 2 && j - k <= 5 && !tokens[k].punct; --k) {
    if (!IsDeterminer(tokens[k].text)) continue;
    const absl::string_view prep = tokens[k - 1].text;
    const bool titled = (prep == "of" || prep == "for" || prep == "at") &&
                        (IsTitleWord(tokens[k - 2]) || IsGroupNoun(tokens[k - 2]));
    return titled ? k - 2 : -1;
  }
  return -1;
}

bool NameModel::NamesBodyOf(const std::vector<Token>& tokens, int begin, int end) const {
  for (int i = begin; i + 1 < end; ++i) {
    if (InOrgWords(tokens[i]) && tokens[i + 1].text == "of") return true;
  }
  return false;
}

bool NameModel::LooksLikeCompanySubject(const Token& t) const {
  const absl::string_view w = t.text;
  return t.capitalized && !t.acronym && w.size() >= 3 && !IsTitleWord(t) &&
         !IsHonorific(t) && !InNotNames(t) && !IsSentenceOpener(w) &&
         !IsFirstName(w) && !absl::EndsWith(w, "ly") &&
         !absl::EndsWith(w, "ing") && !(absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss")) &&
         w.find('\'') == absl::string_view::npos && w.find("\u2019") == absl::string_view::npos;
}

bool LooksLikeFiniteVerb(const Token& t) {
  static constexpr absl::string_view kVerbs[] = {
      "has", "had", "is", "was", "will", "would", "could", "can", "may", "saw",
      "made", "took", "said", "told", "won", "lost", "cut", "set", "put", "sold",
      "bought", "became", "gave", "got", "hit", "rose", "fell", "grew", "began",
      "says", "plans", "wants", "expects", "makes", "sells", "runs", "owns"};
  if (!t.lower || t.punct) return false;
  const absl::string_view w = t.text;
  for (absl::string_view v : kVerbs) {
    if (w == v) return true;
  }
  return w.size() > 3 && absl::EndsWith(w, "ed");
}

// The room FindPersons and FindGroups make in an empty list: most articles
// name fewer persons and groups than this.
constexpr size_t kPhrasesReserved = 16;

void NameModel::FindGroups(absl::string_view text,
                           const std::vector<Token>& tokens,
                           std::vector<SpeakerPhrase>* out) const {
  const int n = static_cast<int>(tokens.size());
  if (out->capacity() == 0) out->reserve(kPhrasesReserved);  // as in FindPersons
  // A sentence opens after a full stop, question or exclamation mark.
  auto ends_sentence = [](const Token& t) {
    return t.text.size() == 1 && (t.text[0] == '.' || t.text[0] == '!' || t.text[0] == '?');
  };
  for (int k = 0; k < n; ++k) {
    if (k > 0 && !ends_sentence(tokens[k - 1])) {
      // On to the next mark by pointer; the loop steps past it.
      k = static_cast<int>(std::find_if(tokens.begin() + k, tokens.end(), ends_sentence) -
                           tokens.begin());
      continue;
    }
    // "But the court ...", "However, the firm ...": start after the opener;
    // a pronoun is the subject itself ("It now estimates ...").
    int start = k;
    if (InNotNames(tokens[start]) &&
        !IsDeterminer(tokens[start].text) && !IsPronoun(tokens[start].text)) {
      ++start;
      if (start < n && tokens[start].text == ",") ++start;
    }
    if (start >= n) continue;
    // "Shares in Multiplex Group fell ... after it said ...": the company
    // whose shares open the sentence.
    const bool shares = start + 2 < n && tokens[start].text == "Shares" &&
                        (tokens[start + 1].text == "in" || tokens[start + 1].text == "of") &&
                        (tokens[start + 2].capitalized || tokens[start + 2].acronym);
    if (shares) start += 2;
    int next = 0;
    SpeakerPhrase p = ParseAfter(text, tokens, start, &next);
    if (shares && !p.empty() && p.form != v1::PRONOUN && next < n &&
        (tokens[next].text == "," || LooksLikeFiniteVerb(tokens[next]))) {
      p.form = v1::ORGANIZATION;
      p.title.clear();
      out->push_back(std::move(p));
      continue;
    }
    // "Electrolux saw its shares rise ...", "Delta has been hit by ...": one
    // capitalised word, no plural, adverb or participle ("Results show",
    // "Simply", "Reflecting"), with no known first name, then a verb. It may
    // be a person's surname as well as a company, so it stands as a
    // SURNAME, which only an "it" takes for its antecedent.
    if (p.form == v1::SURNAME && next == start + 1 && next < n &&
        p.gender == v1::GENDER_UNSPECIFIED && LooksLikeCompanySubject(tokens[start]) &&
        LooksLikeFiniteVerb(tokens[next])) {
      out->push_back(std::move(p));
      continue;
    }
    // "The EFF, representing the reporters, has asked ...": a name (not
    // "The study, from ...") may stand before an aside.
    if (p.form != v1::ORGANIZATION || next >= n ||
        !(tokens[next].lower ||
          (tokens[next].text == "," && !tokens[start].lower &&
           (tokens[next - 1].acronym || (tokens[next - 1].capitalized &&
                                         InOrgWords(tokens[next - 1])))))) {
      continue;
    }
    // Only a phrase headed by a group noun, an organisation word or an
    // acronym names a group ("The government", "BA", "The Vestey Group");
    // "Big US" or a country does not.
    const Token& head = tokens[next - 1];
    const bool country = head.text == "US" || head.text == "UK" ||
                         head.text == "U.S." || head.text == "U.K.";
    // "The Reserve Bank of Australia": an organisation word before "of".
    const bool body_of = NamesBodyOf(tokens, start, next);
    if (!country && (IsGroupNoun(head) || InOrgWords(head) ||
                     head.acronym || body_of)) {
      out->push_back(std::move(p));
    }
  }
}

void NameModel::FindPersons(absl::string_view text,
                            const std::vector<Token>& tokens,
                            std::vector<SpeakerPhrase>* out) const {
  const int n = static_cast<int>(tokens.size());
  // An article's persons are gathered block after block into one list: room
  // for most from the start spares growing it through 1, 2, 4 and 8 phrases,
  // each growth moving every phrase (three strings and a vector) held.
  if (out->capacity() == 0) out->reserve(kPhrasesReserved);
  int i = 0;
  while (i < n) {
    if (!IsNameToken(tokens[i])) {
      // Most words are no name's: on to the next name word by pointer, one
      // bit test a token.
      i = static_cast<int>(
          std::find_if(tokens.begin() + i + 1, tokens.end(),
                       [this](const Token& t) { return IsNameToken(t); }) -
          tokens.begin());
      continue;
    }
    int j = i;
    while (j < n && (IsNameToken(tokens[j]) ||
                     (IsParticle(tokens[j]) && j + 1 < n &&
                      IsNameToken(tokens[j + 1])))) {
      ++j;
    }
    if (j > i && SurnameTitleAt(tokens, i, j)) ++j;
    // "in South Carolina", "from New York", "on Presidential Debates":
    // after a preposition of place a capitalised run is a place or an
    // organisation; before a group noun it is a modifier ("West Virginia
    // officials").
    // After an article or "&", or before an organisation word, a title or a
    // group noun, it is part of a name of something else: "the Black
    // Caucus", "Moore & Van Allen", "the West Virginia Department", "Acme
    // Foods spokesman".
    const bool modifier =
        j < n && !tokens[j].punct &&
        (tokens[j].text == "&" || InOrgWords(tokens[j]) ||
         (tokens[j].lower && (IsGroupNoun(tokens[j]) ||
                              IsTitleWord(tokens[j]))));
    if (j - i >= 2 && !modifier) {
      SpeakerPhrase p = ParseBefore(text, tokens, j, false);
      // The word before the phrase, its title included ("met Ambassador to
      // France Anna Berg" is a person; "in South Harbour" a place).
      int pb = i;
      while (pb > 0 && tokens[pb - 1].span.end > p.span.begin) --pb;
      // "The UK's Andrea Arnold", "the EPA's Andrew Fanara": an owner
      // opens the phrase, and the article before it goes with the owner.
      const bool owned = IsPossessive(tokens[pb]) ||
                         (IsDeterminer(tokens[pb].text) && pb + 1 < n &&
                          IsPossessive(tokens[pb + 1]));
      const bool placed =
          !owned &&
          ((pb > 0 &&
            ((tokens[pb - 1].lower && IsPlacePreposition(tokens[pb - 1].text)) ||
             IsDeterminer(tokens[pb - 1].text) || tokens[pb - 1].text == "&")) ||
           IsDeterminer(tokens[pb].text));
      // A role word right before the name makes it a person whatever comes
      // before the role: "the news that defender Sol Campbell", "between
      // Fiat boss Sergio Marchionne".
      const bool titled = i > 0 && tokens[i - 1].lower && IsTitleWord(tokens[i - 1]);
      // "goals from Bukayo Saka, Martin Odegaard and ...": a known first name
      // makes a person after a preposition of place too (not "from New York").
      const bool first_named = !placed || titled ||
                               (pb == i && j - i == 2 &&
                                IsFirstName(tokens[i].text));
      if (p.form == v1::FULL && first_named) {
        // A following appositive carries the title: "AlMalik, Director-General
        // of the ... (ICESCO)". It fills only what the phrase lacks: a phrase
        // with a title and an organisation is not read again.
        if (p.title.empty() || p.organization.empty()) {
          int start = j - 1;
          while (start > 0 && tokens[start - 1].span.end >= p.span.begin &&
                 !tokens[start - 1].punct) {
            --start;
          }
          int unused = 0;
          SpeakerPhrase after = ParseAfter(text, tokens, start, &unused);
          if (after.form == v1::FULL && after.name == p.name) {
            if (p.title.empty()) p.title = after.title;
            if (p.organization.empty()) p.organization = after.organization;
          }
        }
        if (p.title.empty() && j + 2 < n && tokens[j].text == ",") {
          // "The Labour leader, Anna Berg, met ...": the description before.
          SpeakerPhrase around = ParseAppositiveBefore(text, tokens, j, false);
          if (around.form == v1::FULL && around.name == p.name) {
            p.title = around.title;
          }
          // "... met Anna Berg, the former foreign minister.": a definite
          // appositive closing the sentence, headed by a title word.
          int e = j + 1;
          while (p.title.empty() && e < n && e - j <= 10 && !tokens[e].punct) ++e;
          if (p.title.empty() && e < n && e - j <= 10 && tokens[e].text == "." &&
              IsDeterminer(tokens[j + 1].text) && tokens[e - 1].lower &&
              IsTitleWord(tokens[e - 1])) {
            p.title = JoinTokens(text, tokens, j + 2, e);
          }
        }
        if (p.organization.empty() && j < n && tokens[j].text == ",") {
          // Look for "(ACRONYM)" closing the appositive. Without one ("Anar
          // Karimov held a meeting with Salim M. AlMalik, Director-General
          // of ... (ICESCO)") the acronym is someone else's.
          for (int k = j; k + 2 < n && k < j + 30; ++k) {
            if (tokens[k].text == "." || tokens[k].text == ";") break;
            if (tokens[k].text == "(" && tokens[k + 1].acronym &&
                tokens[k + 2].text == ")") {
              p.organization = std::string(tokens[k + 1].text);
              break;
            }
          }
        }
        out->push_back(std::move(p));
      }
    } else if (j - i == 1 && i > 0 && IsHonorific(tokens[i - 1]) && !modifier) {
      // "Mr. Obama", "Mrs Clinton": an antecedent for a later "he"/"she".
      SpeakerPhrase p = ParseBefore(text, tokens, j, false);
      if (p.form == v1::SURNAME) out->push_back(std::move(p));
    } else if (j - i == 1 && j < n && IsPossessive(tokens[j]) &&
               tokens[j].capitalized) {
      // "Charles Clarke's plan": a full name for a later "Mr Clarke".
      const v1::Gender g = FirstNameGender(tokens[i].text);
      if (g != v1::GENDER_UNSPECIFIED) {
        const absl::string_view text_j = tokens[j].text;
        const absl::string_view last =
            text_j.substr(0, text_j.size() - (absl::EndsWith(text_j, "'s") ? 2 : 4));
        SpeakerPhrase p;
        p.form = v1::FULL;
        p.name = absl::StrCat(tokens[i].text, " ", last);
        p.span = {tokens[i].span.begin, tokens[j].span.begin + last.size()};
        p.gender = g;
        out->push_back(std::move(p));
      }
      ++j;
    }
    i = j;
  }
}

// --- EntityRegistry ---------------------------------------------------------

namespace {

// Whether the words before byte `pos` since the last full stop, question or
// exclamation mark, line break or start of text are few (a title) and hold
// no comma: a phrase at `pos` is its sentence's subject.
bool OpensSentence(absl::string_view text, size_t pos) {
  int words = 0;
  for (size_t i = pos; i > 0 && pos - i < 80; --i) {
    const char c = text[i - 1];
    if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
    if (c == ',' || c == ';') return false;
    if (c == ' ' && ++words > 4) return false;
  }
  return pos < 80;
}

// The words of a name without a closing suffix: "Paul Grant Jr." matches
// "Grant" by its surname. Views into `name`, kept inline: the lookups of
// every name resolved or recorded read them and allocate nothing.
using NameWordList = absl::InlinedVector<absl::string_view, 4>;
NameWordList NameWords(absl::string_view name) {
  NameWordList out;
  size_t i = 0;
  while (i < name.size()) {
    if (name[i] == ' ') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < name.size() && name[end] != ' ') ++end;
    out.push_back(name.substr(i, end - i));
    i = end;
  }
  while (out.size() > 1 && IsNameSuffix(out.back())) out.pop_back();
  return out;
}

// NameWords(name).back(), read back from the end alone: the surname a
// person is filed under. Empty for a name of no words.
absl::string_view LastNameWord(absl::string_view name) {
  absl::string_view word;
  size_t end = name.size();
  while (true) {
    while (end > 0 && name[end - 1] == ' ') --end;
    if (end == 0) return word;  // the first word, when all after it are suffixes
    size_t begin = end;
    while (begin > 0 && name[begin - 1] != ' ') --begin;
    word = name.substr(begin, end - begin);
    if (!IsNameSuffix(word)) return word;
    end = begin;
  }
}

// NameWords as strings, for an entity to keep.
std::vector<std::string> NameTokens(absl::string_view name) {
  const NameWordList words = NameWords(name);
  return std::vector<std::string>(words.begin(), words.end());
}

// A surname as a lookup key: lower case, with the typographic apostrophe
// read as the plain one ("O’Neill" is "O'Neill").
std::string LastKey(absl::string_view w) {
  std::string key = Lower(w);
  // Few names hold the mark: they alone pay for StrReplaceAll's copy and
  // setup (it ran for every name resolved or recorded).
  if (key.find("\u2019") != std::string::npos) {
    key = absl::StrReplaceAll(key, {{"\u2019", "'"}});
  }
  return key;
}

// Whether LastKey(a) == LastKey(b), without building the keys unless a word
// may hold the typographic apostrophe (its first byte E2).
bool SameKey(absl::string_view a, absl::string_view b) {
  if (a.find('\xE2') == absl::string_view::npos &&
      b.find('\xE2') == absl::string_view::npos) {
    return absl::EqualsIgnoreCase(a, b);
  }
  return LastKey(a) == LastKey(b);
}

// The first letter of a name word, in lower case: "Mary" and "mark" share
// one.
char FirstLetter(absl::string_view w) {
  return w.empty() ? '\0' : absl::ascii_tolower(static_cast<unsigned char>(w[0]));
}

// The word lists below are an entity's strings or a name's NameWords.
template <typename A, typename B>
bool SameLast(const A& a, const B& b) {
  return !a.empty() && !b.empty() && SameKey(a.back(), b.back());
}

// "De Blasio" and "Bill de Blasio": the shorter name ends the longer one.
template <typename A, typename B>
bool EndsName(const A& longer, const B& shorter) {
  if (shorter.size() > longer.size()) return false;
  const size_t off = longer.size() - shorter.size();
  for (size_t i = 0; i < shorter.size(); ++i) {
    if (!SameKey(longer[off + i], shorter[i])) return false;
  }
  return true;
}

// Whether two titles can be one person's: 1 when the head word of `a`
// appears in `b`, -1 when both are set and it does not, 0 when one is empty.
int TitleFit(absl::string_view a, absl::string_view b) {
  if (a.empty() || b.empty()) return 0;
  absl::string_view head = a.substr(a.rfind(' ') + 1);
  if (head.empty()) return 0;
  for (size_t at = 0; at + head.size() <= b.size(); ++at) {
    if (absl::EqualsIgnoreCase(b.substr(at, head.size()), head)) return 1;
  }
  return -1;
}

bool Compatible(v1::Gender a, v1::Gender b) {
  return a == v1::GENDER_UNSPECIFIED || b == v1::GENDER_UNSPECIFIED || a == b;
}

std::string NormalizeGroup(absl::string_view s) {
  // "the " is cut from the lower-cased copy itself, not by copying the rest.
  std::string l = Lower(s);
  if (absl::StartsWith(l, "the ")) l.erase(0, 4);
  return l;
}

}  // namespace

struct EntityRegistry::NameParts {
  explicit NameParts(absl::string_view name)
      : words(NameWords(name)), last_key(words.empty() ? "" : LastKey(words.back())) {}
  NameWordList words;
  std::string last_key;  // LastKey(words.back())
};

void EntityRegistry::AddKnownPersons(const std::vector<SpeakerPhrase*>& persons) {
  // Room for all at once: the table and the list do not grow through 1, 3,
  // 7, ... entries, moving all they hold each time.
  known_.reserve(known_.size() + persons.size());
  known_by_last_.reserve(known_by_last_.size() + persons.size());
  for (const SpeakerPhrase* p : persons) {
    const absl::string_view last = LastNameWord(p->name);
    if (!last.empty()) {
      known_by_last_[LastKey(last)].push_back(static_cast<int>(known_.size()));
    }
    known_.push_back(p);
  }
}

std::pair<int, int> EntityRegistry::KnownBefore(size_t position,
                                                size_t window) const {
  const int end = static_cast<int>(
      std::lower_bound(known_.begin(), known_.end(), position,
                       [](const SpeakerPhrase* k, size_t pos) {
                         return k->span.begin < pos;
                       }) -
      known_.begin());
  int begin = end;
  while (begin > 0 && position - known_[begin - 1]->span.begin < window &&
         end - begin < kMaxCandidates) {
    --begin;
  }
  return {begin, end};
}

bool EntityRegistry::AmbiguousSurname(const std::string& last_key) const {
  auto found = known_by_last_.find(last_key);
  if (found == known_by_last_.end()) return false;
  char first = 0;
  for (int ki : found->second) {
    const NameWordList words = NameWords(known_[ki]->name);
    if (words.size() < 2 || words.front().empty()) continue;
    const char c = absl::ascii_tolower(static_cast<unsigned char>(words.front()[0]));
    if (first != 0 && c != first) return true;
    first = c;
  }
  return false;
}

bool EntityRegistry::CalledBySurname(const Entity& e) {
  for (const EntityMention& m : e.mentions) {
    if (m.form == v1::SURNAME) return true;
  }
  return false;
}

int EntityRegistry::FindByName(const SpeakerPhrase& p) const {
  return FindByName(NameParts(p.name));
}

int EntityRegistry::FindByName(const NameParts& name) const {
  const NameWordList& words = name.words;
  if (words.empty()) return -1;
  const std::string& key = name.last_key;
  auto found = entities_by_last_.find(key);
  if (found == entities_by_last_.end()) return -1;
  const Indexes& candidates = found->second;
  int best = -1;
  int ambiguous = -1;  // AmbiguousSurname(key), when first needed
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    const int i = *it;
    const Entity& e = entities_[i];
    if (e.type != v1::PERSON) continue;
    if (!SameLast(e.tokens, words)) continue;
    if (words.size() >= 2 && e.tokens.size() >= 2 &&
        FirstLetter(words.front()) != FirstLetter(e.tokens.front()) &&
        !EndsName(e.tokens, words) && !EndsName(words, e.tokens)) {
      continue;  // Two people with one surname.
    }
    // "Smith said" before "John Smith" and "Mary Smith" are named: the
    // surname alone may be either, and neither full name takes it.
    if (words.size() >= 2 && e.tokens.size() == 1) {
      if (ambiguous < 0) ambiguous = AmbiguousSurname(key) ? 1 : 0;
      if (ambiguous == 1) continue;
    }
    if (words.size() >= 2) return i;
    // A surname alone: the person with it mentioned most recently.
    if (best < 0 || e.last_position > entities_[best].last_position) best = i;
  }
  return best;
}

void SplitOrganizationFromTitle(std::string* title, std::string* organization) {
  if (!organization->empty() || title->empty()) return;
  absl::string_view t = absl::StripTrailingAsciiWhitespace(*title);
  // "... (NTC)": an acronym in brackets closing the title.
  if (absl::EndsWith(t, ")")) {
    const size_t open = t.rfind('(');
    if (open != absl::string_view::npos && open > 0) {
      const absl::string_view inner = t.substr(open + 1, t.size() - open - 2);
      bool acronym = inner.size() >= 2 && inner.size() <= 10;
      for (char c : inner) {
        acronym &= absl::ascii_isupper(static_cast<unsigned char>(c)) || c == '-' || c == '&';
      }
      if (acronym) {
        *organization = std::string(inner);
        *title = std::string(absl::StripTrailingAsciiWhitespace(t.substr(0, open)));
        return;
      }
    }
  }
  // "chief economist at RBC Capital Markets": "at" and a capitalised name.
  const size_t at = t.find(" at ");
  if (at != absl::string_view::npos && at > 0 && at + 4 < t.size() &&
      absl::ascii_isupper(static_cast<unsigned char>(t[at + 4]))) {
    absl::string_view org = t.substr(at + 4);
    // "at Lehman Brothers in Tokyo": the place is no part of the name.
    const size_t in = org.find(" in ");
    if (in != absl::string_view::npos) org = org.substr(0, in);
    *organization = std::string(org);
    *title = std::string(t.substr(0, at));
  }
}

namespace {

// Whether the word before byte `pos` is a preposition: the name at `pos` is
// its object ("under President Obama", "with Anna Berg").
bool AfterPreposition(absl::string_view text, size_t pos) {
  static constexpr absl::string_view kPrepositions[] = {
      "under", "with", "about", "against", "for", "to", "by", "of", "from",
      "on", "at", "in", "between", "than", "like", "over", "after", "before",
      "including", "among", "into", "toward", "towards", "behind", "beside"};
  absl::string_view before =
      absl::StripTrailingAsciiWhitespace(text.substr(0, std::min(pos, text.size())));
  const size_t space = before.find_last_of(" \n");
  const absl::string_view word = space == absl::string_view::npos ? before : before.substr(space + 1);
  for (absl::string_view w : kPrepositions) {
    if (word == w) return true;
  }
  return false;
}

// The gender an unnamed spokesperson's word gives ("spokeswoman"), and
// whether `e`, a group by its phrase, is one person speaking for it: "a
// spokeswoman for the Electoral Commission", "the ministry spokesman", "the
// official".
bool OnePersonForGroup(const Entity& e, v1::Gender* gender) {
  *gender = v1::GENDER_UNSPECIFIED;
  for (const std::string& w : e.tokens) {
    if (w == "spokeswoman") {
      *gender = v1::FEMALE;
      return true;
    }
    if (w == "spokesman") {
      *gender = v1::MALE;
      return true;
    }
    if (w == "spokesperson" || w == "official" || w == "source") return true;
  }
  return false;
}

// Whether a "he" or "she" of `gender` may stand for `e`, who spoke last: a
// person, or one person speaking for a group.
bool SpeaksAsOnePerson(const Entity& e, v1::Gender gender) {
  if (e.type == v1::PERSON) return Compatible(e.gender, gender);
  v1::Gender own = v1::GENDER_UNSPECIFIED;
  return OnePersonForGroup(e, &own) && Compatible(own, gender) && Compatible(e.gender, gender);
}

// Whether the pronoun at `span` closes a tail attribution: "...,
// it said.", "..., they noted, ..." (a comma before it, a stop or a comma
// after its verb); not "In a court filing, it said the ...".
bool IsTailPronoun(absl::string_view text, TextSpan span) {
  if (span.end > text.size()) return false;
  if (!absl::EndsWith(absl::StripTrailingAsciiWhitespace(text.substr(0, span.begin)), ",")) {
    return false;
  }
  absl::string_view after = absl::StripLeadingAsciiWhitespace(text.substr(span.end));
  size_t verb = 0;
  while (verb < after.size() && absl::ascii_isalpha(static_cast<unsigned char>(after[verb]))) {
    ++verb;
  }
  return verb > 0 && (verb == after.size() || after[verb] == '.' || after[verb] == ',' ||
                      after[verb] == ';');
}

}  // namespace

bool EntityRegistry::IsKnownPersonName(absl::string_view name) const {
  const std::string key = LastKey(name);
  if (known_by_last_.contains(key)) return true;
  auto it = entities_by_last_.find(key);
  return it != entities_by_last_.end() && !it->second.empty();
}

int EntityRegistry::Create(const SpeakerPhrase& p, const NameParts* name) {
  // An article has a few speakers: room for several at the first, not a
  // regrowth (which moves every entity, its strings and mentions) at the
  // second, third and fifth. The entity is built in its place; so is the
  // table that files it, at its first entry.
  constexpr size_t kFewEntities = 8;
  if (entities_.empty()) entities_.reserve(kFewEntities);
  const int index = static_cast<int>(entities_.size());
  Entity& e = entities_.emplace_back();
  e.name = p.name;
  if (name != nullptr) {
    e.tokens = std::vector<std::string>(name->words.begin(), name->words.end());
  } else {
    e.tokens = NameTokens(p.name);
  }
  e.title = p.title;
  e.organization = p.organization;
  e.gender = p.gender;
  if (p.form == v1::DESCRIPTION) e.qualifiers = p.qualifiers;
  e.type = p.form == v1::ORGANIZATION ? v1::GROUP : v1::PERSON;
  if (e.type == v1::GROUP) {
    if (groups_by_key_.empty()) groups_by_key_.reserve(kFewEntities);
    groups_by_key_[NormalizeGroup(e.name)] = index;
  } else if (!e.tokens.empty()) {
    if (entities_by_last_.empty()) entities_by_last_.reserve(kFewEntities);
    entities_by_last_[name != nullptr ? name->last_key : LastKey(e.tokens.back())]
        .push_back(index);
  }
  return index;
}

namespace {

// Whether one of the first words at `begin` is an honorific of a knight or
// a peer ("Sir Ian Blair", "Dame Judi Dench", "Lord Holme"), or a plain one
// ("Mr Blair", "But Mr Blair"): Sir Ian Blair is "Sir Ian", never "Mr
// Blair".
bool HasHonorificAmong(absl::string_view text, size_t begin,
                       std::initializer_list<absl::string_view> honorifics) {
  size_t pos = std::min(begin, text.size());
  for (int seen = 0; seen < 3 && pos < text.size(); ++seen) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    size_t end = pos;
    while (end < text.size() && end - pos < 12 && text[end] != ' ') ++end;
    const absl::string_view w = text.substr(pos, end - pos);
    for (absl::string_view h : honorifics) {
      if (w == h) return true;
    }
    pos = end;
  }
  return false;
}
bool OpensWithPeerage(absl::string_view text, size_t begin) {
  return HasHonorificAmong(text, begin, {"Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"});
}
bool OpensWithPlainHonorific(absl::string_view text, size_t begin) {
  return HasHonorificAmong(text, begin, {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss"});
}

}  // namespace

// A full name or a surname: the person it names, created when new.
int EntityRegistry::ResolveName(const SpeakerPhrase& p, absl::string_view text,
                                size_t position) {
  const NameParts name(p.name);
  int idx = FindByName(name);
  // "Sir Ian Blair said ... But Mr Blair insisted": another Blair.
  const bool plain = p.form == v1::SURNAME && OpensWithPlainHonorific(text, p.span.begin);
  if (idx >= 0 && plain) {
    for (const EntityMention& m : entities_[idx].mentions) {
      if (OpensWithPeerage(text, m.span.begin)) {
        idx = -1;
        break;
      }
    }
  }
  if (idx >= 0 && p.form == v1::SURNAME && entities_[idx].tokens.size() >= 2) {
    // "John Smith said ... Mary Smith arrived ... Smith said": the full
    // name named last, when it is someone else. (FindByName found the
    // entity by the key of the surname they share.)
    auto found = known_by_last_.find(name.last_key);
    const SpeakerPhrase* latest = nullptr;
    if (found != known_by_last_.end()) {
      for (int ki : found->second) {
        const SpeakerPhrase& k = *known_[ki];
        if (k.span.begin >= position) break;
        if (k.name.size() > p.name.size() && Compatible(k.gender, p.gender)) {
          latest = &k;
        }
      }
    }
    // Once the article calls someone by the surname alone, the surname
    // stays theirs: "Cruz said ... his wife, Heidi Cruz ... Cruz said".
    if (latest != nullptr && latest->span.begin > entities_[idx].last_position &&
        !CalledBySurname(entities_[idx])) {
      const NameWordList lw = NameWords(latest->name);
      const Entity& e = entities_[idx];
      if (lw.size() >= 2 && FirstLetter(lw.front()) != FirstLetter(e.tokens.front()) &&
          !EndsName(e.tokens, lw) && !EndsName(lw, e.tokens)) {
        idx = FindByName(*latest);
        if (idx < 0) {
          SpeakerPhrase merged = *latest;
          if (merged.gender == v1::GENDER_UNSPECIFIED) merged.gender = p.gender;
          idx = Create(merged);
        }
      }
    }
  }
  if (idx < 0) {
    // A surname alone: the person named in full elsewhere in the article.
    const NameWordList& words = name.words;
    const SpeakerPhrase* best = nullptr;
    auto found = words.empty() ? known_by_last_.end() : known_by_last_.find(name.last_key);
    if (found != known_by_last_.end()) {
      for (int ki : found->second) {
        const SpeakerPhrase& k = *known_[ki];
        if (k.name.size() <= p.name.size()) continue;
        if (!Compatible(k.gender, p.gender)) continue;
        // "... than working Crooked Hillary Clinton.”": a name inside
        // someone's words may be a nickname.
        if (k.quoted) continue;
        if (plain && OpensWithPeerage(text, k.span.begin)) continue;
        // "Larry King" is no part of "Martin Luther King".
        if (words.size() >= 2 && !EndsName(NameWords(k.name), words)) continue;
        // "President Obama" is not the "Michelle Obama" named only
        // later without that title.
        if (!p.title.empty() && k.span.begin > position &&
            absl::StartsWith(text.substr(p.span.begin), p.title) &&
            TitleFit(p.title, k.title) <= 0) {
          continue;
        }
        if (best == nullptr || k.span.begin < position) best = &k;
      }
    }
    // Named in full only later, as two people ("John Smith", "Mary
    // Smith"): the surname stays unresolved rather than guessed.
    if (best != nullptr && best->span.begin > position && words.size() == 1 &&
        AmbiguousSurname(name.last_key)) {
      best = nullptr;
    }
    // "Mao Ning said ... Mao said": a family name written first (Chinese,
    // Korean, Vietnamese names in agency copy). Only one such person named
    // before, and no known first name ("Jordan Peterson" is no Jordan).
    if (best == nullptr && words.size() == 1) {
      for (const SpeakerPhrase* known : known_) {
        const SpeakerPhrase& k = *known;
        if (k.span.begin >= position) break;
        if (k.form != v1::FULL || k.quoted || k.gender != v1::GENDER_UNSPECIFIED) continue;
        // A name without the word anywhere in it is passed over unsplit.
        if (!absl::StrContains(k.name, words.front())) continue;
        const NameWordList kw = NameWords(k.name);
        if (kw.size() != 2 || kw.front() != words.front()) continue;
        if (best != nullptr && best->name != k.name) {
          best = nullptr;
          break;
        }
        best = &k;
      }
    }
    // "Sir John Bourn ... Sir John said", "Serena Williams ... Venus
    // Williams ... Serena added": a knight's first name, or a first name
    // where two people share a surname, names the one person named before
    // who bears it. Any other first name alone may be someone else's
    // ("Paul Hale ... Paul said" is no Paul Hale).
    bool by_first_name = false;
    if (best == nullptr && words.size() == 1) {
      const bool knight = HasHonorificAmong(text, p.span.begin, {"Sir", "Dame"});
      // The newest persons named before only: bounded work a mention.
      const auto [near_begin, near_end] =
          KnownBefore(position, std::numeric_limits<size_t>::max());
      for (int ki = near_begin; ki < near_end; ++ki) {
        const SpeakerPhrase& k = *known_[ki];
        if (k.form != v1::FULL || k.quoted || !absl::StrContains(k.name, words.front())) {
          continue;
        }
        const NameWordList kw = NameWords(k.name);
        if (kw.size() < 2 || kw.front() != words.front() ||
            !(knight || AmbiguousSurname(LastKey(kw.back())))) {
          continue;
        }
        if (best != nullptr && best->name != k.name) {
          best = nullptr;
          break;
        }
        best = &k;
        by_first_name = true;
      }
    }
    if (best != nullptr) {
      SpeakerPhrase merged = *best;
      if (merged.title.empty()) merged.title = p.title;
      if (merged.organization.empty()) merged.organization = p.organization;
      if (merged.gender == v1::GENDER_UNSPECIFIED) merged.gender = p.gender;
      idx = by_first_name ? FindByName(merged) : -1;
      if (idx < 0) idx = Create(merged);
    } else {
      idx = Create(p, &name);
    }
  } else {
    Entity& e = entities_[idx];
    if (p.name.size() > e.name.size()) {
      e.name = p.name;
      e.tokens = NameTokens(p.name);
    }
    if (e.title.empty()) e.title = p.title;
    if (e.organization.empty()) e.organization = p.organization;
    if (e.gender == v1::GENDER_UNSPECIFIED) e.gender = p.gender;
  }
  return idx;
}

// A person the article names (`known`): a surname alone resolves as it would
// before a cue ("Mr. Chidambaram" is the "Palaniappan Chidambaram" named
// before), a full name to its entity.
const SpeakerPhrase* EntityRegistry::SoleUntitledHolder(
    const SpeakerPhrase& p, const std::vector<std::string>& words,
    absl::string_view text, int before_end) const {
  // Offices with one holder: "the Prime Minister said" after "Anthony
  // Albanese" was named without a title is Albanese when no one else could
  // be meant.
  static constexpr absl::string_view kOffices[] = {
      "prime minister", "president", "chancellor", "premier", "mayor",
      "treasurer", "governor", "taoiseach", "chief minister", "first minister"};
  if (!absl::StartsWithIgnoreCase(text.substr(p.span.begin), "the ")) return nullptr;
  size_t w = !words.empty() && words.front() == "the" ? 1 : 0;
  const std::string office = absl::StrJoin(words.begin() + w, words.end(), " ");
  bool single = false;
  for (absl::string_view o : kOffices) single |= office == o;
  if (!single) return nullptr;
  // Of the people named before, exactly one was never given a title (those
  // with one hold another office: none fits the description).
  absl::flat_hash_set<std::string> titled;
  for (int ki = 0; ki < before_end; ++ki) {
    const SpeakerPhrase& k = *known_[ki];
    if (!k.title.empty()) titled.insert(k.name.substr(k.name.rfind(' ') + 1));
  }
  const SpeakerPhrase* sole = nullptr;
  for (int ki = 0; ki < before_end; ++ki) {
    const SpeakerPhrase& k = *known_[ki];
    if (k.form != v1::FULL && k.form != v1::SURNAME) continue;
    const std::string last = k.name.substr(k.name.rfind(' ') + 1);
    if (titled.contains(last)) continue;
    if (sole != nullptr && sole->name.substr(sole->name.rfind(' ') + 1) != last) {
      return nullptr;
    }
    if (sole == nullptr || (k.form == v1::FULL && sole->form != v1::FULL)) sole = &k;
  }
  return sole != nullptr && sole->form == v1::FULL ? sole : nullptr;
}

int EntityRegistry::EntityForKnown(const SpeakerPhrase& known,
                                   absl::string_view text) {
  if (known.form == v1::SURNAME) {
    return ResolveName(known, text, known.span.begin);
  }
  const int idx = FindByName(known);
  return idx >= 0 ? idx : Create(known);
}

namespace {

// Whether a description's head names a business: "the company", "the
// firm", "the carmaker".
bool IsCompanyDescription(const std::vector<std::string>& words) {
  static constexpr absl::string_view kCompanyWords[] = {
      "company", "firm", "group", "carmaker", "automaker", "retailer",
      "airline", "lender", "insurer", "giant", "maker", "manufacturer",
      "chain", "operator", "conglomerate", "miner", "producer", "supplier",
      "developer", "publisher", "broadcaster", "startup", "carrier",
      "business", "brand", "supermarket", "utility"};
  return !words.empty() && std::find(std::begin(kCompanyWords), std::end(kCompanyWords),
                                     words.back()) != std::end(kCompanyWords);
}

// Whether the organisation `name` fits the description `words` ("company",
// "central bank", "force"): its head is a word of the name ("the ministry",
// "the bank"), "force" a police force, and a company's words ("the firm",
// "the carmaker") any organisation that is no public body.
bool FitsGroupDescription(const std::vector<std::string>& words,
                          absl::string_view name) {
  if (words.empty() || name.empty() ||
      !absl::ascii_isupper(static_cast<unsigned char>(name[0]))) {
    return false;
  }
  // The name's words, split once and compared in any case without copies:
  // this runs for every organisation named before each description.
  const absl::InlinedVector<absl::string_view, 8> parts =
      absl::StrSplit(name, ' ', absl::SkipEmpty());
  auto has = [&](absl::string_view w) {
    for (absl::string_view part : parts) {
      if (absl::EqualsIgnoreCase(part, w)) return true;
    }
    return false;
  };
  const std::string& head = words.back();
  if (has(head)) return true;
  if (head == "force") return has("police") || has("constabulary");
  // "the regulator", "the watchdog": a commission, authority or office.
  if (head == "regulator" || head == "watchdog") {
    return has("commission") || has("authority") || has("office") || has("agency") ||
           has("board") || has("commissioner") || has("ofcom") || has("ofgem") ||
           has("ofwat");
  }
  static constexpr absl::string_view kPublicWords[] = {
      "ministry", "department", "police", "council", "government", "agency",
      "committee", "court", "party", "union", "university", "commission",
      "office", "army", "navy", "force", "forces", "parliament", "senate",
      "congress", "assembly", "authority", "bureau", "service", "nations",
      "organization", "organisation", "federation", "association", "board"};
  if (!IsCompanyDescription(words)) return false;
  for (absl::string_view w : kPublicWords) {
    if (has(w)) return false;
  }
  // A company's own name: capitalised words (and connectors) only, so that
  // "Russian prosecutors" or "Opera spokeswoman" is none.
  for (absl::string_view w : parts) {
    const bool connector = w == "of" || w == "and" || w == "&" || w == "the" || w == "for";
    if (!connector && !absl::ascii_isupper(static_cast<unsigned char>(w[0]))) return false;
  }
  return !has("news") && !has("tv");
}

}  // namespace

int EntityRegistry::ResolveGroupDescription(const SpeakerPhrase& p,
                                            absl::string_view text,
                                            size_t position) {
  // Only a definite description in lower case: "The company", not "Apple".
  if (p.name.empty() || !absl::ascii_islower(static_cast<unsigned char>(p.name[0])) ||
      p.span.begin >= text.size() ||
      !absl::StartsWithIgnoreCase(text.substr(p.span.begin), "the ")) {
    return -1;
  }
  const std::vector<std::string> words = NameTokens(Lower(p.name));
  // Organisations that spoke before, and those that opened a sentence.
  // The newest entities only: an article with thousands of speakers costs
  // a bounded number of comparisons a description.
  int best_entity = -1;
  size_t best_position = 0;
  const int oldest = std::max(0, static_cast<int>(entities_.size()) - kMaxCandidates);
  for (int i = oldest; i < static_cast<int>(entities_.size()); ++i) {
    const Entity& e = entities_[i];
    if (e.last_position >= position) continue;
    // A one-word name with no gender or title that spoke ("Acme said") may
    // be a company: "the company", "the firm" name it, not "the ministry".
    // Not a plural noun opening a sentence ("Analysts said", "Experts
    // say"), which reads as a name there.
    const bool plural = e.tokens.size() == 1 && e.tokens[0].size() > 3 &&
                        absl::EndsWith(e.tokens[0], "s") && !absl::EndsWith(e.tokens[0], "ss");
    const bool one_word_name = e.type == v1::PERSON && e.tokens.size() == 1 && !plural &&
                               e.gender == v1::GENDER_UNSPECIFIED && e.title.empty() &&
                               e.spoke && IsCompanyDescription(words);
    if (e.type != v1::GROUP && !one_word_name) continue;
    if (FitsGroupDescription(words, e.name) &&
        (best_entity < 0 || e.last_position >= best_position)) {
      best_entity = i;
      best_position = e.last_position;
    }
  }
  // An organisation that spoke is the likelier referent; the groups that
  // opened sentences (costly to find) are asked only when none fits.
  if (best_entity >= 0) return best_entity;
  // The latest group named before, among the last few.
  auto after = GroupsBefore(position);
  for (int seen = 0; after != known_groups_.begin() && seen < kMaxCandidates; ++seen) {
    --after;
    if (after->span.begin == p.span.begin || after->form != v1::ORGANIZATION) continue;
    if (FitsGroupDescription(words, after->name)) {
      auto found = groups_by_key_.find(NormalizeGroup(after->name));
      return found != groups_by_key_.end() ? found->second : Create(*after);
    }
  }
  return -1;
}

std::vector<SpeakerPhrase>::const_iterator EntityRegistry::GroupsBefore(size_t position) {
  if (group_source_) group_source_(position, &known_groups_);
  return std::lower_bound(
      known_groups_.cbegin(), known_groups_.cend(), position,
      [](const SpeakerPhrase& g, size_t pos) { return g.span.begin < pos; });
}

int EntityRegistry::Resolve(const SpeakerPhrase& p, absl::string_view text,
                            size_t position) {
  int idx = -1;
  switch (p.form) {
    case v1::FULL:
    case v1::SURNAME: {
      idx = ResolveName(p, text, position);
      break;
    }
    case v1::PRONOUN: {
      const std::string l = Lower(p.name);
      const bool recent = last_speaker_ >= 0 &&
                          position < entities_[last_speaker_].last_position +
                                         kMaxPronounDistance;
      if (l == "they" || l == "it" || l == "them") {
        // "Monsanto admitted ... It said ...": a group that spoke, or a
        // one-word name that a later "it" shows to be an organisation; or a
        // group that opened a sentence since ("The firm insisted ...").
        int spoke = -1;
        if (recent) {
          Entity& e = entities_[last_speaker_];
          if (e.type == v1::GROUP || (l == "it" && e.tokens.size() == 1 &&
                                      e.gender == v1::GENDER_UNSPECIFIED)) {
            spoke = last_speaker_;
          }
        }
        const SpeakerPhrase* named = nullptr;
        auto after = GroupsBefore(position);
        // The latest group that opened a sentence; for "it", a one-word
        // subject too ("Electrolux saw its shares rise after it said"),
        // unless a person of that name is known or it spoke as one.
        bool latest = true;
        const bool tail = IsTailPronoun(text, p.span);
        for (int seen = 0; after != known_groups_.cbegin() && seen < kMaxCandidates; ++seen) {
          const SpeakerPhrase& g = *--after;
          if (position - g.span.begin >= kMaxPronounDistance ||
              (spoke >= 0 && g.span.begin <= entities_[spoke].last_position)) {
            break;
          }
          // In a tail the sentence's own subject is what was said: "The
          // European Union was imposing new rules, it noted."
          if (tail && g.span.end <= p.span.begin &&
              text.substr(g.span.end, p.span.begin - g.span.end).find_first_of(".!?") ==
                  absl::string_view::npos) {
            continue;
          }
          if (g.form == v1::ORGANIZATION) {
            named = &g;
            break;
          }
          // The one-word subject only when it is the latest and near, and
          // not for a tail ("Wine makers ... are worried, it said"), where
          // it opens what was said.
          if (latest && l == "it" && position - g.span.begin < kMaxOneWordSubjectDistance &&
              !tail && !IsKnownPersonName(g.name)) {
            named = &g;
            break;
          }
          latest = false;
        }
        if (named != nullptr) {
          auto found = groups_by_key_.find(NormalizeGroup(named->name));
          if (found != groups_by_key_.end()) {
            idx = found->second;
          } else {
            SpeakerPhrase group = *named;
            group.form = v1::ORGANIZATION;
            idx = Create(group);
          }
        } else if (spoke >= 0) {
          Entity& e = entities_[spoke];
          if (e.type != v1::GROUP) {
            e.type = v1::GROUP;
            groups_by_key_.emplace(NormalizeGroup(e.name), spoke);
          }
          idx = spoke;
        }
        break;
      }
      if (l == "i" || l == "we") break;
      // Someone named after the last speaker spoke is the likelier
      // antecedent: "... Lopez said. Smith opened the meeting. He
      // explained ...".
      // A sentence's subject is likelier than a person named after it in
      // the sentence: "Spain coach Luis Aragones is furious after being
      // fined for his comments about Thierry Henry. “...,” he said."
      const SpeakerPhrase* newer = nullptr;
      const SpeakerPhrase* newer_subject = nullptr;
      const auto [near_begin, near_end] = KnownBefore(position, kMaxPronounDistance);
      for (int ki = near_begin; ki < near_end; ++ki) {
        const SpeakerPhrase& k = *known_[ki];
        // "... misgivings about the armed forces under President Barack
        // Obama. “...,” he said": a person named after a preposition is no
        // newer antecedent than the last speaker.
        if (!k.quoted && Compatible(k.gender, p.gender) &&
            (last_speaker_ < 0 ||
             (k.span.begin > entities_[last_speaker_].last_position &&
              !AfterPreposition(text, k.span.begin))) &&
            position < k.span.begin + kMaxPronounDistance) {
          newer = &k;
          if (OpensSentence(text, k.span.begin)) newer_subject = &k;
        }
      }
      if (newer_subject != nullptr) newer = newer_subject;
      if (newer != nullptr) {
        idx = EntityForKnown(*newer, text);
      } else if (recent && SpeaksAsOnePerson(entities_[last_speaker_], p.gender)) {
        idx = last_speaker_;
      } else {
        // The latest person named before the pronoun.
        const SpeakerPhrase* best = nullptr;
        for (int ki = near_begin; ki < near_end; ++ki) {
          if (!known_[ki]->quoted && Compatible(known_[ki]->gender, p.gender)) {
            best = known_[ki];
          }
        }
        // The last speaker is still the best guess when no one else was
        // named since.
        if (best == nullptr && last_speaker_ >= 0 &&
            SpeaksAsOnePerson(entities_[last_speaker_], p.gender)) {
          idx = last_speaker_;
        }
        if (best != nullptr) {
          idx = EntityForKnown(*best, text);
        }
      }
      if (idx >= 0 && entities_[idx].gender == v1::GENDER_UNSPECIFIED) {
        entities_[idx].gender = p.gender;
      }
      break;
    }
    case v1::DESCRIPTION: {
      std::vector<std::string> words = NameTokens(Lower(p.name));
      // "the PM", "the CM": the office written out, as titles spell it.
      if (!words.empty() && (words.back() == "pm" || words.back() == "cm")) {
        const std::string first = words.back() == "pm" ? "prime" : "chief";
        words.back() = first;
        words.push_back("minister");
      }
      // The head; for an abbreviated office the whole office ("chief
      // minister" is no "minister").
      const std::string head =
          words.empty() ? ""
          : words.size() >= 2 && words.back() == "minister" &&
                  (words[words.size() - 2] == "prime" || words[words.size() - 2] == "chief")
              ? absl::StrCat(words[words.size() - 2], " minister")
              : words.back();
      absl::string_view age;
      // "“They deserved to win,” the Spaniard said": a nationality names the
      // person who just spoke, else no one for sure.
      if (words.size() == 1 && IsPersonDemonym(head)) {
        const bool recent = last_speaker_ >= 0 &&
                            entities_[last_speaker_].type == v1::PERSON &&
                            position < entities_[last_speaker_].last_position +
                                           kMaxPronounDistance;
        idx = recent ? last_speaker_ : Create(p);
        break;
      }
      if (IsAgeNoun(head, &age)) {
        // "the 54-year-old said": the person whose age was given ("Paul
        // Grant, 54,"), else the latest person named close before.
        const SpeakerPhrase* best = nullptr;
        const auto [near_begin, near_end] = KnownBefore(position, kMaxPronounDistance);
        for (int ki = near_end - 1; ki >= near_begin && best == nullptr; --ki) {
          const size_t e = known_[ki]->span.end;
          absl::string_view after = text.substr(e, std::min<size_t>(8, text.size() - e));
          if ((absl::ConsumePrefix(&after, ", ") || absl::ConsumePrefix(&after, " (")) &&
              absl::StartsWith(after, age) && after.size() > age.size() &&
              !absl::ascii_isdigit(static_cast<unsigned char>(after[age.size()]))) {
            best = known_[ki];
          }
        }
        if (best == nullptr && near_end > near_begin) {
          best = known_[near_end - 1];
          // A person who spoke since, named by surname ("Saka said ... the
          // 22-year-old replied"), is the nearer one.
          if (last_speaker_ >= 0 && entities_[last_speaker_].type == v1::PERSON &&
              entities_[last_speaker_].last_position > best->span.end &&
              position < entities_[last_speaker_].last_position + kMaxPronounDistance) {
            best = nullptr;
            idx = last_speaker_;
          }
        }
        if (best != nullptr) {
          idx = EntityForKnown(*best, text);
        }
        if (idx >= 0) break;
      }
      // The title holds the head; and a description with a capitalised
      // modifier ("the Federal Reserve head") needs it in the title or the
      // organisation, not just any "head of currency strategy".
      const std::string lower_name = Lower(p.name);
      auto fits = [&](const std::string& title, const std::string& org) {
        const std::string t = Lower(title);
        if (!absl::StrContains(t, head)) return false;
        // "the transport secretary" is not the shadow transport secretary,
        // nor "the minister" a deputy or former one.
        for (absl::string_view rank :
             {"shadow", "deputy", "former", "vice", "assistant", "under", "ex-"}) {
          if (absl::StrContains(t, rank) && !absl::StrContains(lower_name, rank)) {
            return false;
          }
        }
        // Nor is "the former president" the president. (A deputy may be
        // described by a rank that a title cut short has lost: "First
        // Deputy Minister of Culture, Acting Minister Anar Karimov".)
        for (absl::string_view rank : {"former", "ex-"}) {
          if (absl::StrContains(lower_name, rank) && !absl::StrContains(t, rank)) return false;
        }
        if (p.qualifiers.empty()) return true;
        const std::string o = Lower(org);
        for (const std::string& q : p.qualifiers) {
          if (!absl::StrContains(t, q) && !absl::StrContains(o, q)) return false;
        }
        return true;
      };
      const int oldest = std::max(0, static_cast<int>(entities_.size()) - kMaxCandidates);
      for (int i = static_cast<int>(entities_.size()) - 1; i >= oldest && !head.empty();
           --i) {
        // "the department head" is not "the Federal Reserve head" either.
        bool shared = true;
        for (const std::string& q : entities_[i].qualifiers) {
          shared &= std::find(p.qualifiers.begin(), p.qualifiers.end(), q) != p.qualifiers.end();
        }
        if (shared && fits(entities_[i].title, entities_[i].organization)) {
          idx = i;
          break;
        }
      }
      if (idx < 0 && !head.empty()) {
        // The latest person with that title named before, else the first
        // named after (a description can come before the full name).
        const SpeakerPhrase* best = nullptr;
        const auto [before_begin, before_end] =
            KnownBefore(position, std::numeric_limits<size_t>::max());
        for (int ki = before_end - 1; ki >= before_begin && best == nullptr; --ki) {
          if (fits(known_[ki]->title, known_[ki]->organization)) best = known_[ki];
        }
        for (int ki = before_end; best == nullptr && ki < static_cast<int>(known_.size()) &&
                                  ki < before_end + kMaxCandidates;
             ++ki) {
          if (fits(known_[ki]->title, known_[ki]->organization)) best = known_[ki];
        }
        if (best == nullptr) best = SoleUntitledHolder(p, words, text, before_end);
        if (best != nullptr) {
          idx = EntityForKnown(*best, text);
        }
      }
      if (idx < 0) idx = Create(p);
      break;
    }
    case v1::ORGANIZATION: {
      idx = ResolveGroupDescription(p, text, position);
      if (idx >= 0) break;
      auto found = groups_by_key_.find(NormalizeGroup(p.name));
      idx = found != groups_by_key_.end() ? found->second : Create(p);
      break;
    }
    default:
      break;
  }
  if (idx >= 0) {
    entities_[idx].mentions.push_back({p.span, p.form});
    entities_[idx].last_position = position;
  }
  return idx;
}

void EntityRegistry::NoteSpeech(int index, size_t position) {
  if (index < 0) return;
  entities_[index].spoke = true;
  entities_[index].last_position = position;
  last_speaker_ = index;
}

}  // namespace internal
}  // namespace quotes
