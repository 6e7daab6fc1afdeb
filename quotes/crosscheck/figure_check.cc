// The figure check: claims bucketed by key (an ordered map, so findings come
// out in key order), each bucket's claims sorted by (day, article, offset),
// and every pair within the time window judged once; agreeing pairs are
// joined into classes with a union-find, and differing pairs of classes
// become findings of two claims each, so that no finding holds two claims
// that agree and are reported as differing.
#include "quotes/crosscheck/figure_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "quotes/crosscheck/union_find.h"

namespace quotes {
namespace internal {

namespace {

// Pair findings made per key; beyond, comparisons are counted as skipped.
constexpr size_t kMaxPairFindings = 512;
// Claims of one key compared pairwise; a bigger bucket (a figure every
// article repeats) is compared within windows of this many claims.
constexpr size_t kMaxBucketPairs = 200000;

enum class KeyKind { kSubject, kScope, kFrame, kStory, kDate };

struct Ref {
  ClaimView claim;
  int article;  // index into `articles`
  int64_t day;  // the claim's moment, days since 1970-01-01; -1 unknown
  int year;     // 0 unknown
  // An age that names nobody ("a 46-year-old former official"), taken as
  // the bucket's person's (FigureChecker::AttachUnnamedAges).
  bool inferred = false;
};

struct Bucket {
  KeyKind kind;
  bool running = false;
  std::vector<Ref> refs;
};

}  // namespace

int64_t DayOf(absl::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() < 10 ||
      std::sscanf(std::string(iso).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    return -1;
  }
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
  const absl::CivilDay day(y, m, d);
  if (day.month() != m || day.day() != d) return -1;  // 30 February
  return day - absl::CivilDay(1970, 1, 1);
}

namespace {

int YearOf(absl::string_view iso) {
  int y = 0;
  if (iso.size() < 4 || std::sscanf(std::string(iso).c_str(), "%4d", &y) != 1) {
    return 0;
  }
  return y >= 1 && y <= 9999 ? y : 0;
}

// The figure as written, from the claim's interval: "more than 100" is 100,
// "about 120" 120, a range its middle.
double Point(const ClaimView& c) {
  const v1::Interval& v = c.value();
  if (v.has_lower() && v.has_upper()) {
    if (v.lower() == v.upper()) return v.lower();
    if (!v.upper_inclusive()) return v.upper();  // "almost n"
    if (!v.lower_inclusive()) return v.lower();  // "just over n"
    if (v.lower() == 0) return v.upper();        // "up to n"
    return (v.lower() + v.upper()) / 2;          // "about n", a range
  }
  if (v.has_lower()) return v.lower();
  if (v.has_upper()) return v.upper();
  return 0;
}

bool IsAbout(const ClaimView& c) {
  const v1::Interval& v = c.value();
  return v.has_lower() && v.has_upper() && v.lower() > 0 &&
         std::abs(v.upper() / v.lower() - 11.0 / 9.0) < 1e-9;
}

bool SamePoint(double a, double b) {
  return std::abs(a - b) <= 0.005 * std::max(std::abs(a), std::abs(b));
}

// True when the two claims agree: compatible, and the same figure up to
// what "about" allows ("about 120" and 118).
bool Agree(const ClaimView& a, const ClaimView& b) {
  if (!Compatible(a, b)) return false;
  return SamePoint(Point(a), Point(b)) || IsAbout(a) || IsAbout(b);
}

// Two tallies of one vote are cast by one body, so they add up to about the
// same total ("52-48" and "51-49" of a Senate of 100, "52-47" with one
// absent); "5-to-4" and "4-to-4" are votes of two benches.
bool OneBody(const ClaimView& a, const ClaimView& b) {
  const double x = Point(a) + a.second(), y = Point(b) + b.second();
  return std::min(x, y) > 0 && std::max(x, y) - std::min(x, y) <= kTallyTotalSlack * std::max(x, y);
}

// A percent, a rank or a span of time is of too many things in one story
// to be one quantity without a subject.
bool OfManyThings(v1::ValueType t) {
  switch (t) {
    case v1::PERCENT:
    case v1::PERCENTAGE_POINTS:
    case v1::FRACTION:
    case v1::VAGUE:
    case v1::RANK:
    case v1::DURATION:
      return true;
    default:
      return false;
  }
}

// A story figure with no subject is only called DIFFERS when its frame says
// what it is, the figure counts something (a percent or a sum of money is
// of too many things), and the two figures are close: two outlets that
// disagree on one figure disagree by a little ("12 killed", "13 killed").
bool MayDiffer(const ClaimView& a, const ClaimView& b) {
  // Both framed by the lexicon, with a subject on both sides or on neither.
  // Two unframed figures of one story are as often two quantities ("158
  // golf courses closed", "runs about 140 courses"; tennis sets "7-6" and
  // "6-3"): read on polnear-train, 15 of 17 such DIFFERS were.
  if (!LexiconFrame(a) || !LexiconFrame(b) ||
      a.subject_key().empty() != b.subject_key().empty()) {
    return false;
  }
  if (OfManyThings(a.value_type()) && a.subject_key().empty()) return false;
  if (a.value_type() == v1::TALLY && !OneBody(a, b)) return false;
  const double x = std::abs(Point(a)), y = std::abs(Point(b));
  return std::min(x, y) > 0 && std::max(x, y) / std::min(x, y) <= kMaxStoryRatio;
}

}  // namespace

bool FarApart(const ClaimView& a, const ClaimView& b, double ratio) {
  const double x = std::abs(Point(a)), y = std::abs(Point(b));
  const double lo = std::min(x, y), hi = std::max(x, y);
  return lo == 0 ? hi > 0 : hi / lo > ratio;
}

namespace {

std::string FormatNumber(double x) {
  if (x == std::floor(x) && std::abs(x) < 1e15) return absl::StrFormat("%.0f", x);
  return absl::StrFormat("%g", x);
}

std::string KindName(KeyKind k, bool running) {
  switch (k) {
    case KeyKind::kSubject: return running ? "subject-running-tally" : "subject-fixed-figure";
    case KeyKind::kScope: return "scope-figure";
    case KeyKind::kFrame: return "frame-figure";
    case KeyKind::kStory: return "story-figure";
    case KeyKind::kDate: return "story-date";
  }
  return "";
}

class FigureChecker {
 public:
  FigureChecker(const CrossCheckInput& input, const std::vector<CheckedArticle>& articles,
                const std::vector<v1::Story>& stories, SourceIndex* sources,
                std::vector<FindingDraft>* out, int64_t* skipped)
      : input_(input), articles_(articles), stories_(stories), sources_(sources), out_(out),
        skipped_(skipped) {}

