// The speaker phrase that ends right before a cue ("..., the minister
// said"): over adverbs, asides, brackets and times back to the phrase, and
// unnamed sources ("a source familiar with the matter said").
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
NameModel::SourceWords NameModel::AnonymousSourceAt(const std::vector<Token>& tokens,
                                                   int end) const {
  // Back from the cue over the complement ("familiar with the matter") to
  // its linking words, then the source noun and its determiner.
  constexpr int kMaxComplement = 8;
  for (int l = end - 2; l >= 1 && end - l <= kMaxComplement; --l) {
    const Token& t = tokens[l];
    if (t.punct) break;
    // Most words start no linking phrase: their size and first letter tell
    // (this runs for every phrase parsed before a cue).
    int noun = -1;
    if (words_.source_links.Contains(t.text) && l + 1 < end &&
        words_.source_link_prepositions.Contains(tokens[l + 1].text)) {
      noun = l - 1;
      // "with direct knowledge of".
    } else if (t.text == "knowledge" && l >= 2) {
      noun = tokens[l - 1].text == "with" ? l - 2
             : l >= 3 && tokens[l - 2].text == "with" ? l - 3 : -1;
    }
    if (noun < 0 || !words_.anonymous_source_nouns.Contains(tokens[noun].text)) continue;
    int begin = noun;
    // "a senior source", "two people", "a Western diplomat".
    while (begin > 0 && noun - begin < 3 && !tokens[begin - 1].punct &&
           (tokens[begin - 1].lower || words_.IsDeterminer(tokens[begin - 1].text) ||
            absl::ascii_isdigit(static_cast<unsigned char>(tokens[begin - 1].text[0]))) &&
           !IsCueAdverb(tokens[begin - 1])) {
      --begin;
      if (words_.IsDeterminer(tokens[begin].text)) break;
    }
    int nb = begin;
    while (nb < noun && words_.IsDeterminer(tokens[nb].text)) ++nb;
    return {begin, nb};
  }
  return {};
}

