// The cross-check. Quantity claims are grouped by (event, measure) in hash
// maps, each group's intervals are intersected in one pass (intervals on a
// line that meet pairwise share a point), and the articles of a group are
// merged into independent sources with a union-find over same-source and
// near-copy links. Near-copies are found from 8-word shingles of the claims'
// sentences and the quotes, kept as a bounded sketch per article.
#include "quotes/internal/cross_check.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "quotes/internal/cross_check_util.h"

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

// "countries" and "country" are one measure; "delegates", "delegate".
std::string MeasureKey(const std::string& measure) {
  std::string m = absl::AsciiStrToLower(measure);
  if (m.size() > 4 && absl::EndsWith(m, "ies")) return m.substr(0, m.size() - 3) + "y";
  if (m.size() > 3 && m.back() == 's' && m[m.size() - 2] != 's') m.pop_back();
  return m;
}

struct ClaimRef {
  const v1::Claim* claim;
  int article;  // index into analyses
};

// The common part of the group's intervals, and which claims bound it.
struct Intersection {
  double lower = -std::numeric_limits<double>::infinity();
  bool lower_inclusive = true;
  int lower_claim = -1;
  double upper = std::numeric_limits<double>::infinity();
  bool upper_inclusive = true;
  int upper_claim = -1;

  void Add(const v1::Interval& v, int index) {
    if (v.has_lower() && (v.lower() > lower || (v.lower() == lower && !v.lower_inclusive()))) {
      lower = v.lower();
      lower_inclusive = v.lower_inclusive();
      lower_claim = index;
    }
    if (v.has_upper() && (v.upper() < upper || (v.upper() == upper && !v.upper_inclusive()))) {
      upper = v.upper();
      upper_inclusive = v.upper_inclusive();
      upper_claim = index;
    }
  }
  bool Empty() const {
    return lower > upper || (lower == upper && !(lower_inclusive && upper_inclusive));
  }
};

std::string ArticleList(const std::vector<std::string>& ids) {
  return absl::StrJoin(ids, ", ");
}

class QuantityChecker {
 public:
  QuantityChecker(const std::vector<v1::ArticleAnalysis>& analyses,
                  SourceIndex* sources)
      : analyses_(analyses), sources_(sources) {}

