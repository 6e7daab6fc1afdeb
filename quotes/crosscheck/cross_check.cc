// The cross-check. Quantity claims are grouped by (event, measure) in hash
// maps, each group's intervals are intersected in one pass (intervals on a
// line that meet pairwise share a point), and the articles of a group are
// merged into independent sources with a union-find over same-source and
// near-copy links. Near-copies are found from 8-word shingles of the claims'
// sentences and the quotes, kept as a bounded sketch per article.
#include "quotes/crosscheck/cross_check.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "quotes/crosscheck/cross_check_util.h"
#include "quotes/crosscheck/figure_check.h"
#include "quotes/crosscheck/stories.h"

namespace quotes {
namespace internal {

namespace {

// Shingles shared by two articles that make them one source: a passage of
// about 17 words or more, word for word (one sentence from a press release is
// not enough).
constexpr int kSharedShinglesForCopy = 10;
// Articles per group compared pairwise for near-copies; beyond it only the
// source names merge (bounds the work on huge groups).
constexpr size_t kMaxPairwise = 64;

// Parts of an event key "conference #2 (2024)" (see claims.h).
struct EventKey {
  std::string noun;
  int ordinal = 0;
  std::string year;  // "2024", "?", "another"; empty for subject keys
};

EventKey ParseEventKey(const std::string& key) {
  EventKey k;
  const size_t open = key.rfind(" (");
  if (open == std::string::npos || key.empty() || key.back() != ')') {
    k.noun = key;
    return k;
  }
  k.year = key.substr(open + 2, key.size() - open - 3);
  std::string head = key.substr(0, open);
  const size_t hash = head.rfind(" #");
  if (hash != std::string::npos && absl::SimpleAtoi(head.substr(hash + 2), &k.ordinal)) {
    head.resize(hash);
  }
  k.noun = head;
  return k;
}

bool NumericYear(const std::string& y) {
  return !y.empty() && absl::ascii_isdigit(static_cast<unsigned char>(y[0]));
}

std::string ArticleList(const std::vector<std::string>& ids) {
  return absl::StrJoin(ids, ", ");
}

struct ClaimRef {
  const v1::Claim* claim;
  int article;  // index into analyses
  int rank;     // the article's place in the report's order
};

// Two claims of different articles that cannot both hold: a claim that no
// claim of some other article in the group allows. Returns {-1, -1} when
// there is none. Values of one article are not played against each other (a
// story giving "36 members" then and "5,700 members" now speaks of two
// times), and a story that repeats another's two figures agrees with it.
// Quadratic in the group's size up to kMaxPairwiseClaims claims; beyond, the
// highest lower and lowest upper bounds of two articles decide, in one pass.
constexpr size_t kMaxPairwiseClaims = 256;

std::pair<int, int> CrossArticleConflict(const std::vector<ClaimRef>& refs) {
  const int n = static_cast<int>(refs.size());
  if (refs.size() <= kMaxPairwiseClaims) {
    // Claims of each article, in order of first appearance.
    std::vector<std::vector<int>> by_article;
    absl::flat_hash_map<int, size_t> slot;
    for (int i = 0; i < n; ++i) {
      auto [it, inserted] = slot.emplace(refs[i].article, by_article.size());
      if (inserted) by_article.emplace_back();
      by_article[it->second].push_back(i);
    }
    for (int i = 0; i < n; ++i) {
      for (const std::vector<int>& other : by_article) {
        if (refs[other.front()].article == refs[i].article) continue;
        bool partner = false;
        // A figure far from all of another article's is of another
        // quantity ("1,237 delegates" to win, "66 delegates" in Ohio).
        for (int j : other) {
          partner = partner || Compatible(*refs[i].claim, *refs[j].claim) ||
                    FarApart(*refs[i].claim, *refs[j].claim);
        }
        if (partner) continue;
        const int j = other.front();
        return Above(*refs[i].claim, *refs[j].claim) ? std::make_pair(i, j)
                                                      : std::make_pair(j, i);
      }
    }
    return {-1, -1};
  }
  auto higher_lower = [&refs](int i, int j) {  // i's lower bound is stricter
    const double a = LowerOf(*refs[i].claim), b = LowerOf(*refs[j].claim);
    return a != b ? a > b : !refs[i].claim->value().lower_inclusive();
  };
  auto lower_upper = [&refs](int i, int j) {
    const double a = UpperOf(*refs[i].claim), b = UpperOf(*refs[j].claim);
    return a != b ? a < b : !refs[i].claim->value().upper_inclusive();
  };
  auto best = [&refs, n](auto better, int skip_article) {
    int best = -1;
    for (int i = 0; i < n; ++i) {
      if (refs[i].article == skip_article) continue;
      if (best < 0 || better(i, best)) best = i;
    }
    return best;
  };
  const int lo1 = best(higher_lower, -1);
  const int hi1 = best(lower_upper, -1);
  std::vector<std::pair<int, int>> candidates;
  if (refs[lo1].article != refs[hi1].article) {
    candidates.emplace_back(lo1, hi1);
  } else {
    const int lo2 = best(higher_lower, refs[lo1].article);
    const int hi2 = best(lower_upper, refs[hi1].article);
    if (hi2 >= 0) candidates.emplace_back(lo1, hi2);
    if (lo2 >= 0) candidates.emplace_back(lo2, hi1);
  }
  for (const auto& [i, j] : candidates) {
    if (Above(*refs[i].claim, *refs[j].claim)) return {i, j};
  }
  return {-1, -1};
}

// Splits one group into clusters of claims that share a context word (a
// place or name): two "conference (2024)" in Baku and in Tashkent are two
// events. Claims without context join the only cluster, if there is one.
std::vector<std::vector<ClaimRef>> ByContext(const std::vector<ClaimRef>& refs) {
  std::vector<size_t> parent(refs.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&parent](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  absl::flat_hash_map<std::string, size_t> first_with;
  for (size_t i = 0; i < refs.size(); ++i) {
    for (const std::string& w : refs[i].claim->context()) {
      auto [it, inserted] = first_with.emplace(w, i);
      if (!inserted) parent[find(i)] = find(it->second);
    }
  }
  absl::flat_hash_set<size_t> roots;
  for (size_t i = 0; i < refs.size(); ++i) {
    if (refs[i].claim->context_size() > 0) roots.insert(find(i));
  }
  if (roots.size() <= 1) return {refs};
  std::vector<std::vector<ClaimRef>> clusters;
  absl::flat_hash_map<size_t, size_t> index;
  for (size_t i = 0; i < refs.size(); ++i) {
    auto [it, inserted] = index.emplace(find(i), clusters.size());
    if (inserted) clusters.emplace_back();
    clusters[it->second].push_back(refs[i]);
  }
  return clusters;
}

class QuantityChecker {
 public:
  QuantityChecker(const std::vector<v1::ArticleAnalysis>& analyses,
                  const std::vector<CheckedArticle>& articles,
                  const std::vector<v1::Story>& stories, SourceIndex* sources)
      : analyses_(analyses), articles_(articles), stories_(stories), sources_(sources) {}

  void Run(std::vector<v1::Finding>* out) {
    for (size_t rank = 0; rank < articles_.size(); ++rank) {
      const CheckedArticle& art = articles_[rank];
      // Two articles' events meet only when the articles tell one story:
      // "the conference (2016)" of two stories is two conferences.
      const std::string story =
          art.story >= 0 ? stories_[art.story].id() : absl::StrCat("article ", art.index);
      for (const v1::Claim& c : art.analysis->claims()) {
        // Only claims about an event are checked here: a figure tied to no
        // event ("about: ...") or with a subject is the figure check's.
        if (c.type() != v1::QUANTITY || !EventOwned(c)) continue;
        // An event of unknown year ("conference (?)") stays in its article
        // unless it joins a dated one below.
        const EventKey e = ParseEventKey(c.event());
        const std::string scope = NumericYear(e.year) ? "" : absl::StrCat(art.index);
        const std::string measure = absl::StrCat(
            c.frame().empty() ? MeasureKey(c.measure())
                              : absl::StrCat(MeasureKey(c.measure()), " ", c.frame()),
            "\x1d", story);
        groups_[GroupKey(c.event(), measure, scope)].push_back(
            {&c, art.index, static_cast<int>(rank)});
      }
    }
    MergeUnderspecified();
    std::vector<std::string> keys;
    keys.reserve(groups_.size());
    for (auto& [key, refs] : groups_) {
      if (refs.empty()) continue;
      keys.push_back(key);
      std::sort(refs.begin(), refs.end(), [](const ClaimRef& a, const ClaimRef& b) {
        return std::make_pair(a.rank, a.claim->span().begin()) <
               std::make_pair(b.rank, b.claim->span().begin());
      });
    }
    std::sort(keys.begin(), keys.end());
    for (const std::string& key : keys) {
      for (const std::vector<ClaimRef>& cluster : ByContext(groups_[key])) {
        if (std::optional<v1::Finding> f = Judge(cluster)) out->push_back(*std::move(f));
      }
    }
  }

 private:
  static std::string GroupKey(const std::string& event, const std::string& measure,
                              const std::string& scope = "") {
    return absl::StrCat(event, "\x1f", measure, "\x1e", scope);
  }
  struct SplitKey {
    EventKey event;
    std::string measure;
  };
  static SplitKey Split(const std::string& key) {
    const size_t sep = key.find('\x1f');
    const size_t scope = key.find('\x1e', sep);
    return {ParseEventKey(key.substr(0, sep)), key.substr(sep + 1, scope - sep - 1)};
  }

  // A claim about "conference (?)" (no year) or "conference (2024)" (no
  // ordinal) joins the one group that is the same but for the missing part.
  void MergeUnderspecified() {
    // (noun, measure) -> keys with a year; (noun, year, measure) -> keys with
    // an ordinal.
    absl::flat_hash_map<std::string, std::vector<std::string>> by_noun, by_year;
    for (const auto& [key, refs] : groups_) {
      const SplitKey k = Split(key);
      if (NumericYear(k.event.year)) {
        by_noun[GroupKey(k.event.noun, k.measure)].push_back(key);
        if (k.event.ordinal > 0) {
          by_year[GroupKey(k.event.noun + " " + k.event.year, k.measure)].push_back(key);
        }
      }
    }
    std::vector<std::pair<std::string, std::string>> moves;  // from, to
    for (auto* index : {&by_noun, &by_year}) {
      for (auto& [k, keys] : *index) std::sort(keys.begin(), keys.end());
    }
    for (const auto& [key, refs] : groups_) {
      const SplitKey k = Split(key);
      const std::vector<std::string>* candidates = nullptr;
      if (k.event.year == "?") {
        auto it = by_noun.find(GroupKey(k.event.noun, k.measure));
        if (it != by_noun.end()) candidates = &it->second;
      } else if (NumericYear(k.event.year) && k.event.ordinal == 0) {
        auto it = by_year.find(GroupKey(k.event.noun + " " + k.event.year, k.measure));
        if (it != by_year.end()) candidates = &it->second;
      }
      if (candidates == nullptr) continue;
      const std::string to = Choose(key, k, *candidates);
      if (!to.empty()) moves.emplace_back(key, to);
    }
    std::sort(moves.begin(), moves.end());
    // Follow chains ("conference (?)" -> "conference (2024)" -> "conference
    // #2 (2024)") to their end; there are no cycles, as each move adds a year
    // or an ordinal.
    absl::flat_hash_map<std::string, std::string> target(moves.begin(), moves.end());
    for (auto& [from, to] : moves) {
      for (auto it = target.find(to); it != target.end(); it = target.find(to)) to = it->second;
    }
    for (const auto& [from, to] : moves) {
      std::vector<ClaimRef>& dst = groups_[to];
      std::vector<ClaimRef>& src = groups_[from];
      dst.insert(dst.end(), src.begin(), src.end());
      src.clear();
    }
  }

  // Where the underspecified group `key` belongs among `candidates`: the
  // only one; else the only one with its ordinal; else the one whose claims
  // share the most context words with it. Empty when it stays apart.
  std::string Choose(const std::string& key, const SplitKey& k,
                     const std::vector<std::string>& candidates) {
    std::vector<std::string> others, same_ordinal;
    for (const std::string& c : candidates) {
      if (c == key) continue;
      const int ordinal = Split(c).event.ordinal;
      if (k.event.ordinal > 0 && ordinal > 0 && ordinal != k.event.ordinal) continue;
      others.push_back(c);
      if (k.event.ordinal > 0 && ordinal == k.event.ordinal) same_ordinal.push_back(c);
    }
    if (others.size() == 1) return others[0];
    if (same_ordinal.size() == 1) return same_ordinal[0];
    // A copy: ContextOf() below may insert and rehash the cache.
    const absl::flat_hash_set<std::string> mine = ContextOf(key);
    std::string best;
    int best_score = 0;
    bool tie = false;
    for (const std::string& c : others) {
      int score = 0;
      const absl::flat_hash_set<std::string>& theirs = ContextOf(c);
      for (const std::string& w : mine) score += theirs.contains(w);
      if (score > best_score) {
        best = c;
        best_score = score;
        tie = false;
      } else if (score == best_score && score > 0) {
        tie = true;
      }
    }
    return tie ? "" : best;
  }

  // The context words of a group's claims, built on first use.
  const absl::flat_hash_set<std::string>& ContextOf(const std::string& key) {
    auto [it, inserted] = contexts_.try_emplace(key);
    // Called while groups_ is iterated: look up, never insert.
    auto group = groups_.find(key);
    if (inserted && group != groups_.end()) {
      for (const ClaimRef& r : group->second) {
        for (const std::string& w : r.claim->context()) it->second.insert(w);
      }
    }
    return it->second;
  }

  // Empty when the claims cannot be judged as one quantity.
  std::optional<v1::Finding> Judge(const std::vector<ClaimRef>& refs) {
    v1::Finding f;
    f.set_kind(v1::QUANTITY_CHECK);
    f.set_rule("event-figure");
    // The most specific event key names the group.
    const v1::Claim* named = refs.front().claim;
    for (const ClaimRef& r : refs) {
      if (r.claim->event().size() > named->event().size()) named = r.claim;
    }
    f.set_event(named->event());
    f.set_measure(named->measure());
    // Articles in the report's order (by id), whatever the input's.
    std::vector<std::pair<int, int>> ranked;  // rank, index into analyses
    for (const ClaimRef& r : refs) {
      *f.add_claims() = *r.claim;
      ranked.emplace_back(r.rank, r.article);
    }
    std::sort(ranked.begin(), ranked.end());
    ranked.erase(std::unique(ranked.begin(), ranked.end()), ranked.end());
    std::vector<int> articles;
    for (const auto& [rank, index] : ranked) articles.push_back(index);
    const int independent = sources_->CountIndependent(articles, kMaxPairwise,
                                                       kSharedShinglesForCopy);
    f.set_independent_sources(independent);
    std::vector<std::string> ids;
    for (int a : articles) ids.push_back(analyses_[a].article().id());
    const std::string title =
        named->event_title().empty() || named->event_title() == ParseEventKey(named->event()).noun
            ? named->event()
            : absl::StrCat(named->event_title(), " [", named->event(), "]");
    const auto [hi, lo] = CrossArticleConflict(refs);
    // Only an event named or dated by the text is surely one event: "the
    // Second International Conference", "a similar conference ... last
    // year", not "the election" two stories of the year speak of.
    const EventKey key = ParseEventKey(named->event());
    const bool named_event =
        key.ordinal > 0 ||
        (!named->event_title().empty() &&
         absl::ascii_isupper(static_cast<unsigned char>(named->event_title()[0]))) ||
        (NumericYear(key.year) && !absl::StartsWith(named->date(), key.year));
    if (hi >= 0 && !named_event) {
      // Two figures of "the election" in one story may be of two elections:
      // not compared.
      return std::nullopt;
    }
    if (hi >= 0) {
      f.set_verdict(v1::CONFLICT);
      const v1::Claim& a = *refs[hi].claim;
      const v1::Claim& b = *refs[lo].claim;
      f.set_explanation(absl::StrCat("\"", a.text(), "\" (", a.article_id(), ") and \"",
                                     b.text(), "\" (", b.article_id(),
                                     ") cannot both be true of the ", named->measure(),
                                     " at ", title, "."));
    } else if (articles.size() < 2) {
      f.set_verdict(v1::SINGLE_SOURCE);
      f.set_explanation(absl::StrCat("Only ", ids[0], " gives the ", named->measure(),
                                     " of ", title, "."));
    } else {
      f.set_verdict(v1::CONSISTENT);
      f.set_explanation(absl::StrCat(
          articles.size(), " articles (", ArticleList(ids), ") agree on the ",
          named->measure(), " of ", title, "; they are ", independent,
          " independent source", independent == 1 ? "" : "s",
          independent == 1 ? " (same agency or copied text)" : "", "."));
    }
    return f;
  }

  const std::vector<v1::ArticleAnalysis>& analyses_;
  const std::vector<CheckedArticle>& articles_;
  const std::vector<v1::Story>& stories_;
  SourceIndex* sources_;
  // Hash grouping keeps the check near-linear in the number of claims.
  absl::flat_hash_map<std::string, std::vector<ClaimRef>> groups_;
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> contexts_;
};

int Rank(const v1::Finding& f) {
  switch (f.verdict()) {
    case v1::CONFLICT: return 0;
    case v1::DIFFERS: return 1;
    case v1::CONSISTENT: return 2;
    case v1::SINGLE_SOURCE: return 3;
    default: return 4;  // DISCREPANCY: names, titles and quotes last
  }
}

// The report's order of the articles: by id, then by what else tells two
// records apart, so that the input's order never shows in the output.
std::vector<int> ReportOrder(const std::vector<v1::ArticleAnalysis>& analyses) {
  std::vector<int> order;
  for (size_t i = 0; i < analyses.size(); ++i) {
    if (!analyses[i].has_error()) order.push_back(static_cast<int>(i));
  }
  auto key = [&analyses](int i) {
    const v1::Article& a = analyses[i].article();
    return std::make_tuple(std::cref(a.id()), std::cref(a.date()), std::cref(a.source()),
                           std::cref(a.headline()), analyses[i].claims_size(),
                           analyses[i].quotes_size(), a.text().size());
  };
  std::stable_sort(order.begin(), order.end(),
                   [&key](int x, int y) { return key(x) < key(y); });
  return order;
}

// The findings' order: verdict, kind, key, then the first claim's article
// and offset; every field a finding is made of breaks ties, so that equal
// inputs in any order give the same bytes.
bool FindingBefore(const v1::Finding& a, const v1::Finding& b) {
  auto head = [](const v1::Finding& f) {
    const v1::Claim* c = f.claims().empty() ? nullptr : &f.claims(0);
    return std::make_tuple(Rank(f), static_cast<int>(f.kind()), std::cref(f.event()),
                           std::cref(f.measure()), std::cref(f.subject()),
                           std::cref(f.frame()), std::cref(f.time()),
                           c ? c->article_id() : std::string(),
                           c ? c->span().begin() : 0u);
  };
  const auto ha = head(a), hb = head(b);
  if (ha != hb) return ha < hb;
  return a.SerializeAsString() < b.SerializeAsString();
}

}  // namespace

v1::CrossCheckReport CrossCheckClaims(
    const std::vector<v1::ArticleAnalysis>& analyses) {
  v1::CrossCheckReport report;
  report.set_articles(static_cast<int>(analyses.size()));
  int claims = 0;
  for (const v1::ArticleAnalysis& a : analyses) {
    if (!a.has_error()) claims += a.claims_size();
  }
  report.set_claims(claims);
  const std::vector<int> order = ReportOrder(analyses);
  std::vector<StoryInput> inputs;
  inputs.reserve(order.size());
  for (int i : order) {
    const v1::ArticleAnalysis& a = analyses[i];
    StoryInput in;
    in.id = a.article().id();
    in.headline = a.article().headline();
    in.day = DayOf(a.article().date());
    in.terms.assign(a.story_terms().begin(), a.story_terms().end());
    inputs.push_back(std::move(in));
  }
  StoryClusters stories = ClusterStories(inputs);
  std::vector<CheckedArticle> articles;
  articles.reserve(order.size());
  for (size_t r = 0; r < order.size(); ++r) {
    articles.push_back({&analyses[order[r]], order[r], stories.story_of[r], inputs[r].day});
  }
  SourceIndex sources(analyses);
  std::vector<v1::Finding> findings;
  int64_t skipped = 0;
  QuantityChecker(analyses, articles, stories.stories, &sources).Run(&findings);
  CheckFigures(articles, stories.stories, &sources, &findings, &skipped);
  std::vector<const v1::ArticleAnalysis*> ordered;
  ordered.reserve(order.size());
  for (int i : order) ordered.push_back(&analyses[i]);
  FindQuoteVariants(ordered, &findings, &skipped);
  FindNameVariants(ordered, &findings);
  FindEventNameVariants(ordered, &findings);
  FindTitleVariants(ordered, &findings);
  // The variant findings count their sources too.
  absl::flat_hash_map<std::string, int> index;
  for (int i : order) index.emplace(analyses[i].article().id(), i);
  for (v1::Finding& f : findings) {
    // Claims in the report's order: by article, then by place in it.
    std::stable_sort(f.mutable_claims()->begin(), f.mutable_claims()->end(),
                     [](const v1::Claim& a, const v1::Claim& b) {
                       return std::make_pair(std::cref(a.article_id()), a.span().begin()) <
                              std::make_pair(std::cref(b.article_id()), b.span().begin());
                     });
    if (f.kind() == v1::QUANTITY_CHECK) continue;
    std::vector<int> members;
    for (const v1::Claim& c : f.claims()) {
      auto it = index.find(c.article_id());
      if (it != index.end()) members.push_back(it->second);
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    f.set_independent_sources(
        sources.CountIndependent(members, kMaxPairwise, kSharedShinglesForCopy));
  }
  std::sort(findings.begin(), findings.end(), FindingBefore);
  for (v1::Finding& f : findings) *report.add_findings() = std::move(f);
  for (v1::Story& s : stories.stories) *report.add_stories() = std::move(s);
  report.set_skipped_comparisons(skipped);
  return report;
}

}  // namespace internal
}  // namespace quotes
