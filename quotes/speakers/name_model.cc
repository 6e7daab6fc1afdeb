// NameModel's word knowledge: the lexicon's lists merged into one table of
// word classes, looked up once per token, and the tests of a token's
// classes and name shape.
#include "quotes/speakers/name_model.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_split.h"
#include "quotes/speakers/word_shapes.h"

namespace quotes {
namespace internal {

NameModel::NameModel(const v1::Lexicon& lexicon,
                     const std::vector<std::string>& cue_forms)
    : words_(lexicon) {
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
  for (const auto& w : lexicon.place_name_openers()) written_.Add(w, kPlaceOpener);
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

// Whether `t` (its classes looked up) can be a word of a person's name.
bool NameShaped(const SpeakerWords& words, const Token& t) {
  if (t.punct || !t.capitalized) return false;
  // Most words are ASCII letters alone: no possessive, initial or digit.
  if (t.alpha) {
    return words.IsRomanSuffix(t.text) || (!t.acronym && (t.lex & kNeverName) == 0);
  }
  // Possessives are not speakers: "Clinton’s".
  if (absl::EndsWith(t.text, "'s") || absl::EndsWith(t.text, "’s")) return false;
  // A party and a state close a name, and are none of it: "Sen. Anna Berg,
  // D-Conn." (and no "D-Conn. Schumer" where a sentence ends after it).
  if (IsPartyStateTag(t.text)) return false;
  // Initials: "M.", "G.K.".
  if (t.text.size() >= 2 && t.text.size() % 2 == 0) {
    bool initials = true;
    for (size_t i = 0; i < t.text.size(); i += 2) {
      initials &= absl::ascii_isupper(static_cast<unsigned char>(t.text[i])) &&
                  t.text[i + 1] == '.';
    }
    if (initials && !words.country_initials.Contains(t.text)) {
      return true;
    }
  }
  // Generational suffixes close a name: "Paul Grant III".
  if (words.IsRomanSuffix(t.text)) return true;
  if (t.acronym) return false;
  if ((t.lex & kNeverName) != 0) return false;
  for (char c : t.text) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

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
void MarkNameShape(const SpeakerWords& words, Token* token) {
  Token& t = *token;
  // Most words are ASCII letters alone (no hyphen, not punctuation):
  // NameShaped in bit operations, as branches on each word's case
  // mispredict. An acronym of letters is capitalised.
  if (t.alpha && !t.text.empty()) {
    const bool name = t.capitalized & !t.acronym & ((t.lex & kNeverName) == 0);
    t.lex |= name ? kNameToken : 0;
    if (t.acronym && words.IsRomanSuffix(t.text)) t.lex |= kNameToken;
    return;
  }
  if (t.punct || t.text.empty()) return;
  // The hyphen's place rejects nearly every word at once ("and", "are").
  if (t.lower && t.text.size() > 4 && (t.text[2] == '-' || t.text[3] == '-') &&
      IsArticlePrefixedName(t.text)) {
    t.capitalized = true;
    t.lower = false;
  }
  if (NameShaped(words, t)) t.lex |= kNameToken;
}

}  // namespace

NameModel::NameShapeMarker::NameShapeMarker(const SpeakerWords* words)
    : WordMarker(kNeverName, kNameToken), words_(words) {}

void NameModel::NameShapeMarker::Mark(Token* t) const { MarkNameShape(*words_, t); }

void NameModel::Annotate(std::vector<Token>* tokens) const {
  for (Token& t : *tokens) {
    t.lex = t.punct || t.text.empty() ? 0 : ClassesOf(absl::StripSuffix(t.text, "."));
  }
  MarkNameShapes(tokens);
}

std::vector<Token> NameModel::Tokenize(absl::string_view text, TextSpan range) const {
  return internal::Tokenize(text, range, &classes_, &marker_);
}

void NameModel::MarkNameShapes(std::vector<Token>* tokens) const {
  for (Token& t : *tokens) MarkNameShape(words_, &t);
}

uint16_t NameModel::ClassesOf(absl::string_view key) const {
  return classes_.Find(key);
}

bool NameModel::MayStartCue(absl::string_view run) const {
  return (ClassesOf(run) & kCueStart) != 0;
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
  if (i + 1 < n && !words_.IsNameSuffix(tokens[i + 1].text) &&
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
  return IsNameToken(prev) && !(i - 2 >= 0 && words_.IsDeterminer(tokens[i - 2].text));
}

}  // namespace internal
}  // namespace quotes