  void Run() {
    for (size_t a = 0; a < articles_.size(); ++a) {
      const CheckedArticle& art = articles_[a];
      for (uint32_t i = art.article->claims_begin; i < art.article->claims_end; ++i) {
        Add(ClaimView(&input_, i), static_cast<int>(a));
      }
    }
    AttachUnnamed();
    for (auto& [key, bucket] : buckets_) Judge(&bucket);
  }

 private:
  // The parts of a bucket's key, joined.
  static std::string Key(std::initializer_list<absl::string_view> parts) {
    return absl::StrJoin(parts, "\x1f");
  }

  void Add(const ClaimView& c, int article) {
    if (c.type() == v1::DATE) {
      AddDate(c, article);
      return;
    }
    if (c.type() != v1::QUANTITY || c.measure().empty() || EventOwned(c)) return;
    if (!std::isfinite(c.value().lower()) || !std::isfinite(c.value().upper())) return;
    const CheckedArticle& art = articles_[article];
    const std::string measure = MeasureKey(c.measure());
    const std::string value_type = absl::StrCat(static_cast<int>(c.value_type()));
    std::string key;
    KeyKind kind;
    if (!c.subject_key().empty() && !c.frame().empty()) {
      kind = KeyKind::kSubject;
      // A fixed figure with no scope ("raised $4 million") is of some event
      // the story tells: it meets other stories' figures only by chance.
      const std::string where =
          c.running() || !c.scope().empty() ? std::string()
          : art.story >= 0                  ? stories_[art.story].id()
                                            : absl::StrCat("article ", art.index);
      key = Key({"1", measure, value_type, c.frame(), c.subject_key(), c.scope(),
                 c.running() ? "r" : "f", where});
    } else if (!c.frame().empty() && !c.scope().empty()) {
      kind = KeyKind::kScope;
      key = Key({"2", measure, value_type, c.frame(), c.scope()});
    } else if (c.standing() && c.subject_key().empty()) {
      // "It takes 1,237 delegates to win": the same figure of one frame
      // anywhere agrees; another figure may be of another contest, so is
      // not compared.
      kind = KeyKind::kFrame;
      key = Key({"3", measure, value_type, c.frame()});
    } else if (art.story >= 0) {
      kind = KeyKind::kStory;
      key = Key({"4", stories_[art.story].id(), measure, value_type, c.frame(), c.subject_key(),
                 c.scope()});
    } else {
      return;  // a weak key in an article no other tells
    }
    Bucket& b = buckets_[key];
    b.kind = kind;
    b.running = kind == KeyKind::kSubject && c.running();
    Ref r{c, article, -1, YearOf(c.time())};
    if (b.running) {
      r.day = DayOf(c.time());
      if (r.day < 0) r.day = art.day;
    }
    if (r.year == 0 && art.day >= 0) r.year = YearOf(input_.str(art.article->date));
    b.refs.push_back(r);
    if (art.story < 0) return;
    if (kind == KeyKind::kSubject && !c.running() && c.scope().empty()) {
      named_[SubjectlessKey(art.story, c, measure, value_type)].insert(key);
    } else if (kind == KeyKind::kStory && c.subject_key().empty() && Attachable(c)) {
      unnamed_.push_back(r);
    }
  }

