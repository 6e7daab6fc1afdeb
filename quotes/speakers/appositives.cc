// Appositives before a cue: "John Smith, a British economist, said",
// "The state's campaign chairman, Phil Lovas, said".
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
#include "quotes/speakers/word_shapes.h"

namespace quotes {
namespace internal {

SpeakerPhrase NameModel::ParseAppositiveBefore(absl::string_view text,
                                               const std::vector<Token>& tokens,
                                               int comma,
                                               bool second_appositive) const {
  // "John Smith, a British economist, said"; "Paul Grant, 54, said".
  const int c = AppositiveOpenBefore(tokens, comma);
  if (c < 0) return {};
  // "Tom Reyes, a farmer from Fresno, Calif., said": the state belongs to the
  // appositive before it.
  if (comma == c + 2 && absl::EndsWith(tokens[c + 1].text, ".") &&
      IsStateAbbreviation(absl::StripSuffix(tokens[c + 1].text, "."))) {
    SpeakerPhrase inner = ParseAppositiveBefore(text, tokens, c, second_appositive);
    if (!inner.empty()) inner.span.end = tokens[comma - 1].span().end;
    return inner;
  }
  // "Mary Kent, of Dover, Del., who came by bus, said": a second appositive
  // after a place and its state; the name is before the place.
  if (c >= 3 && tokens[c - 2].text == "," && absl::EndsWith(tokens[c - 1].text, ".") &&
      IsStateAbbreviation(absl::StripSuffix(tokens[c - 1].text, "."))) {
    SpeakerPhrase inner = ParseAppositiveBefore(text, tokens, c, second_appositive);
    if (inner.form == v1::FULL || inner.form == v1::SURNAME) {
      inner.span.end = tokens[comma - 1].span().end;
      return inner;
    }
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
  if (!words_.IsDeterminer(first.text) && !age && !has_title && !relative && !proper &&
      !origin) {
    SpeakerPhrase inner = ProperNameInAppositive(text, tokens, c, comma);
    if (!inner.empty()) return inner;
    return SecondAppositive(text, tokens, c, comma, second_appositive);
  }
  SpeakerPhrase named = ParseBefore(text, tokens, c);
  // "Officials at Homeland Security Investigations, a division of ...,
  // said": the organisation, described by the appositive.
  if (named.form == v1::ORGANIZATION && (first.text == "a" || first.text == "an")) {
    named.span.end = tokens[comma - 1].span().end;
    return named;
  }
  // "one victim, who asked not to be named, said": a description or a
  // group with a relative clause or participle after it.
  if (relative && (named.form == v1::DESCRIPTION || named.form == v1::ORGANIZATION)) {
    named.span.end = tokens[comma - 1].span().end;
    return named;
  }
  if (named.form != v1::FULL && named.form != v1::SURNAME) {
    return NameInAppositive(text, tokens, c, comma, named, second_appositive);
  }
  int tb = c + 1;
  while (tb < comma && words_.IsDeterminer(tokens[tb].text)) ++tb;
  if (!age && !relative && named.title.empty() && tb < comma) {
    named.title = JoinTokens(text, tokens, tb, comma);
  }
  named.span.end = tokens[comma - 1].span().end;
  return named;
}

int NameModel::AppositiveOpenBefore(const std::vector<Token>& tokens, int comma) const {
  int c = comma - 1;
  while (c >= 0 && tokens[c].text != "," && comma - c <= 20) {
    // "who helps veterans' families": a plural's apostrophe.
    if (tokens[c].punct && tokens[c].text != "(" && tokens[c].text != ")" &&
        !IsBareApostrophe(tokens[c].text)) {
      return -1;
    }
    --c;
  }
  return c < 1 || tokens[c].text != "," || c + 1 >= comma ? -1 : c;
}

SpeakerPhrase NameModel::SecondAppositive(absl::string_view text,
                                          const std::vector<Token>& tokens, int c, int comma,
                                          bool second_appositive) const {
  // "Anna Berg, the attorney general, one of the officials suing, said":
  // a second appositive after a first one that follows the name.
  if (!second_appositive) return {};
  SpeakerPhrase inner = ParseAppositiveBefore(text, tokens, c, false);
  if (inner.form != v1::FULL && inner.form != v1::SURNAME) return {};
  inner.span.end = tokens[comma - 1].span().end;
  return inner;
}

SpeakerPhrase NameModel::ProperNameInAppositive(absl::string_view text,
                                                const std::vector<Token>& tokens, int c,
                                                int comma) const {
  const Token& first = tokens[c + 1];
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
      place |= words_.IsObjectPreposition(tokens[nb].text) || words_.IsPlacePreposition(tokens[nb].text);
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
      inner.span.end = tokens[comma - 1].span().end;
      return inner;
    }
  }
  return {};
}

SpeakerPhrase NameModel::NameInAppositive(absl::string_view text,
                                          const std::vector<Token>& tokens, int c, int comma,
                                          const SpeakerPhrase& named,
                                          bool second_appositive) const {
  SpeakerPhrase outer = SecondAppositive(text, tokens, c, comma, second_appositive);
  if (!outer.empty()) return outer;
  // "The state's campaign chairman, Phil Lovas, said": the name is the
  // appositive and the words before it its description; "A lawyer for
  // the news outlets, David Schulz, said" when they read as no phrase.
  SpeakerPhrase inner = Classify(text, tokens, c + 1, comma);
  if (inner.form == v1::FULL && named.empty()) {
    inner.span.end = tokens[comma - 1].span().end;
    return inner;
  }
  if (inner.form == v1::FULL && (named.form == v1::DESCRIPTION ||
                                 named.form == v1::ORGANIZATION)) {
    if (inner.title.empty()) inner.title = named.name;
    inner.span = {named.span.begin, tokens[comma - 1].span().end};
    return inner;
  }
  return {};
}

}  // namespace internal
}  // namespace quotes
