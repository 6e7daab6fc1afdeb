// Story terms: an article's names and specific words, scored by where they
// stand (headline, name, other) and how often, the best kMaxStoryTerms kept.
#include "quotes/claims/story_terms.h"

#include <algorithm>
#include <map>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"

namespace quotes {
namespace internal {

namespace {

// The body is read this far for terms: a story is told in its opening.
constexpr size_t kBodyBytes = 3000;

bool IsWordByte(unsigned char c) { return absl::ascii_isalnum(c) || c >= 0x80; }

// General punctuation (U+2010 to U+203F: dashes, curly quotes, the
// ellipsis) is three bytes E2 80 xx or E2 81 xx, and ends a word.
bool PunctuationAt(absl::string_view text, size_t i) {
  return i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
          static_cast<unsigned char>(text[i + 1]) == 0x81);
}

struct TermScore {
  int rank = 0;  // 2 headline, 1 name, 0 other content word
  int count = 0;
};

}  // namespace

StoryTermFinder::StoryTermFinder(const v1::Lexicon& lexicon) {
  for (const std::string& w : lexicon.story_stop_words()) {
    stop_.insert(absl::AsciiStrToLower(w));
  }
  for (const std::string& w : lexicon.subject_stop_words()) not_names_.insert(w);
  for (const auto* list : {&lexicon.months(), &lexicon.weekdays()}) {
    for (const v1::NumberWord& w : *list) {
      for (const std::string& f : w.forms()) {
        not_names_.insert(std::string(absl::StripSuffix(f, ".")));
      }
    }
  }
}

std::vector<std::string> StoryTermFinder::Find(const v1::Article& article) const {
  std::map<std::string, TermScore> scores;  // ordered: ties break by term
  std::string lower;                        // the word at hand, lower case
  auto add = [&](absl::string_view text, bool headline) {
    bool sentence_start = true;
    size_t i = 0;
    while (i < text.size()) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (PunctuationAt(text, i)) {
        i += 3;
        continue;
      }
      if (!IsWordByte(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n') sentence_start = true;
        ++i;
        continue;
      }
      size_t j = i;
      while (j < text.size() && !PunctuationAt(text, j) &&
             (IsWordByte(static_cast<unsigned char>(text[j])) || text[j] == '-')) {
        ++j;
      }
      absl::string_view w = text.substr(i, j - i);
      const bool first = sentence_start;
      sentence_start = false;
      i = j;
      // "Trump's", "Trump’s": the possessive is not the name's.
      if (text.substr(j, 2) == "'s") i = j + 2;
      if (text.substr(j, 4) == "\xE2\x80\x99s") i = j + 4;
      if (w.size() < 3 || absl::ascii_isdigit(static_cast<unsigned char>(w[0]))) continue;
      const bool capital = absl::ascii_isupper(static_cast<unsigned char>(w[0]));
      // Lower-case content words count from the headline and when long
      // enough to be specific ("superdelegates", "filibuster"); in the body
      // a word that cannot be a name (small, or first in its sentence) and
      // is not such a word is passed over before any lookup.
      if (!headline && (capital ? first : w.size() < 7)) continue;
      lower.assign(w.data(), w.size());
      absl::AsciiStrToLower(&lower);
      if (stop_.contains(lower)) continue;
      const bool name = capital && !first && !not_names_.contains(w);
      if (!name && !headline && capital) continue;
      if (!name && headline && w.size() < 4) continue;
      TermScore& s = scores[lower];
      s.rank = std::max(s.rank, headline ? 2 : name ? 1 : 0);
      ++s.count;
    }
  };
  add(article.headline(), /*headline=*/true);
  const std::string& text = article.text();
  size_t read = 0;
  for (const v1::Span& p : article.paragraphs()) {
    if (read >= kBodyBytes) break;
    if (p.end() > text.size() || p.begin() >= p.end()) continue;
    size_t n = std::min<size_t>(p.end() - p.begin(), kBodyBytes - read);
    // Cut at a character's first byte, not inside it.
    while (n > 0 && n < p.end() - p.begin() &&
           (static_cast<unsigned char>(text[p.begin() + n]) & 0xC0) == 0x80) {
      --n;
    }
    add(absl::string_view(text).substr(p.begin(), n), /*headline=*/false);
    read += n;
  }
  std::vector<std::pair<std::string, TermScore>> ranked(scores.begin(), scores.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    if (a.second.rank != b.second.rank) return a.second.rank > b.second.rank;
    return a.second.count > b.second.count;
  });
  if (ranked.size() > static_cast<size_t>(kMaxStoryTerms)) ranked.resize(kMaxStoryTerms);
  std::vector<std::string> out;
  out.reserve(ranked.size());
  for (auto& [term, score] : ranked) out.push_back(term);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace internal
}  // namespace quotes