  // What an unnamed figure ("charged a 46-year-old", "misspent $1.6
  // million") may be taken as a subject's of: an age, or a figure of a
  // frame that counts or sums something (a percent, a rank or a span of
  // time is of too many things).
  static bool Attachable(const ClaimView& c) {
    if (c.value_type() == v1::AGE) return c.frame().empty();
    // A tally is of the vote the story tells (story-figure) or a subject's.
    return !OfManyThings(c.value_type()) && c.value_type() != v1::TALLY && LexiconFrame(c);
  }

  // The key that meets a subject's figure and an unnamed one of one story:
  // the measure, value type and frame ("age" for an age, which names its
  // frame only with its person).
  std::string SubjectlessKey(int story, const ClaimView& c, const std::string& measure,
                             const std::string& value_type) const {
    return Key({stories_[story].id(), measure, value_type,
                c.value_type() == v1::AGE ? "age" : c.frame()});
  }

  // Whether an unnamed figure may be a subject's figure `named`: ages
  // within a year (a birthday may fall between), others within
  // kMaxStoryRatio.
  static bool Near(const ClaimView& unnamed, const ClaimView& named) {
    if (unnamed.value_type() == v1::AGE) return std::abs(Point(unnamed) - Point(named)) <= 1;
    return !FarApart(unnamed, named, kMaxStoryRatio);
  }

  // A figure that names nobody ("charged a 46-year-old former official",
  // "the head of the authority misspent $1.6 million") is taken as the
  // figure of the one subject of its story whose figure of that measure
  // and frame another article gives near it ("Darnell Whitcomb, 47",
  // "accused Pyle of wasting $1.5 million"), when its own article gives
  // that subject no such figure and no other unnamed figure near it (a
  // second subject the article describes so). It is then compared with that
  // subject's figures while near them only (one further off may be
  // another's), never as a CONFLICT.
  void AttachUnnamed() {
    for (const Ref& u : unnamed_) {
      const int story = articles_[u.article].story;
      bool crowded = false;
      for (const Ref& other : unnamed_) {
        crowded = crowded || (other.article == u.article &&
                              other.claim.index() != u.claim.index() &&
                              other.claim.value_type() == u.claim.value_type() &&
                              other.claim.measure() == u.claim.measure() &&
                              other.claim.frame() == u.claim.frame() &&
                              Near(u.claim, other.claim));
      }
      if (crowded) continue;
      const auto keys = named_.find(SubjectlessKey(
          story, u.claim, MeasureKey(u.claim.measure()),
          absl::StrCat(static_cast<int>(u.claim.value_type()))));
      if (keys == named_.end()) continue;
      const std::string* only = nullptr;
      int candidates = 0;
      for (const std::string& key : keys->second) {
        bool own = false, near = false;
        for (const Ref& r : buckets_[key].refs) {
          if (r.inferred) continue;
          own = own || r.article == u.article;
          near = near || (r.article != u.article && Near(u.claim, r.claim));
        }
        if (near && !own) {
          ++candidates;
          only = &key;
        }
      }
      if (candidates != 1) continue;
      Ref r = u;
      r.inferred = true;
      buckets_[*only].refs.push_back(r);
    }
  }

