// The HTML report: four views in one page (findings, people, timeline,
// articles), switched by a small inline script. Without the script every view
// shows, one after the other.
//
// Anchors never hold text from an article: article N (in order of id) is
// "art-N", its quote I "aN-qI", a figure a finding cites "aN-bB" (B its byte
// offset), so an id or headline cannot break out of an attribute.
#include "tools/html_report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "tools/html_assets.h"
#include "tools/html_timeline.h"

namespace factcheck {

using quotes::v1::ArticleAnalysis;
using quotes::v1::Claim;
using quotes::v1::CrossCheckReport;
using quotes::v1::Finding;
using quotes::v1::Quote;

std::string EscapeHtml(absl::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

ArticleAnalysis TrimmedForHtmlReport(const ArticleAnalysis& analysis) {
  ArticleAnalysis kept;
  if (analysis.has_error()) {
    *kept.mutable_error() = analysis.error();
    return kept;
  }
  const quotes::v1::Article& a = analysis.article();
  quotes::v1::Article* k = kept.mutable_article();
  k->set_id(a.id());
  k->set_headline(a.headline());
  k->set_source(a.source());
  k->set_date(a.date());
  k->set_url(a.url());
  k->set_text(a.text());
  kept.mutable_quotes()->Reserve(analysis.quotes_size());
  for (const Quote& q : analysis.quotes()) {
    Quote* out = kept.add_quotes();
    out->set_kind(q.kind());
    if (a.text().empty()) out->set_text(q.text());
    if (q.has_span()) *out->mutable_span() = q.span();
    *out->mutable_parts() = q.parts();
    out->set_cue(q.cue());
    if (q.has_speaker()) {
      out->mutable_speaker()->set_name(q.speaker().name());
      out->mutable_speaker()->set_title(q.speaker().title());
      out->mutable_speaker()->set_organization(q.speaker().organization());
    }
    out->set_rule(q.rule());
    out->set_confidence(q.confidence());
  }
  return kept;
}

namespace {

// A byte range of an article's text, made safe to cut at: within the text
// and on UTF-8 character boundaries.
struct Range {
  size_t begin = 0, end = 0;
};

size_t ToBoundary(absl::string_view text, size_t i) {
  i = std::min(i, text.size());
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

Range SafeRange(absl::string_view text, uint32_t begin, uint32_t end) {
  Range r{ToBoundary(text, begin), ToBoundary(text, end)};
  if (r.end < r.begin) r.end = r.begin;
  return r;
}

// The pieces of quote `q`'s words in the text: its parts, else its span.
std::vector<Range> QuotePieces(absl::string_view text, const Quote& q) {
  std::vector<Range> pieces;
  if (q.parts_size() > 0) {
    for (const auto& p : q.parts()) pieces.push_back(SafeRange(text, p.begin(), p.end()));
  } else if (q.has_span()) {
    pieces.push_back(SafeRange(text, q.span().begin(), q.span().end()));
  }
  return pieces;
}

// The quote's words: its text, else its pieces joined by a space.
std::string QuoteWords(absl::string_view text, const Quote& q) {
  if (!q.text().empty() || text.empty()) return q.text();
  std::string words;
  for (const Range& r : QuotePieces(text, q)) {
    absl::StrAppend(&words, words.empty() ? "" : " ", text.substr(r.begin, r.end - r.begin));
  }
  return words;
}

std::string SpeakerName(const Quote& q) {
  return q.has_speaker() && !q.speaker().name().empty() ? q.speaker().name() : "";
}

// What hovering a quote shows, one fact a line.
std::string QuoteTooltip(const Quote& q) {
  const std::string name = SpeakerName(q);
  std::string tip = absl::StrCat("Speaker: ", name.empty() ? "(not found)" : name);
  if (q.has_speaker() && !q.speaker().title().empty()) {
    absl::StrAppend(&tip, "\nTitle: ", q.speaker().title());
  }
  if (q.has_speaker() && !q.speaker().organization().empty()) {
    absl::StrAppend(&tip, "\nOrganisation: ", q.speaker().organization());
  }
  if (!q.cue().empty()) absl::StrAppend(&tip, "\nCue: ", q.cue());
  if (!q.rule().empty()) absl::StrAppend(&tip, "\nRule: ", q.rule());
  absl::StrAppend(&tip, absl::StrFormat("\nConfidence: %.2f", q.confidence()));
  return tip;
}

// Only a web address is a link: "javascript:" and the like stay text.
bool IsWebAddress(absl::string_view url) {
  const std::string lower = absl::AsciiStrToLower(url.substr(0, 8));
  return absl::StartsWith(lower, "http://") || absl::StartsWith(lower, "https://");
}

// The verdicts the findings view lists; the header counts the others.
bool IsShown(quotes::v1::Verdict v) {
  return v == quotes::v1::CONFLICT || v == quotes::v1::DIFFERS || v == quotes::v1::CONSISTENT;
}

std::string VerdictClass(quotes::v1::Verdict v) {
  return absl::AsciiStrToLower(quotes::v1::Verdict_Name(v));
}

// The page's data: articles in order of id, speakers numbered by name (a
// colour each), and the figures the findings cite, by article.
class Page {
 public:
  Page(const std::vector<ArticleAnalysis>& analyses, const CrossCheckReport& report)
      : report_(report) {
    for (const ArticleAnalysis& a : analyses) {
      if (!a.has_error()) articles_.push_back(&a);
    }
    std::stable_sort(articles_.begin(), articles_.end(),
                     [](const ArticleAnalysis* x, const ArticleAnalysis* y) {
                       const auto& a = x->article();
                       const auto& b = y->article();
                       return std::tie(a.id(), a.date(), a.source(), a.headline(), a.text()) <
                              std::tie(b.id(), b.date(), b.source(), b.headline(), b.text());
                     });
    for (size_t i = 0; i < articles_.size(); ++i) {
      index_.emplace(articles_[i]->article().id(), i);  // the first of an id
      for (const Quote& q : articles_[i]->quotes()) speakers_.emplace(SpeakerName(q), 0);
    }
    int n = 0;
    for (auto& [name, number] : speakers_) number = n++;
    for (const Finding& f : report.findings()) {
      for (const Claim& c : f.claims()) {
        const int art = Article(c.article_id());
        if (art >= 0) figures_[art].emplace(c.span().begin(), c.span().end());
      }
    }
  }

  // The article's number, -1 when none has that id.
  int Article(const std::string& id) const {
    auto it = index_.find(id);
    return it == index_.end() ? -1 : static_cast<int>(it->second);
  }

  // The speaker's colour class; "k-none" for quotes with no speaker.
  std::string Colour(const std::string& name) const {
    if (name.empty()) return "k-none";
    return absl::StrCat("k", speakers_.at(name) % kColours);
  }

  void Write(std::ostream* out) const;

  static constexpr int kColours = 24;

  // The view shown first: the findings, when there are any to show.
  std::string FirstView() const {
    for (const Finding& f : report_.findings()) {
      if (IsShown(f.verdict())) return "findings";
    }
    return "articles";
  }

 private:
  void WriteHead(std::ostream* out) const;
  void WriteFindings(std::ostream* out) const;
  void WriteClaim(const Claim& c, std::ostream* out) const;
  void WritePeople(std::ostream* out) const;
  void WriteArticles(std::ostream* out) const;
  void WriteArticleText(size_t n, std::ostream* out) const;
  void WriteTextRange(size_t n, Range r, std::ostream* out) const;
  std::string ArticleLink(int art) const;
  // The other views start hidden, so that the browser lays out only the
  // first (the articles' text is most of a large page); without the
  // script, a <noscript> rule shows them all.
  std::string ViewClass(absl::string_view name) const {
    return name == first_view_ ? "view" : "view hidden";
  }

  const CrossCheckReport& report_;
  const std::string first_view_ = FirstView();
  std::vector<const ArticleAnalysis*> articles_;
  std::map<std::string, size_t> index_;
  std::map<std::string, int> speakers_;  // name ("" for none): number
  // Article: the spans of the figures its findings cite, by begin.
  std::map<int, std::map<uint32_t, uint32_t>> figures_;
};

void Page::WriteHead(std::ostream* out) const {
  int by_verdict[8] = {};
  for (const Finding& f : report_.findings()) {
    if (f.verdict() >= 0 && f.verdict() < 8) ++by_verdict[f.verdict()];
  }
  const int shown = by_verdict[quotes::v1::CONFLICT] + by_verdict[quotes::v1::DIFFERS] +
                    by_verdict[quotes::v1::CONSISTENT];
  int quotes = 0;
  for (const ArticleAnalysis* a : articles_) quotes += a->quotes_size();
  *out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<title>factcheck: cross-check of " << report_.articles() << " articles</title>\n"
       << "<style>" << kHtmlStyle << HtmlColourRules(kColours) << "</style>\n"
       << "<noscript><style>.view.hidden{display:block}</style></noscript>\n</head>\n"
       << "<body data-ready=\"0\" data-first=\"" << first_view_
       << "\">\n<script>window.onerror=function(m){document.body.setAttribute("
          "'data-error',String(m).slice(0,300));};</script>\n"
       << "<header><h1>Cross-check of " << report_.articles() << " articles, " << report_.claims()
       << " claims</h1>\n<p>" << by_verdict[quotes::v1::CONFLICT] << " conflict, "
       << by_verdict[quotes::v1::DIFFERS] << " differ, " << by_verdict[quotes::v1::CONSISTENT]
       << " consistent, " << by_verdict[quotes::v1::SINGLE_SOURCE] << " single source, "
       << by_verdict[quotes::v1::DISCREPANCY] << " quote or name discrepancies (not shown); "
       << report_.stories_size() << " stories; " << quotes << " quotes";
  if (report_.skipped_comparisons() > 0) {
    *out << "; " << report_.skipped_comparisons() << " comparisons skipped by a limit";
  }
  *out << "</p>\n<nav><button data-view=\"findings\">Findings (" << shown
       << ")</button><button data-view=\"people\">People (" << speakers_.size()
       << ")</button><button data-view=\"timeline\">Timeline</button>"
       << "<button data-view=\"articles\">Articles (" << articles_.size()
       << ")</button></nav>\n</header>\n<main>\n";
}

// "#art-3", or "" when the finding names an article not in the page.
std::string Page::ArticleLink(int art) const { return art < 0 ? "" : absl::StrCat("#art-", art); }

void Page::WriteClaim(const Claim& c, std::ostream* out) const {
  const int art = Article(c.article_id());
  *out << "<div class=\"claim\"><div class=\"meta\">";
  const std::string headline = c.headline().empty() ? c.article_id() : c.headline();
  if (art >= 0) {
    *out << "<a href=\"" << ArticleLink(art) << "\">" << EscapeHtml(headline) << "</a>";
  } else {
    *out << EscapeHtml(headline);
  }
  for (const std::string* part : {&c.source(), &c.date()}) {
    if (!part->empty()) *out << " · " << EscapeHtml(*part);
  }
  *out << "</div>\n<p>";
  // The figure marked in its sentence: by its span within the sentence's,
  // else where its words first stand.
  const std::string& s = c.sentence();
  size_t at = std::string::npos, len = c.text().size();
  if (c.has_sentence_span() && c.span().begin() >= c.sentence_span().begin() &&
      c.span().end() >= c.span().begin() &&
      c.span().end() - c.sentence_span().begin() <= s.size()) {
    at = c.span().begin() - c.sentence_span().begin();
    len = c.span().end() - c.span().begin();
  } else if (!c.text().empty()) {
    at = s.find(c.text());
  }
  if (at == std::string::npos || s.empty()) {
    *out << EscapeHtml(s.empty() ? c.text() : s);
  } else {
    const size_t b = ToBoundary(s, at), e = ToBoundary(s, at + len);
    *out << EscapeHtml(s.substr(0, b)) << "<mark>" << EscapeHtml(s.substr(b, e - b)) << "</mark>"
         << EscapeHtml(s.substr(e));
  }
  *out << "</p>";
  if (!c.speaker().empty())
    *out << "<div class=\"meta\">said by " << EscapeHtml(c.speaker()) << "</div>";
  if (art >= 0) {
    *out << "<div class=\"meta\"><a href=\"#a" << art << "-b" << c.span().begin()
         << "\">see it in the article</a></div>";
  }
  *out << "</div>\n";
}

void Page::WriteFindings(std::ostream* out) const {
  int count[8] = {};
  for (const Finding& f : report_.findings()) {
    if (f.verdict() >= 0 && f.verdict() < 8) ++count[f.verdict()];
  }
  *out << "<section id=\"view-findings\" class=\"" << ViewClass("findings")
       << "\" data-filter=\"all\">\n"
       << "<h2>Findings</h2>\n<div class=\"filters\"><button data-filter=\"all\" "
          "aria-pressed=\"true\">All</button>";
  for (quotes::v1::Verdict v :
       {quotes::v1::CONFLICT, quotes::v1::DIFFERS, quotes::v1::CONSISTENT}) {
    *out << "<button data-filter=\"" << quotes::v1::Verdict_Name(v) << "\" aria-pressed=\"false\">"
         << quotes::v1::Verdict_Name(v) << " (" << count[v] << ")</button>";
  }
  *out << "</div>\n";
  int n = 0;
  for (const Finding& f : report_.findings()) {
    ++n;
    if (!IsShown(f.verdict())) continue;
    const std::string v = VerdictClass(f.verdict());
    std::string key = f.measure();
    if (!f.subject().empty()) absl::StrAppend(&key, " of ", f.subject());
    if (!f.frame().empty()) absl::StrAppend(&key, " (", f.frame(), ")");
    if (!f.event().empty()) absl::StrAppend(&key, " at ", f.event());
    if (!f.time().empty()) absl::StrAppend(&key, ", ", f.time());
    *out << "<article class=\"finding " << v << "\" id=\"f-" << n << "\" data-verdict=\""
         << quotes::v1::Verdict_Name(f.verdict()) << "\">\n<div><span class=\"badge " << v << "\">"
         << quotes::v1::Verdict_Name(f.verdict()) << "</span><b>" << EscapeHtml(key)
         << "</b></div>\n<p class=\"why\">" << EscapeHtml(f.explanation());
    if (!f.rule().empty()) *out << " Rule " << EscapeHtml(f.rule()) << ".";
    *out << " " << f.independent_sources() << " independent source"
         << (f.independent_sources() == 1 ? "" : "s") << ".</p>\n<div class=\"claims\">\n";
    for (const Claim& c : f.claims()) WriteClaim(c, out);
    *out << "</div>\n</article>\n";
  }
  *out << "</section>\n";
}

void Page::WritePeople(std::ostream* out) const {
  // name: (article, quote) in order of article and quote.
  std::map<std::string, std::vector<std::pair<size_t, int>>> said;
  for (size_t n = 0; n < articles_.size(); ++n) {
    for (int i = 0; i < articles_[n]->quotes_size(); ++i) {
      said[SpeakerName(articles_[n]->quotes(i))].emplace_back(n, i);
    }
  }
  *out << "<section id=\"view-people\" class=\"" << ViewClass("people") << "\">\n<h2>People</h2>\n";
  // Named speakers by name, then the quotes no one was found for.
  std::vector<const std::string*> names;
  for (const auto& [name, list] : said) {
    if (!name.empty()) names.push_back(&name);
  }
  if (said.count("") > 0) names.push_back(&said.find("")->first);
  for (const std::string* name : names) {
    const auto& list = said.at(*name);
    // Every title and organisation the articles give the speaker.
    std::set<std::string> roles;
    for (const auto& [n, i] : list) {
      const Quote& q = articles_[n]->quotes(i);
      std::vector<absl::string_view> role;
      for (const std::string* s : {&q.speaker().title(), &q.speaker().organization()}) {
        if (!s->empty()) role.push_back(*s);
      }
      if (!role.empty()) roles.insert(absl::StrJoin(role, ", "));
    }
    *out << "<div class=\"person\"><h3><span class=\"chip " << Colour(*name) << "\">"
         << EscapeHtml(name->empty() ? "(no speaker found)" : *name) << "</span> " << list.size()
         << " quote" << (list.size() == 1 ? "" : "s") << "</h3>\n";
    if (!roles.empty()) {
      std::vector<std::string> escaped;
      for (const std::string& r : roles) escaped.push_back(EscapeHtml(r));
      *out << "<div class=\"meta\">" << absl::StrJoin(escaped, "; ") << "</div>\n";
    }
    *out << "<ul>\n";
    for (const auto& [n, i] : list) {
      const auto& art = articles_[n]->article();
      const Quote& q = articles_[n]->quotes(i);
      *out << "<li><q>" << EscapeHtml(QuoteWords(art.text(), q)) << "</q> <span class=\"meta\">"
           << (q.cue().empty() ? "" : EscapeHtml(q.cue()) + ", ") << "<a href=\"#a" << n << "-q"
           << i << "\">" << EscapeHtml(art.headline().empty() ? art.id() : art.headline())
           << "</a>";
      if (!art.source().empty()) *out << " · " << EscapeHtml(art.source());
      if (!art.date().empty()) *out << " · " << EscapeHtml(art.date());
      *out << "</span></li>\n";
    }
    *out << "</ul></div>\n";
  }
  *out << "</section>\n";
}

// Text of article `n` in `r`, escaped, with the figures the findings cite
// marked; a mark is cut at the end of `r`.
void Page::WriteTextRange(size_t n, Range r, std::ostream* out) const {
  const absl::string_view text = articles_[n]->article().text();
  size_t at = r.begin;
  auto it = figures_.find(static_cast<int>(n));
  if (it != figures_.end()) {
    for (auto f = it->second.lower_bound(static_cast<uint32_t>(r.begin));
         f != it->second.end() && f->first < r.end; ++f) {
      const Range span = SafeRange(text, f->first, f->second);
      if (span.begin < at || span.begin >= r.end) continue;
      const size_t e = std::min(span.end, r.end);
      *out << EscapeHtml(text.substr(at, span.begin - at)) << "<mark id=\"a" << n << "-b"
           << f->first << "\">" << EscapeHtml(text.substr(span.begin, e - span.begin)) << "</mark>";
      at = e;
    }
  }
  *out << EscapeHtml(text.substr(at, r.end - at));
}

void Page::WriteArticleText(size_t n, std::ostream* out) const {
  const ArticleAnalysis& a = *articles_[n];
  const absl::string_view text = a.article().text();
  // The quotes' pieces in text order; a piece that overlaps one before it is
  // cut to what is left, so that spans never cross.
  struct Piece {
    Range r;
    int quote;
    bool first;
  };
  std::vector<Piece> pieces;
  for (int i = 0; i < a.quotes_size(); ++i) {
    bool first = true;
    for (const Range& r : QuotePieces(text, a.quotes(i))) {
      pieces.push_back({r, i, first});
      first = false;
    }
  }
  std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& x, const Piece& y) {
    return std::tie(x.r.begin, x.quote) < std::tie(y.r.begin, y.quote);
  });
  std::set<int> anchored;
  size_t at = 0;
  for (const Piece& p : pieces) {
    const size_t b = std::max(p.r.begin, at);
    if (b >= p.r.end && !(p.first && anchored.count(p.quote) == 0)) continue;
    WriteTextRange(n, {at, b}, out);
    const Quote& q = a.quotes(p.quote);
    *out << "<span class=\"q " << Colour(SpeakerName(q)) << "\" data-q=\"" << p.quote << "\"";
    // The quote's anchor goes on its first piece that has any text left.
    if (anchored.insert(p.quote).second) *out << " id=\"a" << n << "-q" << p.quote << "\"";
    *out << " title=\"" << EscapeHtml(QuoteTooltip(q)) << "\">";
    const size_t e = std::max(b, p.r.end);
    WriteTextRange(n, {b, e}, out);
    *out << "</span>";
    at = e;
  }
  WriteTextRange(n, {at, text.size()}, out);
}

void Page::WriteArticles(std::ostream* out) const {
  *out << "<section id=\"view-articles\" class=\"" << ViewClass("articles")
       << "\">\n<h2>Articles</h2>\n";
  for (size_t n = 0; n < articles_.size(); ++n) {
    const ArticleAnalysis& a = *articles_[n];
    const auto& art = a.article();
    *out << "<article class=\"art\" id=\"art-" << n << "\">\n<h3>"
         << EscapeHtml(art.headline().empty() ? art.id() : art.headline())
         << "</h3>\n<div class=\"meta\">"
         << EscapeHtml(art.source().empty() ? "(no source)" : art.source()) << " · "
         << EscapeHtml(art.date().empty() ? "(no date)" : art.date()) << " · id "
         << EscapeHtml(art.id());
    if (!art.url().empty()) {
      if (IsWebAddress(art.url())) {
        *out << " · <a href=\"" << EscapeHtml(art.url()) << "\" rel=\"noopener noreferrer\">"
             << EscapeHtml(art.url()) << "</a>";
      } else {
        *out << " · " << EscapeHtml(art.url());
      }
    }
    *out << " · " << a.quotes_size() << " quote" << (a.quotes_size() == 1 ? "" : "s") << "</div>\n";
    // The article's speakers, with their colours.
    std::set<std::string> names;
    for (const Quote& q : a.quotes()) names.insert(SpeakerName(q));
    if (!names.empty()) {
      *out << "<div class=\"meta\">";
      for (const std::string& name : names) {
        *out << "<span class=\"chip " << Colour(name) << "\">"
             << EscapeHtml(name.empty() ? "(no speaker found)" : name) << "</span>";
      }
      *out << "</div>\n";
    }
    if (art.text().empty()) {
      *out << "<p class=\"meta\">(the text was not kept: made with --include_text=false)</p>\n";
      for (int i = 0; i < a.quotes_size(); ++i) {
        const Quote& q = a.quotes(i);
        *out << "<p><span class=\"q " << Colour(SpeakerName(q)) << "\" data-q=\"" << i
             << "\" id=\"a" << n << "-q" << i << "\" title=\"" << EscapeHtml(QuoteTooltip(q))
             << "\">" << EscapeHtml(q.text()) << "</span></p>\n";
      }
    } else {
      *out << "<div class=\"text\">";
      WriteArticleText(n, out);
      *out << "</div>\n";
    }
    *out << "</article>\n";
  }
  *out << "</section>\n";
}

void Page::Write(std::ostream* out) const {
  WriteHead(out);
  WriteFindings(out);
  WritePeople(out);
  *out << "<section id=\"view-timeline\" class=\"" << ViewClass("timeline")
       << "\">\n<h2>Timeline</h2>\n";
  WriteTimelines(
      report_, [this](const std::string& id) { return Article(id); }, out);
  *out << "</section>\n";
  WriteArticles(out);
  *out << "</main>\n<script>" << kHtmlScript << "</script>\n</body>\n</html>\n";
}

}  // namespace

bool WriteHtmlReport(const std::vector<ArticleAnalysis>& analyses, const CrossCheckReport& report,
                     std::ostream* out) {
  Page(analyses, report).Write(out);
  out->flush();
  return out->good();
}

}  // namespace factcheck
