// Story terms and story clustering. The clustering keeps an inverted index
// from each term to the articles that have it, sorted by date, and adds the
// term's weight to every pair of its articles that are close enough in time;
// a term that would pair too many articles (a name in every campaign story)
// is left out, which bounds the work.
#include "quotes/internal/stories.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "quotes/internal/union_find.h"

namespace quotes {
namespace internal {

namespace {

// The body is read this far for terms: a story is told in its opening.
constexpr size_t kBodyBytes = 3000;
// A term that pairs more articles than this within the date window says
// nothing of which story an article tells.
constexpr size_t kMaxPairsPerTerm = 4000;

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

StoryClusters ClusterStories(const std::vector<StoryInput>& inputs) {
  const size_t n = inputs.size();
  StoryClusters out;
  out.story_of.assign(n, -1);
  if (n < 2) return out;
  // Postings in term order, so that every sum below adds in one order.
  std::map<std::string, std::vector<uint32_t>> postings;
  for (size_t i = 0; i < n; ++i) {
    for (const std::string& t : inputs[i].terms) postings[t].push_back(static_cast<uint32_t>(i));
  }
  auto close = [&inputs](uint32_t a, uint32_t b) {
    const int64_t x = inputs[a].day, y = inputs[b].day;
    return x < 0 || y < 0 || std::llabs(x - y) <= kStoryDays;
  };
  std::vector<double> norm(n, 0.0);
  absl::flat_hash_map<uint64_t, double> shared;
  for (auto& [term, ids] : postings) {
    if (ids.size() < 2) continue;
    std::sort(ids.begin(), ids.end(), [&inputs](uint32_t a, uint32_t b) {
      return inputs[a].day != inputs[b].day ? inputs[a].day < inputs[b].day : a < b;
    });
    // Count the pairs within the date window (undated articles, first in
    // the order, pair with all) before making any.
    size_t undated = 0;
    while (undated < ids.size() && inputs[ids[undated]].day < 0) ++undated;
    size_t pairs = undated * (ids.size() - undated) + undated * (undated - 1) / 2;
    for (size_t a = undated, b = undated; a < ids.size(); ++a) {
      while (b < ids.size() && inputs[ids[b]].day - inputs[ids[a]].day <= kStoryDays) ++b;
      pairs += b - a - 1;
      if (pairs > kMaxPairsPerTerm) break;
    }
    if (pairs > kMaxPairsPerTerm) continue;
    // Smoothed: a term all of two articles share still counts.
    const double idf = std::log1p(static_cast<double>(n) / static_cast<double>(ids.size()));
    for (uint32_t i : ids) norm[i] += idf;
    for (size_t a = 0; a < ids.size(); ++a) {
      for (size_t b = a + 1; b < ids.size(); ++b) {
        if (!close(ids[a], ids[b])) {
          if (a >= undated) break;  // sorted by date: the rest are later
          continue;
        }
        const uint32_t x = std::min(ids[a], ids[b]), y = std::max(ids[a], ids[b]);
        shared[(static_cast<uint64_t>(x) << 32) | y] += idf;
      }
    }
  }
  // Terms no other article has add to the weight an article must share.
  for (const auto& [term, ids] : postings) {
    if (ids.size() == 1) norm[ids[0]] += std::log1p(static_cast<double>(n));
  }
  UnionFind links(n);
  // The partition does not depend on the order links are made in.
  for (const auto& [pair, weight] : shared) {
    const uint32_t x = static_cast<uint32_t>(pair >> 32), y = static_cast<uint32_t>(pair);
    const bool dated = inputs[x].day >= 0 || inputs[y].day >= 0;
    const double least = dated ? kStorySimilarity : kUndatedStorySimilarity;
    if (weight < least * std::sqrt(norm[x] * norm[y])) continue;
    links.Join(x, y);
  }
  std::vector<int> story_of_root(n, -1);
  std::vector<std::vector<uint32_t>> members;
  for (uint32_t i = 0; i < n; ++i) {
    const size_t r = links.Find(i);
    if (story_of_root[r] < 0) {
      story_of_root[r] = static_cast<int>(members.size());
      members.emplace_back();
    }
    members[story_of_root[r]].push_back(i);
  }
  for (const std::vector<uint32_t>& m : members) {
    if (m.size() < 2) continue;
    v1::Story story;
    story.set_id(absl::StrCat("story-", out.stories.size() + 1));
    std::vector<std::string> ids;
    std::map<std::string, int> term_count;
    for (uint32_t i : m) {
      ids.push_back(inputs[i].id);
      out.story_of[i] = static_cast<int>(out.stories.size());
      for (const std::string& t : inputs[i].terms) ++term_count[t];
    }
    std::sort(ids.begin(), ids.end());
    for (std::string& id : ids) story.add_article_ids(std::move(id));
    story.set_headline(inputs[m.front()].headline);
    std::vector<std::pair<std::string, int>> common(term_count.begin(), term_count.end());
    std::stable_sort(common.begin(), common.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (size_t k = 0; k < common.size() && k < 6 && common[k].second > 1; ++k) {
      story.add_terms(common[k].first);
    }
    out.stories.push_back(std::move(story));
  }
  return out;
}

}  // namespace internal
}  // namespace quotes
