// Word tests and token walks the attribution stages share.
#include "quotes/attribution/clause_words.h"

#include <charconv>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "quotes/text/word_list.h"

namespace quotes {
namespace internal {

int WithoutAgencyCredit(const std::vector<Token>& t, int begin, int end) {
  if (end - begin < 4 || (t[end - 1].text != "reports" && t[end - 1].text != "reported")) {
    return end;
  }
  int i = end - 1;
  while (i > begin && end - 1 - i < 3 && t[i - 1].capitalized && !t[i - 1].punct) --i;
  return i < end - 1 && i - 1 > begin && t[i - 1].text == "," ? i - 1 : end;
}

bool StartsWithVerb(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "was", "were", "is", "are", "had", "has", "have", "would", "could",
      "should", "will", "can", "may", "might", "must", "did", "do", "does",
      "and", "or", "but", "been", "being"};
  return IsOneOf(w, kWords);
}

bool BareClauseAt(const std::vector<Token>& t, int k, int s_end) {
  static constexpr absl::string_view kAuxiliaries[] = {
      "would", "will", "was", "were", "is", "are", "had", "has", "have",
      "could", "can", "should", "must", "may", "might"};
  static constexpr absl::string_view kNoSubject[] = {
      "in", "on", "at", "to", "for", "of", "with", "by", "from", "about", "as",
      "during", "after", "before", "that", "what", "how", "why", "whether",
      "if", "and", "or", "but", "it", "this", "him", "them", "us", "me"};
  if (k >= s_end || t[k].punct || IsOneOf(LowerWord(t[k].text), kNoSubject)) return false;
  constexpr int kMaxSubjectWords = 5;
  for (int j = k + 1; j < s_end && j <= k + kMaxSubjectWords; ++j) {
    if (t[j].punct) return false;
    if (IsOneOf(t[j].text, kAuxiliaries)) {
      // "who had", "which was": a relative clause inside the object.
      static constexpr absl::string_view kRelatives[] = {"who", "which", "that", "whom"};
      return !IsOneOf(t[j - 1].text, kRelatives);
    }
  }
  return false;
}

bool StartsClause(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "while", "and", "but", "or", "as", "when", "because", "although",
      "though", "whereas", "since", "if", "so", "after", "before"};
  return IsOneOf(w, kWords);
}

bool IsAuxiliary(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "was", "were", "is", "are", "had", "has", "have", "would", "could",
      "should", "will", "can", "may", "might", "must", "did", "does", "do"};
  return IsOneOf(w, kWords) || absl::EndsWith(w, "n't") || absl::EndsWith(w, "n\u2019t");
}

bool EndsSentence(absl::string_view text, TextSpan content) {
  size_t e = content.end;
  while (e > content.begin && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  if (e == content.begin) return false;
  const char c = text[e - 1];
  return c == '.' || c == '!' || c == '?';
}

bool NewLineBefore(absl::string_view text, const std::vector<Token>& t, int k) {
  if (k <= 0 || k >= static_cast<int>(t.size())) return false;
  const size_t from = t[k - 1].span().end;
  return text.substr(from, t[k].span().begin - from).find('\n') !=
         absl::string_view::npos;
}

bool SignatureEnds(absl::string_view text, const std::vector<Token>& t, int k) {
  const int n = static_cast<int>(t.size());
  if (k >= n || t[k].text == "." || NewLineBefore(text, t, k)) return true;
  if (t[k].text != "," && t[k].text != "(") return false;
  for (int m = k + 1; m < n && m - k <= 16; ++m) {
    if (NewLineBefore(text, t, m)) return true;
    if (IsOpeningMark(t[m].text) || IsClosingMark(t[m].text)) return false;
    if (t[m].text == "." || m + 1 >= n) return true;
  }
  return false;
}

bool IsOpeningPreposition(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "with", "after", "before", "during", "in", "at", "on", "from", "for",
      "by", "as", "since", "despite", "among", "amid", "under", "without",
      "while", "when", "if", "although", "though", "because", "until"};
  for (absl::string_view k : kWords) {
    if (absl::EqualsIgnoreCase(w, k)) return true;
  }
  return false;
}

bool OpensAdjunct(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "on", "in", "at", "during", "after", "before", "via", "last", "this",
      "late", "early", "earlier", "over"};
  return IsOneOf(w, kWords);
}

