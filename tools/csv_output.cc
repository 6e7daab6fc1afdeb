// factcheck's CSV output (RFC 4180).
#include "tools/csv_output.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"

namespace factcheck {
namespace {

void WriteRow(std::initializer_list<absl::string_view> fields, std::ostream* out) {
  bool first = true;
  for (absl::string_view f : fields) {
    if (!first) *out << ',';
    first = false;
    *out << CsvField(f);
  }
  *out << "\r\n";
}

const char* KindWord(quotes::v1::QuoteKind k) {
  switch (k) {
    case quotes::v1::DIRECT: return "direct";
    case quotes::v1::INDIRECT: return "indirect";
    case quotes::v1::MIXED: return "mixed";
    default: return "";
  }
}

// `items` without repeats, in first-seen order, joined by "; ".
std::string JoinDistinct(const std::vector<std::string>& items) {
  std::vector<std::string> seen;
  for (const std::string& s : items) {
    if (!s.empty() && std::find(seen.begin(), seen.end(), s) == seen.end()) seen.push_back(s);
  }
  return absl::StrJoin(seen, "; ");
}

}  // namespace

std::string CsvField(absl::string_view field) {
  if (field.find_first_of(",\"\r\n") == absl::string_view::npos) return std::string(field);
  return absl::StrCat("\"", absl::StrReplaceAll(field, {{"\"", "\"\""}}), "\"");
}

void WriteQuoteCsvHeader(std::ostream* out) {
  WriteRow({"article_id", "source", "date", "headline", "begin", "end", "char_begin",
            "char_end", "text", "kind", "speaker", "speaker_title",
            "speaker_organization", "cue", "rule", "confidence"},
           out);
}

void WriteQuoteCsvRows(const quotes::v1::ArticleAnalysis& a, std::ostream* out) {
  if (a.has_error()) return;
  const quotes::v1::Article& art = a.article();
  for (const quotes::v1::Quote& q : a.quotes()) {
    WriteRow({art.id(), art.source(), art.date(), art.headline(),
              absl::StrCat(q.span().begin()), absl::StrCat(q.span().end()),
              absl::StrCat(q.char_span().begin()), absl::StrCat(q.char_span().end()),
              q.text(), KindWord(q.kind()), q.speaker().name(), q.speaker().title(),
              q.speaker().organization(), q.cue(), q.rule(), absl::StrCat(q.confidence())},
             out);
  }
}

void WriteFindingCsvHeader(std::ostream* out) {
  WriteRow({"verdict", "kind", "rule", "subject", "measure", "frame", "event", "time",
            "values", "articles", "evidence"},
           out);
}

void WriteFindingCsvRow(const quotes::v1::Finding& f, std::ostream* out) {
  std::vector<std::string> values, articles, evidence;
  if (!f.explanation().empty()) evidence.push_back(f.explanation());
  for (const quotes::v1::Claim& c : f.claims()) {
    values.push_back(c.text());
    articles.push_back(c.article_id());
    evidence.push_back(absl::StrCat(c.article_id(), ": ", c.sentence().empty() ? c.text()
                                                                               : c.sentence()));
  }
  WriteRow({quotes::v1::Verdict_Name(f.verdict()), quotes::v1::FindingKind_Name(f.kind()),
            f.rule(), f.subject(), f.measure(), f.frame(), f.event(), f.time(),
            JoinDistinct(values), JoinDistinct(articles), absl::StrJoin(evidence, " | ")},
           out);
}

}  // namespace factcheck