SpeakerPhrase NameModel::SourcePhrase(absl::string_view text,
                                      const std::vector<Token>& tokens,
                                      SourceWords source, int end) const {
  SpeakerPhrase p;
  p.form = v1::DESCRIPTION;
  p.span = {tokens[source.begin].span().begin, tokens[end - 1].span().end};
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
    const int b = AmpersandFirmStart(tokens, end);
    if (b >= 0) {
      SpeakerPhrase p;
      p.form = v1::ORGANIZATION;
      p.span = {tokens[b].span().begin, tokens[end - 1].span().end};
      p.name = JoinTokens(text, tokens, b, end);
      return p;
    }
  }
  const int i = SubjectEndBeforeCue(tokens, end);
  // "Paul Grant, however, said", "Chief Minister Mamata Banerjee, while
  // addressing a rally in Kolkata, alleged": an aside between commas.
  if (SpeakerPhrase p; ParseBeforeAside(text, tokens, i, first_of_pair, &p)) return p;
  // "The Prime Minister's Office (PMO) in a statement said", "Grant in an
  // interview said": where it was said, between the subject and its verb.
  if (i >= 3 && tokens[i - 2].text == "in" && InWritten(tokens[i].text, kSpeechNoun) &&
      (tokens[i - 1].text == "a" || tokens[i - 1].text == "an" ||
       words_.IsPossessiveDeterminer(tokens[i - 1].text))) {
    SpeakerPhrase p = ParseBefore(text, tokens, i - 2, first_of_pair);
    if (!p.empty()) {
      p.span.end = tokens[i].span().end;
      return p;
    }
  }
  if (i >= 1 && tokens[i].text == ",") return ParseAppositiveBefore(text, tokens, i);
  // "Tom Carper, D-Del. said": a party and state without the second comma.
  if (i >= 2 && tokens[i - 1].text == "," && IsPartyStateTag(tokens[i].text)) {
    SpeakerPhrase p = ParseBefore(text, tokens, i - 1);
    if (!p.empty()) p.span.end = tokens[i].span().end;
    return p;
  }
  // "Gov. Mike Pence (R-IN) said": skip a short parenthesis.
  if (i >= 2 && tokens[i].text == ")") {
    int o = i - 1;
    while (o > 0 && tokens[o].text != "(" && i - o <= 6) --o;
    if (tokens[o].text == "(") {
      SpeakerPhrase p = ParseBefore(text, tokens, o);
      if (!p.empty()) p.span.end = tokens[i].span().end;
      return p;
    }
  }
  return ParsePhraseEndingAt(text, tokens, i, first_of_pair);
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline int NameModel::AmpersandFirmStart(const std::vector<Token>& tokens, int end) const {
  int k = end - 1;
  while (k >= 0 && end - k <= 3 && !tokens[k].punct && tokens[k].capitalized) --k;
  if (k >= 1 && k < end - 1 && tokens[k].text == "&" && tokens[k - 1].capitalized &&
      !tokens[k - 1].punct) {
    int b = k - 1;
    while (b > 0 && k - b < 3 && !tokens[b - 1].punct && tokens[b - 1].capitalized &&
           !words_.IsSentenceOpener(tokens[b - 1].text)) {
      --b;
    }
    return b;
  }
  return -1;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline int NameModel::SubjectEndBeforeCue(const std::vector<Token>& tokens, int end) const {
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
  return i;
}

bool NameModel::ParseBeforeAside(absl::string_view text, const std::vector<Token>& tokens,
                                 int i, bool first_of_pair, SpeakerPhrase* out) const {
  // "Paul Grant, however, said", "The company, for its part, said": a
  // discourse adverb between commas.
  if (i >= 3 && tokens[i].text == ",") {
    int o = i - 1;
    if (o >= 2 && tokens[o].text == "part" && tokens[o - 2].text == "for" &&
        words_.IsPossessiveDeterminer(tokens[o - 1].text)) {
      o -= 2;  // "for his part"
    } else if (o >= 1 && tokens[o].text == "turn" && tokens[o - 1].text == "in") {
      o -= 1;  // "in turn"
    } else if (!words_.discourse_asides.Contains(tokens[o].text)) {
      o = -1;
    }
    if (o >= 2 && tokens[o - 1].text == "," && !tokens[o - 2].punct) {
      SpeakerPhrase p = ParseBefore(text, tokens, o - 1, first_of_pair);
      // The subject opens its clause: "In the end, however, said" has none.
      int pb = o - 2;
      while (pb > 0 && tokens[pb - 1].span().end > p.span.begin) --pb;
      if (!p.empty() && pb > 0 && !tokens[pb - 1].punct &&
          tokens[pb - 1].text != "and" && tokens[pb - 1].text != "but") {
        *out = SpeakerPhrase();
        return true;
      }
      if (!p.empty()) p.span.end = tokens[i - 1].span().end;
      *out = std::move(p);
      return true;
    }
  }
  // "Chief Minister Mamata Banerjee, while addressing a rally in Kolkata,
  // alleged": a clause of time or manner between commas.
  if (i >= 4 && tokens[i].text == ",") {
    constexpr int kMaxAside = 14;
    for (int c = i - 2; c >= 1 && i - c <= kMaxAside; --c) {
      if (!tokens[c].punct) continue;
      if (tokens[c].text != ",") break;
      if (!words_.aside_clause_openers.Contains(tokens[c + 1].text) || tokens[c - 1].punct) {
        break;
      }
      SpeakerPhrase p = ParseBefore(text, tokens, c, first_of_pair);
      if (p.form == v1::FULL || p.form == v1::SURNAME || p.form == v1::DESCRIPTION ||
          p.form == v1::ORGANIZATION) {
        p.span.end = tokens[i - 1].span().end;
        *out = std::move(p);
        return true;
      }
      break;
    }
  }
  return false;
}

SpeakerPhrase NameModel::ParsePhraseEndingAt(absl::string_view text,
                                             const std::vector<Token>& tokens,
                                             int last, bool first_of_pair) const {
  SpeakerPhrase p;  // what every path returns
  if (last < 0 || tokens[last].punct) return p;
  if (words_.IsPronoun(tokens[last].text)) {
    ClassifyInto(text, tokens, last, last + 1, &p);
    return p;
  }
  int begin = 0;
  if (ScanPhraseBack(text, tokens, last, first_of_pair, &begin, &p)) return p;
  // Trim leading lower-case words that are not part of a description; after
  // a comma or at the start they are ("..., another source said").
  const bool clause_start = begin == 0 || tokens[begin - 1].text == "," ||
                            tokens[begin - 1].text == ".";
  while (!clause_start && begin <= last && tokens[begin].lower &&
         !words_.IsDeterminer(tokens[begin].text) &&
         !words_.IsPossessiveDeterminer(tokens[begin].text) &&
         !IsTitleWord(tokens[begin]) &&
         !IsGroupNoun(tokens[begin]) &&
         !(begin > 0 && words_.IsDeterminer(tokens[begin - 1].text))) {
    ++begin;
  }
  // "But Mr Blair insisted": the conjunction opens the sentence, not the
  // name.
  while (begin < last && tokens[begin].capitalized && words_.IsSentenceOpener(tokens[begin].text)) {
    ++begin;
  }
  if (begin > last) return p;
  ClassifyInto(text, tokens, begin, last + 1, &p);
  if (SubjectBeforePlaces(text, tokens, begin, last, first_of_pair, &p)) return p;
  NameBeforeAppositive(text, tokens, begin, last, &p);
  return p;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::ScanPhraseBack(absl::string_view text, const std::vector<Token>& tokens,
                               int last, bool first_of_pair, int* begin,
                               SpeakerPhrase* out) const {
  int j = last;
  bool has_head = false;
  bool owner = false;  // a possessive owner of the head was crossed
  int modifiers = 0;
  for (; j >= 0 && last - j < kMaxPhraseTokens; --j) {
    const Token& t = tokens[j];
    if (!owner && OwnsHead(tokens, j, last, has_head)) {
      owner = true;
      continue;
    }
    if (t.punct || HasClitic(t)) break;
    // The owner's name is a capitalised run, perhaps after "the".
    // "Mr Odinga's spokesman": an honorific before the owner's name.
    if (owner && ((!words_.IsDeterminer(t.text) && !t.capitalized && !t.acronym) ||
                  (InNotNames(t) && !IsHonorific(t)))) {
      break;
    }
    if (words_.IsPossessiveDeterminer(t.text) && j < last) {
      --j;
      break;
    }
    if (words_.IsDeterminer(t.text)) {
      // "Anna Berg of the Harbour Trust", "A spokesman for the ministry": on
      // over the preposition.
      const int joined = DeterminerJoinsBefore(tokens, j);
      if (joined > 0) {
        j -= joined;
        continue;
      }
      --j;
      break;
    }
    // "on Tuesday Mr Ebbers denied", "on Monday President Bush said": a
    // weekday before an honorific, a title or a first name is no title
    // (the "Sunday Telegraph" is a name).
    if (j < last && t.capitalized && InWeekdays(t) && OpensName(tokens[j + 1])) break;
    // "..., D-Conn. Schumer said": a party and state close the sentence
    // before; they are never a title.
    if (IsPartyStateTag(t.text)) break;
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
    if ((t.text == "and" || t.text == "&") && j >= 2 && NameEndsBefore(tokens, j)) {
      // Before a cue, "Mr. King and Mr. Shultz say": both speak, and the
      // first named is the one reports list first.
      if (first_of_pair && j < last && FirstOfPair(text, tokens, j, last, out)) return true;
      break;
    }
    if (words_.IsConnector(t.text) || IsParticle(t)) continue;
    // "63 percent said", "another 19 percent said": a share of a poll.
    if ((t.lower || IsCount(t.text)) && has_head && modifiers < 3) {
      ++modifiers;
      continue;
    }
    if (t.lower && j == last && HeadsPhrase(tokens, j)) {
      has_head = true;
      continue;
    }
    break;
  }
  *begin = j + 1;
  return false;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::OpensName(const Token& t) const {
  return IsHonorific(t) || IsTitleWord(t) || IsFirstName(t.text);
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::NameEndsBefore(const std::vector<Token>& tokens, int j) const {
  return (IsNameToken(tokens[j - 1]) || SurnameTitleAt(tokens, 0, j - 1)) &&
         (IsNameToken(tokens[j - 2]) || IsTitleWord(tokens[j - 2]) ||
          IsHonorific(tokens[j - 2]));
}

bool NameModel::FirstOfPair(absl::string_view text, const std::vector<Token>& tokens, int j,
                            int last, SpeakerPhrase* out) const {
  SpeakerPhrase first = ParseBefore(text, tokens, j, false);
  if (first.form != v1::FULL && first.form != v1::SURNAME) return false;
  first.span.end = tokens[last].span().end;
  *out = std::move(first);
  return true;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::OwnsHead(const std::vector<Token>& tokens, int j, int last,
                         bool has_head) const {
  const Token& t = tokens[j];
  // "the Prime Minister's official spokesman said": the owner of a role
  // belongs to its description.
  // "the EPA's Andrew Fanara said", "Acme's Tom Hale said": so does the
  // owner of a named person, the organisation they speak for.
  // The person's name opens with a known first name, an honorific or a
  // title, so that "January's View From Great Edinburgh International
  // Cross Country" names no one.
  if (!t.punct && t.capitalized && IsPossessive(t) &&
      (has_head ||
       (j < last && (IsFirstName(tokens[j + 1].text) ||
                     IsHonorific(tokens[j + 1]) || IsTitleWord(tokens[j + 1]))))) {
    return true;
  }
  // "the mayor's spokesman", "the council's lawyer": an owner in lower case
  // when it is a role or a group itself.
  if (!t.punct && has_head && t.lower && IsPossessive(t)) {
    absl::string_view stem = t.text;
    if (absl::ConsumeSuffix(&stem, "'s") || absl::ConsumeSuffix(&stem, "\u2019s")) {
      const uint16_t lex = ClassesOf(stem);
      // "the ad's narrator", "the film's director": any owner after an
      // article.
      if ((lex & (kTitle | kGroup)) != 0 || (j > 0 && words_.IsDeterminer(tokens[j - 1].text))) {
        return true;
      }
    }
  }
  return false;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline int NameModel::DeterminerJoinsBefore(const std::vector<Token>& tokens, int j) const {
  // "Anna Berg of the Harbour Trust", "Mr. Grant of the Trust": a person
  // and the organisation they speak for.
  if (j >= 3 && (tokens[j - 1].text == "of" || tokens[j - 1].text == "at" ||
                 tokens[j - 1].text == "from") &&
      IsNameToken(tokens[j - 2]) &&
      (IsNameToken(tokens[j - 3]) || IsHonorific(tokens[j - 3]))) {
    return 2;
  }
  // "A spokesman for the ministry": keep going over the preposition.
  if (j >= 2 && (tokens[j - 1].text == "for" || tokens[j - 1].text == "of" ||
                 tokens[j - 1].text == "at") &&
      (IsTitleWord(tokens[j - 2]) || IsGroupNoun(tokens[j - 2]))) {
    return 2;
  }
  return 0;
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool NameModel::HeadsPhrase(const std::vector<Token>& tokens, int j) const {
  const Token& t = tokens[j];
  // "The network said", "the ad's narrator says": a common noun right
  // before the cue, after an article, names the source; after an owner
  // after an article, an agent noun does.
  // "the chief executive of a leading European car maker": an agent noun
  // heads the object of a title's "of", "for" or "at".
  if (TitleOfObject(tokens, j) >= 0) return true;
  return j > 0 &&
         (words_.IsDeterminer(tokens[j - 1].text) ||
          words_.IsPossessiveDeterminer(tokens[j - 1].text) ||
          (j > 1 && tokens[j - 1].lower && IsPossessive(tokens[j - 1]) &&
           words_.IsDeterminer(tokens[j - 2].text) && words_.LooksLikeAgentNoun(t.text)));
}


bool NameModel::SubjectBeforePlaces(absl::string_view text, const std::vector<Token>& tokens,
                                    int begin, int last, bool first_of_pair,
                                    SpeakerPhrase* out) const {
  const SpeakerPhrase& p = *out;
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
      if (tokens[m].lower && words_.IsPlacePreposition(tokens[m].text) && !tokens[m - 1].punct) {
        subject_end = m;
      }
    }
    if (subject_end > 0) {
      SpeakerPhrase subject = ParseBefore(text, tokens, subject_end, first_of_pair);
      int sb = subject_end - 1;
      while (sb > 0 && tokens[sb - 1].span().end > subject.span.begin) --sb;
      const bool clause_start = sb == 0 || tokens[sb - 1].punct;
      if (!subject.empty() && subject.form != v1::PRONOUN && clause_start) {
        subject.span.end = tokens[last].span().end;
        *out = std::move(subject);
        return true;
      }
    }
  }
  return false;
}

void NameModel::NameBeforeAppositive(absl::string_view text, const std::vector<Token>& tokens,
                                     int begin, int last, SpeakerPhrase* out) const {
  const SpeakerPhrase& p = *out;
  // "Jakub Koreiba, a Polish analyst, said": the phrase is an appositive.
  if (begin >= 2 && tokens[begin - 1].text == "," &&
      (words_.IsDeterminer(tokens[begin].text) || IsTitleWord(tokens[begin])) &&
      (p.form == v1::DESCRIPTION || p.form == v1::ORGANIZATION ||
       p.form == v1::MENTION_FORM_UNSPECIFIED)) {
    SpeakerPhrase named = ParseBefore(text, tokens, begin - 1);
    // "At a press conference in Chelsea, the mayor said": a place opening
    // the sentence, not the mayor's name.
    int nb = begin - 1;
    while (nb > 0 && tokens[nb - 1].span().end > named.span.begin) --nb;
    const bool after_preposition = nb > 0 && tokens[nb - 1].lower;
    // "Clinton Hid Health Problems From Public, Former White House Doctor
    // Says": a title-case clause is no name.
    const bool too_long = begin - 1 - nb > 4;
    // "Separately, the IMF warned": a sentence adverb is no name.
    const bool opener = named.form == v1::SURNAME &&
                        (words_.IsSentenceOpener(named.name) || InWritten(named.name, kNotNameWord));
    if (!after_preposition && !too_long && !opener &&
        (named.form == v1::FULL || named.form == v1::SURNAME)) {
      int tb = begin;
      while (tb <= last && words_.IsDeterminer(tokens[tb].text)) ++tb;
      if (named.title.empty()) named.title = JoinTokens(text, tokens, tb, last + 1);
      named.span.end = tokens[last].span().end;
      *out = std::move(named);
      return;
    }
  }
}

}  // namespace internal
}  // namespace quotes
