// The check's report as one self-contained HTML page for a fact-checker:
// the articles with their quotes highlighted (a colour per speaker, the
// attribution on hover), the findings with their evidence side by side, what
// each person said, and a timeline chart per subject and measure reported on
// several dates. CSS and script are inline and nothing is loaded from
// anywhere; every byte taken from an article is HTML-escaped.
//
// Example:
//   std::vector<quotes::v1::ArticleAnalysis> analyses = ...;  // with text
//   for (auto& a : analyses) a = TrimmedForHtmlReport(a);
//   quotes::v1::CrossCheckReport report = ...;
//   WriteHtmlReport(analyses, report, &std::cout);
#ifndef TOOLS_HTML_REPORT_H_
#define TOOLS_HTML_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"

namespace factcheck {

// What WriteHtmlReport() shows of `analysis`, so that the analyses
// of a large check can be kept until the report is written: the article's
// id, headline, source, date, url and text, and each quote's kind, span,
// parts, cue, speaker (name, title, organisation), rule and confidence. A
// quote's text is dropped when the article's text is there (the page reads
// the words from it); speakers, mentions and claims go (a finding carries
// its claims whole). An analysis with `error` set keeps only the error. Kept
// strings are allocated at their size.
quotes::v1::ArticleAnalysis TrimmedForHtmlReport(const quotes::v1::ArticleAnalysis& analysis);

// Writes the page for `report` over `analyses` (those with `error` set are
// left out; their order does not matter: articles are shown by id). The same
// input gives the same bytes. False when the stream failed.
bool WriteHtmlReport(const std::vector<quotes::v1::ArticleAnalysis>& analyses,
                     const quotes::v1::CrossCheckReport& report, std::ostream* out);

// `s` with & < > " ' written as character references, safe in element
// content and in a quoted attribute value alike.
std::string EscapeHtml(absl::string_view s);

}  // namespace factcheck

#endif  // TOOLS_HTML_REPORT_H_
