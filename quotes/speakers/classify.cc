// A span of words read as one speaker phrase: a pronoun, a full name or a
// surname with its title and organisation, a description or a group.
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
  p.span = {tokens[begin].span().begin, tokens[end - 1].span().end};
  if (end - begin == 1 && words_.IsPronoun(tokens[begin].text)) {
    p.form = v1::PRONOUN;
    p.name = std::string(tokens[begin].text);
    p.gender = words_.PronounGender(tokens[begin].text);
    return;
  }
  if (ClassifyAffiliatedPerson(text, tokens, begin, end, out) ||
      ClassifyCompanySpeakers(text, tokens, begin, end, out)) {
    return;
  }
  // The name: the run of name words at the end of the phrase.
  int k = NameRunBegin(tokens, begin, end);
  if (ClassifyAroundName(text, tokens, begin, end, &k, out)) return;
  if (k < end) {
    ClassifyName(text, tokens, begin, k, end, out);
    return;
  }
  ClassifyUnnamed(text, tokens, begin, end, out);
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::ClassifyAffiliatedPerson(absl::string_view text,
                                         const std::vector<Token>& tokens, int begin,
                                         int end, SpeakerPhrase* out) const {
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
      return false;
    }
    SpeakerPhrase person = Classify(text, tokens, begin, m);
    if (person.form != v1::FULL && !(honorific && person.form == v1::SURNAME)) {
      return false;
    }
    int ob = m + 1;
    while (ob < end && words_.IsDeterminer(tokens[ob].text)) ++ob;
    if (person.organization.empty() && ob < end) {
      person.organization = JoinTokens(text, tokens, ob, end);
    }
    person.span.end = tokens[end - 1].span().end;
    *out = std::move(person);
    return true;
  }
  return false;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::ClassifyCompanySpeakers(absl::string_view text,
                                        const std::vector<Token>& tokens, int begin,
                                        int end, SpeakerPhrase* out) const {
  SpeakerPhrase& p = *out;
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
    return true;
  }
  // "Analysts at Goldman Sachs", "Economists from Capital Economics": people
  // in the plural speak for the organisation they work at.
  {
    int b0 = begin;
    while (b0 < end && words_.IsDeterminer(tokens[b0].text)) ++b0;
    const absl::string_view w = b0 + 2 < end ? tokens[b0].text : "";
    if (w.size() > 4 && absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss") &&
        (tokens[b0 + 1].text == "at" || tokens[b0 + 1].text == "from") &&
        (IsTitleWord(tokens[b0]) || IsGroupNoun(tokens[b0]) ||
         absl::EndsWith(w, "ists") || absl::EndsWith(w, "ers"))) {
      bool proper = true;
      for (int i = b0 + 2; i < end && proper; ++i) {
        proper = tokens[i].capitalized || tokens[i].acronym || words_.IsConnector(tokens[i].text);
      }
      if (proper && (tokens[b0 + 2].capitalized || tokens[b0 + 2].acronym)) {
        p.form = v1::ORGANIZATION;
        p.name = JoinTokens(text, tokens, b0 + 2, end);
        p.title = std::string(w);
        return true;
      }
    }
  }
  return false;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline int NameModel::NameRunBegin(const std::vector<Token>& tokens, int begin, int end) const {
  int k = end;
  // "Larry King", "Mr. Dean": a title closing a name is its surname.
  if (SurnameTitleAt(tokens, begin, end - 1) ||
      (end - begin == 1 && IsSurnameTitle(tokens[begin]))) {
    --k;
  } else if (end - begin >= 3 && words_.IsNameSuffix(tokens[end - 1].text) &&
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
        !words_.IsCountryAcronym(t.text) && (k - 1 == begin || !tokens[k - 2].acronym)) {
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
  return k;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::ClassifyAroundName(absl::string_view text, const std::vector<Token>& tokens,
                                   int begin, int end, int* name_begin,
                                   SpeakerPhrase* out) const {
  SpeakerPhrase& p = *out;
  int& k = *name_begin;
  // "the Commission on Presidential Debates", "Bank of New England": an
  // organisation word joined to the run by a preposition names the whole
  // as an organisation, not a person.
  if (k < end && k - 1 > begin && words_.IsConnector(tokens[k - 1].text)) {
    int b0 = begin;
    while (b0 < k - 1 && words_.IsDeterminer(tokens[b0].text)) ++b0;
    for (int i = b0; i < k - 1; ++i) {
      if (InOrgWords(tokens[i])) {
        // The organisation's name is the capitalised run around the word;
        // lower-case words before it are the speaker's role ("a spokesman
        // for the Ministry of Transport").
        int ob = i;
        while (ob > b0 && (tokens[ob - 1].capitalized || tokens[ob - 1].acronym)) --ob;
        p.form = v1::ORGANIZATION;
        p.name = JoinTokens(text, tokens, ob, end);
        return true;
      }
    }
  }
  // "Ambassador to Morocco Oktay Gurbanov": Morocco belongs to the title.
  while (k < end - 1 && k > begin && words_.IsObjectPreposition(tokens[k - 1].text)) {
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
  if (k == end - 1 && k > begin && words_.IsObjectPreposition(tokens[k - 1].text)) {
    // "The minister in Kabul said": the place says where the minister is,
    // not whom he speaks for.
    const absl::string_view prep = tokens[k - 1].text;
    if (k >= begin + 2 && tokens[k - 2].lower && IsTitleWord(tokens[k - 2]) &&
        (prep == "in" || prep == "on" || prep == "from")) {
      SpeakerPhrase role = Classify(text, tokens, begin, k - 1);
      if (role.form == v1::DESCRIPTION) {
        role.span.end = tokens[end - 1].span().end;
        *out = std::move(role);
        return true;
      }
    }
    if (k >= begin + 2 && tokens[k - 2].lower &&
        (IsTitleWord(tokens[k - 2]) || IsGroupNoun(tokens[k - 2]))) {
      p.form = v1::ORGANIZATION;
      p.name = std::string(tokens[k].text);
      int tb = begin;
      while (tb < k - 1 && words_.IsDeterminer(tokens[tb].text)) ++tb;
      p.title = JoinTokens(text, tokens, tb, k - 1);
      return true;
    }
    k = end;
  }
  // "UK Coal said", "US Steel said": a country's acronym before one
  // capitalised word names a company or a body, not a person called Coal.
  // (Other capitals may be initials: "KK Mittal", "MS Dhoni".)
  if (end - begin == 2 && k == begin + 1 && tokens[k].capitalized &&
      words_.IsCountryAcronym(tokens[begin].text) && !IsFirstName(tokens[k].text)) {
    p.form = v1::ORGANIZATION;
    p.name = JoinTokens(text, tokens, begin, end);
    return true;
  }
  // "the Spaniard said": a nationality for the person just named, like "the
  // 54-year-old".
  if (k + 1 == end && k > begin && words_.IsDeterminer(tokens[k - 1].text) &&
      words_.IsPersonDemonym(tokens[k].text)) {
    p.form = v1::DESCRIPTION;
    p.name = std::string(tokens[k].text);
    return true;
  }
  return false;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline void NameModel::ClassifyName(absl::string_view text, const std::vector<Token>& tokens,
                             int begin, int k, int end, SpeakerPhrase* out) const {
  SpeakerPhrase& p = *out;
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
    const v1::Gender honorific = words_.HonorificGender(tokens[k - 1].text);
    if (honorific != v1::GENDER_UNSPECIFIED) p.gender = honorific;
    // "ABN Amro's Eddie Wong", "the party's leader John Smith".
    int owner = -1;
    for (int i = begin; i < k; ++i) {
      if (IsPossessive(tokens[i])) owner = i;
    }
    if (owner >= 0) {
      int ob = begin;
      while (ob < owner && (words_.IsDeterminer(tokens[ob].text) || IsHonorific(tokens[ob]))) ++ob;
      std::string org = JoinTokens(text, tokens, ob, owner + 1);
      org.resize(org.size() - (absl::EndsWith(org, "'s") ? 2 : 4));
      SplitTitle(text, tokens, owner + 1, k, &p);
      if (p.organization.empty()) p.organization = org;
    } else {
      SplitTitle(text, tokens, begin, k, &p);
    }
  }
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline void NameModel::ClassifyUnnamed(absl::string_view text, const std::vector<Token>& tokens,
                                int begin, int end, SpeakerPhrase* out) const {
  SpeakerPhrase& p = *out;
  // No name: a description ("the department director") or a group.
  const Token& head = tokens[end - 1];
  int b = begin;
  // "one victim", "One resident": "one" before a noun counts as "a".
  // "Mr Blair's official spokesman" is named "Blair's official spokesman".
  while (b < end && (words_.IsDeterminer(tokens[b].text) ||
                     words_.IsPossessiveDeterminer(tokens[b].text) ||
                     (b + 1 < end && words_.IsOne(tokens[b].text)) ||
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
    while (nb < end - 1 && (words_.IsPossessiveDeterminer(tokens[nb].text) || words_.IsOne(tokens[nb].text) ||
                            (IsHonorific(tokens[nb]) && IsPossessive(tokens[nb + 1])))) {
      ++nb;
    }
    p.name = JoinTokens(text, tokens, nb, end);
    SplitTitle(text, tokens, begin, end, &p);
    for (int i = b; i < end - 1; ++i) {
      const Token& t = tokens[i];
      // A nationality ("the Azerbaijani minister", "the British envoy")
      // is seldom written into the title it describes: no qualifier.
      // A party's member ("the state's Republican governor") is one: the
      // person described is of that party, which the title must say.
      const bool party = (t.lex & kPartyMember) != 0;
      const bool demonym = !t.acronym && !party && LooksLikeDemonym(t.text);
      if ((t.capitalized || t.acronym) && !t.punct &&
          (party || (!demonym && !IsTitleWord(t) && !IsHonorific(t) && !IsPossessive(t)))) {
        p.qualifiers.push_back(LowerAscii(t.text));
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
      b > begin || (begin > 0 && words_.IsDeterminer(tokens[begin - 1].text) &&
                    end - b == 2 && tokens[b].lower && IsPossessive(tokens[b]));
  if (after_article && head.lower && !head.punct && end - b <= 4) {
    p.form = v1::ORGANIZATION;
    p.name = JoinTokens(text, tokens, b, end);
    return;
  }
  return;
}

}  // namespace internal
}  // namespace quotes
