// Story clustering. It keeps an inverted index from each term to the
// articles that have it, sorted by date, and adds the term's weight to every pair of its articles that are close enough in time;
// a term that would pair too many articles (a name in every campaign story)
// is left out, which bounds the work.
#include "quotes/crosscheck/stories.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "quotes/crosscheck/union_find.h"

namespace quotes {
namespace internal {

namespace {

// A term that pairs more articles than this within the date window says
// nothing of which story an article tells.
constexpr size_t kMaxPairsPerTerm = 4000;

}  // namespace

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
