// Story clustering. It keeps an inverted index from each term to the
// articles that have it, sorted by date, and adds the term's weight to every pair of its articles that are close enough in time;
// a term that would pair too many articles (a name in every campaign story)
// is left out, which bounds the work.
#include "quotes/crosscheck/stories.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

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

namespace {

// The articles' terms by number, in term order, so that every sum adds in
// one order; each article's terms as numbers, in that order (a term an
// article lists twice counts twice, as it always has); and each term's
// articles (postings).
struct TermIndex {
  std::vector<absl::string_view> terms;
  std::vector<uint32_t> term_begin;     // article i's terms: [term_begin[i], term_begin[i + 1])
  std::vector<uint32_t> article_terms;  // of article_terms
  std::vector<uint32_t> posting_begin;  // term t's articles: [posting_begin[t], ...[t + 1])
  std::vector<uint32_t> postings;       // of postings, by date (undated first) then index
};

TermIndex IndexTerms(const std::vector<StoryInput>& inputs) {
  const size_t n = inputs.size();
  TermIndex index;
  std::vector<absl::string_view>& terms = index.terms;
  std::vector<uint32_t>& term_begin = index.term_begin;
  std::vector<uint32_t>& article_terms = index.article_terms;
  std::vector<uint32_t>& posting_begin = index.posting_begin;
  std::vector<uint32_t>& postings = index.postings;
  for (const StoryInput& in : inputs) terms.insert(terms.end(), in.terms.begin(), in.terms.end());
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  term_begin.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    term_begin[i] = static_cast<uint32_t>(article_terms.size());
    for (absl::string_view t : inputs[i].terms) {
      article_terms.push_back(
          static_cast<uint32_t>(std::lower_bound(terms.begin(), terms.end(), t) - terms.begin()));
    }
    std::sort(article_terms.begin() + term_begin[i], article_terms.end());
  }
  term_begin[n] = static_cast<uint32_t>(article_terms.size());
  // Postings: each term's articles, by date (undated first) then index.
  posting_begin.assign(terms.size() + 1, 0);
  postings.resize(article_terms.size());
  for (uint32_t t : article_terms) ++posting_begin[t + 1];
  for (size_t t = 0; t < terms.size(); ++t) posting_begin[t + 1] += posting_begin[t];
  {
    std::vector<uint32_t> fill(posting_begin.begin(), posting_begin.end() - 1);
    for (uint32_t i = 0; i < n; ++i) {
      for (uint32_t k = term_begin[i]; k < term_begin[i + 1]; ++k) {
        postings[fill[article_terms[k]]++] = i;
      }
    }
  }
  return index;
}

// Each term's weight (idf), 0 for a term that tells nothing: one that pairs
// too many articles within the date window, or that one article alone has;
// and each article's norm, the weight it must share. Sorts each term's
// postings by date.
void WeighTerms(const std::vector<StoryInput>& inputs, TermIndex* index,
                std::vector<double>* idf_out, std::vector<double>* norm_out) {
  const size_t n = inputs.size();
  const std::vector<absl::string_view>& terms = index->terms;
  const std::vector<uint32_t>& posting_begin = index->posting_begin;
  std::vector<uint32_t>& postings = index->postings;
  auto by_date = [&inputs](uint32_t a, uint32_t b) {
    return inputs[a].day != inputs[b].day ? inputs[a].day < inputs[b].day : a < b;
  };
  std::vector<double>& idf = *idf_out;
  std::vector<double>& norm = *norm_out;
  idf.assign(terms.size(), 0.0);
  norm.assign(n, 0.0);
  for (size_t t = 0; t < terms.size(); ++t) {
    const auto ids = postings.begin() + posting_begin[t];
    const size_t size = posting_begin[t + 1] - posting_begin[t];
    if (size < 2) continue;
    std::sort(ids, ids + size, by_date);
    // Count the pairs within the date window (undated articles, first in
    // the order, pair with all) before making any.
    size_t undated = 0;
    while (undated < size && inputs[ids[undated]].day < 0) ++undated;
    size_t pairs = undated * (size - undated) + undated * (undated - 1) / 2;
    for (size_t a = undated, b = undated; a < size; ++a) {
      while (b < size && inputs[ids[b]].day - inputs[ids[a]].day <= kStoryDays) ++b;
      pairs += b - a - 1;
      if (pairs > kMaxPairsPerTerm) break;
    }
    if (pairs > kMaxPairsPerTerm) continue;
    // Smoothed: a term all of two articles share still counts.
    idf[t] = std::log1p(static_cast<double>(n) / static_cast<double>(size));
    for (size_t k = 0; k < size; ++k) norm[ids[k]] += idf[t];
  }
  // Terms no other article has add to the weight an article must share.
  for (size_t t = 0; t < terms.size(); ++t) {
    if (posting_begin[t + 1] - posting_begin[t] == 1) {
      norm[postings[posting_begin[t]]] += std::log1p(static_cast<double>(n));
    }
  }
}

