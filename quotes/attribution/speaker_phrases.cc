// Speaker phrases around a cue.
#include "quotes/attribution/speaker_phrases.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "quotes/attribution/clause_words.h"

namespace quotes {
namespace internal {

// "Democratic presidential nominee Hillary Clinton chimed in": a person
// named a few words after `k`, past modifiers the name parser does not read
// as a title, with a verb (a lower-case word) after the name. An auxiliary
// or "that" on the way is a verb: the name is no subject.
static SpeakerPhrase PersonAfterModifiers(const NameModel& names,
                                   absl::string_view text,
                                   const std::vector<Token>& t, int k,
                                   int s_end) {
  if (t[k].punct) return {};
  for (int j = k + 1; j < s_end && j <= k + 4 && !t[j].punct; ++j) {
    if (StartsWithVerb(t[j].text) || t[j].text == "that") break;
    if (!t[j].capitalized) continue;
    int next = 0;
    SpeakerPhrase p = names.ParseAfter(text, t, j, &next);
    if (p.form == v1::FULL && next < s_end && t[next].lower) return p;
  }
  return {};
}

SpeakerPhrase SentenceSubject(const NameModel& names, absl::string_view text,
                              const std::vector<Token>& t, int s_begin,
                              int s_end) {
  for (int k = s_begin; k < s_end && k < s_begin + kMaxSubjectDistance; ++k) {
    if (k != s_begin && t[k - 1].text != ",") continue;
    // "With party leaders worried, Obama is ...": an opening phrase; "...,
    // saying that officials should ...": a participle's clause.
    if (IsOpeningPreposition(t[k].text) ||
        (t[k].lower && absl::EndsWith(t[k].text, "ing"))) {
      continue;
    }
    int next = 0;
    SpeakerPhrase p = names.ParseAfter(text, t, k, &next);
    // Groups only when named by a group noun ("Japanese government
    // officials played down the data, arguing that ..."), or by an acronym
    // or an organisation's name of two capitalised words or more before a
    // verb ("The LSE rejected the offer, saying ...", "Multiplex Group cut
    // its forecast, saying ..."; not "Democratic presidential nominee").
    bool named_group = false;
    if (p.form == v1::ORGANIZATION && next > k && next < s_end &&
        LooksLikeFiniteVerb(t[next]) && !p.name.empty() &&
        absl::ascii_isupper(static_cast<unsigned char>(p.name[0]))) {
      const Token& head = t[next - 1];
      named_group = (head.acronym && head.text != "US" && head.text != "UK") ||
                    (names.IsOrganizationWord(head) && next - 2 >= k &&
                     t[next - 2].capitalized);
    }
    if (!p.empty() && next < s_end && t[next].lower &&
        (p.form != v1::ORGANIZATION || names.IsGroupNoun(t[next - 1]) || named_group)) {
      return p;
    }
    if (k == s_begin) {
      p = PersonAfterModifiers(names, text, t, k, s_end);
      if (!p.empty()) return p;
    }
  }
  return {};
}

bool FrontIsClause(const NameModel& names, absl::string_view text,
                   const std::vector<Token>& t, int begin, int end) {
  int words = 0;
  for (int k = begin; k < end; ++k) words += !t[k].punct;
  if (words < 4) return false;
  static constexpr absl::string_view kOpeners[] = {
      "during", "back", "in", "as", "for", "after", "before", "since",
      "though", "although", "while", "when", "if", "all", "because", "with",
      "without", "despite", "unlike", "like", "even", "including", "asked",
      "pressed", "speaking", "responding", "referring"};
  if (IsOneOf(LowerWord(t[begin].text), kOpeners)) return false;
  int next = 0;
  SpeakerPhrase lead = names.ParseAfter(text, t, begin, &next);
  if ((lead.form == v1::FULL || lead.form == v1::SURNAME) && next < end &&
      t[next].text == ",") {
    return false;
  }
  return true;
}

SpeakerPhrase RelativeSubject(const NameModel& names, absl::string_view text,
                              const std::vector<Token>& t, int tc,
                              int s_begin) {
  for (int k = tc - 1; k > s_begin + 1 && tc - k <= 4; --k) {
    if (t[k].punct) return {};
    if (t[k].text != "who") continue;
    if (t[k - 1].text != ",") return {};
    SpeakerPhrase p = names.ParseBefore(text, t, k - 1);
    if (p.form != v1::FULL && p.form != v1::SURNAME) return {};
    // "Democrats on Capitol Hill, who": a place names no one, before the
    // phrase or inside it.
    static constexpr absl::string_view kPlaces[] = {"on", "in", "at", "from",
                                                    "near", "across"};
    for (int m = std::max(0, TokenAt(t, p.span.begin) - 1); m < k; ++m) {
      if (IsOneOf(t[m].text, kPlaces)) return {};
    }
    return p;
  }
  return {};
}

SpeakerPhrase QuotedAs(const NameModel& names, absl::string_view text,
                       const std::vector<Token>& t, int tc) {
  if (tc < 2 || t[tc - 1].text != "as") return {};
  for (int k = tc - 2; k >= 0 && k >= tc - 10; --k) {
    if (t[k].punct) break;
    if (t[k].text == "quoted") {
      int next = 0;
      SpeakerPhrase p = names.ParseAfter(text, t, k + 1, &next);
      if (next == tc - 1) return p;
      break;
    }
  }
  return {};
}

PhraseFinder::PhraseFinder(const v1::Lexicon& lexicon, const NameModel& names)
    : names_(names) {
  for (const std::string& v : lexicon.quote_verbs()) quote_verbs_.insert(v);
  for (const std::string& n : lexicon.speech_nouns()) speech_nouns_.insert(n);
  for (const std::string& d : lexicon.source_documents()) source_documents_.insert(d);
  // Written sources that speak for whoever issued them.
  for (const char* n : {"report", "statement", "press release", "release",
                        "communique", "communiqué", "filing", "document"}) {
    speech_nouns_.insert(n);
  }
}

int PhraseFinder::QuoteVerbBefore(const std::vector<Token>& t,
                                int open_tok) const {
  const int s0 = SentenceStart(t, open_tok);
  for (int v = open_tok - 1; v > s0 && open_tok - v <= 10; --v) {
    if (t[v].punct && t[v].text != ",") return -1;
    if (t[v].punct || !t[v].lower || !quote_verbs_.contains(t[v].text)) continue;
    static constexpr absl::string_view kBe[] = {
        "was", "were", "is", "are", "be", "been", "being", "get", "got"};
    // "was called “...”": someone else's words.
    return IsOneOf(Lower(t[v - 1].text), kBe) ? -1 : v;
  }
  return -1;
}

bool PhraseFinder::IsWhenWhereHead(const std::vector<Token>& t, int k,
                                 int s_end) const {
  static constexpr absl::string_view kEvents[] = {
      "news", "press", "conference", "briefing", "rally", "meeting", "event",
      "hearing", "summit", "ceremony", "parliament", "session", "debate"};
  if (k < s_end && IsArticleOrPossessive(t[k].text)) ++k;
  return k < s_end && (t[k].capitalized || names_.IsDateWord(t[k]) ||
                       speech_nouns_.contains(t[k].text) || IsOneOf(t[k].text, kEvents));
}

SpeakerPhrase PhraseFinder::ParseAccordingTo(absl::string_view text,
                                           const std::vector<Token>& tokens,
                                           int begin, int* next) const {
  const int n = static_cast<int>(tokens.size());
  // "According to a statement issued by the ministry", "a report published
  // by the World Bank": the source after a document's participle.
  {
    static constexpr absl::string_view kArticles[] = {"a", "an", "the"};
    static constexpr absl::string_view kIssued[] = {
        "issued", "released", "published", "posted", "put", "sent",
        "circulated", "shared", "made", "compiled", "prepared", "carried"};
    int k = begin;
    if (k < n && IsOneOf(tokens[k].text, kArticles)) ++k;
    // "a joint statement", "a new report".
    if (k + 1 < n && tokens[k].lower && !speech_nouns_.contains(tokens[k].text) &&
        !source_documents_.contains(tokens[k].text)) {
      ++k;
    }
    if (k + 3 < n &&
        (speech_nouns_.contains(tokens[k].text) || source_documents_.contains(tokens[k].text)) &&
        IsOneOf(tokens[k + 1].text, kIssued)) {
      int b = k + 2;
      if (tokens[b].text == "out") ++b;  // "put out by"
      if (b + 1 < n && (tokens[b].text == "by" || tokens[b].text == "from")) {
        int after = 0;
        SpeakerPhrase source = names_.ParseAfter(text, tokens, b + 1, &after);
        if (!source.empty() && source.form != v1::PRONOUN) {
          *next = after;
          return source;
        }
      }
    }
  }
  SpeakerPhrase p = names_.ParseAfter(text, tokens, begin, next);
  if (p.empty() || *next <= begin || *next + 1 >= n) return p;
  // "according to the county sheriff's office": a group's office or
  // spokesperson, named by its owner in the possessive, is the source.
  if ((p.form == v1::ORGANIZATION || p.form == v1::DESCRIPTION) &&
      tokens[*next + 1].lower && !tokens[*next + 1].punct) {
    absl::string_view owner = tokens[*next].text;
    static constexpr absl::string_view kHeads[] = {
        "office", "department", "spokesman", "spokeswoman", "spokesperson",
        "press", "ministry", "agency", "service", "team", "lawyers", "lawyer"};
    if ((absl::ConsumeSuffix(&owner, "'s") || absl::ConsumeSuffix(&owner, "\u2019s")) &&
        !owner.empty() && IsOneOf(tokens[*next + 1].text, kHeads)) {
      size_t from = p.span.begin;
      const absl::string_view lead = text.substr(from, 4);
      if (lead == "the " || lead == "The ") from += 4;
      p.name = std::string(text.substr(from, tokens[*next + 1].span().end - from));
      p.form = v1::ORGANIZATION;
      p.title.clear();
      p.span.end = tokens[*next + 1].span().end;
      *next += 2;
      return p;
    }
  }
  const absl::string_view from = tokens[*next].text;
  if ((from != "from" && from != "by" && from != "of") ||
      (!speech_nouns_.contains(tokens[*next - 1].text) &&
       // "a survey of 500 farmers": whom it asked, not its source.
       (from == "of" || !source_documents_.contains(tokens[*next - 1].text)))) {
    return p;
  }
  int after = 0;
  SpeakerPhrase source = names_.ParseAfter(text, tokens, *next + 1, &after);
  if (source.empty() || source.form == v1::PRONOUN) return p;
  *next = after;
  return source;
}

}  // namespace internal
}  // namespace quotes
