// Titles and roles: a title split from its organisation ("Acme Chief
// Executive", "chief economist at RBC"), a role read as an appositive, and
// the title or group whose object a phrase is.
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
#include "quotes/speakers/entity_registry.h"
#include "quotes/speakers/word_shapes.h"

namespace quotes {
namespace internal {

void NameModel::SplitTitle(absl::string_view text,
                           const std::vector<Token>& tokens, int begin, int end,
                           SpeakerPhrase* p) const {
  // Drop determiners, honorifics, dangling connectors and a conjunction or
  // adverb opening the sentence ("But opposition councillor Andrew Carter")
  // at either end.
  while (begin < end &&
         (words_.IsDeterminer(tokens[begin].text) || words_.IsSentenceOpener(tokens[begin].text) ||
          words_.IsOne(tokens[begin].text) ||
          words_.IsPossessiveDeterminer(tokens[begin].text) || tokens[begin].punct ||
          IsHonorific(tokens[begin]) ||
          words_.IsConnector(tokens[begin].text))) {
    if (p->gender == v1::GENDER_UNSPECIFIED) {
      p->gender = words_.HonorificGender(tokens[begin].text);
    }
    ++begin;
  }
  while (end > begin &&
         (words_.IsConnector(tokens[end - 1].text) || tokens[end - 1].punct)) {
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
  while (tb < te && words_.IsConnector(tokens[tb].text)) ++tb;
  while (te > tb && words_.IsConnector(tokens[te - 1].text)) --te;
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
      const int first_title = OrganizationBeforeTitle(tokens, tb, te);
      if (first_title >= 0) {
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

int NameModel::OrganizationBeforeTitle(const std::vector<Token>& tokens, int tb, int te) const {
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
          (t.acronym || !LooksLikeDemonym(t.text)) && !words_.IsRankWord(t.text) &&
          !IsDateWord(t) && (t.lex & kPartyMember) == 0 &&
          !absl::StartsWithIgnoreCase(t.text, "ex-") &&
          !absl::EndsWith(t.text, "-born") && !absl::EndsWith(t.text, "-based");
  }
  return org ? first_title : -1;
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
        if (tokens[k].lower && !words_.IsDeterminer(tokens[k].text) &&
            !words_.IsConnector(tokens[k].text) && ++lower > 3) {
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
  if (!tokens[j].lower || !words_.LooksLikeAgentNoun(tokens[j].text)) return -1;
  for (int k = j - 1; k >= 2 && j - k <= 5 && !tokens[k].punct; --k) {
    if (!words_.IsDeterminer(tokens[k].text)) continue;
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

}  // namespace internal
}  // namespace quotes