// Joins each pair of articles that share enough weight of terms.
UnionFind LinkArticles(const std::vector<StoryInput>& inputs, const TermIndex& index,
                       const std::vector<double>& idf, const std::vector<double>& norm) {
  const uint32_t n = static_cast<uint32_t>(inputs.size());
  const std::vector<uint32_t>& term_begin = index.term_begin;
  const std::vector<uint32_t>& article_terms = index.article_terms;
  const std::vector<uint32_t>& posting_begin = index.posting_begin;
  const std::vector<uint32_t>& postings = index.postings;
  auto close = [&inputs](uint32_t a, uint32_t b) {
    const int64_t x = inputs[a].day, y = inputs[b].day;
    return x < 0 || y < 0 || std::llabs(x - y) <= kStoryDays;
  };
  // The weight each article shares with each later one, one article at a
  // time: its terms in term order add to a row of sums, read and cleared
  // before the next article (a map of all pairs held 150 MB over 10,000
  // articles). The partition does not depend on the order links are made in.
  UnionFind links(n);
  std::vector<double> row(n, 0.0);
  std::vector<uint32_t> touched;
  for (uint32_t x = 0; x < n; ++x) {
    for (uint32_t k = term_begin[x]; k < term_begin[x + 1]; ++k) {
      const uint32_t t = article_terms[k];
      if (idf[t] == 0.0) continue;
      const auto first = postings.begin() + posting_begin[t];
      const auto last = postings.begin() + posting_begin[t + 1];
      // Undated articles first, then the dated ones within the window.
      auto from = first, to = last;
      if (inputs[x].day >= 0) {
        const auto dated =
            std::partition_point(first, last, [&inputs](uint32_t i) { return inputs[i].day < 0; });
        for (auto it = first; it != dated; ++it) {
          if (*it > x) {
            if (row[*it] == 0.0) touched.push_back(*it);
            row[*it] += idf[t];
          }
        }
        const int64_t day = inputs[x].day;
        from = std::partition_point(
            dated, last, [&inputs, day](uint32_t i) { return inputs[i].day < day - kStoryDays; });
        to = std::partition_point(
            from, last, [&inputs, day](uint32_t i) { return inputs[i].day <= day + kStoryDays; });
      }
      for (auto it = from; it != to; ++it) {
        if (*it <= x || !close(x, *it)) continue;
        if (row[*it] == 0.0) touched.push_back(*it);
        row[*it] += idf[t];
      }
    }
    for (uint32_t y : touched) {
      const bool dated = inputs[x].day >= 0 || inputs[y].day >= 0;
      const double least = dated ? kStorySimilarity : kUndatedStorySimilarity;
      if (row[y] >= least * std::sqrt(norm[x] * norm[y])) links.Join(x, y);
      row[y] = 0.0;
    }
    touched.clear();
  }
  return links;
}

// The stories of two articles or more, numbered in the order of their first
// article.
void CollectStories(const std::vector<StoryInput>& inputs, UnionFind* links_in,
                    StoryClusters* out_in) {
  const size_t n = inputs.size();
  UnionFind& links = *links_in;
  StoryClusters& out = *out_in;
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
    std::map<absl::string_view, int> term_count;
    for (uint32_t i : m) {
      ids.emplace_back(inputs[i].id);
      out.story_of[i] = static_cast<int>(out.stories.size());
      for (absl::string_view t : inputs[i].terms) ++term_count[t];
    }
    std::sort(ids.begin(), ids.end());
    for (std::string& id : ids) story.add_article_ids(std::move(id));
    story.set_headline(std::string(inputs[m.front()].headline));
    std::vector<std::pair<absl::string_view, int>> common(term_count.begin(), term_count.end());
    std::stable_sort(common.begin(), common.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (size_t k = 0; k < common.size() && k < 6 && common[k].second > 1; ++k) {
      story.add_terms(std::string(common[k].first));
    }
    out.stories.push_back(std::move(story));
  }
}

}  // namespace

StoryClusters ClusterStories(const std::vector<StoryInput>& inputs) {
  const size_t n = inputs.size();
  StoryClusters out;
  out.story_of.assign(n, -1);
  if (n < 2) return out;
  TermIndex index = IndexTerms(inputs);
  std::vector<double> idf, norm;
  WeighTerms(inputs, &index, &idf, &norm);
  UnionFind links = LinkArticles(inputs, index, idf, norm);
  CollectStories(inputs, &links, &out);
  return out;
}

}  // namespace internal
}  // namespace quotes