  // A date the articles of one story give alike ("on Tuesday" and "March
  // 15" are both 2016-03-15): agreement only, as two dates of one story
  // are as often of two events as of one.
  void AddDate(const ClaimView& c, int article) {
    const CheckedArticle& art = articles_[article];
    if (art.story < 0 || c.time().empty() || c.time() == "PRESENT_REF" ||
        c.time() == "PAST_REF" || c.time() == "FUTURE_REF") {
      return;
    }
    // "in", "on", "at" place a date; "since", "until", "by" make it a bound.
    const absl::string_view q = c.qualifier();
    const absl::string_view bound =
        q == "in" || q == "on" || q == "at" || q == "of" || q == "during" ? "" : q;
    const std::string key = Key({"5", stories_[art.story].id(), c.time(), bound});
    Bucket& b = buckets_[key];
    b.kind = KeyKind::kDate;
    b.refs.push_back({c, article, -1, 0});
  }

  // Whether two claims of one bucket speak of the same moment.
  bool SameMoment(const Bucket& b, const Ref& x, const Ref& y) const {
    if (b.kind == KeyKind::kStory || b.kind == KeyKind::kDate) return true;  // one story
    if (b.running) {
      if (x.day < 0 || y.day < 0) {
        // Undated tallies meet only within one story.
        const int sx = articles_[x.article].story, sy = articles_[y.article].story;
        return sx >= 0 && sx == sy;
      }
      return std::llabs(x.day - y.day) <= 1;
    }
    return x.year == 0 || y.year == 0 || x.year == y.year;
  }

  void Judge(Bucket* b) {
    std::vector<Ref>& refs = b->refs;
    std::sort(refs.begin(), refs.end(), [](const Ref& x, const Ref& y) {
      return std::make_tuple(x.day, x.article, x.claim.span_begin()) <
             std::make_tuple(y.day, y.article, y.claim.span_begin());
    });
    const size_t n = refs.size();
    UnionFind agree(n);
    struct Pair {
      size_t i, j;
    };
    std::vector<Pair> differ;
    std::vector<bool> compared(n, false);
    // Sorted by day: a running tally stops pairing at the first claim more
    // than a day later. Other buckets pair all, within kMaxBucketPairs.
    size_t pairs = 0;
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        if (b->running && refs[i].day >= 0 && refs[j].day > refs[i].day + 1) break;
        if (refs[i].article == refs[j].article) continue;
        if (!SameMoment(*b, refs[i], refs[j])) continue;
        if (++pairs > kMaxBucketPairs) {
          ++*skipped_;
          continue;
        }
        const ClaimView& x = refs[i].claim;
        const ClaimView& y = refs[j].claim;
        // An unnamed figure is its subject's only near it; two unnamed ones
        // are compared in their story's bucket.
        if ((refs[i].inferred && refs[j].inferred) ||
            (refs[i].inferred && !Near(x, y)) || (refs[j].inferred && !Near(y, x))) {
          continue;
        }
        if (Agree(x, y)) {
          agree.Join(i, j);
          compared[i] = compared[j] = true;
        } else if (!FarApart(x, y, b->running ? kMaxRunningRatio : kMaxRatio) &&
                   b->kind != KeyKind::kFrame && b->kind != KeyKind::kDate &&
                   (b->kind != KeyKind::kStory || MayDiffer(x, y))) {
          differ.push_back({i, j});
          compared[i] = compared[j] = true;
        }
      }
    }
    // Classes of agreeing claims, named by their first member.
    std::map<size_t, std::vector<size_t>> classes;
    for (size_t i = 0; i < n; ++i) classes[agree.Find(i)].push_back(i);
    for (const auto& [root, members] : classes) {
      std::set<int> in;
      for (size_t m : members) in.insert(refs[m].article);
      if (in.size() >= 2) {
        Emit(*b, v1::CONSISTENT, members, "");
      } else if (!compared[members.front()] && members.size() == 1 &&
                 !refs[members.front()].inferred &&
                 (b->kind == KeyKind::kSubject || b->kind == KeyKind::kScope)) {
        Emit(*b, v1::SINGLE_SOURCE, members, "");
      }
    }
    // One finding per pair of articles and the classes each gives: a live
    // blog's two versions that both give the earlier and the later count
    // make two findings, one for each article's side.
    std::set<std::tuple<int, int, size_t, size_t>> seen;
    size_t made = 0;
    for (const Pair& p : differ) {
      const size_t ci = agree.Find(p.i), cj = agree.Find(p.j);
      if (ci == cj) continue;  // joined through others: they agree
      const bool ordered = refs[p.i].article < refs[p.j].article;
      if (!seen.insert(ordered ? std::make_tuple(refs[p.i].article, refs[p.j].article, ci, cj)
                               : std::make_tuple(refs[p.j].article, refs[p.i].article, cj, ci))
               .second) {
        continue;
      }
      if (made == kMaxPairFindings) {
        ++*skipped_;
        continue;
      }
      ++made;
      const ClaimView& x = refs[p.i].claim;
      const ClaimView& y = refs[p.j].claim;
      // Only one quantity at one stated time can conflict.
      const bool fixed = b->kind != KeyKind::kStory && !b->running;
      // Two ages a year apart may be one age either side of a birthday.
      const bool birthday = x.value_type() == v1::AGE && std::abs(Point(x) - Point(y)) <= 1;
      const bool conflict = fixed && !Compatible(x, y) && x.time() == y.time() && !birthday &&
                            !refs[p.i].inferred && !refs[p.j].inferred;
      Emit(*b, conflict ? v1::CONFLICT : v1::DIFFERS, {p.i, p.j},
           Why(*b, refs[p.i], refs[p.j], conflict));
    }
  }

