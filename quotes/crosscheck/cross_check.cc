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

EventKey ParseEventKey(absl::string_view key) {
  EventKey k;
  const size_t open = key.rfind(" (");
  if (open == absl::string_view::npos || key.empty() || key.back() != ')') {
    k.noun = std::string(key);
    return k;
  }
  k.year = std::string(key.substr(open + 2, key.size() - open - 3));
  absl::string_view head = key.substr(0, open);
  const size_t hash = head.rfind(" #");
  if (hash != absl::string_view::npos && absl::SimpleAtoi(head.substr(hash + 2), &k.ordinal)) {
    head = head.substr(0, hash);
  }
  k.noun = std::string(head);
  return k;
}

bool NumericYear(const std::string& y) {
  return !y.empty() && absl::ascii_isdigit(static_cast<unsigned char>(y[0]));
}

std::string ArticleList(const std::vector<std::string>& ids) {
  return absl::StrJoin(ids, ", ");
}

struct ClaimRef {
  ClaimView claim;
  int article;  // index into input.articles()
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
          partner = partner || Compatible(refs[i].claim, refs[j].claim) ||
                    FarApart(refs[i].claim, refs[j].claim);
        }
        if (partner) continue;
        const int j = other.front();
        return Above(refs[i].claim, refs[j].claim) ? std::make_pair(i, j)
                                                      : std::make_pair(j, i);
      }
    }
    return {-1, -1};
  }
  auto higher_lower = [&refs](int i, int j) {  // i's lower bound is stricter
    const double a = LowerOf(refs[i].claim), b = LowerOf(refs[j].claim);
    return a != b ? a > b : !refs[i].claim.value().lower_inclusive();
  };
  auto lower_upper = [&refs](int i, int j) {
    const double a = UpperOf(refs[i].claim), b = UpperOf(refs[j].claim);
    return a != b ? a < b : !refs[i].claim.value().upper_inclusive();
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
    if (Above(refs[i].claim, refs[j].claim)) return {i, j};
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
  absl::flat_hash_map<absl::string_view, size_t> first_with;
  for (size_t i = 0; i < refs.size(); ++i) {
    for (int k = 0; k < refs[i].claim.context_size(); ++k) {
      auto [it, inserted] = first_with.emplace(refs[i].claim.context(k), i);
      if (!inserted) parent[find(i)] = find(it->second);
    }
  }
  absl::flat_hash_set<size_t> roots;
  for (size_t i = 0; i < refs.size(); ++i) {
    if (refs[i].claim.context_size() > 0) roots.insert(find(i));
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
  QuantityChecker(const CrossCheckInput& input, const std::vector<CheckedArticle>& articles,
                  const std::vector<v1::Story>& stories, SourceIndex* sources)
      : input_(input), articles_(articles), stories_(stories), sources_(sources) {}

  void Run(std::vector<FindingDraft>* out) {
    for (size_t rank = 0; rank < articles_.size(); ++rank) {
      const CheckedArticle& art = articles_[rank];
      // Two articles' events meet only when the articles tell one story:
      // "the conference (2016)" of two stories is two conferences.
      const std::string story =
          art.story >= 0 ? stories_[art.story].id() : absl::StrCat("article ", art.index);
      for (uint32_t i = art.article->claims_begin; i < art.article->claims_end; ++i) {
        const ClaimView c(&input_, i);
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
            {c, art.index, static_cast<int>(rank)});
      }
    }
    MergeUnderspecified();
    std::vector<std::string> keys;
    keys.reserve(groups_.size());
    for (auto& [key, refs] : groups_) {
      if (refs.empty()) continue;
      keys.push_back(key);
      std::sort(refs.begin(), refs.end(), [](const ClaimRef& a, const ClaimRef& b) {
        return std::make_pair(a.rank, a.claim.span_begin()) <
               std::make_pair(b.rank, b.claim.span_begin());
      });
    }
    std::sort(keys.begin(), keys.end());
    for (const std::string& key : keys) {
      for (const std::vector<ClaimRef>& cluster : ByContext(groups_[key])) {
        if (std::optional<FindingDraft> f = Judge(cluster)) out->push_back(*std::move(f));
      }
    }
  }

 private:
  static std::string GroupKey(absl::string_view event, absl::string_view measure,
                              absl::string_view scope = "") {
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
    const absl::flat_hash_set<absl::string_view> mine = ContextOf(key);
    std::string best;
    int best_score = 0;
    bool tie = false;
    for (const std::string& c : others) {
      int score = 0;
      const absl::flat_hash_set<absl::string_view>& theirs = ContextOf(c);
      for (absl::string_view w : mine) score += theirs.contains(w);
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
  const absl::flat_hash_set<absl::string_view>& ContextOf(const std::string& key) {
    auto [it, inserted] = contexts_.try_emplace(key);
    // Called while groups_ is iterated: look up, never insert.
    auto group = groups_.find(key);
    if (inserted && group != groups_.end()) {
      for (const ClaimRef& r : group->second) {
        for (int k = 0; k < r.claim.context_size(); ++k) it->second.insert(r.claim.context(k));
      }
    }
    return it->second;
  }

  // Empty when the claims cannot be judged as one quantity.
  std::optional<FindingDraft> Judge(const std::vector<ClaimRef>& refs) {
    FindingDraft draft;
    v1::Finding& f = draft.finding;
    f.set_kind(v1::QUANTITY_CHECK);
    f.set_rule("event-figure");
    // The most specific event key names the group.
    const ClaimView* named = &refs.front().claim;
    for (const ClaimRef& r : refs) {
      if (r.claim.event().size() > named->event().size()) named = &r.claim;
    }
    f.set_event(std::string(named->event()));
    f.set_measure(std::string(named->measure()));
    // Articles in the report's order (by id), whatever the input's.
    std::vector<std::pair<int, int>> ranked;  // rank, index into input.articles()
    for (const ClaimRef& r : refs) {
      draft.claims.push_back(r.claim.index());
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
    for (int a : articles) ids.emplace_back(input_.str(input_.articles()[a].id));
    const std::string title =
        named->event_title().empty() || named->event_title() == ParseEventKey(named->event()).noun
            ? std::string(named->event())
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
      const ClaimView& a = refs[hi].claim;
      const ClaimView& b = refs[lo].claim;
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
    return draft;
  }

  const CrossCheckInput& input_;
  const std::vector<CheckedArticle>& articles_;
  const std::vector<v1::Story>& stories_;
  SourceIndex* sources_;
  // Hash grouping keeps the check near-linear in the number of claims.
  absl::flat_hash_map<std::string, std::vector<ClaimRef>> groups_;
  absl::flat_hash_map<std::string, absl::flat_hash_set<absl::string_view>> contexts_;
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
std::vector<int> ReportOrder(const CrossCheckInput& input) {
  std::vector<int> order(input.articles().size());
  std::iota(order.begin(), order.end(), 0);
  auto key = [&input](int i) {
    const CrossCheckInput::Article& a = input.articles()[i];
    return std::make_tuple(input.str(a.id), input.str(a.date), input.str(a.source),
                           input.str(a.headline), a.claims_size, a.quotes_size, a.text_size);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&key](int x, int y) { return key(x) < key(y); });
  return order;
}

// The article and offset of a finding's first claim.
std::pair<absl::string_view, uint32_t> FirstClaim(const CrossCheckInput& input,
                                                  const FindingDraft& d) {
  if (!d.claims.empty()) {
    const ClaimView c(&input, d.claims.front());
    return {c.article_id(), c.span_begin()};
  }
  if (d.finding.claims_size() > 0) {
    const v1::Claim& c = d.finding.claims(0);
    return {c.article_id(), c.span().begin()};
  }
  return {absl::string_view(), 0u};
}

// The findings' order: verdict, kind, key, then the first claim's article
// and offset.
bool HeadBefore(const CrossCheckInput& input, const FindingDraft& a, const FindingDraft& b) {
  auto head = [&input](const FindingDraft& d) {
    const v1::Finding& f = d.finding;
    return std::tuple_cat(std::make_tuple(Rank(f), static_cast<int>(f.kind()),
                                          absl::string_view(f.event()),
                                          absl::string_view(f.measure()),
                                          absl::string_view(f.subject()),
                                          absl::string_view(f.frame()),
                                          absl::string_view(f.time())),
                          FirstClaim(input, d));
  };
  return head(a) < head(b);
}

}  // namespace

v1::Finding CrossCheckResult::finding(size_t i) const {
  const FindingDraft& d = findings_[i];
  v1::Finding f = d.finding;
  for (uint32_t c : d.claims) *f.add_claims() = input_.MakeClaim(c);
  return f;
}

v1::CrossCheckReport CrossCheckResult::ToReport() const {
  v1::CrossCheckReport report = summary_;
  for (size_t i = 0; i < findings_.size(); ++i) *report.add_findings() = finding(i);
  return report;
}

CrossCheckResult CrossCheckCollected(CrossCheckInput input) {
  CrossCheckResult result;
  v1::CrossCheckReport& report = result.summary_;
  report.set_articles(static_cast<int>(input.analyses()));
  report.set_claims(static_cast<int>(input.claim_count()));
  const std::vector<int> order = ReportOrder(input);
  std::vector<StoryInput> inputs;
  inputs.reserve(order.size());
  for (int i : order) {
    const CrossCheckInput::Article& a = input.articles()[i];
    StoryInput in;
    in.id = input.str(a.id);
    in.headline = input.str(a.headline);
    in.day = DayOf(input.str(a.date));
    for (uint32_t t = a.terms_begin; t < a.terms_end; ++t) {
      in.terms.push_back(input.str(input.id(t)));
    }
    inputs.push_back(std::move(in));
  }
  StoryClusters stories = ClusterStories(inputs);
  std::vector<CheckedArticle> articles;
  articles.reserve(order.size());
  for (size_t r = 0; r < order.size(); ++r) {
    articles.push_back(
        {&input.articles()[order[r]], order[r], stories.story_of[r], inputs[r].day});
  }
  std::vector<StoryInput>().swap(inputs);
  SourceIndex sources(input);
  std::vector<FindingDraft>& findings = result.findings_;
  int64_t skipped = 0;
  QuantityChecker(input, articles, stories.stories, &sources).Run(&findings);
  CheckFigures(input, articles, stories.stories, &sources, &findings, &skipped);
  FindQuoteVariants(input, order, &findings, &skipped);
  FindNameVariants(input, order, &findings);
  FindEventNameVariants(input, order, &findings);
  FindTitleVariants(input, order, &findings);
  // The variant findings count their sources too.
  absl::flat_hash_map<absl::string_view, int> index;
  for (int i : order) index.emplace(input.str(input.articles()[i].id), i);
  for (FindingDraft& d : findings) {
    v1::Finding& f = d.finding;
    // Claims in the report's order: by article, then by place in it.
    std::stable_sort(d.claims.begin(), d.claims.end(), [&input](uint32_t a, uint32_t b) {
      const ClaimView x(&input, a), y(&input, b);
      return std::make_pair(x.article_id(), x.span_begin()) <
             std::make_pair(y.article_id(), y.span_begin());
    });
    std::stable_sort(f.mutable_claims()->begin(), f.mutable_claims()->end(),
                     [](const v1::Claim& a, const v1::Claim& b) {
                       return std::make_pair(std::cref(a.article_id()), a.span().begin()) <
                              std::make_pair(std::cref(b.article_id()), b.span().begin());
                     });
    if (f.kind() == v1::QUANTITY_CHECK) continue;
    std::vector<int> members;
    auto add = [&index, &members](absl::string_view article_id) {
      auto it = index.find(article_id);
      if (it != index.end()) members.push_back(it->second);
    };
    for (uint32_t c : d.claims) add(ClaimView(&input, c).article_id());
    for (const v1::Claim& c : f.claims()) add(c.article_id());
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    f.set_independent_sources(
        sources.CountIndependent(members, kMaxPairwise, kSharedShinglesForCopy));
  }
  std::sort(findings.begin(), findings.end(),
            [&input](const FindingDraft& a, const FindingDraft& b) {
              return HeadBefore(input, a, b);
            });
  result.input_ = std::move(input);
  // Findings alike up to their first claim: every field a finding is made of
  // breaks the tie, so that equal inputs in any order give the same bytes.
  for (size_t begin = 0, end = 0; begin < findings.size(); begin = end) {
    end = begin + 1;
    while (end < findings.size() &&
           !HeadBefore(result.input_, findings[begin], findings[end])) {
      ++end;
    }
    if (end - begin < 2) continue;
    std::vector<std::pair<std::string, size_t>> bytes;
    for (size_t i = begin; i < end; ++i) bytes.emplace_back(result.finding(i).SerializeAsString(), i);
    std::sort(bytes.begin(), bytes.end());
    std::vector<FindingDraft> run;
    for (const auto& [b, i] : bytes) run.push_back(std::move(findings[i]));
    std::move(run.begin(), run.end(), findings.begin() + begin);
  }
  result.input_.DropCheckOnly();
  for (v1::Story& s : stories.stories) *report.add_stories() = std::move(s);
  report.set_skipped_comparisons(skipped);
  return result;
}

v1::CrossCheckReport CrossCheckClaims(
    const std::vector<v1::ArticleAnalysis>& analyses) {
  CrossCheckInput input;
  for (const v1::ArticleAnalysis& a : analyses) input.Add(a);
  return CrossCheckCollected(std::move(input)).ToReport();
}

}  // namespace internal
}  // namespace quotes
