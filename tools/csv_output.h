// factcheck --format=csv: extract's quotes and check's findings as RFC 4180
// CSV, one row each under a header row, for spreadsheets and data tools.
//
// Fields holding a comma, a double quote, CR or LF are quoted, their quotes
// doubled; rows end in CRLF. Lists inside a field (a finding's articles)
// are joined by "; ".
//
// Example:
//   WriteQuoteCsvHeader(&std::cout);
//   for (const auto& a : analyses) WriteQuoteCsvRows(a, &std::cout);
#ifndef TOOLS_CSV_OUTPUT_H_
#define TOOLS_CSV_OUTPUT_H_

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"

namespace factcheck {

// `field` as one CSV field: as it is, or quoted with its quotes doubled when
// it holds a comma, a double quote, CR or LF.
std::string CsvField(absl::string_view field);

// extract: the header, then one row per quote (none for an article with no
// quote or with an error): article id, source, date, headline, the quote's
// begin and end in bytes and in code points, text, kind, speaker name,
// title, organisation, cue, rule, confidence.
void WriteQuoteCsvHeader(std::ostream* out);
void WriteQuoteCsvRows(const quotes::v1::ArticleAnalysis& a, std::ostream* out);

// check: the header, then one row per finding: verdict, kind, rule,
// subject, measure, frame, event, time, the figures as written, the
// articles, and the evidence (the explanation, then each claim's article
// and sentence).
void WriteFindingCsvHeader(std::ostream* out);
void WriteFindingCsvRow(const quotes::v1::Finding& f, std::ostream* out);

}  // namespace factcheck

#endif  // TOOLS_CSV_OUTPUT_H_
