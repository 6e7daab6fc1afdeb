// The speaker phrase that starts right after a cue ("said energy analyst
// Orin Middleton, a partner at ..."), with its appositive.
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

SpeakerPhrase NameModel::ParseAfter(absl::string_view text,
                                    const std::vector<Token>& tokens, int begin,
                                    int* next) const {
  SpeakerPhrase p;  // what every path returns
  *next = begin;
  const int n = static_cast<int>(tokens.size());
  if (begin >= n || tokens[begin].punct) return p;
  if (words_.IsPronoun(tokens[begin].text)) {
    *next = begin + 1;
    ClassifyInto(text, tokens, begin, begin + 1, &p);
    return p;
  }
  const bool determiner = words_.IsDeterminer(tokens[begin].text);
  const int end = PhraseEndAfter(tokens, begin, determiner);
  if (end <= begin || (determiner && end == begin + 1)) return p;
  ClassifyInto(text, tokens, begin, end, &p);
  *next = end;
  AppositiveAfter(text, tokens, end, next, &p);
  return p;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline int NameModel::PhraseEndAfter(const std::vector<Token>& tokens, int begin,
                              bool determiner) const {
  const int n = static_cast<int>(tokens.size());
  int j = begin + (determiner ? 1 : 0);
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
      if (OwnsNextWord(tokens, j)) continue;
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
        const int h = LowerHeadEnd(tokens, j);
        if (h > j + 1) {
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
    const bool joins = JoinsAfterCue(tokens, begin, j);
    if (joins && j + 1 < n &&
        (tokens[j + 1].capitalized || words_.IsDeterminer(tokens[j + 1].text))) {
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
    if ((t.lower || IsAgeNoun(t.text) ||
         (!t.capitalized && absl::ascii_isdigit(static_cast<unsigned char>(t.text[0])))) &&
        modifiers < 3 && before_head &&
        (determiner || j - begin < 2 || (t.lower && TitleThenName(tokens, j)))) {
      ++modifiers;
      if (determiner && IsAgeNoun(t.text)) age = j;
      continue;
    }
    if (t.lower && modifiers < 3 && j >= 2 && words_.IsDeterminer(tokens[j - 1].text) &&
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
  return end;
}

void NameModel::AppositiveAfter(absl::string_view text, const std::vector<Token>& tokens,
                                int end, int* next, SpeakerPhrase* out) const {
  SpeakerPhrase& p = *out;
  const int n = static_cast<int>(tokens.size());
  // An appositive: ", a Polish political analyst and PhD in political science,".
  if (!p.empty() && end + 1 < n && tokens[end].text == "," &&
      (p.form == v1::FULL || p.form == v1::SURNAME) &&
      (words_.IsDeterminer(tokens[end + 1].text) || IsTitleWord(tokens[end + 1]))) {
    int a = end + 1;
    // The appositive ends at punctuation or at a verb of speech:
    // "said Joshua Osagie, a cocoa farmer from Edo state told Reuters."
    while (a < n && tokens[a].text != "," && tokens[a].text != "." &&
           !words_.appositive_end_verbs.Contains(tokens[a].text) &&
           tokens[a].text != ";" && tokens[a].text != "(" && a - end < 20) {
      ++a;
    }
    int tb = end + 1;
    while (tb < a && words_.IsDeterminer(tokens[tb].text)) ++tb;
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
      p.span.end = tokens[a - 1].span().end;
      // "(ICESCO)" right after: the organisation.
      if (a + 2 < n && tokens[a].text == "(" && tokens[a + 1].acronym &&
          tokens[a + 2].text == ")" && p.organization.empty()) {
        p.organization = std::string(tokens[a + 1].text);
      }
      *next = a;
    }
  }
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::OwnsNextWord(const std::vector<Token>& tokens, int j) const {
  const int n = static_cast<int>(tokens.size());
  return IsPossessive(tokens[j]) && j + 1 < n && !tokens[j + 1].punct &&
         (tokens[j + 1].capitalized || IsTitleWord(tokens[j + 1]) ||
          (tokens[j + 1].lower && j + 2 < n && IsTitleWord(tokens[j + 2])));
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline int NameModel::LowerHeadEnd(const std::vector<Token>& tokens, int j) const {
  const int n = static_cast<int>(tokens.size());
  int h = j + 1;
  while (h < n && h <= j + 2 && tokens[h].lower && !tokens[h].punct &&
         !words_.IsConnector(tokens[h].text)) {
    ++h;
  }
  return h > j + 1 && (h >= n || tokens[h].punct) ? h : j + 1;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::JoinsAfterCue(const std::vector<Token>& tokens, int begin, int j) const {
  const absl::string_view w = tokens[j].text;
  return w == "of" || w == "for" || w == "at" || w == "to" || w == "and" ||
         (w == "the" && j > begin && words_.IsConnector(tokens[j - 1].text)) || w == "&" ||
         IsParticle(tokens[j]);
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::TitleThenName(const std::vector<Token>& tokens, int j) const {
  const int n = static_cast<int>(tokens.size());
  for (int k = j + 1; k < n && k <= j + 3; ++k) {
    if (tokens[k].punct || tokens[k].capitalized) return false;
    if (IsTitleWord(tokens[k])) return k + 1 < n && tokens[k + 1].capitalized;
  }
  return false;
}

}  // namespace internal
}  // namespace quotes