bool OpensComplement(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "about", "to", "for", "with", "of", "as", "that", "how", "what",
      "why", "whether", "which", "who"};
  return IsOneOf(w, kWords);
}

bool TakesAdjunctPhrases(absl::string_view form) {
  static constexpr absl::string_view kVerbs[] = {
      "said", "says", "say", "told", "tells", "added", "adds", "wrote",
      "writes"};
  return IsOneOf(form.substr(0, form.find(' ')), kVerbs);
}

bool IsParticiple(absl::string_view form) {
  return absl::EndsWith(form.substr(0, form.find(' ')), "ing");
}

int SkipAdjuncts(const NameModel& names, const std::vector<Token>& t, int k,
                 int s_end, bool phrases) {
  int m = k;
  while (m < s_end && !t[m].punct) {
    if (IsAuxiliary(t[m].text)) return k;
    if (names.IsDateWord(t[m]) || (t[m].lower && names.IsCueAdverb(t[m]))) {
      ++m;
      continue;
    }
    if (!phrases || !t[m].lower || !OpensAdjunct(t[m].text)) return k;
    const int start = m;
    for (++m; m < s_end && !t[m].punct && !OpensAdjunct(t[m].text); ++m) {
      if (m - start > 6 || IsSubjectPronoun(t[m].text) ||
          IsAuxiliary(t[m].text) || OpensComplement(t[m].text)) {
        return k;
      }
    }
  }
  return m;
}

int SkipDay(const NameModel& names, const std::vector<Token>& t, int k,
            int s_end) {
  static constexpr absl::string_view kBefore[] = {"on", "late", "early", "last"};
  static constexpr absl::string_view kPartOfDay[] = {"morning", "afternoon",
                                                     "evening", "night"};
  int m = k;
  while (m < s_end && m - k < 3 && IsOneOf(t[m].text, kBefore)) ++m;
  if (m >= s_end || !names.IsDateWord(t[m])) return k;
  ++m;
  if (m < s_end && !t[m].punct && !t[m].alpha) ++m;  // "March 5"
  if (m < s_end && IsOneOf(t[m].text, kPartOfDay)) ++m;
  return m < s_end && !t[m].punct ? m : k;
}

bool IsTitleCase(const std::vector<Token>& t, int from, size_t end) {
  static constexpr absl::string_view kMinor[] = {"the", "and", "for", "from",
                                                 "with", "into", "over"};
  int caps = 0, long_words = 0;
  for (int m = from; m < static_cast<int>(t.size()) && t[m].span().end <= end;
       ++m) {
    if (t[m].punct || t[m].text.size() < 3 || IsOneOf(t[m].text, kMinor)) {
      continue;
    }
    ++long_words;
    caps += t[m].capitalized;
  }
  return long_words >= 2 && caps * 10 >= long_words * 7;
}

TextSpan ObjectAndQuote(const std::vector<Token>& ot, int v,
                        const std::vector<Token>& ct, size_t close_end) {
  int e = TokenAt(ct, close_end);
  while (e < static_cast<int>(ct.size()) && !ct[e].punct) ++e;
  return {ot[v + 1].span().begin, std::max(close_end, ct[e - 1].span().end)};
}

int SentenceStart(const std::vector<Token>& t, int i) {
  const int floor = std::max(0, i - kMaxSubjectDistance);
  while (i > floor && !(t[i - 1].punct && (t[i - 1].text == "." ||
                                           t[i - 1].text == "!" ||
                                           t[i - 1].text == "?"))) {
    --i;
  }
  return i;
}

bool IsQuoteVerbObject(const std::vector<Token>& tokens, int begin, int quote) {
  if (quote - begin > 8) return false;
  for (int i = begin; i < quote; ++i) {
    if (tokens[i].punct) return false;
  }
  return true;
}

bool OpensSentenceAt(absl::string_view text, size_t block_begin, size_t pos) {
  while (pos > block_begin) {
    const unsigned char c = static_cast<unsigned char>(text[pos - 1]);
    if (c == '.' || c == '!' || c == '?') return true;
    // Spaces, straight quotes and the bytes of curly ones.
    if (c != ' ' && c != '"' && c != '\'' && c < 0x80) return false;
    --pos;
  }
  return true;
}

std::string RecordId(char letter, int n) {
  char id[16] = {letter};
  const std::to_chars_result r = std::to_chars(id + 1, id + sizeof(id), n);
  return std::string(id, r.ptr);
}

}  // namespace internal
}  // namespace quotes