  // What the key says, for people: "the delegates Donald Trump has".
  static std::string Described(const ClaimView& c) {
    std::string s = absl::StrCat("the ", c.measure());
    if (!c.subject().empty()) absl::StrAppend(&s, " of ", c.subject());
    if (!c.frame().empty()) absl::StrAppend(&s, " (", c.frame(), ")");
    if (!c.scope().empty()) absl::StrAppend(&s, " in ", c.scope());
    return s;
  }

  std::string Why(const Bucket& b, const Ref& x, const Ref& y, bool conflict) const {
    const ClaimView& a = x.claim;
    const ClaimView& c = y.claim;
    const std::string both = absl::StrCat("\"", a.text(), "\" (", a.article_id(), ") and \"",
                                          c.text(), "\" (", c.article_id(), ")");
    const ClaimView& named = x.inferred ? c : a;
    if (conflict) {
      return absl::StrCat(both, " cannot both be ", Described(named), ".");
    }
    const double gap = std::abs(Point(a) - Point(c));
    std::string why = absl::StrCat(both, " give ", Described(named), " ", FormatNumber(gap),
                                   " apart");
    if (Compatible(a, c)) {
      absl::StrAppend(&why, "; both allow one value, but the figures differ.");
    } else if (b.running && x.day >= 0 && y.day >= 0 && x.day != y.day) {
      absl::StrAppend(&why, ", a day apart: a running tally may have moved.");
    } else if (b.running) {
      absl::StrAppend(&why, " on the same day; the counts may differ in what they include"
                            " or when they were taken.");
    } else {
      absl::StrAppend(&why, " in one story.");
    }
    if (x.inferred || y.inferred) absl::StrAppend(&why, UnnamedNote(x.inferred ? a : c, named));
    return why;
  }

  // Says that an unnamed age was taken as a named person's.
  static std::string UnnamedNote(const ClaimView& unnamed, const ClaimView& named) {
    return absl::StrCat(" \"", unnamed.text(), "\" (", unnamed.article_id(),
                        ") names nobody; it is taken as ", named.subject(),
                        "'s, the one subject another article of the story gives ",
                        unnamed.value_type() == v1::AGE ? "an age within a year of it."
                                                        : "such a figure close to it.");
  }

