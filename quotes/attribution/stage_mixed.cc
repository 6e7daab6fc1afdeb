// MIXED quotes.
#include "quotes/attribution/stage_mixed.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace quotes {
namespace internal {
namespace {

// Reported speech that holds a direct quote of its own cue is MIXED.
void MarkMixed(std::vector<Draft>* all) {
  std::vector<Draft>& drafts = *all;
  // The direct quotes' contents by where their cue starts, sorted by it.
  std::vector<std::pair<size_t, TextSpan>> direct_by_cue;
  for (const Draft& d : drafts) {
    if (d.kind == v1::DIRECT && !d.headline && !d.cue.empty()) {
      direct_by_cue.emplace_back(d.cue_span.begin, d.content);
    }
  }
  auto by_cue = [](const std::pair<size_t, TextSpan>& a, const std::pair<size_t, TextSpan>& b) {
    return a.first < b.first;
  };
  std::sort(direct_by_cue.begin(), direct_by_cue.end(), by_cue);
  for (Draft& d : drafts) {
    if (d.kind != v1::INDIRECT || d.headline || d.cue.empty()) continue;
    for (auto it = std::lower_bound(direct_by_cue.begin(), direct_by_cue.end(),
                                    std::make_pair(d.cue_span.begin, TextSpan()), by_cue);
         it != direct_by_cue.end() && it->first == d.cue_span.begin; ++it) {
      const TextSpan& q = it->second;
      if (q.begin > d.content.begin && q.end <= d.content.end) d.kind = v1::MIXED;
    }
  }
}

// Whether `d` is part of a MIXED quote: a direct quote inside the merged
// MIXED spans `merged`, or a reported clause strictly inside the MIXED
// quote (of `mixed_exact`, sorted) that opens last before it.
bool InsideMixed(const std::vector<TextSpan>& merged,
                 const std::vector<TextSpan>& mixed_exact, const Draft& d) {
  if (d.kind == v1::MIXED || d.headline) return false;
  if (!InsideAny(merged, d.content.begin) || !InsideAny(merged, d.content.end - 1)) {
    return false;
  }
  if (d.kind == v1::DIRECT) return true;
  auto it = std::lower_bound(
      mixed_exact.begin(), mixed_exact.end(), d.content.begin,
      [](const TextSpan& m, size_t pos) { return m.begin < pos; });
  if (it == mixed_exact.begin()) return false;
  --it;
  // With a subject of its own inside the MIXED clause ("... and he said
  // public borrowing would fall") it is a clause of its own.
  return d.content.end <= it->end &&
         (d.phrase.empty() || d.phrase.span.begin < it->begin);
}

}  // namespace

void MergeMixedQuotes(const AttributionModel& model, ArticleState* state) {
  std::vector<Draft>& drafts = state->drafts;
  MarkMixed(&drafts);
  // A partial quote inside reported speech is part of that MIXED quote.
  // MIXED spans are merged into disjoint, sorted ranges for the lookup.
  std::vector<TextSpan> mixed;
  std::vector<TextSpan> mixed_exact;
  for (const Draft& d : drafts) {
    if (d.kind == v1::MIXED) {
      mixed.push_back({d.content.begin, d.content.end + 3});
      mixed_exact.push_back(d.content);
    }
  }
  std::sort(mixed_exact.begin(), mixed_exact.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  std::sort(mixed.begin(), mixed.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  std::vector<TextSpan> merged;
  for (const TextSpan& m : mixed) {
    if (!merged.empty() && m.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, m.end);
    } else {
      merged.push_back(m);
    }
  }
  // So is reported speech read inside one ('called the law “punitive” and
  // vowed to challenge it in court' reports no second clause).
  drafts.erase(std::remove_if(drafts.begin(), drafts.end(),
                              [&](const Draft& d) {
                                return InsideMixed(merged, mixed_exact, d);
                              }),
               drafts.end());
}

}  // namespace internal
}  // namespace quotes
