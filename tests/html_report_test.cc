// The HTML report (tools/html_report.h): escaping of everything an article
// brings, the quotes marked in the text with their attribution, the views and
// their anchors, the timeline charts, and the same bytes whatever the order
// of the analyses. What a browser makes of the page: html_report_browser_test.
#include "tools/html_report.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "proto/quotes.pb.h"

namespace factcheck {
namespace {

using quotes::v1::ArticleAnalysis;
using quotes::v1::Claim;
using quotes::v1::CrossCheckReport;
using quotes::v1::Finding;

int Count(absl::string_view haystack, absl::string_view needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != absl::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

std::string Page(const std::vector<ArticleAnalysis>& analyses, const CrossCheckReport& report) {
  std::ostringstream out;
  EXPECT_TRUE(WriteHtmlReport(analyses, report, &out));
  return out.str();
}

// An article with one quote of `speaker` over `quoted`, the first place it
// stands in `text`.
ArticleAnalysis Analysis(const std::string& id, const std::string& text, const std::string& quoted,
                         const std::string& speaker) {
  ArticleAnalysis a;
  a.mutable_article()->set_id(id);
  a.mutable_article()->set_headline("Headline of " + id);
  a.mutable_article()->set_source("Wire");
  a.mutable_article()->set_date("2024-03-05");
  a.mutable_article()->set_text(text);
  if (!quoted.empty()) {
    auto* q = a.add_quotes();
    const size_t at = text.find(quoted);
    q->mutable_span()->set_begin(static_cast<uint32_t>(at));
    q->mutable_span()->set_end(static_cast<uint32_t>(at + quoted.size()));
    q->set_text(quoted);
    q->set_cue("said");
    q->set_rule("direct.cue_after_quote");
    q->set_confidence(0.88f);
    q->mutable_speaker()->set_name(speaker);
    q->mutable_speaker()->set_title("Mayor");
    q->mutable_speaker()->set_organization("City Hall");
  }
  return a;
}

struct EscapeCase {
  std::string in, want;
};

class EscapeTest : public testing::TestWithParam<EscapeCase> {};

TEST_P(EscapeTest, WritesReferences) {
  EXPECT_EQ(EscapeHtml(GetParam().in), GetParam().want) << "input: " << GetParam().in;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EscapeTest,
    testing::Values(EscapeCase{"plain words", "plain words"}, EscapeCase{"a & b", "a &amp; b"},
                    EscapeCase{"<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"},
                    EscapeCase{"\"><img src=x onerror=alert(1)>",
                               "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
                    EscapeCase{"it's", "it&#39;s"},
                    EscapeCase{"&amp; stays written", "&amp;amp; stays written"},
                    EscapeCase{"“curly” — é", "“curly” — é"}, EscapeCase{"", ""}));

// Markup in each field of an article comes out as text: the page's own two
// scripts are its only ones, and no tag or attribute of the article's is
// left whole.
struct HostileField {
  const char* name;
  void (*set)(ArticleAnalysis*, const std::string&);
};

class HostileFieldTest : public testing::TestWithParam<HostileField> {};

TEST_P(HostileFieldTest, IsEscaped) {
  const std::string payload =
      "\"'><img src=x onerror=\"alert(1)\"><script>alert(2)</script><svg onload=alert(3)>";
  ArticleAnalysis a =
      Analysis("plain", "\"Fine words,\" the mayor said.", "Fine words,", "Ann Lee");
  GetParam().set(&a, payload);
  CrossCheckReport report;
  report.set_articles(1);
  const std::string page = Page({a}, report);
  EXPECT_EQ(Count(page, "<script"), 2) << GetParam().name;
  EXPECT_EQ(Count(page, "<img"), 0) << GetParam().name;
  EXPECT_EQ(Count(page, "<svg"), 0) << GetParam().name;
  EXPECT_EQ(Count(page, "onerror=\""), 0) << GetParam().name;
  EXPECT_GE(Count(page, "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"), 1) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Fields, HostileFieldTest,
    testing::Values(
        HostileField{"id",
                     [](ArticleAnalysis* a, const std::string& s) {
                       a->mutable_article()->set_id(s);
                       a->mutable_article()->clear_headline();
                     }},
        HostileField{"headline",
                     [](ArticleAnalysis* a, const std::string& s) {
                       a->mutable_article()->set_headline(s);
                     }},
        HostileField{"source", [](ArticleAnalysis* a,
                                  const std::string& s) { a->mutable_article()->set_source(s); }},
        HostileField{"date", [](ArticleAnalysis* a,
                                const std::string& s) { a->mutable_article()->set_date(s); }},
        HostileField{"url",
                     [](ArticleAnalysis* a, const std::string& s) {
                       a->mutable_article()->set_url("https://x.org/" + s);
                     }},
        HostileField{"text",
                     [](ArticleAnalysis* a, const std::string& s) {
                       a->mutable_article()->set_text(a->article().text() + "\n\n" + s);
                     }},
        HostileField{"speaker",
                     [](ArticleAnalysis* a, const std::string& s) {
                       a->mutable_quotes(0)->mutable_speaker()->set_name(s);
                     }},
        HostileField{"cue", [](ArticleAnalysis* a,
                               const std::string& s) { a->mutable_quotes(0)->set_cue(s); }}),
    [](const testing::TestParamInfo<HostileField>& info) { return info.param.name; });

TEST(HtmlReportTest, OnlyWebAddressesAreLinks) {
  for (const auto& [url, link] :
       std::vector<std::pair<std::string, bool>>{{"https://example.org/a", true},
                                                 {"HTTP://example.org/b", true},
                                                 {"javascript:alert(1)", false},
                                                 {" javascript:alert(1)", false},
                                                 {"data:text/html,<b>x</b>", false}}) {
    ArticleAnalysis a = Analysis("a", "No quote here.", "", "");
    a.mutable_article()->set_url(url);
    const std::string page = Page({a}, CrossCheckReport());
    EXPECT_EQ(Count(page, "href=\"" + EscapeHtml(url) + "\""), link ? 1 : 0) << url;
  }
}

TEST(HtmlReportTest, QuoteIsMarkedWithItsAttribution) {
  const std::string text = "The fund is empty. \"We need help,\" Ann Lee said.";
  const std::string page = Page({Analysis("a", text, "We need help,", "Ann Lee")}, {});
  EXPECT_NE(page.find("<span class=\"q k0\" data-q=\"0\" id=\"a0-q0\" title=\"Speaker: Ann Lee"
                      "\nTitle: Mayor\nOrganisation: City Hall\nCue: said\n"
                      "Rule: direct.cue_after_quote\nConfidence: 0.88\">We need help,</span>"),
            std::string::npos)
      << page;
  // The people view lists the quote, linked to it.
  EXPECT_NE(page.find("<q>We need help,</q>"), std::string::npos);
  EXPECT_NE(page.find("href=\"#a0-q0\""), std::string::npos);
}

// Overlapping, nested and out-of-range spans still give spans that nest, and
// every quote an anchor.
TEST(HtmlReportTest, OverlappingQuotesNest) {
  const std::string text = "\"One two three,\" said A. \"Four five.\"";
  ArticleAnalysis a = Analysis("a", text, "One two three,", "A");
  auto add = [&](uint32_t b, uint32_t e) {
    auto* q = a.add_quotes();
    q->mutable_span()->set_begin(b);
    q->mutable_span()->set_end(e);
  };
  add(5, 12);     // inside the first
  add(10, 30);    // across the first's end
  add(30, 9999);  // past the text's end
  add(20, 10);    // reversed
  const std::string page = Page({a}, {});
  const size_t begin = page.find("<div class=\"text\">");
  const size_t end = page.find("</div>", begin);
  const std::string body = page.substr(begin, end - begin);
  EXPECT_EQ(Count(body, "<span"), Count(body, "</span>")) << body;
  for (int i = 0; i < a.quotes_size(); ++i) {
    EXPECT_EQ(Count(body, absl::StrCat("id=\"a0-q", i, "\"")), 1) << "quote " << i << ": " << body;
  }
}

Claim TallyClaim(const std::string& article, const std::string& source, const std::string& date,
                 double value, uint32_t at) {
  Claim c;
  c.set_article_id(article);
  c.set_source(source);
  c.set_date(date);
  c.set_text(absl::StrCat(value, " delegates"));
  c.set_sentence(absl::StrCat("Lee has ", value, " delegates."));
  c.mutable_sentence_span()->set_begin(at - 8);
  c.mutable_sentence_span()->set_end(at + 20);
  c.mutable_span()->set_begin(at);
  c.mutable_span()->set_end(at + c.text().size());
  c.mutable_value()->set_has_lower(true);
  c.mutable_value()->set_lower(value);
  c.mutable_value()->set_has_upper(true);
  c.mutable_value()->set_upper(value);
  return c;
}

Finding Tally(quotes::v1::Verdict verdict, std::vector<Claim> claims) {
  Finding f;
  f.set_verdict(verdict);
  f.set_kind(quotes::v1::QUANTITY_CHECK);
  f.set_measure("delegate");
  f.set_subject("Ann Lee");
  f.set_frame("has");
  for (Claim& c : claims) *f.add_claims() = std::move(c);
  return f;
}

TEST(HtmlReportTest, FindingsMarkTheFigureAndLinkIntoTheArticle) {
  const std::string text = "DENVER. Lee has 520 delegates.";
  CrossCheckReport report;
  *report.add_findings() =
      Tally(quotes::v1::CONFLICT, {TallyClaim("a", "Wire", "2024-03-12", 520, 16)});
  const std::string page = Page({Analysis("a", text, "", "")}, report);
  EXPECT_NE(page.find("data-verdict=\"CONFLICT\""), std::string::npos);
  EXPECT_NE(page.find("Lee has <mark>520 delegates</mark>."), std::string::npos) << page;
  EXPECT_NE(page.find("href=\"#a0-b16\""), std::string::npos);
  EXPECT_NE(page.find("<mark id=\"a0-b16\">520 delegates</mark>"), std::string::npos) << page;
}

struct TimelineCase {
  const char* name;
  std::vector<const char*> dates;  // one claim a date, each its own outlet
  int charts;
};

class TimelineTest : public testing::TestWithParam<TimelineCase> {};

TEST_P(TimelineTest, ChartsSubjectsOnSeveralDates) {
  CrossCheckReport report;
  std::vector<ArticleAnalysis> analyses;
  int n = 0;
  for (const char* date : GetParam().dates) {
    const std::string id = absl::StrCat("a", n);
    analyses.push_back(Analysis(id, "DENVER. Lee has 520 delegates.", "", ""));
    *report.add_findings() = Tally(quotes::v1::SINGLE_SOURCE,
                                   {TallyClaim(id, absl::StrCat("Outlet ", n), date, 500 + n, 16)});
    ++n;
  }
  const std::string page = Page(analyses, report);
  EXPECT_EQ(Count(page, "<svg"), GetParam().charts) << GetParam().name;
  if (GetParam().charts > 0) {
    EXPECT_EQ(Count(page, "<g class=\"point\">"), static_cast<int>(GetParam().dates.size()))
        << GetParam().name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TimelineTest,
    testing::Values(TimelineCase{"one_date", {"2024-03-05", "2024-03-05"}, 0},
                    TimelineCase{"two_dates", {"2024-03-05", "2024-03-12"}, 1},
                    TimelineCase{"three_dates", {"2024-03-05", "2024-03-12", "2024-03-19"}, 1},
                    TimelineCase{"undated", {"", "2024-03-12"}, 0}),
    [](const testing::TestParamInfo<TimelineCase>& info) { return info.param.name; });

TEST(HtmlReportTest, SameBytesInAnyOrder) {
  std::vector<ArticleAnalysis> analyses = {Analysis("b", "\"Yes,\" Bo said.", "Yes,", "Bo"),
                                           Analysis("a", "\"No,\" Al said.", "No,", "Al"),
                                           Analysis("c", "\"Maybe,\" Cy said.", "Maybe,", "Cy")};
  const std::string first = Page(analyses, {});
  std::reverse(analyses.begin(), analyses.end());
  EXPECT_EQ(Page(analyses, {}), first);
  EXPECT_LT(first.find("id=\"art-0\""), first.find("id=\"art-1\""));
  // Articles by id: "a" first.
  EXPECT_LT(first.find("Headline of a"), first.find("Headline of b"));
}

TEST(HtmlReportTest, TrimKeepsWhatThePageShows) {
  ArticleAnalysis a = Analysis("a", "\"Yes,\" Bo said.", "Yes,", "Bo");
  a.mutable_article()->set_url("https://example.org/a");
  a.add_claims()->set_text("5");
  a.add_speakers()->set_name("Bo");
  a.add_story_terms("bo");
  const ArticleAnalysis kept = TrimmedForHtmlReport(a);
  EXPECT_EQ(kept.article().url(), "https://example.org/a");
  EXPECT_EQ(kept.article().text(), a.article().text());
  EXPECT_EQ(kept.claims_size(), 0);
  EXPECT_EQ(kept.speakers_size(), 0);
  EXPECT_EQ(kept.story_terms_size(), 0);
  ASSERT_EQ(kept.quotes_size(), 1);
  EXPECT_EQ(kept.quotes(0).text(), "");  // read from the article's text
  EXPECT_EQ(kept.quotes(0).speaker().title(), "Mayor");
  // The page is the same from the trimmed analysis.
  EXPECT_EQ(Page({kept}, {}), Page({a}, {}));
}

}  // namespace
}  // namespace factcheck