  void Run(std::vector<v1::Finding>* out) {
    for (size_t a = 0; a < analyses_.size(); ++a) {
      if (analyses_[a].has_error()) continue;
      for (const v1::Claim& c : analyses_[a].claims()) {
        if (c.type() != v1::QUANTITY || c.event().empty()) continue;
        groups_[GroupKey(c.event(), MeasureKey(c.measure()))].push_back(
            {&c, static_cast<int>(a)});
      }
    }
    MergeUnderspecified();
    std::vector<std::string> keys;
    keys.reserve(groups_.size());
    for (const auto& [key, refs] : groups_) {
      if (!refs.empty()) keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    for (const std::string& key : keys) out->push_back(Judge(groups_[key]));
  }

 private:
  static std::string GroupKey(const std::string& event, const std::string& measure) {
    return absl::StrCat(event, "\x1f", measure);
  }

  // A claim about "conference (?)" (no year) or "conference (2024)" (no
  // ordinal) joins the one group that is the same but for the missing part.
  void MergeUnderspecified() {
    // (noun, measure) -> keys with a year; (noun, year, measure) -> keys with
    // an ordinal.
    absl::flat_hash_map<std::string, std::vector<std::string>> by_noun, by_year;
    for (const auto& [key, refs] : groups_) {
      const size_t sep = key.find('\x1f');
      const EventKey e = ParseEventKey(key.substr(0, sep));
      const std::string measure = key.substr(sep + 1);
      if (NumericYear(e.year)) {
        by_noun[GroupKey(e.noun, measure)].push_back(key);
        if (e.ordinal > 0) by_year[GroupKey(e.noun + " " + e.year, measure)].push_back(key);
      }
    }
    std::vector<std::pair<std::string, std::string>> moves;  // from, to
    for (const auto& [key, refs] : groups_) {
      const size_t sep = key.find('\x1f');
      const EventKey e = ParseEventKey(key.substr(0, sep));
      const std::string measure = key.substr(sep + 1);
      const std::vector<std::string>* candidates = nullptr;
      if (e.year == "?") {
        auto it = by_noun.find(GroupKey(e.noun, measure));
        if (it != by_noun.end()) candidates = &it->second;
      } else if (NumericYear(e.year) && e.ordinal == 0) {
        auto it = by_year.find(GroupKey(e.noun + " " + e.year, measure));
        if (it != by_year.end()) candidates = &it->second;
      }
      if (candidates == nullptr) continue;
      std::vector<std::string> others;
      for (const std::string& k : *candidates) {
        if (k != key) others.push_back(k);
      }
      if (others.size() == 1) moves.emplace_back(key, others[0]);
    }
    for (const auto& [from, to] : moves) {
      std::vector<ClaimRef>& dst = groups_[to];
      std::vector<ClaimRef>& src = groups_[from];
      dst.insert(dst.end(), src.begin(), src.end());
      src.clear();
    }
  }

  v1::Finding Judge(const std::vector<ClaimRef>& refs) {
    v1::Finding f;
    f.set_kind(v1::QUANTITY_CHECK);
    // The most specific event key names the group.
    const v1::Claim* named = refs.front().claim;
    for (const ClaimRef& r : refs) {
      if (r.claim->event().size() > named->event().size()) named = r.claim;
    }
    f.set_event(named->event());
    f.set_measure(named->measure());
    Intersection common;
    std::vector<int> articles;
    for (size_t i = 0; i < refs.size(); ++i) {
      *f.add_claims() = *refs[i].claim;
      common.Add(refs[i].claim->value(), static_cast<int>(i));
      articles.push_back(refs[i].article);
    }
    std::sort(articles.begin(), articles.end());
    articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
    const int independent = sources_->CountIndependent(articles, kMaxPairwise,
                                                       kSharedShinglesForCopy);
    f.set_independent_sources(independent);
    std::vector<std::string> ids;
    for (int a : articles) ids.push_back(analyses_[a].article().id());
    const std::string title = named->event_title().empty()
                                  ? named->event()
                                  : absl::StrCat(named->event_title(), ", ", named->event());
    if (common.Empty()) {
      f.set_verdict(v1::CONFLICT);
      const v1::Claim& hi = *refs[common.lower_claim].claim;
      const v1::Claim& lo = *refs[common.upper_claim].claim;
      f.set_explanation(absl::StrCat(
          "\"", hi.text(), "\" (", hi.article_id(), ") and \"", lo.text(), "\" (",
          lo.article_id(), ") cannot both be true of ", named->measure(), " at ",
          title, "."));
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
  SourceIndex* sources_;
  // std::map-free: hash grouping keeps the check near-linear.
  absl::flat_hash_map<std::string, std::vector<ClaimRef>> groups_;
};

int Rank(const v1::Finding& f) {
  switch (f.verdict()) {
    case v1::CONFLICT: return 0;
    case v1::DISCREPANCY: return 1;
    case v1::CONSISTENT: return 2;
    default: return 3;
  }
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
  SourceIndex sources(analyses);
  std::vector<v1::Finding> findings;
  QuantityChecker(analyses, &sources).Run(&findings);
  FindQuoteVariants(analyses, &findings);
  FindNameVariants(analyses, &findings);
  FindTitleVariants(analyses, &findings);
  std::stable_sort(findings.begin(), findings.end(),
                   [](const v1::Finding& a, const v1::Finding& b) {
                     return Rank(a) < Rank(b);
                   });
  for (v1::Finding& f : findings) *report.add_findings() = std::move(f);
  return report;
}

}  // namespace internal
}  // namespace quotes
