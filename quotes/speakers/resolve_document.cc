// Documents that speak for whoever issued them: "the statement said" is the
// person or body that issued the statement the article mentioned before
// ("Ford said in a statement", "a report by the Fraser Institute", "a new
// Quinnipiac University poll"); a document whose issuer the article does
// not give is no speaker.
#include "quotes/speakers/entity_registry.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "quotes/speakers/name_keys.h"
#include "quotes/speakers/word_shapes.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace internal {
namespace {

// How far back a document's earlier mention is looked for, and how far
// around it its issuer.
constexpr size_t kDocumentReach = 3000;
constexpr size_t kSentenceReach = 300;

// Whether the character that ends right before byte `pos` (with `before`)
// or starts at it is part of a word: a letter, a digit or a hyphen, not a
// space or mark of any script ("Bloomberg<U+00A0>poll" holds the word).
bool WordCharAt(absl::string_view text, size_t pos, bool before) {
  if (before ? pos == 0 : pos >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[before ? pos - 1 : pos]);
  if (c < 0x80) return absl::ascii_isalnum(c) || c == '-';
  int len = 0;
  return IsWordChar(before ? DecodeBefore(text, pos, &len) : DecodeAt(text, pos, &len));
}

// The start of the last whole word `noun` (lower case, as written) in
// `text[from, to)`, or npos.
size_t LastWordBefore(absl::string_view text, absl::string_view noun, size_t from, size_t to) {
  // The noun as written in lower case: "the American Community Survey" is
  // a name, no mention of "the survey".
  const absl::string_view window = text.substr(from, to - from);
  size_t at = window.size();
  while (at > 0) {
    at = window.rfind(noun.data(), at - 1, noun.size());
    if (at == std::string::npos) return absl::string_view::npos;
    const bool starts = !WordCharAt(window, at, /*before=*/true);
    const size_t end = at + noun.size();
    // "the poll", "the poll's", "the polls".
    const bool ends = !WordCharAt(window, end, /*before=*/false) || window[end] == 's' ||
                      window.substr(end, 4) == "\u2019s";
    if (starts && ends) return from + at;
    if (at == 0) break;
  }
  return absl::string_view::npos;
}

// The sentence around byte `at`: from after the last stop or line break
// before it to the next after it, each within kSentenceReach.
TextSpan SentenceAround(absl::string_view text, size_t at) {
  size_t b = at;
  while (b > 0 && at - b < kSentenceReach && text[b - 1] != '\n' &&
         !(b >= 2 && text[b - 1] == ' ' && (text[b - 2] == '.' || text[b - 2] == '?'))) {
    --b;
  }
  size_t e = at;
  while (e < text.size() && e - at < kSentenceReach && text[e] != '\n' &&
         !(text[e] == '.' && (e + 1 == text.size() || text[e + 1] == ' '))) {
    ++e;
  }
  return {b, e};
}

bool Capitalised(absl::string_view w) {
  return !w.empty() && absl::ascii_isupper(static_cast<unsigned char>(w[0]));
}

bool NameConnector(absl::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "&" || w == "the";
}

// The capitalised words that end right before byte `end` ("a new Quinnipiac
// University poll": "Quinnipiac University"), or none.
// Bytes of the space character (any script's, or a line break) that ends
// right before byte `pos`, or 0.
int SpaceBefore(absl::string_view text, size_t pos) {
  if (pos == 0) return 0;
  const unsigned char c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return absl::ascii_isspace(c) ? 1 : 0;
  int len = 0;
  return IsSpaceChar(DecodeBefore(text, pos, &len)) ? len : 0;
}

// The word that ends at byte `end` after any spaces before it skipped:
// its start in `*begin`, and its end in `*word_end`.
absl::string_view WordEndingAt(absl::string_view text, size_t end, size_t* begin) {
  size_t e = end;
  while (int n = SpaceBefore(text, e)) e -= n;
  size_t b = e;
  while (b > 0 && SpaceBefore(text, b) == 0) {
    int len = 0;
    DecodeBefore(text, b, &len);
    b -= std::max(len, 1);
  }
  *begin = b;
  return text.substr(b, e - b);
}

absl::string_view CapitalisedRunBefore(absl::string_view text, size_t end) {
  size_t first = end;
  absl::string_view last;  // the run's last word
  absl::string_view before;  // the word before the run
  for (int words = 0; words < 6; ++words) {
    size_t wb = 0;
    const absl::string_view w = WordEndingAt(text, first, &wb);
    // "A Bloomberg poll": the article opens the sentence, and no name.
    if (!Capitalised(w) || w == "A" || w == "An" || w == "The") {
      before = w;
      break;
    }
    if (last.empty()) last = w;
    first = wb;
  }
  if (last.empty()) return {};
  const absl::string_view run =
      text.substr(first, static_cast<size_t>(last.data() - text.data()) + last.size() - first);
  // "Scott's footage" is footage of Scott, or his: no issuer said.
  if (IsPossessive(run)) return {};
  // One word is a name after an article or a lower-case word ("A Bloomberg
  // poll", "the latest CNN poll"), not a sentence's first word ("Its poll").
  if (run.data() == last.data()) {
    const bool article = before == "a" || before == "an" || before == "A" || before == "An" ||
                         before == "the" || before == "The" || before == "new" ||
                         before == "latest";
    if (!article) return {};
  }
  return run;
}

// The capitalised name after "by" or "from" that follows byte `at`
// within a few words ("a report released Tuesday by the Fraser Institute").
absl::string_view IssuerAfter(absl::string_view text, size_t at, size_t end) {
  size_t pos = at;
  for (int words = 0; words < 5 && pos < end; ++words) {
    while (pos < end && text[pos] == ' ') ++pos;
    size_t we = pos;
    while (we < end && text[we] != ' ') ++we;
    const absl::string_view w = text.substr(pos, we - pos);
    pos = we;
    if (w != "by" && w != "from") continue;
    while (pos < end && text[pos] == ' ') ++pos;
    if (text.substr(pos, 4) == "the ") pos += 4;
    size_t b = pos;
    size_t e = pos;
    while (pos < end) {
      size_t ne = pos;
      while (ne < end && text[ne] != ' ') ++ne;
      absl::string_view word = text.substr(pos, ne - pos);
      const bool last = absl::ConsumeSuffix(&word, ",") || absl::ConsumeSuffix(&word, ".");
      if (!Capitalised(word) && !(NameConnector(word) && e > b)) break;
      if (Capitalised(word)) e = pos + word.size();
      pos = ne;
      if (last) break;
      while (pos < end && text[pos] == ' ') ++pos;
    }
    return e > b ? text.substr(b, e - b) : absl::string_view();
  }
  return {};
}

// Whether the document at byte `at` follows "in" and an article or owner
// ("said in a statement", "in a written statement", "in its report").
bool IsInDocument(absl::string_view text, size_t at) {
  const size_t from = at > 24 ? at - 24 : 0;
  const absl::string_view before = text.substr(from, at - from);
  for (absl::string_view w : {"in a ", "in an ", "in its ", "in his ", "in her ", "in their ",
                              "In a ", "In an ", "In its ", "In his ", "In her ", "In their "}) {
    const size_t k = before.rfind(w);
    // At most one word between: "in a written statement".
    if (k != absl::string_view::npos &&
        before.substr(k + w.size()).find(' ') == before.substr(k + w.size()).rfind(' ')) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool EntityRegistry::IsSpeakingDocument(const SpeakerPhrase& p, absl::string_view text) const {
  // Written in lower case: "the Post said" is a newspaper.
  return p.form == v1::ORGANIZATION && p.name.find(' ') == std::string::npos &&
         !p.name.empty() && absl::ascii_islower(static_cast<unsigned char>(p.name[0])) &&
         words_->speaking_documents.Contains(p.name) &&
         absl::StartsWithIgnoreCase(text.substr(std::min(p.span.begin, text.size())), "the ");
}

int EntityRegistry::ResolveDocument(const SpeakerPhrase& p, absl::string_view text) {
  const std::string noun = LowerAscii(p.name);
  const size_t to = std::min(p.span.begin, text.size());
  const size_t from = to > kDocumentReach ? to - kDocumentReach : 0;
  // "A Bloomberg poll shows ... according to the poll ... The poll said":
  // back over mentions that name the document already named, to the one
  // that says whose it is.
  size_t before = to;
  for (int mentions = 0; mentions < 4; ++mentions) {
    const size_t at = LastWordBefore(text, noun, from, before);
    if (at == absl::string_view::npos) return -1;
    const int issuer = IssuerAt(text, at, noun.size());
    if (issuer >= 0) return issuer;
    if (at < 4 || !absl::EqualsIgnoreCase(text.substr(at - 4, 4), "the ")) return -1;
    before = at;
  }
  return -1;
}

int EntityRegistry::IssuerAt(absl::string_view text, size_t at, size_t size) {
  const TextSpan sentence = SentenceAround(text, at);
  // "Ford said in a statement", "In a written statement, the ministry
  // said": the speaker of the sentence that says where the words are.
  if (IsInDocument(text, at)) {
    int best = -1;
    size_t best_distance = 0;
    for (int i = 0; i < static_cast<int>(entities_.size()); ++i) {
      for (const EntityMention& m : entities_[i].mentions) {
        if (m.span.begin < sentence.begin || m.span.begin >= sentence.end) continue;
        const size_t d = m.span.begin > at ? m.span.begin - at : at - m.span.begin;
        if (best < 0 || d < best_distance) {
          best = i;
          best_distance = d;
        }
      }
    }
    if (best >= 0) return best;
  }
  // Who the document is from: a person named there ("a statement from
  // Mayor Anna Berg"), else the body named after or before it ("a report
  // by the Fraser Institute", "a new Quinnipiac University poll").
  absl::string_view issuer = IssuerAfter(text, at + size, sentence.end);
  if (!issuer.empty()) {
    const size_t ib = static_cast<size_t>(issuer.data() - text.data());
    for (const SpeakerPhrase* k : known_) {
      if (k->span.begin >= ib && k->span.end <= ib + issuer.size() && !k->quoted) {
        return EntityForKnown(*k, text);
      }
    }
  }
  if (issuer.empty()) issuer = CapitalisedRunBefore(text, at);
  if (issuer.empty()) return -1;
  SpeakerPhrase group;
  group.form = v1::ORGANIZATION;
  group.name = std::string(issuer);
  NormalizeNameText(&group.name);
  group.span = {static_cast<size_t>(issuer.data() - text.data()),
                static_cast<size_t>(issuer.data() - text.data()) + issuer.size()};
  auto found = groups_by_key_.find(NormalizeGroup(group.name));
  return found != groups_by_key_.end() ? found->second : Create(group);
}

}  // namespace internal
}  // namespace quotes
