// The persons and groups an article names anywhere, as antecedents for
// later surnames, descriptions and pronouns.
#include "quotes/speakers/name_model.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "quotes/speakers/word_shapes.h"

namespace quotes {
namespace internal {

bool NameModel::LooksLikeCompanySubject(const Token& t) const {
  const absl::string_view w = t.text;
  return t.capitalized && !t.acronym && w.size() >= 3 && !IsTitleWord(t) &&
         !IsHonorific(t) && !InNotNames(t) && !words_.IsSentenceOpener(w) &&
         !IsFirstName(w) && !absl::EndsWith(w, "ly") &&
         !absl::EndsWith(w, "ing") && !(absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss")) &&
         w.find('\'') == absl::string_view::npos && w.find("\u2019") == absl::string_view::npos;
}

bool LooksLikeFiniteVerb(const Token& t) {
  return t.lower && !t.punct && SpeakerWords::BuiltIn().LooksLikeFiniteVerb(t.text);
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
        !words_.IsDeterminer(tokens[start].text) && !words_.IsPronoun(tokens[start].text)) {
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
    const bool country = words_.country_abbreviations.Contains(head.text);
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
                            std::vector<SpeakerPhrase>* out,
                            std::vector<SpeakerPhrase>* possessive_names) const {
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
      AddFullName(text, tokens, i, j, out);
    } else if (j - i == 1 && i > 0 && IsHonorific(tokens[i - 1]) && !modifier) {
      // "Mr. Obama", "Mrs Clinton": an antecedent for a later "he"/"she".
      SpeakerPhrase p = ParseBefore(text, tokens, j, false);
      if (p.form == v1::SURNAME) out->push_back(std::move(p));
    } else if (j - i == 1 && j < n && IsPossessive(tokens[j]) &&
               tokens[j].capitalized) {
      // "Charles Clarke's plan": a full name for a later "Mr Clarke".
      AddPossessiveName(tokens, i, j, out, possessive_names);
      ++j;
    }
    i = j;
  }
}

void NameModel::FindPersonsInTitleCase(absl::string_view text,
                                       const std::vector<Token>& tokens,
                                       std::vector<SpeakerPhrase>* out) const {
  const int n = static_cast<int>(tokens.size());
  for (int i = 0; i + 1 < n; ++i) {
    const v1::Gender g = FirstNameGender(tokens[i].text);
    const Token& last = tokens[i + 1];
    if (g == v1::GENDER_UNSPECIFIED || !IsNameToken(tokens[i]) || !IsNameToken(last) ||
        FirstNameGender(last.text) != v1::GENDER_UNSPECIFIED || IsTitleWord(last) ||
        InOrgWords(last)) {
      continue;
    }
    SpeakerPhrase p;
    p.form = v1::FULL;
    p.span = {tokens[i].span().begin, last.span().end};
    p.name = std::string(text.substr(p.span.begin, p.span.size()));
    p.gender = g;
    out->push_back(std::move(p));
    ++i;
  }
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline void NameModel::AddFullName(absl::string_view text, const std::vector<Token>& tokens, int i,
                            int j, std::vector<SpeakerPhrase>* out) const {
  SpeakerPhrase p = ParseBefore(text, tokens, j, false);
  // The word before the phrase, its title included ("met Ambassador to
  // France Anna Berg" is a person; "in South Harbour" a place).
  int pb = i;
  while (pb > 0 && tokens[pb - 1].span().end > p.span.begin) --pb;
  if (p.form != v1::FULL || !NamesPersonAt(tokens, i, j, pb)) return;
  AddAppositiveDetails(text, tokens, j, &p);
  out->push_back(std::move(p));
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::NamesPersonAt(const std::vector<Token>& tokens, int i, int j, int pb) const {
  const int n = static_cast<int>(tokens.size());
  // "The UK's Andrea Arnold", "the EPA's Andrew Fanara": an owner
  // opens the phrase, and the article before it goes with the owner.
  const bool owned = IsPossessive(tokens[pb]) ||
                     (words_.IsDeterminer(tokens[pb].text) && pb + 1 < n &&
                      IsPossessive(tokens[pb + 1]));
  const bool placed =
      !owned &&
      ((pb > 0 &&
        ((tokens[pb - 1].lower && words_.IsPlacePreposition(tokens[pb - 1].text)) ||
         words_.IsDeterminer(tokens[pb - 1].text) || tokens[pb - 1].text == "&")) ||
       words_.IsDeterminer(tokens[pb].text));
  // A role word right before the name makes it a person whatever comes
  // before the role: "the news that defender Sol Campbell", "between
  // Fiat boss Sergio Marchionne".
  // So does an honorific or a title written short: "the Rev. Al Sharpton",
  // "the Hon. Anna Berg".
  const bool titled =
      i > 0 && (((tokens[i - 1].lower || absl::EndsWith(tokens[i - 1].text, ".")) &&
                 IsTitleWord(tokens[i - 1])) ||
                IsHonorific(tokens[i - 1]));
  // "goals from Bukayo Saka, Martin Odegaard and ...": a known first name
  // makes a person after a preposition of place too (not "from New York").
  return !placed || titled || (pb == i && j - i == 2 && IsFirstName(tokens[i].text));
}

void NameModel::AddAppositiveDetails(absl::string_view text, const std::vector<Token>& tokens,
                                     int j, SpeakerPhrase* p) const {
  const int n = static_cast<int>(tokens.size());
  // A following appositive carries the title: "AlMalik, Director-General
  // of the ... (ICESCO)". It fills only what the phrase lacks: a phrase
  // with a title and an organisation is not read again.
  if (p->title.empty() || p->organization.empty()) {
    int start = j - 1;
    while (start > 0 && tokens[start - 1].span().end >= p->span.begin &&
           !tokens[start - 1].punct) {
      --start;
    }
    int unused = 0;
    SpeakerPhrase after = ParseAfter(text, tokens, start, &unused);
    if (after.form == v1::FULL && after.name == p->name) {
      if (p->title.empty()) p->title = after.title;
      if (p->organization.empty()) p->organization = after.organization;
    }
  }
  if (p->title.empty() && j + 2 < n && tokens[j].text == ",") {
    // "The Labour leader, Anna Berg, met ...": the description before.
    SpeakerPhrase around = ParseAppositiveBefore(text, tokens, j, false);
    if (around.form == v1::FULL && around.name == p->name) {
      p->title = around.title;
    }
    // "... met Anna Berg, the former foreign minister.": a definite
    // appositive closing the sentence, headed by a title word.
    int e = j + 1;
    while (p->title.empty() && e < n && e - j <= 10 && !tokens[e].punct) ++e;
    if (p->title.empty() && e < n && e - j <= 10 && tokens[e].text == "." &&
        words_.IsDeterminer(tokens[j + 1].text) && tokens[e - 1].lower &&
        IsTitleWord(tokens[e - 1])) {
      p->title = JoinTokens(text, tokens, j + 2, e);
    }
  }
  if (p->organization.empty() && j < n && tokens[j].text == ",") {
    // Look for "(ACRONYM)" closing the appositive. Without one ("Anar
    // Karimov held a meeting with Salim M. AlMalik, Director-General
    // of ... (ICESCO)") the acronym is someone else's.
    for (int k = j; k + 2 < n && k < j + 30; ++k) {
      if (tokens[k].text == "." || tokens[k].text == ";") break;
      if (tokens[k].text == "(" && tokens[k + 1].acronym &&
          tokens[k + 2].text == ")") {
        p->organization = std::string(tokens[k + 1].text);
        break;
      }
    }
  }
}

void NameModel::AddPossessiveName(const std::vector<Token>& tokens, int i, int j,
                                  std::vector<SpeakerPhrase>* out,
                                  std::vector<SpeakerPhrase>* possessive_names) const {
  const v1::Gender g = FirstNameGender(tokens[i].text);
  const absl::string_view text_j = tokens[j].text;
  // "Green's", "Green’s": the surname without the owner's mark.
  const absl::string_view last =
      text_j.substr(0, text_j.size() - (absl::EndsWith(text_j, "'s") ? 2 : 4));
  if (g == v1::GENDER_UNSPECIFIED) {
    // A first name the lexicon does not know: a person's name when neither
    // word names something else ("Wall Street's", "Ontario Power's", "New
    // York's") and no article or owner comes before ("the Green Party's").
    if (possessive_names == nullptr || last.size() < 2 || tokens[i].acronym ||
        IsTitleWord(tokens[i]) || IsGroupNoun(tokens[i]) || InOrgWords(tokens[i]) ||
        IsDateWord(tokens[i]) || InWritten(tokens[i].text, kPlaceOpener) ||
        InWritten(last, kOrgWord) ||
        InWritten(last, kNotNameWord)) {
      return;
    }
    if (i > 0 && (words_.IsDeterminer(tokens[i - 1].text) || IsPossessive(tokens[i - 1]))) {
      return;
    }
  }
  SpeakerPhrase p;
  p.form = v1::FULL;
  p.name = absl::StrCat(tokens[i].text, " ", last);
  p.span = {tokens[i].span().begin, tokens[j].span().begin + last.size()};
  p.gender = g;
  (g != v1::GENDER_UNSPECIFIED ? out : possessive_names)->push_back(std::move(p));
}

}  // namespace internal
}  // namespace quotes
