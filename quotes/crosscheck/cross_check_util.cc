#include "quotes/crosscheck/cross_check_util.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "quotes/crosscheck/union_find.h"

namespace quotes {
namespace internal {

namespace {

constexpr int kShingleWords = 8;
constexpr size_t kSketchSize = 256;
// Quotes sharing this many shingles (8 + 3 - 1 = 10 words in a row) are one.
constexpr int kQuoteSharedShingles = 3;
// Quotes in one shingle bucket beyond this are skipped: a stock phrase.
constexpr size_t kMaxBucket = 32;

std::vector<std::string> Words(absl::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    const unsigned char u = c;
    if (absl::ascii_isalnum(u) || u >= 0x80) {
      cur.push_back(absl::ascii_tolower(u));
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

uint64_t Fnv(absl::string_view s, uint64_t h = 1469598103934665603ull) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

using Components = UnionFind;

std::string Normalized(absl::string_view text) {
  return absl::StrJoin(Words(text), " ");
}

bool WordsWithin(const std::string& a, const std::string& b);

// Two speakers that cannot be one person: both named (capitalised), and
// neither name's words within the other's ("Cameron" is "Cameron
// Mackintosh"; "Salim M. AlMalik" is "AlMalik").
bool DifferentPeople(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (!absl::ascii_isupper(static_cast<unsigned char>(a[0])) ||
      !absl::ascii_isupper(static_cast<unsigned char>(b[0]))) {
    return false;  // "spokesman", "the ministry": too vague to contradict
  }
  return !WordsWithin(a, b) && !WordsWithin(b, a);
}

// Two wordings of one quote that are not one inside the other: a longer and
// a shorter excerpt of the same words are not a misquote.
bool Reworded(const std::string& a, const std::string& b) {
  return a.find(b) == std::string::npos && b.find(a) == std::string::npos;
}

// True when every word of `a` is a word of `b`: "director general" within
// "director general of the islamic world".
bool WordsWithin(const std::string& a, const std::string& b) {
  const std::vector<std::string> wb = Words(b);
  const absl::flat_hash_set<std::string> in_b(wb.begin(), wb.end());
  for (const std::string& w : Words(a)) {
    if (!in_b.contains(w)) return false;
  }
  return true;
}

// Where `a` was published, on its claim `c`: source, headline, date, URL.
void SetPublication(const CrossCheckInput& in, const CrossCheckInput::Article& a, v1::Claim* c) {
  c->set_source(std::string(in.str(a.source)));
  c->set_headline(std::string(in.str(a.headline)));
  c->set_date(std::string(in.str(a.date)));
  c->set_url(std::string(in.str(a.url)));
}

v1::Claim QuoteAsClaim(const CrossCheckInput& in, const CrossCheckInput::Article& a,
                       const CrossCheckInput::Quote& q) {
  v1::Claim c;
  c.set_id(std::string(in.str(q.id)));
  c.set_article_id(std::string(in.str(a.id)));
  c.set_text(std::string(in.str(q.text)));
  c.mutable_span()->set_begin(q.span_begin);
  c.mutable_span()->set_end(q.span_end);
  c.mutable_char_span()->set_begin(q.char_begin);
  c.mutable_char_span()->set_end(q.char_end);
  c.set_speaker(std::string(in.str(q.speaker)));
  // The evidence: the quote is its own text; where it was published.
  SetPublication(in, a, &c);
  return c;
}

}  // namespace

void AppendShingles(absl::string_view text, std::vector<uint64_t>* out) {
  const std::vector<std::string> words = Words(text);
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t j = i; j < i + kShingleWords; ++j) h = Fnv(words[j], Fnv(" ", h));
    out->push_back(h);
  }
}

SourceIndex::SourceIndex(const CrossCheckInput& input) : input_(input) {
  sources_.reserve(input.articles().size());
  for (const CrossCheckInput::Article& a : input.articles()) {
    sources_.push_back(absl::AsciiStrToLower(input.str(a.source)));
  }
}

const std::vector<uint64_t>& SourceIndex::Sketch(int article) {
  auto it = sketches_.find(article);
  if (it != sketches_.end()) return it->second;
  const CrossCheckInput::Article& a = input_.articles()[article];
  std::vector<uint64_t> hashes;
  // The sentence of the first claim of each sentence, then the quotes.
  for (uint32_t i = a.sentences_begin; i < a.sentences_end; ++i) {
    AppendShingles(input_.str(input_.id(i)), &hashes);
  }
  for (uint32_t q = a.quotes_begin; q < a.quotes_end; ++q) {
    AppendShingles(input_.str(input_.quotes()[q].text), &hashes);
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  if (hashes.size() > kSketchSize) hashes.resize(kSketchSize);  // bottom-k
  return sketches_[article] = std::move(hashes);
}

int SourceIndex::SharedShingles(int a, int b) {
  // Sketch() may insert into the cache and rehash it: build both before
  // holding a reference into it.
  Sketch(a);
  Sketch(b);
  const std::vector<uint64_t>& x = Sketch(a);
  const std::vector<uint64_t>& y = Sketch(b);
  int shared = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

int SourceIndex::CountIndependent(const std::vector<int>& articles,
                                  size_t max_pairwise, int min_shared) {
  Components c(articles.size());
  absl::flat_hash_map<std::string, size_t> by_source;
  for (size_t i = 0; i < articles.size(); ++i) {
    const std::string& s = sources_[articles[i]];
    if (s.empty()) continue;
    auto [it, inserted] = by_source.emplace(s, i);
    if (!inserted) c.Join(i, it->second);
  }
  const size_t n = std::min(articles.size(), max_pairwise);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (c.Find(i) == c.Find(j)) continue;
      if (SharedShingles(articles[i], articles[j]) >= min_shared) c.Join(i, j);
    }
  }
  return c.Count();
}

// Bounds of a claim's interval; a missing bound is infinite.
double LowerOf(const ClaimView& c) {
  return c.value().has_lower() ? c.value().lower() : -std::numeric_limits<double>::infinity();
}
double UpperOf(const ClaimView& c) {
  return c.value().has_upper() ? c.value().upper() : std::numeric_limits<double>::infinity();
}

// True when every value `a` allows is above every value `b` allows.
bool Above(const ClaimView& a, const ClaimView& b) {
  const double lo = LowerOf(a), hi = UpperOf(b);
  if (lo != hi) return lo > hi;
  return !(a.value().lower_inclusive() || !a.value().has_lower()) ||
         !(b.value().upper_inclusive() || !b.value().has_upper());
}

// True when the two claims' intervals share a value.
bool Compatible(const ClaimView& a, const ClaimView& b) { return !Above(a, b) && !Above(b, a); }


void FindQuoteVariants(const CrossCheckInput& input, const std::vector<int>& order,
                       std::vector<FindingDraft>* out, int64_t* skipped) {
  struct Ref {
    int article;  // index into input.articles()
    uint32_t quote;  // index into input.quotes()
  };
  std::vector<Ref> quotes;
  // (shingle, quote) pairs, sorted below: the quotes of each shingle in a
  // run, in the order of `quotes` (a map of vectors held 17 MB more).
  std::vector<std::pair<uint64_t, int>> buckets;
  std::vector<uint64_t> shingles;
  for (int a : order) {
    const CrossCheckInput::Article& art = input.articles()[a];
    for (uint32_t q = art.quotes_begin; q < art.quotes_end; ++q) {
      shingles.clear();
      AppendShingles(input.str(input.quotes()[q].text), &shingles);
      std::sort(shingles.begin(), shingles.end());
      shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
      if (shingles.size() > kSketchSize) shingles.resize(kSketchSize);
      const int id = static_cast<int>(quotes.size());
      quotes.push_back({a, q});
      for (uint64_t h : shingles) buckets.emplace_back(h, id);
    }
  }
  std::sort(buckets.begin(), buckets.end());
  // Shared shingles per pair of quotes from different articles.
  absl::flat_hash_map<std::pair<int, int>, int> shared;
  for (size_t begin = 0, end = 0; begin < buckets.size(); begin = end) {
    while (end < buckets.size() && buckets[end].first == buckets[begin].first) ++end;
    const size_t size = end - begin;
    if (size > kMaxBucket) {
      *skipped += static_cast<int64_t>(size) * (size - 1) / 2;
      continue;
    }
    for (size_t i = begin; i < end; ++i) {
      for (size_t j = i + 1; j < end; ++j) {
        const int x = buckets[i].second, y = buckets[j].second;
        if (quotes[x].article != quotes[y].article) ++shared[{x, y}];
      }
    }
  }
  std::vector<std::pair<uint64_t, int>>().swap(buckets);
  Components clusters(quotes.size());
  for (const auto& [pair, n] : shared) {
    if (n >= kQuoteSharedShingles) clusters.Join(pair.first, pair.second);
  }
  std::vector<std::vector<int>> members(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) members[clusters.Find(i)].push_back(i);
  for (const std::vector<int>& cluster : members) {
    if (cluster.size() < 2) continue;
    // Pairs are few: a cluster is one quote in a handful of articles.
    std::vector<std::string> speakers, texts;
    for (int id : cluster) {
      const CrossCheckInput::Quote& q = input.quotes()[quotes[id].quote];
      speakers.emplace_back(input.str(q.speaker));
      texts.push_back(Normalized(input.str(q.text)));
    }
    bool misattributed = false, reworded = false;
    // A cluster is one quote in a handful of articles: every pair is read.
    for (size_t i = 0; i < cluster.size(); ++i) {
      for (size_t j = i + 1; j < cluster.size(); ++j) {
        misattributed = misattributed || DifferentPeople(speakers[i], speakers[j]);
        reworded = reworded || (!DifferentPeople(speakers[i], speakers[j]) &&
                                Reworded(texts[i], texts[j]));
      }
    }
    if (!misattributed && !reworded) continue;
    FindingDraft draft;
    v1::Finding& f = draft.finding;
    f.set_verdict(v1::DISCREPANCY);
    f.set_kind(misattributed ? v1::QUOTE_ATTRIBUTION : v1::QUOTE_WORDING);
    f.set_measure("quote");
    std::vector<std::string> described;
    for (int id : cluster) {
      const CrossCheckInput::Article& a = input.articles()[quotes[id].article];
      const CrossCheckInput::Quote& q = input.quotes()[quotes[id].quote];
      *f.add_claims() = QuoteAsClaim(input, a, q);
      const absl::string_view speaker = input.str(q.speaker);
      described.push_back(
          absl::StrCat(input.str(a.id), ": ", speaker.empty() ? "no speaker" : speaker));
    }
    f.set_event(f.claims(0).speaker());
    f.set_explanation(
        misattributed
            ? absl::StrCat("One quote, different speakers (", absl::StrJoin(described, "; "), ").")
            : absl::StrCat("One speaker's quote worded differently in ", cluster.size(),
                           " articles: a possible misquote."));
    out->push_back(std::move(draft));
  }
}

void FindNameVariants(const CrossCheckInput& input, const std::vector<int>& order,
                      std::vector<FindingDraft>* out) {
  // Acronym -> expansions, expansion -> acronyms; each keeps its claims.
  struct Variants {
    std::vector<std::string> order;  // distinct variants, first seen first
    std::vector<ClaimView> claims;
  };
  absl::flat_hash_map<std::string, Variants> by_acronym, by_expansion;
  auto add = [](Variants* v, absl::string_view variant, const ClaimView& c) {
    if (std::find(v->order.begin(), v->order.end(), variant) == v->order.end()) {
      v->order.emplace_back(variant);
    }
    v->claims.push_back(c);
  };
  for (int a : order) {
    const CrossCheckInput::Article& art = input.articles()[a];
    for (uint32_t i = art.claims_begin; i < art.claims_end; ++i) {
      const ClaimView c(&input, i);
      if (c.type() != v1::NAME) continue;
      const std::string expansion = Normalized(c.text());
      add(&by_acronym[c.event()], expansion, c);
      add(&by_expansion[expansion], c.event(), c);
    }
  }
  auto report = [out](const std::string& key, const Variants& v, bool acronym) {
    if (v.order.size() < 2) return;
    FindingDraft draft;
    v1::Finding& f = draft.finding;
    f.set_verdict(v1::DISCREPANCY);
    f.set_kind(v1::NAME_VARIANT);
    f.set_measure(acronym ? "expansion" : "acronym");
    f.set_event(key);
    std::vector<std::string> variants;
    for (const ClaimView& c : v.claims) {
      draft.claims.push_back(c.index());
      variants.push_back(absl::StrCat("\"", acronym ? c.text() : c.event(), "\" (",
                                      c.article_id(), ")"));
    }
    variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
    f.set_explanation(absl::StrCat(acronym ? key + " is expanded as "
                                           : "\"" + key + "\" is abbreviated as ",
                                   absl::StrJoin(variants, " and "), "."));
    out->push_back(std::move(draft));
  };
  std::vector<std::string> keys;
  for (const auto& [k, v] : by_acronym) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  for (const std::string& k : keys) report(k, by_acronym[k], true);
  keys.clear();
  for (const auto& [k, v] : by_expansion) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  for (const std::string& k : keys) report(k, by_expansion[k], false);
}

void FindEventNameVariants(const CrossCheckInput& input, const std::vector<int>& order,
                           std::vector<FindingDraft>* out) {
  // Event key -> distinct quoted themes (normalised), with their claims.
  struct Names {
    std::vector<std::string> themes;
    std::vector<ClaimView> claims;
  };
  absl::flat_hash_map<std::string, Names> by_event;
  std::vector<std::string> events;
  for (int a : order) {
    const CrossCheckInput::Article& art = input.articles()[a];
    for (uint32_t i = art.claims_begin; i < art.claims_end; ++i) {
      const ClaimView c(&input, i);
      if (c.type() != v1::ORDINAL || c.event().empty()) continue;
      // The theme is the quoted part: “Right to Return: ...”.
      const absl::string_view title = c.event_title();
      size_t open = title.find('"');
      if (open == absl::string_view::npos) open = title.find("\u201C");
      if (open == absl::string_view::npos) continue;
      std::vector<std::string> words = Words(absl::StrReplaceAll(
          title.substr(open), {{"\u201C", " "}, {"\u201D", " "}, {"\u2013", " "},
                               {"\u2014", " "}, {"\u2019", "'"}}));
      words.erase(std::remove(words.begin(), words.end(), "the"), words.end());
      const std::string theme = absl::StrJoin(words, " ");
      auto [it, inserted] = by_event.try_emplace(c.event());
      if (inserted) events.emplace_back(c.event());
      Names& n = it->second;
      if (std::find(n.themes.begin(), n.themes.end(), theme) == n.themes.end()) {
        n.themes.push_back(theme);
      }
      n.claims.push_back(c);
    }
  }
  std::sort(events.begin(), events.end());
  for (const std::string& event : events) {
    const Names& n = by_event[event];
    if (n.themes.size() < 2) continue;
    FindingDraft draft;
    v1::Finding& f = draft.finding;
    f.set_verdict(v1::DISCREPANCY);
    f.set_kind(v1::NAME_VARIANT);
    f.set_measure("event name");
    f.set_event(event);
    std::vector<std::string> described;
    for (const ClaimView& c : n.claims) {
      draft.claims.push_back(c.index());
      std::string d = absl::StrCat("\"", c.event_title(), "\" (", c.article_id(), ")");
      if (std::find(described.begin(), described.end(), d) == described.end()) {
        described.push_back(std::move(d));
      }
    }
    f.set_explanation(absl::StrCat("One event, ", n.themes.size(), " names: ",
                                   absl::StrJoin(described, "; "), "."));
    out->push_back(std::move(draft));
  }
}

namespace {

// Stems of a title's content words (not articles, conjunctions or
// honorifics), cut to five letters so "economy" and "economic" meet.
std::vector<std::string> TitleStems(const std::string& title) {
  static const auto* const kStop = new absl::flat_hash_set<std::string>(
      {"the", "a", "an", "of", "and", "for", "at", "in", "on", "to", "that", "but", "as",
       "mr", "mrs", "ms", "dr", "sir", "dame", "former", "then", "acting", "us", "uk"});
  std::vector<std::string> out;
  for (std::string& w : Words(title)) {
    if (kStop->contains(w)) continue;
    if (w.size() > 5) w.resize(5);
    out.push_back(std::move(w));
  }
  return out;
}

bool StemsWithin(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& w : a) {
    if (std::find(b.begin(), b.end(), w) == b.end()) return false;
  }
  return true;
}

// Two titles disagree when neither says less than the other: "Minister of
// Health" and "Minister of Finance" do; "Chancellor" and "finance minister"
// do; "minister" and "economy minister" do not, nor do "economy minister"
// and "Economic and Fiscal Policy Minister".
bool TitlesDisagree(const std::string& a, const std::string& b) {
  const std::vector<std::string> sa = TitleStems(a), sb = TitleStems(b);
  if (sa.empty() || sb.empty()) return false;
  return !StemsWithin(sa, sb) && !StemsWithin(sb, sa);
}

}  // namespace

void FindTitleVariants(const CrossCheckInput& input, const std::vector<int>& order,
                       std::vector<FindingDraft>* out) {
  struct Person {
    std::string name;
    std::vector<std::string> titles;  // distinct, normalized
    std::vector<v1::Claim> claims;
  };
  absl::flat_hash_map<std::string, Person> people;
  std::vector<std::string> keys;
  for (int a : order) {
    const CrossCheckInput::Article& art = input.articles()[a];
    for (uint32_t i = art.speakers_begin; i < art.speakers_end; ++i) {
      const CrossCheckInput::Speaker& s = input.speakers()[i];
      const absl::string_view name = input.str(s.name);
      const absl::string_view title = input.str(s.title);
      const absl::string_view organization = input.str(s.organization);
      // Only full names: a surname alone may be two people. (Groups and
      // speakers without a title were not kept.)
      if (Words(name).size() < 2) continue;
      const std::string key = Normalized(name);
      auto [it, inserted] = people.try_emplace(key);
      if (inserted) keys.push_back(key);
      Person& p = it->second;
      p.name = std::string(name);
      const std::string normalized = Normalized(title);
      if (std::find(p.titles.begin(), p.titles.end(), normalized) == p.titles.end()) {
        p.titles.push_back(normalized);
      }
      // The evidence: the mention that gives the title, its sentence, and
      // the article's headline, source, date and link.
      v1::Claim c;
      c.set_article_id(std::string(input.str(art.id)));
      c.set_text(absl::StrCat(title, organization.empty() ? "" : ", ", organization));
      if (s.mentioned) {
        c.mutable_span()->set_begin(s.span_begin);
        c.mutable_span()->set_end(s.span_end);
        c.mutable_char_span()->set_begin(s.char_begin);
        c.mutable_char_span()->set_end(s.char_end);
      }
      if (s.sentence) {
        c.set_sentence(std::string(input.str(s.sentence)));
        c.mutable_sentence_span()->set_begin(s.sentence_begin);
        c.mutable_sentence_span()->set_end(s.sentence_end);
      }
      c.set_speaker(std::string(name));
      SetPublication(input, art, &c);
      p.claims.push_back(std::move(c));
    }
  }
  for (const std::string& key : keys) {
    Person& p = people[key];
    if (p.titles.size() < 2) continue;
    // One title inside the other ("Minister" in "Minister of Culture") is not
    // a variant.
    bool disjoint = false;
    for (size_t i = 0; i < p.titles.size() && !disjoint; ++i) {
      for (size_t j = i + 1; j < p.titles.size() && !disjoint; ++j) {
        disjoint = TitlesDisagree(p.titles[i], p.titles[j]);
      }
    }
    if (!disjoint) continue;
    FindingDraft draft;
    v1::Finding& f = draft.finding;
    f.set_verdict(v1::DISCREPANCY);
    f.set_kind(v1::TITLE_VARIANT);
    f.set_measure("title");
    f.set_event(p.name);
    // Each title once, with the articles that give it.
    std::vector<std::pair<std::string, std::vector<std::string>>> titles;
    for (v1::Claim& c : p.claims) {
      auto it = std::find_if(titles.begin(), titles.end(),
                             [&c](const auto& t) { return t.first == c.text(); });
      if (it == titles.end()) it = titles.insert(titles.end(), {c.text(), {}});
      it->second.push_back(c.article_id());
      *f.add_claims() = std::move(c);
    }
    std::vector<std::string> described;
    for (const auto& [title, ids] : titles) {
      described.push_back(absl::StrCat("\"", title, "\" (", absl::StrJoin(ids, ", "), ")"));
    }
    f.set_explanation(absl::StrCat(p.name, " is titled ", absl::StrJoin(described, " and "), "."));
    out->push_back(std::move(draft));
  }
}

}  // namespace internal
}  // namespace quotes