  void Emit(const Bucket& b, v1::Verdict verdict,
            const std::vector<size_t>& members, const std::string& why) {
    FindingDraft draft;
    v1::Finding& f = draft.finding;
    f.set_kind(v1::QUANTITY_CHECK);
    f.set_verdict(verdict);
    f.set_rule(KindName(b.kind, b.running));
    // The key as a named member gives it: an unnamed age names nobody.
    size_t named = members.front();
    const Ref* unnamed = nullptr;
    for (size_t m : members) {
      if (b.refs[m].inferred) {
        unnamed = &b.refs[m];
      } else if (b.refs[named].inferred) {
        named = m;
      }
    }
    const ClaimView& first = b.refs[named].claim;
    f.set_measure(MeasureKey(first.measure()));
    f.set_subject(std::string(first.subject()));
    f.set_frame(std::string(first.frame()));
    f.set_time(std::string(first.time()));
    const int story = articles_[b.refs[members.front()].article].story;
    if (b.kind == KeyKind::kStory && story >= 0) f.set_story(stories_[story].id());
    std::vector<size_t> sorted = members;
    std::sort(sorted.begin(), sorted.end(), [&b, this](size_t x, size_t y) {
      return std::make_pair(b.refs[x].article, b.refs[x].claim.span_begin()) <
             std::make_pair(b.refs[y].article, b.refs[y].claim.span_begin());
    });
    std::vector<int> indices;
    std::vector<std::string> ids;
    for (size_t m : sorted) {
      draft.claims.push_back(b.refs[m].claim.index());
      const CheckedArticle& art = articles_[b.refs[m].article];
      if (indices.empty() || indices.back() != art.index) {
        indices.push_back(art.index);
        ids.emplace_back(input_.str(art.article->id));
      }
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const int independent = sources_->CountIndependent(indices, 64, 10);
    f.set_independent_sources(independent);
    if (!why.empty()) {
      f.set_explanation(why);
    } else if (verdict == v1::CONSISTENT && b.kind == KeyKind::kDate) {
      f.set_explanation(absl::StrCat(ids.size(), " articles (", absl::StrJoin(ids, ", "),
                                     ") of one story give the date ", first.time(),
                                     "; they are ", independent, " independent source",
                                     independent == 1 ? "" : "s", "."));
    } else if (verdict == v1::CONSISTENT) {
      f.set_explanation(absl::StrCat(
          ids.size(), " articles (", absl::StrJoin(ids, ", "), ") give ", Described(first),
          " as ", FormatNumber(Point(first)),
          first.running() ? absl::StrCat(" on ", first.time()) : "", "; they are ", independent,
          " independent source", independent == 1 ? "" : "s", ".",
          unnamed != nullptr ? UnnamedNote(unnamed->claim, first) : ""));
    } else {
      f.set_explanation(absl::StrCat("Only ", ids.front(), " gives ", Described(first), "."));
    }
    out_->push_back(std::move(draft));
  }

  const CrossCheckInput& input_;
  const std::vector<CheckedArticle>& articles_;
  const std::vector<v1::Story>& stories_;
  SourceIndex* sources_;
  std::vector<FindingDraft>* out_;
  int64_t* skipped_;
  std::map<std::string, Bucket> buckets_;  // ordered: findings in key order
  // The keys of the fixed subject buckets by SubjectlessKey; and the
  // figures of stories that name nobody (AttachUnnamed), in the articles'
  // order.
  std::map<std::string, std::set<std::string>> named_;
  std::vector<Ref> unnamed_;
};

}  // namespace

namespace {

bool EventOwned(absl::string_view event, absl::string_view frame) {
  // A figure of those who take part ("51 countries") has no frame; one with
  // the word before it as frame ("lost nine of their last 14 matches") is
  // not the event's count, so not the event check's.
  return !event.empty() && !absl::StartsWith(event, "about:") && frame.empty();
}

}  // namespace

bool EventOwned(const v1::Claim& c) { return EventOwned(c.event(), c.frame()); }
bool EventOwned(const ClaimView& c) { return EventOwned(c.event(), c.frame()); }

bool LexiconFrame(const ClaimView& c) {
  // The subject finder clears the event of a figure it gives a frame.
  return !c.frame().empty() && c.event().empty();
}

std::string MeasureKey(absl::string_view measure) {
  std::string m = absl::AsciiStrToLower(measure);
  if (m.size() > 4 && absl::EndsWith(m, "ies")) return m.substr(0, m.size() - 3) + "y";
  if (m.size() > 3 && m.back() == 's' && m[m.size() - 2] != 's') m.pop_back();
  return m;
}

void CheckFigures(const CrossCheckInput& input, const std::vector<CheckedArticle>& articles,
                  const std::vector<v1::Story>& stories, SourceIndex* sources,
                  std::vector<FindingDraft>* out, int64_t* skipped) {
  FigureChecker(input, articles, stories, sources, out, skipped).Run();
}

}  // namespace internal
}  // namespace quotes
